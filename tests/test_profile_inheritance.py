"""A condition profile's mode of inheritance (h-inherit, issue 14): the optional
``inheritance`` field, validated, compiled as the profile's inheritance annotations (aspect I)
so that a family history weighs a profiled Mendelian condition as it weighs HPO's genetic
diseases."""

from __future__ import annotations

import copy

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.compile import ASPECTS, INHERITANCE_ROOT
from whatcauses.knowledge.conditions import (
    MENDELIAN_MODES,
    condition_profile_index,
    validate_profile,
)
from whatcauses.knowledge.curated import read_yaml
from whatcauses.rank.family_findings import mendelian_diseases

HCM = "MONDO:0005045"
HCM_SHEET = "OMIM:192600"
HAEMOCHROMATOSIS = "MONDO:0021001"


def _hcm_raw() -> dict[str, object]:
    raw: dict[str, object] = copy.deepcopy(
        read_yaml("conditions/hypertrophic-cardiomyopathy.yaml"))
    return raw


def test_a_profile_gives_its_modes_with_sources() -> None:
    profiles = condition_profile_index()
    hcm = profiles[HCM].inheritance
    assert hcm is not None and hcm.modes == ("HP:0000006",)
    assert "PMID:28912181" in hcm.sources
    haemochromatosis = profiles[HAEMOCHROMATOSIS].inheritance
    assert haemochromatosis is not None and haemochromatosis.modes == ("HP:0000007",)


@pytest.mark.parametrize(("modes", "sources", "problem"), [
    (["HP:0001426"], ["PMID:28912181"], "Mendelian"),  # multifactorial: no Mendelian mode
    (["HP:0000006", "HP:0000006"], ["PMID:28912181"], "twice"),
    ([], ["PMID:28912181"], "modes"),
    (["HP:0000006"], ["PMID:99999999"], "not listed in references"),
])
def test_a_malformed_inheritance_is_an_error(modes: list[str], sources: list[str],
                                              problem: str) -> None:
    raw = _hcm_raw()
    raw["inheritance"] = {"modes": modes, "basis": "a made-up basis for the test",
                          "sources": sources}
    with pytest.raises(DataError, match=problem):
        validate_profile(raw, "made-up.yaml")


def test_the_modes_are_hpo_inheritance_terms(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    root = onto.index(INHERITANCE_ROOT)
    for mode in MENDELIAN_MODES:
        assert mode in onto and onto.is_ancestor(root, onto.index(mode)), mode


def test_the_profile_compiles_to_inheritance_annotations(engine: Engine) -> None:
    knowledge = engine.knowledge
    disease = knowledge.disease_index(HCM)
    modes = {record.hpo_id for record in knowledge.annotations(disease)
             if record.aspect == "I"}
    assert modes == {"HP:0000006"}
    assert ASPECTS.index("I") in set(
        knowledge.arrays["ann_aspect"][knowledge.annotation_rows(disease)].tolist())
    assert mendelian_diseases(knowledge)[disease]
    # A profile without the field stays without a mode (the common cold).
    cold = knowledge.disease_index("MONDO:0005709")
    assert not mendelian_diseases(knowledge)[cold]


def _hcm_ranks(engine: Engine, question: str) -> list[int]:
    ranked = engine.ask(question, top=10).ranking.candidates
    return [n for n, c in enumerate(ranked, 1) if {c.id, *c.ids} & {HCM, HCM_SHEET}]


def test_a_relatives_sudden_death_lifts_the_profile(engine: Engine) -> None:
    """The profile is Mendelian now, so a relative's young sudden death lifts it fully: it
    is among the first ten beside the fact sheet's entry, one of the two first (the fold of
    the two into one candidate is not done: the profile's comment)."""
    question = ("my 16 year old son passed out while running at cross country, his uncle "
                "died suddenly at 30")
    ranks = _hcm_ranks(engine, question)
    assert ranks[:1] == [1] and len(ranks) == 2


def test_a_named_relatives_disease_with_a_family_risk_keeps_its_lift(engine: Engine) -> None:
    """A profile with both a mode and a measured family risk: a relative's named case of it is
    weighed by the family risk (a lift of that disease), not read as the mode alone."""
    from whatcauses.rank.family_findings import inheritance_by_name

    named = {disease for _, _, disease in inheritance_by_name(engine.knowledge)}
    assert HCM not in named and HAEMOCHROMATOSIS in named
    question = ("I'm 22 and I get a pounding heart and feel dizzy when I train at the gym. "
                "My dad and his sister both have a thickened heart muscle.")
    ranks = _hcm_ranks(engine, question)
    assert ranks and ranks[0] <= 3
