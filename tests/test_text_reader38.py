"""Reader gaps of h-reader38 (issue 14), through the real engine: the head of a bone ("the
metatarsal heads", "the head of the femur") is no head (text/sites.py part_of_site); the
pebble-in-the-shoe feeling, ring-shaped rashes, a tender cord along a vein, calcium in the
cartilage, words that came out wrong and a plantar wart in lay words (lay_terms.yaml block
"h-reader38")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

HEADACHE, FOOT_PAIN, PAIN = "HP:0002315", "HP:0025238", "HP:0012531"
ANNULAR, THROMBOPHLEBITIS, CHONDROCALCINOSIS = "HP:0025528", "HP:0004418", "HP:0000934"
APHASIA, PLANTAR_WARTS = "HP:0002381", "HP:0033005"


@pytest.mark.parametrize("question", [
    "forefoot pain between the metatarsal heads",
    "pain in the femoral head",
    "pain at the head of the femur",
    "aching under the metatarsal head",
    "sore at the head of my radius",
])
def test_the_head_of_a_bone_is_no_head(engine: Engine, question: str) -> None:
    assert HEADACHE not in present_ids(engine, question), question


def test_the_head_itself_still_aches(engine: Engine) -> None:
    for question in ["bad pain in my head", "pain in the head and neck", "my head hurts"]:
        assert HEADACHE in present_ids(engine, question), question
    # A bone's head with its pain still reads the pain there ("forefoot").
    assert FOOT_PAIN in present_ids(engine, "forefoot pain between the metatarsal heads")


@pytest.mark.parametrize(("question", "term"), [
    ("it feels like walking on a pebble", FOOT_PAIN),
    ("like there's a stone in my shoe", FOOT_PAIN),
    ("a ring shaped patch on my arm that is itchy", ANNULAR),
    ("an itchy patch shaped like a ring", ANNULAR),
    ("a round red patch, clear in the middle", ANNULAR),
    ("a tender cord along a vein in my leg", THROMBOPHLEBITIS),
    ("swollen knee, the x-ray showed calcium in the cartilage", CHONDROCALCINOSIS),
    ("my words came out all wrong", APHASIA),
    ("hard lump on the sole of my foot with black dots", PLANTAR_WARTS),
])
def test_lay_words_read_their_term(engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question), question


def test_the_words_rank_their_condition(engine: Engine) -> None:
    cases = {
        "a tender cord along a vein in my leg, red and warm": "MONDO:0002800",
        "swollen hot knee and the x-ray showed calcium in the cartilage": "MONDO:0001314",
        "a ring-shaped rash with a scaly edge that is slowly getting bigger": "MONDO:0004678",
    }
    for question, condition in cases.items():
        # A candidate stands for the ids grouped with it (OMIM's chondrocalcinosis 2 with the
        # curated calcium pyrophosphate deposition profile).
        top = [set(c.ids) | {c.id} for c in engine.ask(question, top=3).ranking.candidates]
        assert any(condition in ids for ids in top), (question, top)
