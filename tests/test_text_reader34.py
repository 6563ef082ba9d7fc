"""Reader gaps of h-reader34 (issue 14), through the real engine: a faculty said to be
unaffected ("my hearing is fine") excludes the finding of that faculty impaired
(text/unaffected.py); a clinician's queried diagnosis ("?meningitis", "possible PE") is shown
but not weighed (text/negation.py QUERY_CUES); saddle numbness, not holding urine or stool and
a heart that does not pump well in lay words (lay_terms.yaml block "h-reader34")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.unaffected import FACULTIES

from .readings import present_ids

HEARING_IMPAIRMENT, FEVER, MENINGITIS = "HP:0000365", "HP:0001945", "HP:0001287"
ASTHMA = "HP:0002099"
SKIN_RASH, INSOMNIA, POOR_APPETITE = "HP:0000988", "HP:0100785", "HP:0004396"
PERIANAL_ANESTHESIA, URINARY_INCONTINENCE, BOWEL_INCONTINENCE = (
    "HP:0034982", "HP:0000020", "HP:0002607")
REDUCED_LVEF = "HP:0012664"


def _excluded(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).excluded for i in f.ids}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(FACULTIES)),
       st.sampled_from(["my {} is fine", "{} normal", "her {} is OK", "his {} seems okay",
                        "my {} is still good", "normal {}", "{} fine"]))
def test_an_unaffected_faculty_excludes_its_finding(engine: Engine, faculty: str,
                                                    wording: str) -> None:
    question = "high fever, " + wording.format(faculty)
    assert set(FACULTIES[faculty]) <= _excluded(engine, question), question
    assert not set(FACULTIES[faculty]) & present_ids(engine, question), question
    assert FEVER in present_ids(engine, question), question


def test_faculties_joined_share_the_cue_and_a_denied_cue_is_no_cue(engine: Engine) -> None:
    assert {HEARING_IMPAIRMENT, "HP:0000505"} <= _excluded(engine, "hearing and vision are fine")
    assert POOR_APPETITE not in _excluded(engine, "my appetite isn't good")
    assert INSOMNIA not in _excluded(engine, "I can't get a good sleep")
    # The faculty word with no normal-cue is no finding at all.
    assert not engine.interpret("my hearing").findings


def test_a_queried_diagnosis_is_shown_but_not_weighed(engine: Engine) -> None:
    for question in ("?meningitis, fever and neck stiffness", "query meningitis; fever",
                     "suspected meningitis, fever", "r/o meningitis, fever"):
        reading = engine.interpret(question)
        queried = [f for f in reading.findings if MENINGITIS in f.ids]
        assert queried and all(f.queried and f.uncertain for f in queried), question
        assert MENINGITIS not in {i for f in reading.present for i in f.ids}, question
        assert FEVER in {i for f in reading.present for i in f.ids}, question
    answer = engine.ask("possible meningitis, fever, stiff neck")
    assert MENINGITIS not in {i for f in answer.interpretation.present for i in f.ids}
    assert "ask about meningitis, which is not weighed" in answer.answer
    # A hedged observation stays weighed.
    reading = engine.interpret("maybe a rash, sometimes fever")
    assert {SKIN_RASH, FEVER} <= {i for f in reading.present + reading.or_groups for i in f.ids}
    assert not any(f.queried for f in reading.findings)


def test_a_queried_diagnosis_does_not_lead_the_ranking(engine: Engine) -> None:
    answer = engine.ask("Ix for ?asthma. Now fever 39, productive cough, crackles R base")
    for candidate in answer.ranking.candidates[:10]:
        assert all(e.hpo_id != ASTHMA for e in candidate.evidence)


def test_lay_wordings_of_saddle_numbness_incontinence_and_a_weak_heart(engine: Engine) -> None:
    assert PERIANAL_ANESTHESIA in present_ids(engine, "numbness in the saddle area")
    assert PERIANAL_ANESTHESIA in present_ids(engine, "saddle anaesthesia and retention")
    assert PERIANAL_ANESTHESIA in present_ids(engine, "he has gone numb between his legs")
    assert URINARY_INCONTINENCE in present_ids(engine, "she can't hold her wee any more")
    assert BOWEL_INCONTINENCE in present_ids(engine, "I can't hold my poo in")
    assert REDUCED_LVEF in present_ids(engine, "my left ventricle doesn't pump well")
    assert REDUCED_LVEF in present_ids(engine, "echo: ejection fraction low at 30%")


def test_two_words_sharing_a_noun_and_the_words_before_each_name_a_finding(
        engine: Engine) -> None:
    for question in ("back pain and loss of bladder and bowel control",
                     "loss of bowel or bladder control"):
        assert {URINARY_INCONTINENCE, BOWEL_INCONTINENCE} <= present_ids(engine, question)
    # The words before a first item are shared by the item after "and" that names nothing
    # alone.
    assert {URINARY_INCONTINENCE, BOWEL_INCONTINENCE} <= present_ids(
        engine, "he has lost control of his bowels and his bladder")
    assert {"HP:0041051", "HP:0000458"} <= present_ids(engine, "loss of taste and smell")
    # Two findings of their own joined by "and" stay two, and a shared site still reads.
    assert {"HP:0002018", "HP:0002013"} <= present_ids(engine, "nausea and vomiting")
    assert {"HP:0000403", "HP:0011108"} <= present_ids(engine, "sinus and ear infections")
