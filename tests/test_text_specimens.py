"""The specimen of a measured level (h-specimen1, issue 14): HPO names urine, CSF and stool
levels "Increased urinary calcium", "Elevated urine calcium levels", "Increased CSF lactate",
"Glycine low in CSF"; people say "high calcium in the urine", "urinary protein high", "raised
lactate in the spinal fluid". Every wording of the specimen meets the others
(text/lexicon.py, level_keys), and a blood level said with a specimen word ("high sodium in
the urine") is no blood finding; blood words or no specimen keep the blood reading."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.lexicon import NO_FINDING, Lexicon, LexiconEntry, level_keys, specimen_of

from .readings import present_ids

HYPERCALCIURIA = "HP:0002150"
HYPERCALCEMIA = "HP:0003072"
HYPOCALCIURIA = "HP:0003127"
HYPOCALCEMIA = "HP:0002901"
PROTEINURIA = "HP:0000093"
HIGH_URINE_COPPER = "HP:0010839"
HIGH_BLOOD_COPPER = "HP:0032254"
HIGH_CSF_LACTATE = "HP:0002490"
HIGH_BLOOD_LACTATE = "HP:0002151"
HIGH_CSF_PROTEIN = "HP:0002922"
HYPERPHOSPHATURIA = "HP:0003109"
HYPERPHOSPHATEMIA = "HP:0002905"
HYPERNATREMIA = "HP:0003228"
HYPOGLYCEMIA = "HP:0001943"


def test_a_urine_level_is_keyed_in_both_wordings_of_its_specimen() -> None:
    keys = level_keys("Increased urinary calcium")
    assert "calcium high urin" in keys and "calcium high urinari" in keys
    assert "calcium high level urin" in keys


@pytest.mark.parametrize(("name", "key"), [
    ("Increased CSF lactate", "fluid high lactat spinal"),
    ("Glycine low in CSF", "fluid glycin low spinal"),
    ("Increased urine citrate concentration", "citrat high urin"),
    ("Phenylpyruvic acid high in urine", "acid high phenylpyruv urinari"),
    ("Increased fecal calprotectin level", "calprotectin faec high"),
])
def test_a_specimen_level_is_read_in_any_order_and_wording(name: str, key: str) -> None:
    assert key in level_keys(name)


@pytest.mark.parametrize("name", [
    "Increased CSF/serum albumin ratio",  # a ratio of two specimens
    "Abnormality of the lower urinary tract",  # no level
    "Increased circulating copper concentration",  # the blood
    "Urinary incontinence",
])
def test_other_names_give_no_specimen_keys(name: str) -> None:
    assert not any(specimen_of(key) for key in level_keys(name))


def test_the_specimen_of_a_key() -> None:
    assert specimen_of("calcium high urinari") == "urine"
    assert specimen_of("fluid high lactat spinal") == "csf"
    assert specimen_of("calcium high") is None


@pytest.mark.parametrize(("question", "term", "not_term"), [
    ("high calcium in the urine", HYPERCALCIURIA, HYPERCALCEMIA),
    ("high urinary calcium", HYPERCALCIURIA, HYPERCALCEMIA),
    ("his calcium is high in his wee", HYPERCALCIURIA, HYPERCALCEMIA),
    ("low calcium in the urine", HYPOCALCIURIA, HYPOCALCEMIA),
    ("urinary protein high", PROTEINURIA, None),
    ("high copper in the urine", HIGH_URINE_COPPER, HIGH_BLOOD_COPPER),
    ("high lactate in the CSF", HIGH_CSF_LACTATE, HIGH_BLOOD_LACTATE),
    ("raised protein in the spinal fluid", HIGH_CSF_PROTEIN, None),
    ("high urinary phosphate", HYPERPHOSPHATURIA, HYPERPHOSPHATEMIA),
])
def test_a_level_said_with_its_specimen_reads_the_specimens_term(
        engine: Engine, question: str, term: str, not_term: str | None) -> None:
    found = present_ids(engine, question)
    assert term in found
    assert not_term is None or not_term not in found


@pytest.mark.parametrize(("question", "term"), [
    ("high calcium in the blood", HYPERCALCEMIA),
    ("high calcium", HYPERCALCEMIA),
    ("high serum phosphate", HYPERPHOSPHATEMIA),
    ("low calcium and kidney stones", HYPOCALCEMIA),
])
def test_blood_words_or_no_specimen_keep_the_blood_reading(engine: Engine, question: str,
                                                          term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_blood_level_said_in_a_specimen_is_no_blood_finding(engine: Engine) -> None:
    assert HYPOGLYCEMIA not in present_ids(engine, "low sugar in the spinal fluid")


# h-lexdedup: one generator keys a level once, whatever forms its phrase is in; a blood level
# said with a specimen's words is refused by the lexicon's lookup, not by stored keys.

def test_a_level_in_two_forms_is_keyed_once() -> None:
    keys = level_keys("Decreased circulating renin concentration")
    assert len(keys) == len(set(keys))
    assert {"low renin", "level low renin"} <= set(keys)


@pytest.mark.parametrize(("name", "in_keys"), [
    ("Decreased circulating vitamin D concentration", "d level low vitamin"),  # "D" kept
    ("Increased circulating low-density lipoprotein levels", "densiti high lipoprotein low"),
    ("Elevated LH level", None),  # two letters, not named in the blood
])
def test_the_shared_checks_of_a_level(name: str, in_keys: str | None) -> None:
    keys = level_keys(name)
    assert (in_keys in keys) if in_keys else keys == []


def test_a_lost_letter_and_a_two_letter_substance_in_the_blood() -> None:
    assert level_keys("Decreased circulating vitamin A concentration") == []  # "a" lost
    assert "elev lh" in level_keys("Elevated LH level", in_blood=True)


def test_a_blood_level_with_a_specimens_words_names_no_finding() -> None:
    lexicon = Lexicon({"calcium high": LexiconEntry((HYPERCALCEMIA,), "inflection", 0.85),
                       "calcium high urin": LexiconEntry((HYPERCALCIURIA,), "inflection", 0.85)},
                      blood_levels=frozenset({"calcium high"}))
    hypercalciuria = lexicon.lookup("calcium high urin")
    assert hypercalciuria is not None and hypercalciuria.ids == (HYPERCALCIURIA,)
    for key in ("calcium high urinari", "calcium fluid high spinal", "calcium faec high"):
        entry = lexicon.lookup(key)
        assert entry is not None and entry.kind == NO_FINDING and entry.ids == ()
    assert lexicon.lookup("calcium cerebrospin fluid high") is None  # a third wording
    assert lexicon.lookup("sodium high urin") is None  # no blood level of these words
    assert Lexicon({}).lookup("calcium high urin") is None
