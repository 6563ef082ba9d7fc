"""Lay wordings across sleep, the throat, the eyes, the nails, the mouth and the skin (h-lay14,
issue 14): going to sleep is no fall, not managing it is sleep onset insomnia, doing it in the
day is sleepiness; a jaw that will not open, barely swallowing, the "hot potato" voice, a
curtain over the sight, dents in the nails, a nasty taste, a red ring with a scaly edge; and
body words written by sound ("hart", "soar throat"), read only where they make a phrase."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

FALLS = "HP:0002527"
CATAPLEXY = "HP:0002524"
SLEEP_ONSET_INSOMNIA = "HP:0031354"
DAYTIME_SOMNOLENCE = "HP:0001262"
TRISMUS = "HP:0000211"
DYSPHAGIA = "HP:0002015"
DYSPHONIA = "HP:0001618"
VISUAL_FIELD_DEFECT = "HP:0001123"
NAIL_PITS = "HP:0001803"
PARAGEUSIA = "HP:0031249"
SCALING = "HP:0040189"
PALPITATIONS = "HP:0001962"
PHARYNGALGIA = "HP:0033050"
ABDOMINAL_PAIN = "HP:0002027"
QUINSY = "MONDO:0005906"
NARCOLEPSY = "ORPHA:2073"


@pytest.mark.parametrize("question", [
    "I can't fall asleep at night",
    "I cant fall asleep",
    "I can't get off to sleep",
    "it's hard to fall asleep",
])
def test_not_falling_asleep_is_sleep_onset_insomnia_and_no_fall(engine: Engine,
                                                                 question: str) -> None:
    found = present_ids(engine, question)
    assert SLEEP_ONSET_INSOMNIA in found
    assert FALLS not in found


@pytest.mark.parametrize("question", [
    "I fall asleep at work",
    "I fall asleep in the middle of the day",
    "I fall asleep without warning",
])
def test_falling_asleep_in_the_day_is_sleepiness(engine: Engine, question: str) -> None:
    found = present_ids(engine, question)
    assert DAYTIME_SOMNOLENCE in found
    assert FALLS not in found


def test_falling_asleep_beside_laughing_is_no_cataplexy_of_the_fall(engine: Engine) -> None:
    question = "I fall asleep in the middle of the day and I laugh a lot"
    assert CATAPLEXY not in present_ids(engine, question)


def test_sleep_attacks_with_knees_giving_way_rank_narcolepsy(engine: Engine) -> None:
    question = ("I fall asleep in the middle of the day without warning, and when I laugh my "
                "knees give way")
    assert answer_rank(engine, question, NARCOLEPSY) <= 3


@pytest.mark.parametrize(("question", "term"), [
    ("I can't open my jaw properly", TRISMUS),
    ("I can hardly swallow my own spit", DYSPHAGIA),
    ("I can barely swallow", DYSPHAGIA),
    ("my voice sounds like I have a hot potato in my mouth", DYSPHONIA),
    ("it's like a curtain over my vision", VISUAL_FIELD_DEFECT),
    ("my nails have little dents in them", NAIL_PITS),
    ("a horrible taste in my mouth", PARAGEUSIA),
    ("a nasty taste that won't go", PARAGEUSIA),
    # "red ring" (Annular cutaneous lesion) was dropped at the merge with h-lay15: "my ear is
    # red and ringing" read it (tests/test_text_lay15.py).
    ("a patch with a scaly edge", SCALING),
])
def test_lay_wordings(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_one_sided_sore_throat_with_trismus_and_muffled_voice_ranks_quinsy(
        engine: Engine) -> None:
    question = ("really bad sore throat on one side, I can hardly swallow my own spit, my "
                "voice sounds like I have a hot potato in my mouth and I can't open my jaw")
    assert answer_rank(engine, question, QUINSY) <= 3


@pytest.mark.parametrize(("question", "term"), [
    ("my hart is racing", PALPITATIONS),
    ("a soar throat for three days", PHARYNGALGIA),
    ("pain round my naval", ABDOMINAL_PAIN),
])
def test_body_words_written_by_sound(engine: Engine, question: str, term: str) -> None:
    reading = engine.interpret(question)
    assert term in {i for f in reading.findings if not f.negated for i in f.ids}
    assert reading.corrections  # the respelling is shown


@pytest.mark.parametrize("question", [
    "prices soar and I have a headache",
    "a bowl of soup",
    "the naval base",
])
def test_sound_alikes_stay_as_written_outside_a_phrase(engine: Engine, question: str) -> None:
    assert not engine.interpret(question).corrections


@pytest.mark.parametrize("question", [
    "sharp chest pain that's worse when I lie back",
    "chest pain worse lying on my back",
])
def test_pain_worse_lying_back_is_pain_worse_lying_flat(engine: Engine, question: str) -> None:
    labels = [m.label for m in engine.interpret(question).modifiers]
    assert "Pain worse when lying flat" in labels


def test_lying_back_without_a_pain_is_no_modifier(engine: Engine) -> None:
    labels = [m.label for m in engine.interpret("short of breath, worse when I lie back").modifiers]
    assert "Pain worse when lying flat" not in labels
