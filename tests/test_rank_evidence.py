"""Per-finding evidence, explained for all candidates in one pass (mini data, by hand)."""

from __future__ import annotations

import math

import pytest

from whatcauses.engine import Engine

SEIZURE, FOCAL, STIFF, RIGID, WEAK = (
    "HP:0000101", "HP:0000102", "HP:0000201", "HP:0000202", "HP:0000203"
)


def test_every_kind_of_match_for_a_twin_group(mini_engine: Engine) -> None:
    ranking = mini_engine.rank([RIGID, SEIZURE, WEAK], [FOCAL], top=4)
    alpha = next(c for c in ranking.candidates if c.id == "OMIM:100001")
    shown = {e.hpo_id: e for e in alpha.evidence}
    # Rigidity refines Alpha's muscle stiffness (1/2 in PMID:11): partial credit.
    assert (shown[RIGID].match, shown[RIGID].matched_id) == ("more_specific", STIFF)
    assert shown[RIGID].references == ("PMID:11", "OMIM:100001")
    # Seizure is implied by the focal seizure annotation (very frequent, 0.895).
    assert (shown[SEIZURE].match, shown[SEIZURE].frequency) == ("implied", pytest.approx(0.895))
    # Weakness: NOT for the OMIM entry (0.02), unmentioned by the Orphanet twin (0.3): the
    # group shows the member whose ratio it uses.
    assert (shown[WEAK].match, shown[WEAK].likelihood_ratio) == ("none", 0.3)
    # The excluded focal seizure: the member with the lower ratio (OMIM, which shows it in
    # 0.895 of patients against the Orphanet entry's 0.545).
    assert shown[FOCAL].excluded and shown[FOCAL].match == "exact"
    ratio = mini_engine.ranker.model.excluded(mini_engine.knowledge.ontology.index(FOCAL))
    assert shown[FOCAL].likelihood_ratio == pytest.approx(float(min(ratio[0], ratio[1])))


def test_one_pass_over_many_diseases_equals_one_disease_at_a_time(mini_engine: Engine) -> None:
    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    seen = [onto.index(t) for t in (RIGID, SEIZURE, WEAK, FOCAL)]
    missing = [onto.index(STIFF)]
    together = model.explain_many(seen, missing, [3, 0, 2, 1])
    alone = [model.explain_all(seen, missing, d) for d in (3, 0, 2, 1)]
    assert together == alone
    # Gamma myopathy: rigidity exact, weakness exact (no frequency), stiffness excluded but
    # implied by rigidity.
    gamma_seen, gamma_missing = together[0]
    assert [d.kind for d in gamma_seen] == ["exact", "none", "exact", "none"]
    assert gamma_seen[2].frequency is None
    assert gamma_missing[0].kind == "implied"


def test_partial_credit_agrees_with_the_likelihood_model(mini_engine: Engine) -> None:
    """Every finding, every disease: the evidence says "more_specific" exactly where neither an
    annotation at or below the finding nor a NOT explains it and ``match_probability`` (the
    ratio's own computation) rises above the noise floor through an ancestor or a parent."""
    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    floor = model.parameters.observed_floor
    diseases = list(range(mini_engine.knowledge.n_diseases))
    terms = [onto.index(t) for t in onto.ids]
    explained = model.explain_many(terms, [], diseases)
    checked = 0
    for position, term in enumerate(terms):
        probability = model.match_probability(term)
        above = probability > floor * model.background[term]
        for d in diseases:
            kind = explained[d][0][position].kind
            if kind in ("more_specific", "none"):
                assert above[d] == (kind == "more_specific"), (onto.ids[term], d)
                checked += 1
    assert checked > len(terms)


def test_annotation_tables_name_each_terms_best_annotation(mini_engine: Engine) -> None:
    """Per disease and term, the remembered table's best annotation at or below the term (and
    the best exact one) is the one a plain loop over the annotations finds: the highest
    frequency (unrecorded: the model's default), the first row on ties."""
    from whatcauses.knowledge.compile import MODEL_DEFAULT_FREQUENCY

    k = mini_engine.knowledge
    a = k.arrays
    onto = k.ontology
    model = mini_engine.ranker.model
    for disease in range(k.n_diseases):
        table = model._annotation_table(disease)
        rows = [int(r) for r in k.annotation_rows(disease) if k.phenotype_rows[r]]
        assert table.rows == rows
        below: dict[int, tuple[float, int]] = {}
        exact: dict[int, tuple[float, int]] = {}
        for place, row in enumerate(rows):
            raw = float(a["ann_frequency"][row])
            value = MODEL_DEFAULT_FREQUENCY if math.isnan(raw) else raw
            term = int(a["ann_term"][row])
            for ancestor in onto.ancestors(term).tolist():
                below.setdefault(ancestor, (value, place))
                if value > below[ancestor][0]:
                    below[ancestor] = (value, place)
            exact.setdefault(term, (value, place))
            if value > exact[term][0]:
                exact[term] = (value, place)
        every = list(range(len(onto.ids)))
        assert table.below_at(every) == {t: place for t, (_, place) in below.items()}
        assert table.exact_at(every) == {t: place for t, (_, place) in exact.items()}


def test_the_table_pass_and_the_vectorised_pass_give_the_same_details(
        mini_engine: Engine) -> None:
    # Every finding (observed and excluded), every disease, through both ways of a pass.
    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    terms = [onto.index(t) for t in onto.ids]
    diseases = list(range(mini_engine.knowledge.n_diseases))
    tables = model._explain_from_tables(terms, terms, diseases)
    assert tables == model._explain_pass_vectorised(terms, terms, diseases)
    assert tables == [model._explain_pass(terms, terms, [d])[0] for d in diseases]


def test_explaining_pairs_gives_what_explaining_all_gives(mini_engine: Engine) -> None:
    # Evidence explains only the (member, finding) pairs a group shows: each pair's detail is
    # the one the pass over every disease and finding gives, computed or remembered.
    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    terms = [onto.index(t) for t in onto.ids]
    diseases = list(range(mini_engine.knowledge.n_diseases))
    every = model.explain_many(terms, terms, diseases)
    pairs = [(d, t, x) for d in reversed(diseases) for t in terms[::2] for x in (False, True)]
    expected = [every[d][x][terms.index(t)] for d, t, x in pairs]
    fresh = type(model)(mini_engine.knowledge, model.parameters)
    assert fresh.explain_pairs(pairs) == expected
    assert fresh.explain_pairs(pairs[::-1]) == expected[::-1]  # remembered now


def test_explaining_some_cells_gives_what_the_whole_grid_gives(mini_engine: Engine) -> None:
    # explain_pairs computes only the pairs asked for (LikelihoodModel._explain_cells): each
    # cell's detail, in any order, repeated or not, is the one of the pass over the whole
    # grid (and so of the table pass); a pair asked with different neighbours is the same.
    import random

    model = mini_engine.ranker.model
    onto = mini_engine.knowledge.ontology
    terms = [onto.index(t) for t in onto.ids]
    diseases = list(range(mini_engine.knowledge.n_diseases))
    grid = model._explain_pass_vectorised(terms, terms, diseases)
    assert isinstance(grid, list)
    flat = [detail for seen, absent in grid for detail in (*seen, *absent)]
    width = 2 * len(terms)
    chooser = random.Random(15)
    for size in (1, 2, 7, len(flat) // 3, len(flat)):
        cells = chooser.sample(range(len(flat)), size) + chooser.sample(range(len(flat)), 1)
        assert model._explain_cells(terms, terms, diseases, cells) == [flat[c] for c in cells]
    # Irregular pairs: each disease with its own findings, as twin groups ask for them.
    pairs = [(d, t, x) for d in diseases for t in terms for x in (False, True)
             if chooser.random() < 0.3]
    pairs += pairs[:3]  # a pair asked twice in one call
    fresh = type(model)(mini_engine.knowledge, model.parameters)
    expected = [flat[d * width + (len(terms) if x else 0) + terms.index(t)] for d, t, x in pairs]
    assert fresh.explain_pairs(pairs) == expected
    assert len({d for d, _, _ in pairs}) > 1  # the pass over several diseases, not a table
