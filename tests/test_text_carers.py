"""Questions asked by a carer or relative about someone else, and family history told beside
the person's complaint (h-family4, issue 14): whose age, sex and findings the reader takes
(text/persons.py, text/family.py, text/question.py), on the real engine."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank


def own_ids(engine: Engine, question: str) -> set[str]:
    """The HPO ids of the findings the reader takes as the patient's own, not negated."""
    return {i for f in engine.interpret(question).own if not f.negated for i in f.ids}

TYPE_2_DIABETES, POLYDIPSIA = "HP:0005978", "HP:0001959"
COLON_CANCER, HAEMATOCHEZIA = "HP:0003003", "HP:0002573"
MIGRAINE, WHEEZING, ASTHMA = "HP:0002076", "HP:0030828", "HP:0002099"
DOMINANT = "HP:0000006"
TYPE_1_DIABETES = "OMIM:222100"


def test_a_diagnosis_told_first_is_the_background_of_the_childs_complaint(
        engine: Engine) -> None:
    question = ("My husband has type 2 diabetes. Our 9 year old son is drinking loads, weeing "
                "all the time and losing weight")
    reading = engine.interpret(question)
    assert (reading.age, reading.sex) == (9.0, "male")
    assert POLYDIPSIA in own_ids(engine, question)
    assert TYPE_2_DIABETES not in own_ids(engine, question)
    assert any(TYPE_2_DIABETES in f.ids for f in reading.others_findings)
    assert answer_rank(engine, question, TYPE_1_DIABETES) == 0


def test_a_relatives_named_disease_told_first_stays_family_history(engine: Engine) -> None:
    reading = engine.interpret(
        "My mum has lupus. My daughter is 15 and has a rash on her cheeks and sore joints")
    assert (reading.age, reading.sex) == (15.0, "female")
    assert [(r.text, r.relative) for r in reading.relative_diseases] == [("lupus", "mum")]


def test_the_first_person_with_a_complaint_is_still_the_patient(engine: Engine) -> None:
    # Both have complaints: the first named is the patient, as before.
    question = "My husband is 40 and has a cough. Our son has a rash"
    assert "HP:0012735" in own_ids(engine, question)  # Cough
    assert engine.interpret(question).age == 40.0


def test_an_observer_gives_no_sex_or_age(engine: Engine) -> None:
    reading = engine.interpret(
        "My mum noticed my 17 year old son has a hard lump on one testicle")
    assert (reading.age, reading.sex) == (17.0, "male")
    assert engine.interpret("my wife says our 3 year old snores at night").sex is None
    # Someone who notices something of their own may be the patient.
    assert engine.interpret("My mum noticed a lump in her breast").sex == "female"


def test_asking_the_same_questions_is_no_family_history(engine: Engine) -> None:
    reading = engine.interpret("my mum who is 80 keeps forgetting things and asks the same "
                               "questions over and over")
    assert reading.age == 80.0
    assert not reading.inheritance
    assert engine.interpret("my dad keeps telling the same stories, he's 82").age == 82.0
    # A relative who has the same trouble still shares it.
    assert engine.interpret("My dad has the same thing, my hands shake").inheritance


def test_a_condition_that_runs_in_the_family_is_the_familys(engine: Engine) -> None:
    question = ("Bowel cancer runs in our family. I'm 58 and for two months I've had blood "
                "in my poo")
    reading = engine.interpret(question)
    assert COLON_CANCER not in own_ids(engine, question)
    assert HAEMATOCHEZIA in own_ids(engine, question)
    assert [f.relative for f in reading.findings if COLON_CANCER in f.ids] == ["family"]
    assert reading.age == 58.0


def test_a_family_history_of_a_list_of_conditions(engine: Engine) -> None:
    question = "family history of asthma and eczema, my son wheezes at night"
    reading = engine.interpret(question)
    assert WHEEZING in own_ids(engine, question)
    assert ASTHMA not in own_ids(engine, question)
    assert {f.relative for f in reading.findings if not set(f.ids) & {WHEEZING}} == {"family"}
    assert reading.sex == "male"


def test_the_persons_own_condition_that_also_runs_in_the_family_is_theirs(
        engine: Engine) -> None:
    question = "Migraines run in my family and I get migraines with flashing lights"
    assert MIGRAINE in own_ids(engine, question)


def test_both_relatives_are_affected_when_the_asker_complains_later(engine: Engine) -> None:
    reading = engine.interpret("My dad and his brother both had heart attacks in their "
                               "fifties. I'm 46 and I get a tight chest when I walk uphill")
    assert reading.age == 46.0
    assert reading.inheritance_modes == (DOMINANT,)


def test_a_relatives_common_condition_is_no_mendelian_hallmark(engine: Engine) -> None:
    ranker, onto = engine.ranker, engine.knowledge.ontology
    # Bowel cancer and migraine are common conditions: a relative with one lifts every
    # disease by the tempered lift, the Mendelian syndromes that list them too.
    for common in (COLON_CANCER, MIGRAINE, TYPE_2_DIABETES):
        assert not ranker._relatives_mendelian(onto.index(common)).any()
    # A rare hallmark (periodic paralysis) keeps the whole ratio for Mendelian diseases.
    assert ranker._relatives_mendelian(onto.index("HP:0003768")).any()
    question = ("Bowel cancer runs in our family. I'm 58 and for two months I've had blood "
                "in my poo and looser stools")
    first = engine.ask(question, top=3).ranking.candidates[0]
    assert "Juvenile polyposis" not in first.name


def test_a_clause_about_the_persons_known_disease_is_background(engine: Engine) -> None:
    reading = engine.interpret("my dad, who's got type 2 diabetes, has burning pain in his "
                               "feet")
    assert [f.known for f in reading.findings if TYPE_2_DIABETES in f.ids] == [True]
    # A symptom said there stays a finding of the person's.
    reading = engine.interpret("my daughter, who has a cough, now has a high fever")
    assert not any(f.known for f in reading.findings)


def test_a_pronoun_of_the_other_sex_ends_a_relatives_stretch(engine: Engine) -> None:
    question = ("my daughter is 14 and her dad has epilepsy, she has started having jerks in "
                "the morning")
    reading = engine.interpret(question)
    assert (reading.age, reading.sex) == (14.0, "female")
    assert [f.relative for f in reading.findings if f.text == "epilepsy"] == ["dad"]
    assert any(f.text.startswith("jerks") for f in reading.present)


def test_the_age_of_someone_named_beside_the_patient_is_not_theirs(engine: Engine) -> None:
    reading = engine.interpret("my husband is 45 and our daughter is 3; she has a fever and "
                               "is pulling her ear")
    assert (reading.age, reading.sex) == (3.0, "female")
    reading = engine.interpret("my brother is 30 and my dad is 60, my dad has chest pain when "
                               "walking")
    assert (reading.age, reading.sex) == (60.0, "male")
    reading = engine.interpret("my dad is 75 and my mum is 72, dad has a tremor in his hand")
    assert (reading.age, reading.sex) == (75.0, "male")
    reading = engine.interpret("my son is 4, his older brother is 9, and he has a rash on his "
                               "tummy")
    assert (reading.age, reading.sex) == (4.0, "male")


def test_the_askers_own_age_is_not_the_childs(engine: Engine) -> None:
    reading = engine.interpret("I'm 34 and my son is 2, he has a barking cough at night")
    assert (reading.age, reading.sex) == (2.0, "male")
    # The asker who is the patient keeps their age.
    assert engine.interpret("my wife is 35 and I'm 38, I've had a cough for 3 weeks").age == 38.0
    assert engine.interpret("My mum is 80 and I'm worried, she keeps falling").age == 80.0


def test_a_baby_with_no_wet_nappy_is_dehydrated(engine: Engine) -> None:
    question = "my baby's soft spot is sunken and he hasn't had a wet nappy all day"
    assert {"HP:0100520", "HP:0001944"} <= own_ids(engine, question)
    assert not engine.interpret(question).unrecognized
