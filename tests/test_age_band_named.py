"""The age band's raise and the words that point to a profile (h-age17, issue 14).

A person's age inside a condition profile's narrow onset range raises its figure
(rank/priors.py age_band_ratios); a profile that explains none of the question's findings
keeps that raise only when the question still points to it: it names a body site the profile
names, or says one of its names whole (rank/sites.py naming_profiles). And a fact sheet whose
figure is an annual incidence has its sourced onset range weighed as a profile's
(ModelParameters.question_sheet_incidence_onset_as_profile): Kawasaki disease, Orphanet's
onset classes Infancy to Adult, cases mostly under 5.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.ranker import Ranker
from whatcauses.rank.sites import naming_profiles

STRABISMUS, TEAR_DUCT, AMBLYOPIA = "MONDO:0003432", "MONDO:0001833", "MONDO:0001020"
TOOTH_AGENESIS, OSTEOPOROSIS = "MONDO:0005486", "MONDO:0005298"
KAWASAKI = "ORPHA:2331"


def _ids(candidates: object) -> set[str]:
    return {i for c in candidates for i in (c.id, *c.ids)}  # type: ignore[attr-defined]


def test_the_words_point_to_the_profiles_that_name_their_site_or_name(engine: Engine) -> None:
    index = engine.knowledge.disease_ids_index
    teeth = naming_profiles(engine.knowledge, "one of his adult teeth never grew in")
    assert teeth[index[TOOTH_AGENESIS]] and not teeth[index[STRABISMUS]]
    bones = naming_profiles(engine.knowledge, "my mother broke her hip from thin bones")
    assert bones[index[OSTEOPOROSIS]]
    legs = naming_profiles(engine.knowledge, "a newborn with weak legs")
    assert not legs[[index[STRABISMUS], index[TEAR_DUCT], index[AMBLYOPIA]]].any()
    assert not naming_profiles(engine.knowledge, "she is tired").any()


def test_a_newborn_s_weak_legs_lift_no_eye_profile(engine: Engine) -> None:
    """Strabismus, a blocked tear duct and amblyopia were first to third for "a newborn with
    weak legs", raised by their 0-7 and 0-1 year bands though they explain no weakness."""
    candidates = engine.ask("a newborn with weak legs", top=5).ranking.candidates
    assert not {STRABISMUS, TEAR_DUCT, AMBLYOPIA} & _ids(candidates)
    assert any(ev.likelihood_ratio > 1.0 for ev in candidates[0].evidence)


def test_a_misread_question_that_names_the_teeth_keeps_tooth_agenesis(engine: Engine) -> None:
    """Its one reading (Growth delay) is a misreading tooth agenesis does not explain; the
    question names the teeth, which the profile names, so its band's raise stays."""
    question = ("my son is 13 and one of his adult teeth never grew in, the baby tooth is "
                "still there")
    kept = engine.ranker.rank_interpretation(engine.interpret(question), top=3).candidates
    assert TOOTH_AGENESIS in _ids(kept)
    parameters = replace(engine.ranker.parameters, question_age_band_named_kept=False)
    bare = Ranker(engine.knowledge, parameters)
    assert TOOTH_AGENESIS not in _ids(
        bare.rank_interpretation(engine.interpret(question), top=3).candidates)


@pytest.mark.parametrize(("age", "most"), [(3.0, 1.0), (8.0, 0.3), (16.0, 0.1), (50.0, 0.02)])
def test_kawasaki_disease_weighs_less_the_older_the_person(engine: Engine, age: float,
                                                          most: float) -> None:
    """The sheet's range (0-5 years, PMID:12949272) stands for Orphanet's Infancy-to-Adult
    classes, and past its end the ratio falls as a profile's does."""
    ratio = engine.ranker.question_ranker.model.question_age(age)
    assert ratio[engine.knowledge.disease_ids_index[KAWASAKI]] <= most
