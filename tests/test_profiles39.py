"""Profiles of h-profiles39, on the real engine: complete heart block (third-degree
atrioventricular block) is listed when an ECG shows it in an older person who faints, and is
not put first for a young person's faint on standing up; a boil (furunculosis) comes first
for painful pus-filled boils, while boils that keep coming back in the armpits and groin with
scarring still list hidradenitis suppurativa among the first six (third before the profile,
fourth after it, sixth after h-profiles70's folliculitis profile, which comes second: HPO's
Furuncle is a kind of Folliculitis, the profile's defining finding)."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

COMPLETE_HEART_BLOCK = "MONDO:0000468"
FURUNCULOSIS, HIDRADENITIS = "MONDO:0100595", "MONDO:0006559"


def test_an_ecg_showing_complete_heart_block_lists_it(engine: Engine) -> None:
    question = "The ECG showed complete heart block; my father is 80 and keeps fainting."
    assert answer_rank(engine, question, COMPLETE_HEART_BLOCK) < 3


def test_a_young_faint_on_standing_does_not_put_heart_block_first(engine: Engine) -> None:
    question = "I'm 19 and I fainted after standing up quickly in a hot room"
    assert answer_rank(engine, question, COMPLETE_HEART_BLOCK) != 0


def test_painful_boils_full_of_pus_put_furunculosis_first(engine: Engine) -> None:
    question = "I keep getting painful boils full of pus on my buttocks and thighs."
    assert answer_rank(engine, question, FURUNCULOSIS) == 0


def test_boils_in_armpits_and_groin_with_scars_still_list_hidradenitis(engine: Engine) -> None:
    question = ("For years I've had painful boils coming back in my armpits and groin that "
                "leave scars and tunnels under the skin")
    assert answer_rank(engine, question, HIDRADENITIS) < 6
