"""The urgent notice right both ways (h-urgent9, issue 13; bench/data/probe_h-urgent9.yaml):
a blue colour said of the lips, face, tongue or the whole person raises it, the same colour
said only of the fingers, toes, hands or feet in the cold does not; a headache made worse by
coughing, straining or lying down with vomiting or a change in sight, morning headaches with
vomiting and a headache with double vision raise it, a headache with a cold or a hangover
does not; weakness found on waking is a stroke sign as sudden weakness is; chest pain placed
in the chest wall (sore when pressed) raises it only with a heart-attack sign."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites, parse_red_flags, red_flags
from whatcauses.text.flag_sites import said_only_at
from whatcauses.text.normalize import tokenize

pytestmark = pytest.mark.slow

_SITES = frozenset({"finger", "fingers", "toe", "toes"})
_PERSONS = frozenset({"he", "she", "baby", "son"})


def _is_site(word: str) -> bool:
    return word in _SITES or word in {"lips", "face", "arm"}


def _only_at(question: str, finding: str, site: str | None = None) -> bool:
    return said_only_at(tokenize(question), question.index(finding), site, _SITES, _is_site,
                        _PERSONS)


@pytest.mark.parametrize(("question", "finding"), [
    ("numb fingers that go white then blue when it is cold", "go white then blue"),
    ("my fingers are cold and turning blue", "turning blue"),
    ("when it's cold my fingers go white, then they turn blue", "turn blue"),
])
def test_a_colour_after_the_fingers_is_said_of_them(question: str, finding: str) -> None:
    assert _only_at(question, finding)


@pytest.mark.parametrize(("question", "finding"), [
    ("my baby turns blue when feeding", "turns blue"),
    ("he turned blue and his fingers were cold", "turned blue"),
    ("my toes are cold. she is going blue", "going blue"),
    ("turning blue and gasping", "turning blue"),
    ("her face and then her fingers went blue", "went blue"),
])
def test_a_colour_after_a_person_or_another_site_is_no_fingers_only(question: str,
                                                                    finding: str) -> None:
    assert not _only_at(question, finding)


def test_the_readers_own_site_decides_when_it_gave_one() -> None:
    question = "her lips and fingers are blue"
    assert not _only_at(question, "lips", site="lips and fingers")
    assert _only_at("her fingers are blue", "fingers", site="fingers")


def test_not_at_sites_are_body_sites_the_reader_knows() -> None:
    sites = body_sites().sites
    listed = [w for flag in red_flags() for w in flag.not_at]
    assert "fingers" in listed
    assert all((w,) in sites for w in listed), [w for w in listed if (w,) not in sites]


def test_not_at_and_unless_said_are_read_lower_case_and_optional() -> None:
    flags = parse_red_flags([{"phrase": "blue lips", "hpo": ["HP:0000961"],
                              "not_at": ["Fingers"], "advice": "Call now."},
                             {"phrase": "chest pain", "unless_said": ["When I press"],
                              "advice": "Call now."}])
    assert flags[0].not_at == ("fingers",)
    assert flags[0].unless_said == ()
    assert flags[1].not_at == ()
    assert flags[1].unless_said == ("when i press",)


@pytest.mark.parametrize("question", [
    "her lips turned blue",
    "my baby turns blue when feeding",
    "my newborn went blue around the lips",
    "he turned blue and his fingers were cold",
    "I've had a headache for weeks that is worse when I cough, and I keep vomiting",
    "my headaches get worse when I lie down and my vision has gone blurry",
    "my 8 year old has headaches when he wakes up in the morning and is sick",
    "a headache for three days and now double vision",
    "I woke up with a weak left arm",
    "my husband woke up this morning and couldn't lift his right arm",
    "chest pain that is sore when I press on it, and I'm sweating and breathless",
    "crushing chest pain, it hurts when I press on it",
    "chest pain that doesn't hurt when I press on it",
    "I have chest pain",
])
def test_the_red_flag_raises_the_notice(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is not None, question


@pytest.mark.parametrize("question", [
    "numb fingers that go white then blue when it is cold",
    "my fingers are cold and turning blue",
    "when it's cold my fingers go white, then they turn blue",
    "my toes turn a purplish blue colour every winter",
    "I have a cold with a headache and a cough",
    "headache and blocked nose, worse when I bend forward",
    "I woke up with a headache and threw up after drinking last night",
    "my migraine makes me vomit and I need to be lying down in the dark",
    "I've been straining my eyes at a screen, headache and blurred vision",
    "my legs feel weak and I woke up twice in the night to pee",
    "over the past year my hands have slowly got weaker",
    "a sore spot on my chest where the ribs meet the breastbone, it hurts when I press on it",
    "chest pain since I pulled a muscle, tender to the touch",
])
def test_the_look_alike_stays_quiet(engine: Engine, question: str) -> None:
    assert engine.ask(question).urgent is None, question
