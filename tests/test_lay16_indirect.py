"""Findings that are not findings now, or are said indirectly (h-lay16, issue 14): an illness
had last week, recently or a few weeks back before "now", or one the person is getting over,
is the illness before (text/preceding.py) and the exposure its "after" phrase names
(text/exposures.py); a trouble denied with a faculty ("no problems with my bladder or
bowels") excludes the faculty's findings (text/unaffected.py); a pain simile of an electric
shock is a shooting pain (text/normalize.py); and a verb whose own object is another site
joins no finding with the site before it ("down my arm when I bend my neck")."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.preceding import preceding_spans

from .readings import finding_ids, present_ids

RHINITIS, PHARYNGALGIA, PHARYNGITIS = "HP:0012384", "HP:0033050", "HP:0025439"
RESPIRATORY_INFECTION, FEVER, COUGH = "HP:0011947", "HP:0001945", "HP:0012735"
CHEST_PAIN, EAR_PAIN, DARK_URINE = "HP:0100749", "HP:0030766", "HP:0040319"
PETECHIAE, PURPURA, PALPITATIONS = "HP:0000967", "HP:0000979", "HP:0001962"
URINARY_INCONTINENCE, URINARY_RETENTION = "HP:0000020", "HP:0000016"
DIARRHEA, CONSTIPATION, HEARING_IMPAIRMENT = "HP:0002014", "HP:0002019", "HP:0000365"
LOW_BACK_PAIN, TINNITUS, NEURALGIA = "HP:0003419", "HP:0000360", "HP:0033345"
UPPER_LIMB_PAIN, BOWING_OF_THE_ARM = "HP:0012513", "HP:0006488"
UPPER_LIMB_WEAKNESS = "HP:0003484"
RAYNAUD, HYPOPIGMENTED_PATCHES = "HP:0030880", "HP:0001053"
VIRAL, THROAT = "recent-viral-illness", "throat-infection"


def _folded(text: str) -> list[str]:
    return text.split()


def _exposed(engine: Engine, question: str) -> set[str]:
    return {x.key for x in engine.interpret(question).exposures if not x.negated}


def test_an_illness_had_last_week_before_now_is_the_illness_before(engine: Engine) -> None:
    question = "I had a cold last week and now my chest hurts"
    read = present_ids(engine, question)
    assert CHEST_PAIN in read and RHINITIS not in read
    assert VIRAL in _exposed(engine, question)
    question = "I had a sore throat last week and now my pee is dark"
    read = present_ids(engine, question)
    assert DARK_URINE in read and not {PHARYNGALGIA, PHARYNGITIS} & read
    assert THROAT in _exposed(engine, question)


def test_recently_a_few_weeks_back_and_since_then(engine: Engine) -> None:
    read = present_ids(engine, "my little boy had a cold recently and now he has tiny purple "
                               "spots all over his legs")
    assert {PETECHIAE, PURPURA} & read and RHINITIS not in read
    question = "I had a chest infection a few weeks back and now my heart races"
    assert PALPITATIONS in present_ids(engine, question)
    assert RESPIRATORY_INFECTION not in present_ids(engine, question)
    assert VIRAL in _exposed(engine, "I had flu two weeks ago and since then I've been "
                                     "short of breath")


def test_getting_over_an_illness_says_it_came_first(engine: Engine) -> None:
    question = "I'm just getting over a cold and now my ear hurts"
    read = present_ids(engine, question)
    assert EAR_PAIN in read and RHINITIS not in read
    assert VIRAL in _exposed(engine, question)


def test_a_fever_last_week_or_recently_stays_part_of_the_complaint() -> None:
    # A fever or a cough last week may be the complaint's own start: only a passing
    # illness's word is set aside with a recent time.
    words = _folded("i had a fever last week and now a rash")
    assert not preceding_spans(words)
    words = _folded("i had a cold last week and now a rash")
    assert preceding_spans(words)
    # "I've had" a cold recently may still go on.
    words = _folded("i've had a cold recently and now my ear hurts")
    assert not preceding_spans(words)


def test_a_trouble_denied_with_a_faculty_excludes_its_findings(engine: Engine) -> None:
    question = ("no problems with my bladder or bowels, but my lower back hurts and the pain "
                "shoots down my leg")
    reading = engine.interpret(question)
    excluded = {i for f in reading.findings if f.negated for i in f.ids}
    assert {URINARY_INCONTINENCE, URINARY_RETENTION, DIARRHEA, CONSTIPATION} <= excluded
    assert LOW_BACK_PAIN in present_ids(engine, question)
    reading = engine.interpret("nothing wrong with my hearing but I have a ringing in my ears")
    assert HEARING_IMPAIRMENT in {i for f in reading.findings if f.negated for i in f.ids}
    assert TINNITUS in present_ids(engine, "nothing wrong with my hearing but I have a "
                                           "ringing in my ears")
    # A trouble said, not denied, excludes nothing; nor does a part said to be fine reach
    # across "but" to another part.
    assert not {URINARY_INCONTINENCE, URINARY_RETENTION} & finding_ids(
        engine, "I have problems with my bladder")
    assert UPPER_LIMB_WEAKNESS in present_ids(engine, "my legs are fine but my arms are weak")


def test_an_electric_shock_simile_is_a_shooting_pain(engine: Engine) -> None:
    read = present_ids(engine, "I get a feeling like an electric shock down my arm")
    assert {UPPER_LIMB_PAIN, NEURALGIA} <= read
    read = present_ids(engine, "feels like an electric shock down my arm when I bend my neck")
    assert BOWING_OF_THE_ARM not in read and NEURALGIA in read


def test_a_colour_after_a_lesion_and_of_is_the_lesions(engine: Engine) -> None:
    read = present_ids(engine, "patches of white skin on my hands")
    assert RAYNAUD not in read and HYPOPIGMENTED_PATCHES in read
    assert RAYNAUD in present_ids(engine, "my fingers go white in the cold")
