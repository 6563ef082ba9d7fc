"""Issue 12 by organ system (h-ranker11): a common eye, blood, skin or kidney condition
against rare look-alikes, on the real engine. Orphanet's class for a disease is kept when a
study corroborates an orphan designation (immune thrombocytopenia), and two lay wordings of
common signs are read ("frothy urine" as foamy urine or protein in it, "scaly plaques")."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import present_ids

FOAMY_URINE, PROTEINURIA, SCALING_SKIN = "HP:0031504", "HP:0000093", "HP:0040189"
ITP = {"ORPHA:3002", "OMIM:188030"}
PSORIASIS = {"OMIM:177900"}


def _rank(engine: Engine, question: str, accepted: set[str], top: int = 10) -> int | None:
    candidates = engine.ask(question, top=top).ranking.candidates
    return next((i + 1 for i, c in enumerate(candidates) if (set(c.ids) | {c.id}) & accepted),
                None)


@pytest.mark.parametrize("question", [
    "my urine is frothy", "frothy urine and swollen ankles", "his wee is frothy"])
def test_frothy_urine_reads_as_foamy_urine_or_protein_in_it(engine: Engine,
                                                            question: str) -> None:
    assert {FOAMY_URINE, PROTEINURIA} <= present_ids(engine, question)


@pytest.mark.parametrize("question", [
    "What skin disease causes silvery scaly plaques on the elbows and knees?",
    "a scaly plaque on my shin"])
def test_scaly_plaques_read_as_scaling_skin(engine: Engine, question: str) -> None:
    assert SCALING_SKIN in present_ids(engine, question)


def test_psoriasis_answers_scaly_plaques_on_the_elbows(engine: Engine) -> None:
    rank = _rank(engine, "What skin disease causes silvery scaly plaques on the elbows?",
                 PSORIASIS)
    assert rank is not None and rank <= 3


def test_immune_thrombocytopenia_has_its_corroborated_figure(engine: Engine) -> None:
    candidates = engine.ask("I'm 35, I bruise easily, I have tiny red spots on my legs",
                            top=10).ranking.candidates
    itp = next(c for c in candidates if (set(c.ids) | {c.id}) & ITP)
    assert itp.prevalence is not None
    assert itp.prevalence.per_100000 == pytest.approx(22.36)
    assert "1 to 5 in 10,000 people" in itp.prevalence.phrase
    assert itp.rank <= 3


RED_GREEN = "HP:0000642"
COLOUR_BLINDNESS = {"OMIM:303800", "OMIM:303900"}


@pytest.mark.parametrize("question", [
    "my son can't tell red from green", "he mixes up red and green",
    "I can't tell red and green apart"])
def test_telling_red_from_green_reads_as_red_green_colour_blindness(engine: Engine,
                                                                   question: str) -> None:
    assert RED_GREEN in present_ids(engine, question)


def test_red_green_colour_blindness_is_common_and_named_first(engine: Engine) -> None:
    answer = engine.ask("my 8-year-old son can't tell red from green in his crayons", top=5)
    first = answer.ranking.candidates[0]
    assert (set(first.ids) | {first.id}) & COLOUR_BLINDNESS
    assert first.prevalence is not None and first.prevalence.per_100000 == 4200
