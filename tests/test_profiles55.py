"""Profiles of h-profiles55 (issue 13: gaps in existing profiles and two urgent conditions).

Cauda equina syndrome (MONDO:0005693, new, urgent) and giant cell arteritis (MONDO:0008538, new,
urgent, enriching OMIM:187360 / ORPHA:397); the hypoglycaemia warning symptoms (sweating,
palpitations, hunger), meningitis signs in babies (bulging fontanelle, irritability, poor
feeding), swollen ankles in chronic kidney disease and the palm-and-sole rash of secondary
syphilis. The urgent ones raise the urgent notice through red_flags.yaml and
red_flag_combinations.yaml."""

from __future__ import annotations

import json

import pytest

from whatcauses.cli import ask as cli_ask
from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles

from .cli_runner import invoke
from .readings import answer_rank, present_ids

CAUDA_EQUINA = "MONDO:0005693"
GCA = "MONDO:0008538"
HYPOGLYCAEMIA = "MONDO:0004946"
MENINGITIS = "MONDO:0006670"
CKD = "MONDO:0005300"
SYPHILIS = "MONDO:0005976"


def _profiles():  # type: ignore[no-untyped-def]
    return {p.id: p for p in load_condition_profiles()}


def test_the_new_profiles_are_urgent_and_gca_enriches_its_hpoa_entries() -> None:
    profiles = _profiles()
    assert profiles[CAUDA_EQUINA].urgent
    assert profiles[GCA].urgent
    assert set(profiles[GCA].same_as) == {"OMIM:187360", "ORPHA:397"}


def test_saddle_numbness_and_retention_with_back_pain_find_cauda_equina_and_warn(
    engine: Engine,
) -> None:
    question = "bad low back pain, numbness between my legs around my bottom and I can't pee"
    assert answer_rank(engine, question, CAUDA_EQUINA) == 0
    assert engine.ask(question).urgent is not None


def test_saddle_area_reads_as_saddle_anaesthesia(engine: Engine) -> None:
    question = "back pain with sciatica down both legs and I've gone numb in the saddle area"
    assert "HP:0034982" in present_ids(engine, question)
    assert answer_rank(engine, question, CAUDA_EQUINA) < 5


def test_long_standing_back_pain_alone_raises_no_notice(engine: Engine) -> None:
    assert engine.ask("I've had low back pain for years").urgent is None


def test_an_older_persons_headache_with_jaw_pain_on_chewing_finds_gca_through_the_cli(
    engine: Engine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def loaded(*, questions: bool = False) -> Engine:
        return engine

    monkeypatch.setattr(cli_ask, "load_engine", loaded)
    question = ("I'm 72 with a new headache at my temple, my scalp hurts when I brush my hair "
                "and my jaw aches when I chew")
    done = invoke(["ask", question, "--json"])
    assert done.code == 0, done.stderr
    payload = json.loads(done.stdout)
    first = payload["candidates"][0]
    assert GCA in {first["id"], *first.get("ids", [])}
    assert payload["urgent"] is not None


def test_jaw_pain_on_chewing_reads_as_jaw_claudication_or_jaw_pain(engine: Engine) -> None:
    found = present_ids(engine, "my jaw aches when I chew")
    assert {"HP:0030164", "HP:0040264"} <= found


@pytest.mark.parametrize("question", [
    "tension headache and sore jaw from grinding my teeth",
    "headache and my jaw hurts when I chew",  # a painful jaw joint gives both
    "back pain and I can't pee",  # common in prostate and kidney complaints
])
def test_jaw_or_bladder_complaints_without_the_telling_signs_raise_no_notice(
    engine: Engine, question: str,
) -> None:
    assert engine.ask(question).urgent is None, question


def test_sciatica_in_both_legs_with_retention_raises_the_notice(engine: Engine) -> None:
    assert engine.ask("sciatica down both legs and I can't pass urine").urgent is not None


def test_sweaty_shaky_hungry_with_a_pounding_heart_on_insulin_is_a_hypo(engine: Engine) -> None:
    question = ("I'm diabetic on insulin and suddenly got sweaty, shaky and really hungry with "
                "my heart pounding")
    assert answer_rank(engine, question, HYPOGLYCAEMIA) < 3


def test_a_feverish_irritable_baby_with_a_bulging_soft_spot_finds_meningitis(
    engine: Engine,
) -> None:
    question = "infant with fever, bulging fontanelle and irritability"
    assert answer_rank(engine, question, MENINGITIS) < 3


def test_palm_and_sole_rash_after_a_painless_sore_finds_syphilis(engine: Engine) -> None:
    question = ("I'm 28 and have a rash on the palms of my hands and the soles of my feet a few "
                "weeks after a painless sore down below")
    assert answer_rank(engine, question, SYPHILIS) < 3


def test_swollen_ankles_itch_and_a_low_kidney_test_find_ckd(engine: Engine) -> None:
    question = ("my ankles are swollen, I'm tired all the time and itchy, and my kidney blood "
                "test keeps coming back low")
    assert answer_rank(engine, question, CKD) < 5
