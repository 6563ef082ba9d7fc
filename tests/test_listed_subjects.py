"""Parts listed before their describing words (text/coordination.py; issue 14, h-coordsubj):
"his knees and elbows are stiff and swollen" says each word of each part, so every part takes
every describing word, with the site composition the reader has for one part ("his knees are
stiff": Stiff knee); a denial denies each; a list composed as a whole keeps its reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.coordination import ListedSubject, listed_subjects, part_phrases
from whatcauses.text.normalize import tokenize

from .readings import finding_ids, present_ids

SITES = {("hands",), ("feet",), ("knees",), ("elbows",), ("face",), ("chest",), ("wrists",),
         ("ankles",), ("fingers",), ("lower", "back"), ("neck",), ("back",), ("tip",),
         ("head",)}
STIFF_KNEE, STIFF_ELBOW, LYMPHADENOPATHY = "HP:0025263", "HP:0025259", "HP:0002716"
SPLENOMEGALY, SCALING_SKIN, FACIAL_ERYTHEMA = "HP:0001744", "HP:0040189", "HP:0001041"
ANKLE_PAIN, WRIST_PAIN, FINGER_PAIN = "HP:0030840", "HP:0030836", "HP:0030837"
KNEE_PAIN, FOOT_PAIN, HAND_PAIN, NECK_PAIN = "HP:0030839", "HP:0025238", "HP:0046505", "HP:0030833"
FACIAL_EDEMA, ANGIOEDEMA, MACROGLOSSIA = "HP:0000282", "HP:0100665", "HP:0000158"
LIMB_WEAKNESS, UPPER_LIMB_WEAKNESS = "HP:0003690", "HP:0003484"
JOINT_SWELLING = "HP:0001386"


def _subjects(text: str) -> tuple[list[ListedSubject], list[str]]:
    tokens = tokenize(text)
    words = [t.folded for t in tokens]
    found = listed_subjects(words, lambda a, b: tuple(words[a:b + 1]) in SITES)
    spans = [(t.start, t.end) for t in tokens]
    return found, [p for s in found for p in part_phrases(text, spans, s)]


@pytest.mark.parametrize(("text", "phrases"), [
    ("my hands and feet are swollen", ["my hands", "my feet"]),
    ("both his knees and his elbows are stiff", ["both his knees", "his elbows"]),
    ("the skin on her face and chest is red", ["the skin on her face", "the skin on her chest"]),
    ("my ankles and wrists and fingers ache", ["my ankles", "my wrists", "my fingers"]),
    ("my neck or lower back hurts", ["my neck", "my lower back"]),
    ("I'm tired and my knees ache", []),
    ("my son's knees and elbows are stiff", ["my son's knees", "my son's elbows"]),
    ("pull the foreskin back and the tip is red", []),
    ("cold hands and feet and his neck hurt", []),
    ("I can't lift it above my head and my neck aches", []),
    ("pain in my knees", []),
])
def test_each_part_of_a_list_is_said_on_its_own(text: str, phrases: list[str]) -> None:
    assert _subjects(text)[1] == phrases


PARTS = sorted(" ".join(s) for s in SITES)


@given(st.lists(st.sampled_from(PARTS), min_size=2, max_size=5, unique=True),
       st.sampled_from(["and", "or"]), st.sampled_from(["my", "his", "the", "both"]))
def test_a_list_of_any_length_gives_every_part(parts: list[str], join: str, lead: str) -> None:
    text = f"{lead} {f' {join} '.join(parts)} are sore"
    found, phrases = _subjects(text)
    assert len(found) == 1 and len(found[0].parts) == len(parts)
    assert phrases == [f"{lead} {part}" for part in parts]
    # The list ends at its last part: the describing words start right after it.
    assert [t.folded for t in tokenize(text)][found[0].last + 1] == "are"


@pytest.mark.parametrize(("question", "terms"), [
    ("both his knees and his elbows are stiff and swollen", {STIFF_KNEE, STIFF_ELBOW}),
    ("his knees and wrists are swollen and stiff", {STIFF_KNEE}),
    ("his glands and spleen are big", {LYMPHADENOPATHY, SPLENOMEGALY}),
    ("for a year his glands and spleen have been big", {LYMPHADENOPATHY, SPLENOMEGALY}),
    ("the skin on her face and chest is red and scaly", {FACIAL_ERYTHEMA, SCALING_SKIN}),
    ("my ankles, wrists and fingers ache and swell", {ANKLE_PAIN, WRIST_PAIN, FINGER_PAIN}),
    ("my neck and back are stiff and sore", {NECK_PAIN}),
    ("my hands and face burn, go red and swell", {FACIAL_ERYTHEMA, FACIAL_EDEMA}),
])
def test_each_part_takes_each_describing_word(
        engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)


def test_a_list_composed_as_a_whole_keeps_its_reading(engine: Engine) -> None:
    # "arms and legs" share the limb: Limb muscle weakness, no upper and lower limb terms.
    read = present_ids(engine, "her arms and legs are weak and floppy")
    assert LIMB_WEAKNESS in read and UPPER_LIMB_WEAKNESS not in read


@pytest.mark.parametrize(("question", "terms"), [
    ("my knees and ankles are not swollen or red", {JOINT_SWELLING}),
    ("no pain in my hands, knees or feet", {HAND_PAIN, KNEE_PAIN, FOOT_PAIN}),
    ("no swelling of my lips or tongue", {ANGIOEDEMA, MACROGLOSSIA}),
])
def test_a_denied_list_denies_every_part(engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= finding_ids(engine, question)
    assert not terms & present_ids(engine, question)


@pytest.mark.parametrize(("question", "person"), [
    ("my mum and sister are deaf", "mum"), ("my husband and I are tired", "husband"),
    ("I'm a teacher and my hands are swollen", "teacher")])
def test_people_are_no_parts(engine: Engine, question: str, person: str) -> None:
    assert not any(f.text.lower().split()[:2].count(person)
                   for f in engine.interpret(question).findings)
