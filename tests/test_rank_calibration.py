"""The calibrated score on the mini data (tests/fixtures), numbers by hand.

Twin groups and their united phenotype annotations (model frequencies): Alpha (OMIM:100001 +
ORPHA:200001) focal seizure max(0.895, 0.545), muscle stiffness max(0.5, 0.17); Beta
generalized seizure 0.25, weakness 4/6; Gamma weakness 0.4, rigidity 0.025. Information
content -log(share of the 4 entries showing a term): focal log 2, seizure and stiffness
log 4/3, generalized and rigidity log 4, weakness log 2, the organ systems 0.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.rank.calibration import (
    FEATURES,
    LEADING_CANDIDATES,
    Calibrator,
    counted_findings,
)
from whatcauses.rank.model import ModelParameters

FOCAL, STIFF = "HP:0000102", "HP:0000201"
ALPHA, BETA, GAMMA = 0, 2, 3  # twin group heads (entry indices)
PLAIN = (1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def features(engine: Engine, groups: list[int]) -> dict[str, list[float]]:
    onto = engine.knowledge.ontology
    ranker = engine.ranker
    terms = [onto.index(FOCAL), onto.index(STIFF)]
    ratios = [ranker._union(ranker.model.observed(t), np.maximum) for t in terms]
    log_ratios = np.log(np.vstack([r[groups] for r in ratios]))
    calibrator = Calibrator(engine.knowledge, ranker.model, PLAIN)
    values = calibrator.features([[t] for t in terms], log_ratios, np.asarray(groups))
    return {name: [round(float(v), 4) for v in values[:, i]] for i, name in enumerate(FEATURES)}


def test_features_of_a_group_the_findings_cover_and_of_one_they_miss(
        mini_engine: Engine) -> None:
    found = features(mini_engine, [ALPHA, GAMMA])
    # Alpha: focal 0.895 / bg 0.36, stiffness 0.5 / bg 0.17375; Gamma: the noise floor 0.3.
    alpha = math.log(0.895 / 0.36) + math.log(0.5 / 0.17375)
    assert found["log_likelihood_ratio"] == [round(alpha, 4), round(2 * math.log(0.3), 4)]
    assert found["mean_log_likelihood_ratio"] == [round(alpha / 2, 4), round(math.log(0.3), 4)]
    assert found["strongest_finding"] == [round(math.log(0.5 / 0.17375), 4),
                                          round(math.log(0.3), 4)]
    # Alpha's whole profile is implied by the findings (times log k = log 2); Gamma's is not.
    assert found["profile_covered"] == [round(math.log(2), 4), 0.0]
    assert found["profile_covered_specific"] == [1.0, 0.0]
    assert found["annotation_count"] == [round(math.log(2), 4)] * 2
    # Gamma: rigidity shares muscle stiffness with a finding, log(4/3) / log 4; weakness only
    # the uninformative muscle abnormality: (0.2075 + 0) / 2.
    assert found["profile_closeness"] == [1.0, round(math.log(4 / 3) / math.log(4) / 2, 4)]


def test_findings_no_leading_candidate_explains_are_not_counted() -> None:
    floor = math.log(0.3)
    explained_by_first = [2.0] + [floor] * (LEADING_CANDIDATES + 2)
    explained_past_the_leaders = [floor] * LEADING_CANDIDATES + [3.0, floor, floor]
    explained_by_none = [floor] * (LEADING_CANDIDATES + 3)
    assert counted_findings(np.asarray(
        [explained_by_first, explained_past_the_leaders, explained_by_none])) == 1
    assert counted_findings(np.asarray([explained_by_none])) == 1  # at least one
    assert counted_findings(np.zeros((0, 4))) == 1


def test_a_stray_finding_leaves_the_size_features_as_they_were(mini_engine: Engine) -> None:
    # Generalized seizure at the noise floor for both groups: it adds log 0.3 to each sum but
    # k stays 2, so the mean and the coverage weight (log k) are those of two findings.
    onto = mini_engine.knowledge.ontology
    ranker = mini_engine.ranker
    terms = [onto.index(FOCAL), onto.index(STIFF), onto.index("HP:0000103")]
    groups = np.asarray([ALPHA, GAMMA])
    log_ratios = np.log(np.vstack(
        [ranker._union(ranker.model.observed(t), np.maximum)[groups] for t in terms[:2]]
        + [np.full(len(groups), 0.3)]))
    calibrator = Calibrator(mini_engine.knowledge, ranker.model, PLAIN)
    values = calibrator.features([[t] for t in terms], log_ratios, groups)
    two = features(mini_engine, [ALPHA, GAMMA])
    total = log_ratios.sum(axis=0)
    assert values[:, FEATURES.index("mean_log_likelihood_ratio")] == pytest.approx(total / 2)
    assert values[:, FEATURES.index("profile_covered")] == pytest.approx(
        two["profile_covered"], abs=1e-4)


def test_plain_weights_reproduce_the_likelihood_ratio_ranking(mini_engine: Engine) -> None:
    plain = Engine(mini_engine.knowledge, replace(ModelParameters(), calibration_weights=PLAIN))
    uncalibrated = Engine(mini_engine.knowledge,
                          replace(ModelParameters(), calibration_weights=None))
    a = plain.rank([FOCAL, STIFF], top=4)
    b = uncalibrated.rank([FOCAL, STIFF], top=4)
    assert [c.id for c in a.candidates] == [c.id for c in b.candidates]
    for x, y in zip(a.candidates, b.candidates, strict=True):
        assert x.probability == pytest.approx(y.probability)
        assert x.score == pytest.approx(y.score)
    assert [t.name for t in a.candidates[0].score_terms] == list(FEATURES)
    assert b.candidates[0].score_terms == ()


def test_the_calibrated_score_is_the_weighted_features_and_explains_itself(
        mini_engine: Engine) -> None:
    weights = (0.5, 0.0, 2.0, 0.0, 1.0, 0.0, 0.0)
    engine = Engine(mini_engine.knowledge,
                    replace(ModelParameters(), calibration_weights=weights))
    ranking = engine.rank([FOCAL, STIFF], top=4)
    first = ranking.candidates[0]
    assert first.id == "OMIM:100001"
    alpha = math.log(0.895 / 0.36) + math.log(0.5 / 0.17375)
    expected = 0.5 * alpha + 2.0 * math.log(2) + 1.0 * 1.0
    assert first.score == pytest.approx(expected / math.log(10), abs=1e-4)
    assert sum(t.contribution for t in first.score_terms) == pytest.approx(expected, abs=1e-4)
    terms = first.to_dict()["score_terms"]
    assert terms[2] == {"name": "profile_covered", "value": round(math.log(2), 6),
                        "weight": 2.0, "contribution": round(2 * math.log(2), 6)}
    # Gamma: 0.5 * 2 log 0.3 + closeness 0.1038; Beta the same, except that it shows seizure
    # (generalized, 0.25) so focal seizure, a sibling, gets 0.25 * (0.36 / 0.4225) ** 3 / 0.36
    # (sibling credit, above the floor). The probabilities are the softmax over the re-scored
    # groups (each twin group once).
    closeness = math.log(4 / 3) / math.log(4) / 2
    gamma = 0.5 * 2 * math.log(0.3) + closeness
    sibling = 0.25 * (0.36 / 0.4225) ** 3 / 0.36
    beta = 0.5 * (math.log(sibling) + math.log(0.3)) + closeness
    p_alpha = 1 / (1 + math.exp(beta - expected) + math.exp(gamma - expected))
    assert first.probability == pytest.approx(p_alpha, rel=1e-3)
    assert sum(c.probability for c in ranking.candidates) == pytest.approx(1.0)


def test_questions_keep_the_plain_likelihood_ratio(mini_engine: Engine) -> None:
    ranking = mini_engine.rank_interpretation(mini_engine.interpret("stiff muscles and fits"))
    assert ranking.candidates
    assert all(c.score_terms == () for c in ranking.candidates)


def test_weights_must_match_the_features(mini_engine: Engine) -> None:
    from whatcauses.errors import DataError

    with pytest.raises(DataError):
        Calibrator(mini_engine.knowledge, mini_engine.ranker.model, (1.0, 2.0))


def test_closeness_tables_give_the_lineage_maximum_of_every_annotated_term(
        mini_engine: Engine) -> None:
    # Per finding term, the remembered table must give, for each annotated term, the largest
    # information content among the terms both lineages hold (0 when none), as computed from
    # the lineages directly.
    onto = mini_engine.knowledge.ontology
    calibrator = Calibrator(mini_engine.knowledge, mini_engine.ranker.model, PLAIN)
    ic = calibrator.information_content
    annotated = calibrator.profiles.annotated.tolist()
    for term in range(len(onto.ids)):
        values, places = calibrator._closeness_table(term)
        lineage = set(onto.ancestors(term).tolist())
        for place, other in enumerate(annotated):
            shared = lineage & set(onto.ancestors(other).tolist())
            assert values[places[place]] == max((ic[t] for t in shared), default=0.0)


def test_profiles_hold_each_groups_terms_once_with_their_largest_frequency(
        mini_engine: Engine) -> None:
    # The profiles, read from the direct annotations the plain way: per twin group, its
    # distinct terms ascending, each with the largest frequency any member has for it.
    a = mini_engine.knowledge.arrays
    calibrator = Calibrator(mini_engine.knowledge, mini_engine.ranker.model, PLAIN)
    groups = calibrator._twin_group
    expected: dict[tuple[int, int], float] = {}
    ptr = a["direct_ptr"].tolist()
    for term in range(len(ptr) - 1):
        for row in range(ptr[term], ptr[term + 1]):
            key = (int(groups[int(a["direct_disease"][row])]), term)
            frequency = float(a["direct_probability"][row])
            expected[key] = max(expected.get(key, frequency), frequency)
    p = calibrator.profiles
    found: dict[tuple[int, int], float] = {}
    for group in range(len(groups)):
        for entry in range(int(p.ptr[group]), int(p.ptr[group + 1])):
            found[(group, int(p.terms[entry]))] = float(p.frequency[entry])
        assert p.terms[p.ptr[group]:p.ptr[group + 1]].tolist() == sorted(
            t for g, t in expected if g == group)
    assert found == expected
