"""Records of common conditions are no Mendelian diseases for a relative's finding (h-reader48,
rank/family_findings.py common_records): OMIM's susceptibility and familial forms of common
conditions carry a Mendelian inheritance annotation, but a relative's glaucoma or overactive
thyroid is far likelier the common condition, so they take the tempered lift, while a common
Mendelian disease (hypertrophic cardiomyopathy, about 1 in 500) keeps the whole ratio."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.rank.family_findings import common_records, mendelian_diseases

from .readings import answer_rank

OPEN_ANGLE_GLAUCOMA, HYPERTHYROIDISM = "MONDO:0005338", "MONDO:0004425"


def test_a_relatives_glaucoma_puts_the_common_glaucoma_first(engine: Engine) -> None:
    question = ("I'm 62 and my optician says the pressure in my eyes is high. "
                "My dad has glaucoma.")
    assert engine.interpret(question).family_findings
    assert answer_rank(engine, question, OPEN_ANGLE_GLAUCOMA) == 0


def test_a_relatives_overactive_thyroid_puts_hyperthyroidism_before_graves_record(
        engine: Engine) -> None:
    question = ("I'm 19 and have a racing heart, I'm losing weight and sweating, and my hands "
                "shake. My aunt has an overactive thyroid.")
    assert answer_rank(engine, question, HYPERTHYROIDISM) == 0
    assert answer_rank(engine, question, "OMIM:275000") > 0


def test_common_records_are_those_of_common_conditions(engine: Engine) -> None:
    k = engine.knowledge
    common = common_records(k, engine.ranker.prevalence)
    mendelian = mendelian_diseases(k) & ~common
    index = k.disease_ids_index
    assert common[index["OMIM:275000"]]  # Graves disease: about 35 new cases a year per 100,000
    assert common[index["OMIM:618880"]]  # primary angle-closure glaucoma: 1.1 % aged 40-80 in Asia
    assert common[index["OMIM:190300"]]  # essential tremor: a profile includes it
    assert mendelian[index["OMIM:192600"]]  # hypertrophic cardiomyopathy: about 1 in 500
    assert mendelian[index["OMIM:170400"]]  # hypokalaemic periodic paralysis: rare
