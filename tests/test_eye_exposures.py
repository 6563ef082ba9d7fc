"""Contact lens wear and ultraviolet light (h-profiles29): read from lay wordings, and weighed
for keratitis (contact lenses, its major risk factor) and photokeratitis (ultraviolet light or
sun, which it needs)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

KERATITIS = "MONDO:0003085"
PHOTOKERATITIS = "MONDO:0001760"


@pytest.mark.parametrize(("question", "key"), [
    ("I wear contact lenses and my eye is red.", "contact-lens-wear"),
    ("I slept in my contacts and now my eye hurts.", "contact-lens-wear"),
    ("I was welding without a mask yesterday.", "ultraviolet-light"),
    ("What causes snow blindness?", "ultraviolet-light"),
])
@pytest.mark.slow
def test_contact_lenses_and_ultraviolet_light_are_read(engine: Engine, question: str,
                                                        key: str) -> None:
    assert key in engine.interpret(question).exposure_keys


@pytest.mark.slow
def test_sick_contacts_are_not_contact_lenses(engine: Engine) -> None:
    keys = engine.interpret("My son has sick contacts at nursery and a red eye.").exposure_keys
    assert "contact-lens-wear" not in keys


@pytest.mark.slow
def test_a_painful_red_eye_in_a_contact_lens_wearer_is_keratitis(engine: Engine) -> None:
    answer = engine.ask("My eye is red and really painful, light hurts it and my vision is "
                        "blurry. I wear contact lenses.", top=5)
    first = answer.ranking.candidates[0]
    assert KERATITIS in first.ids and first.exposures == ("contact-lens-wear",)


@pytest.mark.slow
def test_photokeratitis_needs_ultraviolet_light_or_sun(engine: Engine) -> None:
    required = engine.knowledge.required_exposures
    assert set(required[PHOTOKERATITIS]) == {"ultraviolet-light", "sun-exposure"}
    without = engine.ask("Both my eyes are gritty, painful and watering.", top=10)
    assert PHOTOKERATITIS not in without.ranking.candidates[0].ids
    snow = engine.ask("What causes snow blindness?", top=3)
    assert any(PHOTOKERATITIS in c.ids for c in snow.ranking.candidates)
