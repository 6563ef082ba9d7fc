"""The question reader on the full HPO: what a user would see understood.

These read questions with the real engine (embedded HPO 2025-01-16, shared session fixture),
so they are marked slow; the same behaviours on the mini fixture, fast, are in
test_text_reader.py, and normalisation is in test_text_normalize.py.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import InputError, QuestionError
from whatcauses.limits import MAX_QUESTION_CHARS
from whatcauses.text.interpretation import Interpretation, RecognizedFinding

# ---- reading questions with the real engine ----

def ids_of(findings: Iterable[RecognizedFinding]) -> set[str]:
    return {i for f in findings for i in f.ids}


def first_ids(findings: Iterable[RecognizedFinding]) -> set[str]:
    return {f.ids[0] for f in findings}


def read(engine: Engine, question: str) -> Interpretation:
    return engine.interpret(question)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["stiff muscles", "muscles are stiff",
                                      "my muscles are really stiff", "muscle stiffness"])
def test_word_order_and_inflection_read_as_one_finding(engine: Engine, question: str) -> None:
    reading = read(engine, question)
    assert "HP:0003552" in ids_of(reading.present + reading.or_groups)  # Muscle stiffness
    assert not reading.excluded and not reading.unrecognized


@pytest.mark.slow
def test_uk_and_us_spellings_read_the_same(engine: Engine) -> None:
    uk = read(engine, "bloody diarrhoea and anaemia")
    us = read(engine, "bloody diarrhea and anemia")
    assert first_ids(uk.present) == first_ids(us.present) == {"HP:0025085", "HP:0001903"}


@pytest.mark.slow
def test_but_no_negates_only_what_follows(engine: Engine) -> None:
    reading = read(engine, "fever and rash but no weakness")
    # Fever, and "rash" as any of its clinical readings (skin rash first)
    assert first_ids(reading.present + reading.or_groups) == {"HP:0001945", "HP:0000988"}
    assert "HP:0001324" in ids_of(reading.excluded)  # Muscle weakness
    assert "HP:0001324" not in ids_of(reading.present + reading.or_groups)


@pytest.mark.slow
def test_without_reaches_every_item_of_a_list(engine: Engine) -> None:
    reading = read(engine, "without fever or rash")
    assert first_ids(reading.excluded) == {"HP:0001945", "HP:0000988"}
    assert not reading.present


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "excluded"),
    [("denies pain", "HP:0012531"), ("ANA negative", "HP:0003493"),
     ("no history of seizures", "HP:0001250"), ("no fever or joint pain", "HP:0002829"),
     ("she has no fever, but a rash", "HP:0001945"),
     # Looking for a finding and not finding it denies it.
     ("I could not find any rash", "HP:0000988"),
     ("we didn't see any blood in his poo", "HP:0002573")],
)
def test_negation_cues(engine: Engine, question: str, excluded: str) -> None:
    reading = read(engine, question)
    assert excluded in ids_of(reading.excluded)
    assert excluded not in ids_of(reading.present)


@pytest.mark.slow
def test_negation_scope_ends_at_an_unrelated_clause(engine: Engine) -> None:
    reading = read(engine, "sees things that are not there and acts out dreams at night")
    assert {"HP:0002367", "HP:5200291"} <= first_ids(reading.present)
    assert not reading.excluded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "term"),
    [("can't walk", "HP:0002540"), ("unable to walk", "HP:0002540"),
     ("no reflexes", "HP:0001284"), ("isn't putting on weight", "HP:0001508")],
)
def test_phrases_that_contain_a_negation_are_present_findings(
        engine: Engine, question: str, term: str) -> None:
    reading = read(engine, question)
    assert term in first_ids(reading.present)
    assert not reading.excluded


@pytest.mark.slow
def test_a_negation_does_not_glue_distant_words_into_an_absent_body_part(
        engine: Engine) -> None:
    # "can't feel my toes" is about sensation, not "Absent toe" (HP:0010760).
    reading = read(engine, "I can't feel my toes")
    assert "HP:0010760" not in ids_of(reading.findings)


@pytest.mark.slow
def test_coordinated_findings_are_read_separately(engine: Engine) -> None:
    reading = read(engine, "nausea and vomiting, cramps and muscle pain")
    assert {"HP:0002018", "HP:0002013", "HP:0003326"} <= first_ids(reading.present)
    # ... but a fixed phrase with "and" stays whole.
    assert "HP:0003401" in first_ids(read(engine, "pins and needles in my feet").present)


@pytest.mark.slow
def test_ambiguous_phrase_is_an_or_group_not_a_present_finding(engine: Engine) -> None:
    reading = read(engine, "high fever")
    assert len(reading.or_groups) == 1
    group = reading.or_groups[0]
    assert {"HP:0033031", "HP:0001945"} <= set(group.ids)  # Hyperpyrexia | Fever
    assert group.is_group and not reading.present
    shown = reading.to_dict()
    assert shown["or_groups"][0]["ids"] == list(group.ids)
    assert all(f["id"] != group.ids[0] for f in shown["findings"])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "term", "kind"),
    [("anti-GAD positive", "HP:0025329", "antibody"),
     ("positive ANA", "HP:0003493", "antibody"),
     ("high CK", "HP:0003236", "lab"),
     ("low platelets", "HP:0001873", "lab")],
)
def test_labs_and_antibodies(engine: Engine, question: str, term: str, kind: str) -> None:
    reading = read(engine, question)
    matches = [f for f in reading.findings if term in f.ids]
    assert matches and not matches[0].negated
    assert matches[0].kind == kind


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "age", "sex"),
    [("my 8 year old son has seizures", 8.0, "male"),
     ("a woman in her 40s with joint pain", 45.0, "female"),
     ("our 18-month-old daughter is not walking", 1.5, "female"),
     ("newborn with jaundice", None, None),
     ("joint pain", None, None)],
)
def test_age_and_sex(engine: Engine, question: str, age: float | None,
                     sex: str | None) -> None:
    reading = read(engine, question)
    if question.startswith("newborn"):
        assert reading.age is not None and reading.age < 0.1  # weeks, in years
    else:
        assert reading.age == age
    assert reading.sex == sex
    # Age and sex words are never reported as unrecognised symptoms.
    assert not reading.unrecognized


@pytest.mark.slow
def test_category_words_name_a_category_not_a_finding(engine: Engine) -> None:
    reading = read(engine, "What autoimmune disease causes muscle stiffness?")
    assert reading.categories == ("autoimmune",)
    assert "HP:0003552" in ids_of(reading.present + reading.or_groups)
    genetic = read(engine, "what genetic disease causes deafness")
    assert genetic.categories == ("genetic",)
    # A category word inside a symptom phrase stays part of the symptom.
    chest = read(engine, "keeps getting chest infections")
    assert not chest.categories and chest.findings


@pytest.mark.slow
def test_a_kind_ruled_out_is_not_a_kind_asked_about(engine: Engine) -> None:
    """"My doctor ruled out autoimmune disease" names a kind that is not asked about: no
    category, and its words are not unrecognised."""
    reading = read(engine, "my doctor ruled out autoimmune disease; I have an itchy rash "
                           "between my fingers")
    assert not reading.categories and reading.findings
    assert not any("autoimmune" in w for w in reading.unrecognized)
    asked = read(engine, "it is not cancer, so what genetic condition causes long fingers?")
    assert asked.categories == ("genetic",)


@pytest.mark.slow
def test_red_flags_are_raised_and_not_for_negated_symptoms(engine: Engine) -> None:
    assert read(engine, "sudden severe headache and stiff neck").red_flags
    assert read(engine, "crushing chest pain").red_flags
    assert not read(engine, "mild rash on my arm").red_flags


@pytest.mark.slow
def test_central_cyanosis_raises_the_notice_and_blue_hands_in_the_cold_do_not(
        engine: Engine) -> None:
    assert read(engine, "his lips turned blue").red_flags  # Lip cyanosis, under Cyanosis
    assert read(engine, "her face went blue").red_flags
    assert not read(engine, "I get blue fingers in the cold").red_flags  # Acrocyanosis
    # A linking verb between the site and the colour: the same, not the general "going blue".
    fingers = read(engine, "my fingers go blue in the cold")
    assert "HP:0001063" in ids_of(fingers.findings) and not fingers.red_flags
    assert read(engine, "her lips are going blue").red_flags


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    # double negation: breathless stays present, as Orthopnea, which says the Dyspnea beside
    # it (a finding implied by a narrower one beside it is not read twice)
    [("I can't lie flat without getting breathless", "HP:0012764", ""),
     ("my knees have become stiff and achy", "HP:0030839", ""),  # Knee pain: shared site
     ("his eyes are red and itchy", "HP:0033841", ""),  # Ocular pruritus
     ("some have white heads", "HP:0025250", ""),  # two words of one vocabulary word
     ("I've always been fit but lately I'm tired", "HP:0012378", "HP:0001250"),
     ("the pain goes down into my groin", "", "HP:6001054"),  # "into" is no Intoeing
     ("she isnt eating much", "HP:0004396", ""),
     ("an ache at the top of my tummy", "HP:0410019", ""),  # Epigastric pain
     # "sore" after "and" has its own site: Arthralgia, no Lower limb pain from "leg ... sore"
     ("a red rash on my leg and sore joints", "HP:0002829", "HP:0012514"),
     ("my leg and arm are sore", "HP:0009763", ""),  # Limb pain: two sites listed
     # A describing word shares the noun its series ends with.
     ("swollen, stiff finger joints", "HP:0001386", "HP:0000969"),  # Joint swelling, no Edema
     ("itchy, dry, cracked skin", "HP:0000958", ""),  # Dry skin
     ("dark red urine", "", "HP:0040319"),  # no Dark urine: "dark" says how red
     ("constant sinus and ear infections", "HP:0011108", ""),  # Recurrent sinusitis
     ("nausea and vomiting", "HP:0002013", "HP:0002017"),  # two findings, not the pair term
     ("pain, photophobia and a bloodshot eye", "", "HP:0200026"),  # a list: no Ocular pain
     # "attacks of" are episodes; irregular past forms.
     ("repeated attacks of fever", "HP:0001954", ""),  # Recurrent fever
     ("attacks of tummy pain", "HP:0002574", ""),  # Episodic abdominal pain
     ("he fed poorly as a baby", "HP:0011968", ""),  # Feeding difficulties
     # HPO names no patellar pain: the kneecap falls back to the knee (Knee pain, not Pain)
     ("my kneecap hurts", "HP:0030839", ""),
     ("my kneecap keeps dislocating", "HP:0002999", ""),  # Patellar dislocation stays
     # A trigger said with "when I ..." narrows a finding when HPO names the pair.
     ("I get short of breath when I walk", "HP:0002875", ""),  # Exertional dyspnea
     # "back" says which tooth: no Back pain.
     ("my back tooth hurts", "HP:0000670", "HP:0003418"),  # Carious teeth
     # "the ball of my foot" is at the foot; "burning pain" names it through "pain".
     ("burning pain in the ball of my foot", "HP:0025238", ""),  # Foot pain
     # Pain behind the breastbone is chest pain; "after meals" is no site.
     ("a burning pain behind my breastbone after meals", "HP:0100749", ""),  # Chest pain
     # A time phrase HPO names no pair with leaves the finding free to share a site.
     ("my lower back is stiff and sore every morning", "HP:0003419", ""),  # Low back pain
     # A swelling in the neck is a lump there, not oedema.
     ("a painless swelling in his neck", "HP:0025289", "HP:0000969"),
     ("a swelling in the front of my neck", "HP:6000176", "HP:0000969")],
)
def test_real_voices(engine: Engine, question: str, expected: str, absent: str) -> None:
    reading = read(engine, question)
    present = ids_of(reading.present + reading.or_groups)
    assert not expected or expected in present
    assert not absent or absent not in ids_of(reading.findings)


@pytest.mark.slow
def test_unrecognized_words_are_reported_never_dropped(engine: Engine) -> None:
    reading = read(engine, "my knees hurt and I feel flibbertigibbet")
    assert "HP:0030839" in ids_of(reading.present + reading.or_groups)  # Knee pain
    assert reading.unrecognized == ("flibbertigibbet",)
    nothing = read(engine, "hello there, how are you?")
    assert not nothing.findings and "hello" in nothing.unrecognized


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    ["", "   \n\t ", "x" * (MAX_QUESTION_CHARS + 1), "fever\x00rash", None, 42],
)
def test_bad_questions_raise_one_line_question_error(engine: Engine, question: object) -> None:
    with pytest.raises(QuestionError) as info:
        engine.interpret(question)  # type: ignore[arg-type]
    assert isinstance(info.value, InputError)
    message = str(info.value)
    assert message and "\n" not in message


@pytest.mark.slow
def test_longest_allowed_question_is_read(engine: Engine) -> None:
    question = ("fever and rash " * 200)[:MAX_QUESTION_CHARS]
    assert first_ids(engine.interpret(question).present) >= {"HP:0001945"}


# ---- issue 14: the reader's general weaknesses, on the real HPO ----

@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected"),
    [("hyperphagia", {"HP:0002591"}), ("hypokalemic", {"HP:0002900"}),
     ("excessive eating", {"HP:0002591"}), ("bone crises", {"HP:0002653"}),
     ("can't breathe properly", {"HP:0002094"}), ("gaining wieght", {"HP:0004324"}),
     ("weakness in the shoulders and thighs", {"HP:0003701"}),
     ("tremor of the hands", {"HP:0002378"}),
     ("swelling of both ankles", {"HP:0001785"}),
     ("HP:0002063, HP:0001324 and fever", {"HP:0002063", "HP:0001324", "HP:0001945"})],
)
def test_hpo_wording_typos_sites_and_ids(engine: Engine, question: str,
                                        expected: set[str]) -> None:
    reading = read(engine, question)
    assert expected <= ids_of(reading.present + reading.or_groups)
    assert not reading.unrecognized and not reading.excluded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "readings"),
    [("joint pain", {"HP:0002829", "HP:0001369"}),
     ("numbness", {"HP:0033748", "HP:0003401", "HP:0012534"}),
     ("tingling", {"HP:0033748", "HP:0003401", "HP:0012534"}),
     ("unsteady walking", {"HP:0002317", "HP:0002066"})],
)
def test_ambiguous_lay_words_are_or_groups(engine: Engine, question: str,
                                           readings: set[str]) -> None:
    reading = read(engine, question)
    assert len(reading.or_groups) == 1 and set(reading.or_groups[0].ids) == readings


@pytest.mark.slow
def test_issue_14_context_examples(engine: Engine) -> None:
    neonatal = read(engine, "neonatal hypotonia")
    assert neonatal.age is None and [o.id for o in neonatal.onset] == ["HP:0003623"]
    assert read(engine, "tremor in older people").age_range == (65.0, 100.0)
    meals = read(engine, "burning pain behind my breastbone after meals, worse when I lie down")
    assert {f.site for f in meals.findings} == {"breastbone"}
    assert meals.unrecognized == ("worse",)
    vision = read(engine, "loss of vision in one eye")
    assert vision.findings[0].site == "one eye" and not vision.unrecognized
    family = read(engine, "seizures, and her parents are cousins")
    assert family.inheritance_modes == ("HP:0000007",)
    scope = read(engine, "joint pain and absent pulses in the feet")
    assert not any("HP:0002829" in f.ids for f in scope.excluded)


# ---- issues 12/13/14: everyday wordings of common complaints ----

@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected"),
    [("I've been feeling low", "HP:0000716"),  # Depression: "feeling" belongs to the phrase
     ("I feel sick after meals", "HP:0002018"),  # Nausea, not Vomiting
     ("sleeping badly", "HP:0100785"),  # Insomnia, never Hypersomnia
     ("green phlegm", "HP:0031245"),  # Productive cough
     ("sharp pain in my side when I breathe in", "HP:0033771"),  # Pleuritic chest pain
     ("pain in my heel", "HP:0025238"),  # Foot pain, not Enthesitis
     ("tummy cramps and diarrhoea", "HP:0032155"),  # Abdominal cramps
     ("a blistering rash", "HP:0033697"),  # Vesicular eruption
     ("it burns when I wee and I'm weeing all the time", "HP:0100515")],  # Pollakisuria
)
def test_everyday_wordings_of_common_complaints(engine: Engine, question: str,
                                                expected: str) -> None:
    reading = read(engine, question)
    assert expected in {f.ids[0] for f in reading.present + reading.or_groups}
    assert not reading.excluded


@pytest.mark.slow
@pytest.mark.parametrize("question", ["I sleep on my side", "after I eat", "my pee is cloudy",
                                      "her hair is fine", "I run every day"])
def test_an_ordinary_word_alone_is_no_finding_of_excess(engine: Engine, question: str) -> None:
    # "sleep", "eat", "pee", "hair" and "run" once read as Hypersomnia, Polyphagia, Polyuria,
    # Hirsutism and Diarrhea, from phrases whose other words the matcher ignores.
    banned = {"HP:0100786", "HP:0002591", "HP:0000103", "HP:0001007", "HP:0002014"}
    assert not ids_of(read(engine, question).findings) & banned


# ---- issue 14: the frames a finding is said in ----

@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [("I've got a cold", "HP:0012384", "HP:0033850"),  # Rhinitis, not Coldness
     ("I came down with a stinking cold last night", "HP:0012384", "HP:0033850"),
     ("he keeps catching colds", "HP:0002788", "HP:6000855"),  # Recurrent URTI
     ("I feel the cold", "HP:6000855", "HP:0012384"),  # Cold intolerance
     ("I feel faint", "HP:0031972", "HP:0001279"),  # Presyncope, not Syncope
     ("I felt faint and sick", "HP:0031972", "HP:0001279"),
     ("I feel dizzy and faint", "HP:0031972", "HP:0001279"),  # "feel" goes with both
     ("she fainted", "HP:0001279", "HP:0031972"),
     ("her periods haven't started", "HP:0000786", "HP:0000141"),  # Primary amenorrhea
     ("a lump in my abdomen", "HP:0031500", None),  # Abdominal mass, as "in my belly"
     ("pain in the lower part of my tummy", "HP:0002027", "HP:0012531"),  # Abdominal pain
     ("I'm struggling to swallow", "HP:0002015", None),  # Dysphagia
     ("I have trouble peeing", "HP:0000019", None),  # Urinary hesitancy (or retention)
     ("I pee 15 times a day", "HP:0100515", None),  # Pollakisuria (or Polyuria)
     ("I've lost two stone", "HP:0001824", None),  # Weight loss
     ("she has never had a period", "HP:0000141", None)],  # Amenorrhea
)
def test_a_finding_is_read_in_its_frame(engine: Engine, question: str, expected: str,
                                        not_expected: str | None) -> None:
    found = ids_of(read(engine, question).findings)
    assert expected in found
    assert not_expected not in found


@pytest.mark.slow
def test_a_phrase_never_reaches_into_the_next_statement(engine: Engine) -> None:
    # "yellow ... pee is dark" once read as Dark yellow urine, across "and his".
    reading = read(engine, "my son's skin has gone yellow and his pee is dark")
    assert "HP:0000952" in ids_of(reading.findings)  # Jaundice
    assert "HP:0040321" not in ids_of(reading.findings)  # Dark yellow urine


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "expected"),
    [("he's gone yellow", "HP:0000952"),  # Jaundice: a colour of the person is the skin's
     ("my baby looks yellow", "HP:0000952"),
     ("a boy who suddenly became pale and yellow", "HP:0000952"),
     ("she has a big liver, is yellow and is sleepy", "HP:0000952"),  # subject given before
     ("she turned blue", "HP:0000961")],  # Cyanosis
)
def test_a_colour_said_of_the_person_is_the_colour_of_the_skin(engine: Engine, question: str,
                                                                expected: str) -> None:
    assert expected in ids_of(read(engine, question).findings)


@pytest.mark.slow
@pytest.mark.parametrize("question", ["my pee is yellow", "the phlegm is yellow",
                                      "she is thin", "yellow, and itchy"])
def test_a_colour_of_something_else_is_not_the_skin(engine: Engine, question: str) -> None:
    skin = {"HP:0000952", "HP:0000961", "HP:0000963"}  # Jaundice, Cyanosis, Thin skin
    assert not ids_of(read(engine, question).findings) & skin


@pytest.mark.slow
def test_never_before_a_finding_with_no_phrase_still_negates_it(engine: Engine) -> None:
    reading = read(engine, "I've never had a seizure")
    assert "HP:0001250" in ids_of(reading.excluded) and not reading.present


@pytest.mark.slow
def test_a_finding_found_is_present(engine: Engine) -> None:
    reading = read(engine, "I found a lump in my breast")
    assert "HP:0032408" in ids_of(reading.present)  # Breast mass
    assert not reading.excluded


@pytest.mark.slow
def test_a_kind_said_of_a_relative_is_not_a_kind_asked_about(engine: Engine) -> None:
    """"My mum has an autoimmune disease" states hers; a question about the child still
    asks for the kind ("could he have a genetic condition?")."""
    mum = read(engine, "my mum has an autoimmune disease; I have an itchy rash on my arms")
    assert not mum.categories
    child = read(engine, "my son has seizures and pale patches, could he have a genetic "
                         "condition?")
    assert child.categories == ("genetic",)
    asked = read(engine, "my daughter has a rash on her cheeks and joint pain, which "
                         "autoimmune disease is it")
    assert asked.categories == ("autoimmune",)
