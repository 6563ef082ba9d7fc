"""Transient global amnesia, drug-induced liver injury, childhood nephrotic syndrome and
post-streptococcal glomerulonephritis profiles (h-profiles49).

Transient global amnesia (MONDO:0001617) was absent: a parent who lost his memory for a few
hours and kept asking the same questions found dementias first. Its profile (Rochester
incidence, Hodges and Warlow criteria) and the lay phrases of a memory loss that lasted hours
now put it in the top three. Drug-induced liver injury (MONDO:0005359) is caused by a medicine
by definition, so it rises only when the question names one. The steroid-sensitive nephrotic
syndrome of childhood (ORPHA:69061, Orphanet prevalence unknown) now ranks with a pooled
incidence. Post-streptococcal glomerulonephritis (MONDO:0001870) was absent; urine "like cola"
now reads visible blood as well as the pigments it read before."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

TGA = "MONDO:0001617"
DILI = "MONDO:0005359"
NEPHROTIC = "MONDO:0019067"
APSGN = "MONDO:0001870"


def test_a_few_hours_of_lost_memory_with_repeated_questions_finds_transient_global_amnesia(
        engine: Engine) -> None:
    question = ("My 62 year old dad suddenly couldn't remember anything for a few hours. He kept "
                "asking the same questions over and over but knew who he was, and he was fine by "
                "the evening.")
    assert answer_rank(engine, question, TGA) < 3


def test_temporary_memory_loss_reads_transient_global_amnesia(engine: Engine) -> None:
    assert "HP:0010534" in present_ids(engine, "My mum had temporary memory loss yesterday.")
    assert "HP:0010534" in present_ids(engine, "He lost his memory for a few hours.")


def test_slow_forgetfulness_does_not_find_transient_global_amnesia(engine: Engine) -> None:
    question = "My dad is forgetting things and repeating himself."
    assert answer_rank(engine, question, TGA) >= 3


def test_jaundice_after_antibiotics_finds_drug_induced_liver_injury(engine: Engine) -> None:
    question = "I turned yellow two weeks after a course of antibiotics."
    assert answer_rank(engine, question, DILI) < 5


def test_jaundice_without_a_medicine_leaves_drug_induced_liver_injury_out(
        engine: Engine) -> None:
    assert answer_rank(engine, "I turned yellow.", DILI) == 10


def test_nephrotic_syndrome_in_a_child_finds_the_steroid_sensitive_form(engine: Engine) -> None:
    question = "Child with nephrotic syndrome, oedema, proteinuria and hypoalbuminaemia."
    assert answer_rank(engine, question, NEPHROTIC) < 3
    candidate = next(c for c in engine.ask(question, top=3).ranking.candidates
                     if "ORPHA:69061" in c.ids)
    assert NEPHROTIC in candidate.ids
    assert candidate.prevalence is not None and candidate.prevalence.per_100000 == 2.9


def test_visible_haematuria_with_low_c3_after_a_strep_throat_finds_post_streptococcal_nephritis(
        engine: Engine) -> None:
    question = ("Eight year old with macroscopic haematuria, hypertension and periorbital oedema "
                "two weeks after streptococcal pharyngitis; low C3.")
    assert answer_rank(engine, question, APSGN) < 3


def test_urine_like_cola_reads_visible_blood(engine: Engine) -> None:
    present = present_ids(engine, "His wee looks like cola.")
    assert {"HP:0012587", "HP:0002913"} <= present
