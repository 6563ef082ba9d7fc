"""The Orphanet figures of the knowledge's diseases, compiled once (rank/orphanet.py): what the
cache gives back is what the tables give, and a damaged cache is rebuilt with one warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.prevalence import onset_range_for, prevalence_for
from whatcauses.knowledge.store import store_verified_json
from whatcauses.rank import orphanet


@pytest.fixture(scope="module")
def knowledge(engine: Engine) -> Knowledge:
    return engine.knowledge


def test_the_compiled_figures_are_the_tables_figures(knowledge: Knowledge) -> None:
    figures = orphanet.orphanet_figures(knowledge)
    assert figures.prevalence and figures.onset
    known = set(knowledge.disease_ids)
    for disease_id in knowledge.disease_ids:
        estimate = prevalence_for(disease_id) if disease_id.startswith(("ORPHA:", "OMIM:")) \
            else None
        if estimate is not None and estimate.link and estimate.orpha_id in known:
            estimate = None  # the linked Orphanet entry holds the figure itself
        figure = figures.prevalence.get(disease_id)
        assert (figure is None) == (estimate is None)
        if figure is not None and estimate is not None:
            assert figure[1] == estimate.prior_per_100000 and figure[2] == estimate.phrase()
            assert figure[5] == orphanet.general_population(estimate.geography,
                                                            estimate.prevalence_class)
        if disease_id.startswith(("ORPHA:", "OMIM:")):
            assert figures.onset.get(disease_id) == onset_range_for(disease_id)


def test_the_cache_gives_back_what_was_compiled(
    knowledge: Knowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path))
    orphanet._cached.cache_clear()
    try:
        built = orphanet.orphanet_figures(knowledge)
        orphanet._cached.cache_clear()
        assert orphanet.orphanet_figures(knowledge) == built
    finally:
        orphanet._cached.cache_clear()


def test_a_mondo_link_gives_a_figure_only_to_a_disease_without_its_orphanet_entry(
    engine: Engine,
) -> None:
    """MONDO equates OMIM:205700 with ORPHA:98375 (autoimmune hemolytic anemia), which
    phenotype.hpoa does not annotate: the OMIM entry is the disease's only entry and takes the
    figure (no condition profile overrides it, as the CLL profile now does for OMIM:151400).
    It equates OMIM:607872 with ORPHA:1606 (1p36 deletion syndrome), which is annotated
    and holds the figure: the OMIM entry, a second copy of the disease, is left without one."""
    knowledge = engine.knowledge
    assert "ORPHA:98375" not in knowledge.disease_ids_index
    assert "ORPHA:1606" in knowledge.disease_ids_index
    figures = engine.ranker.prevalence
    anaemia = figures[knowledge.disease_index("OMIM:205700")]
    assert anaemia is not None and anaemia.source == "Orphanet"
    assert anaemia.phrase.endswith("(Orphanet, Europe, via MONDO exact match)")
    assert figures[knowledge.disease_index("OMIM:607872")] is None
    deletion = figures[knowledge.disease_index("ORPHA:1606")]
    assert deletion is not None and "MONDO" not in deletion.phrase
    # the figure is in the prior: above the default for a disease without one
    assert engine.ranker.prevalence_prior(1.0)[knowledge.disease_index("OMIM:205700")] > 1.0


@pytest.mark.parametrize("damage", ["truncated", "wrong shape"])
def test_a_damaged_orphanet_cache_is_rebuilt_with_one_warning(
    knowledge: Knowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, damage: str,
) -> None:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path))
    orphanet._cached.cache_clear()
    try:
        good = orphanet.orphanet_figures(knowledge)
        (path,) = tmp_path.glob("orphanet-*")
        if damage == "truncated":
            path.write_bytes(path.read_bytes()[:-10])
        else:
            store_verified_json(path, orphanet.ORPHANET_KIND,
                                {"prevalence": {"OMIM:100100": [1, 2]}, "onset": {}})
        orphanet._cached.cache_clear()
        with caplog.at_level(logging.WARNING, logger="whatcauses"):
            assert orphanet.orphanet_figures(knowledge) == good
        warnings = [r.getMessage() for r in caplog.records if "whatcauses" in r.name]
        assert len(warnings) == 1 and path.name in warnings[0] and "rebuilding" in warnings[0]
        orphanet._cached.cache_clear()
        assert orphanet.orphanet_figures(knowledge) == good  # rebuilt and sound again
    finally:
        orphanet._cached.cache_clear()


def test_a_top_class_figure_of_one_country_counts_as_one_population() -> None:
    """Orphanet's open top class (">1 / 1000") reached in one country only says the disease is
    common there (a founder or endemic population), not everywhere; a worldwide or European
    figure of that class, and a country's figure of any lower class, count as general."""
    assert not orphanet.general_population("Greenland", ">1 / 1000")
    assert not orphanet.general_population("Sweden", ">1 / 1000")
    assert not orphanet.general_population("Specific population", "1-5 / 10 000")
    assert orphanet.general_population("Worldwide", ">1 / 1000")
    assert orphanet.general_population("Europe", ">1 / 1000")
    assert orphanet.general_population("Sweden", "1-9 / 1 000 000")


def test_trehalase_deficiency_greenland_figure_is_shown_but_not_a_general_prior(
    knowledge: Knowledge,
) -> None:
    """Trehalase deficiency's only Orphanet figure is an annual incidence above 1 in 1,000 in
    Greenland, where it is common among the Inuit: it is kept, but not as everyone's figure."""
    figure = orphanet.orphanet_figures(knowledge).prevalence["ORPHA:103909"]
    assert figure[0] > 100 and figure[5] is False
