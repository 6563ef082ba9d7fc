"""h-prev6 (issue 12: common causes first): chickenpox's generalized itchy rash is a skin rash,
so a child's "rash and a temperature" meets it, and a rare disease common only in Greenland
does not lead an adult's everyday bowel complaint on its Greenland figure."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

CHICKENPOX, TREHALASE_DEFICIENCY = "MONDO:0005700", "ORPHA:103909"


def test_a_child_with_a_rash_and_a_temperature_meets_chickenpox(engine: Engine) -> None:
    assert answer_rank(engine, "my little boy has a rash and a temperature", CHICKENPOX) < 3


def test_bloating_and_loose_stools_do_not_raise_trehalase_deficiency(engine: Engine) -> None:
    assert answer_rank(engine, "I'm bloated and have loose stools on and off",
                       TREHALASE_DEFICIENCY) >= 10


def test_fetal_alcohol_syndrome_keeps_a_worldwide_figure(engine: Engine) -> None:
    """Its Orphanet figure is South Africa's top class, no longer everyone's; the pooled
    worldwide estimate (prevalence.yaml, PMID:28089487) keeps it first for its picture."""
    question = "my 6 year old has a small head and a thin upper lip, I drank alcohol while pregnant"
    assert answer_rank(engine, question, "ORPHA:1915") < 3
