"""How much a family history weighs (rank/inheritance.py; h-family7, issue 14): a fitting
Mendelian disease FITTING_LR, a record of a common condition at most COMMON_FITTING_LR."""

from __future__ import annotations

import numpy as np

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.inheritance import (
    COMMON_FITTING_LR,
    FITTING_LR,
    NOT_FITTING_LR,
    common_capped,
    inheritance_ratios,
)

from .readings import answer_rank

DOMINANT = "HP:0000006"


def test_a_common_records_fitting_ratio_is_capped(mini_knowledge: Knowledge) -> None:
    ratios = inheritance_ratios(mini_knowledge, [DOMINANT])
    assert ratios is not None
    alpha = mini_knowledge.disease_index("OMIM:100001")
    common = np.zeros(mini_knowledge.n_diseases, dtype=bool)
    assert common_capped(ratios, common)[alpha] == FITTING_LR  # type: ignore[index]
    common[alpha] = True
    capped = common_capped(ratios, common)
    assert capped is not None and capped[alpha] == COMMON_FITTING_LR
    assert common_capped(None, common) is None


def test_the_ratios_keep_their_order() -> None:
    assert NOT_FITTING_LR < 1.0 < COMMON_FITTING_LR < FITTING_LR


def test_a_fathers_side_going_bald_keeps_pattern_hair_loss_first(engine: Engine) -> None:
    # Alopecia areata ranks with OMIM loci annotated dominant: a common condition's records,
    # capped, so they do not pass the common pattern hair loss on the family history alone.
    question = ("All the men on my dad's side went bald early. I'm 24 and my hair is thinning "
                "on top.")
    assert answer_rank(engine, question, "MONDO:0005339") == 0


def test_a_dominant_family_of_sudden_deaths_lifts_brugada_into_the_top_ten(
        engine: Engine) -> None:
    question = ("My dad died suddenly in his sleep at 40 and his brother did too. I'm 35 and "
                "had a blackout at night; the ECG showed an odd pattern.")
    assert answer_rank(engine, question, "ORPHA:130") < 10


def test_a_whole_family_itching_keeps_scabies_first(engine: Engine) -> None:
    question = ("the whole family is itching, especially at night, with a rash on the wrists "
                "and between the fingers")
    assert answer_rank(engine, question, "MONDO:0004525") == 0


def test_a_carrier_figure_is_lifted_no_more_than_a_common_condition(engine: Engine) -> None:
    # Lynch syndrome's figure counts carriers; a fitting family history restores it whole
    # (Ranker._carrier_restore), so the family history's ratio counts at most
    # COMMON_FITTING_LR on top, not FITTING_LR.
    ranker = engine.ranker.question_ranker
    question = "I'm 40 and have blood in my poo and looser stools."
    alone = engine.interpret(question)
    told = engine.interpret(question + " My father and his sister had the same.")
    assert told.inheritance_modes and not alone.inheritance_modes

    def prior(interpretation: object) -> float:
        ranking = ranker.rank_interpretation(interpretation, top=100)  # type: ignore[arg-type]
        return next(c.prior_weight for c in ranking.candidates if "ORPHA:144" in {c.id, *c.ids})

    restore = float(ranker._carrier_room[engine.knowledge.disease_index("ORPHA:144")])
    exponent = ranker.parameters.prevalence_exponent("person")
    assert prior(told) / prior(alone) <= COMMON_FITTING_LR * restore ** exponent * 1.001
