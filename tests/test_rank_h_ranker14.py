"""Ranking common conditions by what the question says (h-ranker14, issue 13/14): a site a
fact sheet's finding places that finding at (rank/sites.py, finding sites), a single common
infection against the immunodeficiencies that list it (rank/infections.py), and hereditary
tumour syndromes against sporadic cancers in an older person (rank/hereditary.py)."""

from __future__ import annotations

import numpy as np

from whatcauses.engine import Engine
from whatcauses.rank.hereditary import HEREDITARY_WEIGHT, hereditary_tumour_weights
from whatcauses.rank.infections import PREDISPOSITION_WEIGHT, single_infection_weights
from whatcauses.rank.sites import SITE_WEIGHT, finding_site_matches, finding_site_words

from .readings import answer_rank

ANKYLOSING_SPONDYLITIS = "OMIM:106300"
RHEUMATOID_ARTHRITIS = "OMIM:180300"
MORNING_STIFFNESS = "HP:0005197"
COLD_SORES = "MONDO:0043653"
RECURRENT_ORAL_HERPES = "HP:0410028"
LYNCH_SYNDROME = "ORPHA:144"
COLORECTAL_CANCER = "MONDO:0005575"


# Finding sites ---------------------------------------------------------------------------

def test_a_sheet_finding_places_morning_stiffness_at_the_back(engine: Engine) -> None:
    back = finding_site_words("lower back", "lower back is stiff every morning", ())
    matched = finding_site_matches(engine.knowledge, [((MORNING_STIFFNESS,), back)])
    assert ANKYLOSING_SPONDYLITIS in matched
    word, statement, sources, weight = next(iter(matched[ANKYLOSING_SPONDYLITIS].values()))
    assert word == "lower back" or "back" in word
    assert "back" in statement and sources and weight == SITE_WEIGHT
    assert RHEUMATOID_ARTHRITIS not in matched  # its stiffness is of the joints


def test_a_site_of_an_unrelated_finding_lifts_nothing(engine: Engine) -> None:
    back = finding_site_words("back", "back", ())
    matched = finding_site_matches(engine.knowledge, [(("HP:0000365",), back)])  # hearing
    assert ANKYLOSING_SPONDYLITIS not in matched


def test_a_morning_stiff_lower_back_puts_axial_spondyloarthritis_first(engine: Engine) -> None:
    question = "I'm 24 and my lower back is stiff every morning for over an hour"
    assert answer_rank(engine, question, ANKYLOSING_SPONDYLITIS) == 0
    answer = engine.ask(question, top=3)
    fits = [f for c in answer.ranking.candidates if c.id == ANKYLOSING_SPONDYLITIS
            for f in c.site_fits]
    assert fits and fits[0].likelihood_ratio == SITE_WEIGHT and "back" in fits[0].statement


def test_morning_stiff_hands_do_not_lift_axial_spondyloarthritis(engine: Engine) -> None:
    answer = engine.ask("I'm 52 and both my hands are stiff for an hour every morning", top=10)
    assert all(not c.site_fits for c in answer.ranking.candidates
               if c.id == ANKYLOSING_SPONDYLITIS)


# A single common infection ---------------------------------------------------------------

def _explains(engine: Engine):  # type: ignore[no-untyped-def]
    return engine.ranker.model.observed


def test_one_infection_said_alone_weighs_the_immunodeficiencies_down(engine: Engine) -> None:
    k = engine.knowledge
    weights = single_infection_weights(k, [[RECURRENT_ORAL_HERPES]], _explains(engine))
    assert weights is not None
    assert weights[k.disease_ids_index["OMIM:615707"]] == PREDISPOSITION_WEIGHT  # ID 20
    assert weights[k.disease_ids_index[COLD_SORES]] == 1.0


def test_two_infections_or_an_immune_finding_leave_them_alone(engine: Engine) -> None:
    k = engine.knowledge
    explains = _explains(engine)
    # with recurrent otitis media: two infections
    assert single_infection_weights(
        k, [[RECURRENT_ORAL_HERPES], ["HP:0000403"]], explains) is None
    # with low antibodies (Decreased circulating antibody concentration)
    assert single_infection_weights(
        k, [[RECURRENT_ORAL_HERPES], ["HP:0004313"]], explains) is None


def test_cold_sores_keep_kaposi_sarcoma_out_of_the_answer(engine: Engine) -> None:
    ids = {i for c in engine.ask("what causes cold sores", top=10).ranking.candidates
           for i in (c.id, *c.ids)}
    assert COLD_SORES in ids and "ORPHA:33276" not in ids


# Hereditary tumour syndromes by age ------------------------------------------------------

def test_hereditary_tumours_weigh_less_from_fifty_without_family_history() -> None:
    marked = np.array([True, False])
    assert hereditary_tumour_weights(marked, 49.0, False) is None
    assert hereditary_tumour_weights(marked, 65.0, True) is None
    assert hereditary_tumour_weights(marked, None, False) is None
    weights = hereditary_tumour_weights(marked, 65.0, False)
    assert weights is not None and list(weights) == [HEREDITARY_WEIGHT, 1.0]


def test_lynch_syndrome_is_marked_and_the_cancer_profiles_are_not(engine: Engine) -> None:
    marked = engine.ranker._hereditary_tumours
    index = engine.knowledge.disease_ids_index
    assert marked[index[LYNCH_SYNDROME]]
    assert not marked[index["OMIM:114480"]]  # breast cancer: the profile's twin
    assert not marked[index["OMIM:114500"]]  # colorectal cancer: the profile's twin


def test_rectal_bleeding_at_65_puts_bowel_cancer_above_lynch_syndrome(engine: Engine) -> None:
    question = "rectal bleeding and weight loss, I am 65"
    assert answer_rank(engine, question, COLORECTAL_CANCER) < answer_rank(
        engine, question, LYNCH_SYNDROME)


def test_a_site_where_many_diseases_place_the_finding_lifts_less(engine: Engine) -> None:
    # hearing loss in the ear: the sheets and profiles of many ear diseases place it there,
    # so it weighs less than a site few place it at (h-sitetaper: before, nothing)
    ear = finding_site_words("ears", "ears have felt blocked", ())
    matched = finding_site_matches(engine.knowledge, [(("HP:0000365",), ear)])
    weights = {w for sites in matched.values() for *_, w in sites.values()}
    assert weights and all(1.0 < w < SITE_WEIGHT for w in weights)
