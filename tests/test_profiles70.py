"""Common skin and nail conditions that had no profile (h-profiles70, issue 13): paronychia,
folliculitis and pompholyx (dyshidrotic eczema), known only by their sources' words for how
common they are; the lay words for pimples around the hairs and a swelling around a nail; the
hot tub exposure that Pseudomonas folliculitis is caught from."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .readings import answer_rank, present_ids

PARONYCHIA = "MONDO:0005898"
FOLLICULITIS = "MONDO:0006552"
POMPHOLYX = "MONDO:0006540"
ATOPIC_DERMATITIS = "MONDO:0004980"


def test_the_new_profiles_carry_their_defining_finding_and_a_qualitative_class() -> None:
    profiles = {p.id: p for p in load_condition_profiles()}
    defining = {
        PARONYCHIA: ("HP:0001818", "very common"),  # Paronychia
        FOLLICULITIS: ("HP:0025084", "common"),  # Folliculitis
        POMPHOLYX: ("HP:0007446", "common"),  # Palmoplantar blistering
    }
    for mondo, (hpo, wording) in defining.items():
        profile = profiles[mondo]
        assert not profile.urgent, mondo
        assert hpo in {f.hpo for f in profile.findings if f.frequency == "obligate"}, mondo
        assert profile.prevalence.qualitative == wording, mondo


def test_a_swelling_around_a_nail_reads_as_paronychia(engine: Engine) -> None:
    assert "HP:0001818" in present_ids(engine, "there is a painful swelling around the toenail")


def test_pimples_around_the_hairs_read_as_folliculitis(engine: Engine) -> None:
    assert "HP:0025084" in present_ids(engine, "I keep getting spots around the hairs on my arms")


def test_a_sore_red_nail_fold(engine: Engine) -> None:
    question = "the skin around my toenail has gone red and swollen and it hurts"
    assert answer_rank(engine, question, PARONYCHIA, top=3) == 0


def test_itchy_spots_after_a_jacuzzi(engine: Engine) -> None:
    question = "two days after a jacuzzi I have itchy red bumps and pus spots on my hips and bottom"
    assert "hot-tub" in {e.key for e in engine.interpret(question).exposures}
    assert "HP:0200039" in present_ids(engine, question)  # Pustule
    assert answer_rank(engine, question, FOLLICULITIS, top=3) == 0


def test_itchy_blisters_on_the_palms(engine: Engine) -> None:
    question = "very itchy small blisters keep coming up on the palms of my hands"
    assert answer_rank(engine, question, POMPHOLYX, top=3) < 3


def test_eczema_in_the_skin_creases_stays_atopic_dermatitis(engine: Engine) -> None:
    question = "my son has had itchy dry skin in the folds of his elbows since he was a baby"
    assert answer_rank(engine, question, ATOPIC_DERMATITIS, top=3) == 0
    assert answer_rank(engine, question, POMPHOLYX, top=3) != 0
