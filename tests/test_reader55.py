"""Reader gaps of issue 14 (h-reader55): the site of findings joined by "and" is kept for
each of them when HPO names none of them there, a curated lay phrase that holds its site
keeps it, and a relative's named inherited disease said alone ("my dad had Huntington's
disease") is ranked for its own findings, the disease first."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.named_diseases import NamedDiseases, fold_words
from whatcauses.text.normalize import tokenize

from .readings import answer_rank, cli_interpretation

MERALGIA = "MONDO:0023757"
CARPAL_TUNNEL = "MONDO:0007275"
HUNTINGTON = "ORPHA:399"
CYSTIC_FIBROSIS = "ORPHA:586"


def _sites(engine: Engine, question: str) -> dict[str, str | None]:
    return {f.text: f.site for f in engine.interpret(question).findings}


def test_findings_joined_by_and_share_the_site_after_them(engine: Engine) -> None:
    sites = _sites(engine, "numbness and tingling in my outer thigh")
    assert sites == {"numbness": "thigh", "tingling in my outer thigh": "thigh"}
    # The site weighs in the ranking: meralgia paresthetica, not carpal tunnel, leads.
    assert answer_rank(engine, "numbness and tingling in my outer thigh", MERALGIA) == 0
    assert answer_rank(engine, "numbness and tingling in my outer thigh", CARPAL_TUNNEL) > 0
    # A finding with a site of its own keeps it ("a rash on my leg and sore joints").
    assert _sites(engine, "redness and itching around the eyes")["redness"] == "eyes"


def test_a_curated_phrase_keeps_its_site(engine: Engine) -> None:
    assert _sites(engine, "numbness in both feet") == {"numbness in both feet": "both feet"}
    sites = _sites(engine, "pain and swelling in my left knee")
    assert sites["swelling in my left knee"] == "left knee"
    assert "left" not in engine.interpret("pain and swelling in my left knee").unrecognized


def test_named_diseases_keep_their_ids_and_eponyms() -> None:
    assert fold_words("Huntington's disease") == ("huntington", "disease")
    named = NamedDiseases.build([("Huntington disease", ["HP:0000006"], "OMIM:143100")])
    tokens = tokenize("my grandfather had Huntington's")
    hits = named.find(tokens, range(len(tokens)))
    assert [h.diseases for h in hits] == [("OMIM:143100",)]
    # Pairs without ids (the older form) still build.
    assert len(NamedDiseases.build([("Cystic fibrosis", ["HP:0000007"])])) == 1


@pytest.mark.parametrize("question, disease", [
    ("my grandfather had Huntington's", HUNTINGTON),
    ("my father had Huntington's disease, will I get it?", HUNTINGTON),
    ("my brother has cystic fibrosis, could I be a carrier?", CYSTIC_FIBROSIS),
])
def test_a_relatives_named_disease_alone_is_ranked_first(engine: Engine, question: str,
                                                           disease: str) -> None:
    reading = engine.interpret(question)
    assert reading.named_diseases and not reading.present
    assert answer_rank(engine, question, disease) == 0


def test_a_named_disease_beside_a_finding_stays_family_history(engine: Engine) -> None:
    reading = engine.interpret("my brother has cystic fibrosis and I have greasy poo")
    assert reading.inheritance and not reading.named_diseases and reading.present


def test_a_relatives_named_disease_alone_in_the_cli(engine: Engine,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    said = cli_interpretation(engine, monkeypatch, "my dad had Huntington's disease")
    assert any(e.get("diseases") for e in said["inheritance"])
    answer = engine.ask("my dad had Huntington's disease")
    assert "the disease you name in your family" in answer.answer


ANKLE_SWELLING = {"HP:0001785", "HP:0010741"}  # Ankle swelling | Pedal edema
FINGER_SWELLING = "HP:0025131"


def _present(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if not f.negated for i in f.ids}


def test_one_descriptor_before_a_list_of_sites_is_read_at_each(engine: Engine) -> None:
    for question in ("puffy ankles and fingers", "puffy fingers and ankles"):
        read = _present(engine, question)
        assert FINGER_SWELLING in read and ANKLE_SWELLING & read, question
    # Two findings of their own are no list ("big ears and large testicles").
    assert "HP:0000053" in _present(engine, "big ears and large testicles")  # Macroorchidism


def test_a_possessive_ends_the_site_of_a_finding_before_it(engine: Engine) -> None:
    # A sore throat said to come first is the illness before, no finding (h-reader67,
    # text/preceding.py); the possessive still ends it.
    sites = _sites(engine, "after a sore throat my 8 year old's arms and legs jerk")
    assert "sore throat" not in sites
    assert sites.get("arms and legs jerk") == "arms and legs"
    # After a preposition the person's site is the finding's.
    assert _sites(engine, "pain in my 8 year old's knee") == {
        "pain in my 8 year old's knee": "knee"}


def test_the_relative_whose_named_disease_is_family_history_gives_no_age_or_sex(
        engine: Engine) -> None:
    alone = engine.interpret("my grandfather had Huntington's disease")
    assert (alone.age, alone.sex) == (None, None)
    # The asker's own age still counts; the father's sex is not the asker's.
    mine = engine.interpret("my dad had Huntington's disease, I'm 30, could I get it?")
    assert (mine.age, mine.sex) == (30.0, None)
    # A grandfather who is the patient keeps his life stage.
    assert engine.interpret("my grandfather has a tremor").age == 75.0
