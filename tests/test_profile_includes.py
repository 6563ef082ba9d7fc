"""A condition profile's included inherited forms lend a plain question no findings
(h-ranker8, ``question_profile_includes_findings``).

Atrial fibrillation's profile includes familial forms whose HPO/Orphanet entries record a
family's syncope (ORPHA:334) or slow pulse (OMIM:617280). United with the common condition,
they made common AF look like a cause of a slow pulse and fainting ahead of complete heart
block and sick sinus syndrome. In a question, a profile group's finding ratios now come from
the profile, its same_as entries and its non-Mendelian includes (OMIM's "susceptibility to"
records of the common disease itself, such as multiple sclerosis's OMIM:126200); the familial
forms still rank inside the group."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from whatcauses.engine import Engine
from whatcauses.rank.grouping import group_members
from whatcauses.rank.model import ModelParameters

from .readings import answer_rank

AF = "MONDO:0004981"
SLOW_AND_FAINTING = "My 75 year old father has a very slow pulse and keeps fainting."


def test_familial_af_does_not_lend_common_af_fainting_and_a_slow_pulse(engine: Engine) -> None:
    candidates = engine.ask(SLOW_AND_FAINTING, top=10).ranking.candidates
    first = {candidates[0].id, *candidates[0].ids}
    assert first & {"MONDO:0001823", "MONDO:0000468"}  # sick sinus syndrome, heart block
    assert answer_rank(engine, SLOW_AND_FAINTING, AF) > 0
    ranker, index = engine.ranker.question_ranker, engine.knowledge.disease_index
    # still one candidate with its familial forms
    assert ranker._twin_group[index("ORPHA:334")] == ranker._twin_group[index(AF)]
    united = Engine(engine.knowledge, replace(ModelParameters(),
                                              question_profile_includes_findings=True))
    assert answer_rank(united, SLOW_AND_FAINTING, AF) == 0


def test_a_non_mendelian_included_record_still_lends_its_findings(engine: Engine) -> None:
    # The multiple sclerosis profile lists no spasticity; its OMIM record (non-Mendelian) does.
    question = ("What causes bouts of double vision, tingling in the limbs and weak, stiff legs "
                "in a woman in her 20s?")
    assert answer_rank(engine, question, "MONDO:0005301") == 0


def test_case_reports_keep_the_whole_group_union(engine: Engine) -> None:
    assert engine.ranker.parameters.profile_includes_findings
    assert len(engine.ranker._included_members) == 0
    assert len(engine.ranker.question_ranker._included_members) > 0


def test_a_question_names_the_profile_not_one_of_its_familial_forms(engine: Engine) -> None:
    # Familial forms sorted first by source (OMIM) named common AF "OMIM:611494" and showed
    # sick sinus syndrome's evidence from a familial form's annotation.
    candidates = engine.ask(SLOW_AND_FAINTING, top=10).ranking.candidates
    included = engine.knowledge.arrays["profile_included"]
    index = engine.knowledge.disease_index
    grouped_with_profile = [c for c in candidates
                            if any(d.startswith("MONDO:") for d in c.ids) and len(c.ids) > 1]
    assert grouped_with_profile
    for candidate in grouped_with_profile:
        assert not included[index(candidate.id)], candidate.id
    sick_sinus = next(c for c in candidates if "MONDO:0001823" in c.ids)
    assert sick_sinus.id == "MONDO:0001823"
    assert sick_sinus.inheritance == ()  # not the familial forms' autosomal inheritance
    # the slow pulse is explained by the profile's own finding and source
    slow = next(e for e in sick_sinus.evidence if e.hpo_id == "HP:0001662")
    assert slow.references == ("PMID:23939447",)


def test_a_case_report_keeps_the_omim_entry_as_the_group_id(engine: Engine) -> None:
    ranking = engine.rank(["HP:0001662", "HP:0001279"], top=30, evidence=False)
    sick_sinus = next(c for c in ranking.candidates if "MONDO:0001823" in c.ids)
    assert sick_sinus.id.startswith("OMIM:")


def test_demoted_members_come_last_in_their_group() -> None:
    ids = ["OMIM:600001", "MONDO:0000001", "OMIM:600002"]
    twin_group = np.asarray([0, 0, 0])
    assert group_members(twin_group, ids) == {0: [0, 2, 1]}
    assert group_members(twin_group, ids, demoted={0, 2}) == {0: [1, 0, 2]}
