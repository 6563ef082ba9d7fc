"""A qualitative prevalence (h-profiles66, issues 12/13): a profile whose condition no source
counts gives the class its source's wording supports ("common"), with the words quoted; the
class stands for the lower end of its band (conditions.QUALITATIVE_PER_100000), and the answer
shows the word, never the stand-in number. First used by telogen effluvium."""

from __future__ import annotations

import re
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.conditions import (
    QUALITATIVE_PER_100000,
    load_condition_profiles,
    validate_profile,
)
from whatcauses.knowledge.curated_diseases import curated_diseases, prevalence_phrase
from whatcauses.rank.results import COMMON_PER_100000

from .readings import answer_rank, present_ids
from .test_conditions import PROFILE, _changed

TELOGEN_EFFLUVIUM = "MONDO:0002153"
ANDROGENETIC_ALOPECIA = "MONDO:0005339"
WORDING = "a common cause of hair loss"


def _qualitative(**changes: Any) -> dict[str, Any]:
    raw = _changed("prevalence.per_100000", None)
    raw["prevalence"].update({"class": "common", "wording": WORDING, **changes})
    return {k: v for k, v in raw.items()} | {
        "prevalence": {k: v for k, v in raw["prevalence"].items() if v is not None}}


# --- validation ----------------------------------------------------------------------------


def test_a_class_with_its_wording_gets_the_stated_stand_in() -> None:
    profile = validate_profile(_qualitative(), "made-up.yaml")
    assert profile.prevalence.qualitative == "common"
    assert profile.prevalence.wording == WORDING
    assert profile.prevalence.per_100000 == QUALITATIVE_PER_100000["common"] == 100.0


def test_a_figure_has_no_class() -> None:
    figure = validate_profile(PROFILE, "made-up.yaml").prevalence
    assert figure.qualitative is None and figure.wording is None


@pytest.mark.parametrize(("changes", "message"), [
    ({"wording": None}, "wording"),
    ({"per_100000": 100}, "either per_100000 or class"),
    ({"class": "rare"}, "class must be one of"),
    ({"kind": "annual incidence"}, "point prevalence"),
    ({"setting": "clinic"}, "no setting"),
    ({"ages": [18, 120]}, "no ages"),
])
def test_a_class_is_refused_without_its_words_or_with_a_figure(
        changes: dict[str, Any], message: str) -> None:
    with pytest.raises(DataError, match=message):
        validate_profile(_qualitative(**changes), "made-up.yaml")


def test_wording_without_a_class_is_refused() -> None:
    with pytest.raises(DataError, match="wording goes with a qualitative class"):
        validate_profile(_changed("prevalence.wording", WORDING), "made-up.yaml")


def test_the_classes_stand_for_the_lower_end_of_their_bands() -> None:
    # very common: 1 in 100 or more; common: 1 in 1,000 to 1 in 100; uncommon: from the EU
    # line for rare (1 in 2,000) to 1 in 1,000.
    assert QUALITATIVE_PER_100000 == {"very common": 1000.0, "common": 100.0, "uncommon": 50.0}
    # none is below the EU line, so none is called rare
    assert min(QUALITATIVE_PER_100000.values()) >= COMMON_PER_100000


# --- display -------------------------------------------------------------------------------


def test_the_phrase_shows_the_word_and_no_number() -> None:
    phrase = prevalence_phrase(100.0, "point prevalence", "people in general",
                               qualitative="common", wording=WORDING)
    assert phrase == (f'common (the source\'s word: "{WORDING}"), no population figure'
                      " — people in general")
    assert not re.search(r"\d", phrase)


def test_the_compiled_figure_carries_the_class() -> None:
    entry = curated_diseases().prevalence[TELOGEN_EFFLUVIUM]
    assert entry[0] == 100.0 and entry[-1] == "common"
    assert "no population figure" in entry[1] and "1 in" not in entry[1]
    # every measured curated figure carries no class
    assert all(e[-1] is None for i, e in curated_diseases().prevalence.items()
               if i != TELOGEN_EFFLUVIUM and "no population figure" not in e[1])


def test_the_ranker_shows_the_word_and_the_api_names_the_class(engine: Engine) -> None:
    figure = engine.ranker.prevalence[engine.knowledge.disease_index(TELOGEN_EFFLUVIUM)]
    assert figure is not None and figure.qualitative == "common"
    assert figure.common and not figure.rare
    assert figure.at_a_time_per_100000 == 100.0
    assert "common (the source's word" in figure.phrase and "1 in" not in figure.phrase
    assert figure.to_dict()["qualitative"] == "common"


def test_the_answer_quotes_the_word_not_a_number(engine: Engine) -> None:
    answer = engine.ask("a few months after giving birth my hair is shedding a lot when I "
                        "brush it", top=10)
    assert "no population figure" in answer.answer
    assert not re.search(r"Telogen effluvium[^.;]*\b1 in [\d,]+", answer.answer)


def test_a_word_never_outranks_a_measured_figure_of_its_order(engine: Engine) -> None:
    # Pattern hair loss has a measured figure; a bare "my hair is thinning" question stays
    # with it, while telogen effluvium's stand-in sits a class below.
    ranker = engine.ranker
    measured = ranker.prevalence[engine.knowledge.disease_index(ANDROGENETIC_ALOPECIA)]
    stand_in = ranker.prevalence[engine.knowledge.disease_index(TELOGEN_EFFLUVIUM)]
    assert measured is not None and stand_in is not None
    assert measured.qualitative is None
    assert stand_in.at_a_time_per_100000 <= measured.at_a_time_per_100000


# --- the first qualitative profile ---------------------------------------------------------


def test_telogen_effluvium_loads_with_its_defining_finding() -> None:
    profile = {p.id: p for p in load_condition_profiles()}[TELOGEN_EFFLUVIUM]
    assert profile.prevalence.qualitative == "common"
    assert "HP:0001596" in {f.hpo for f in profile.findings}  # Alopecia
    assert "recent-birth" in {e.key for e in profile.exposures}


def test_hair_shedding_reads_as_hair_loss_not_hairiness(engine: Engine) -> None:
    question = "my hair is shedding a lot when I brush it"
    found = present_ids(engine, question)
    assert "HP:0001596" in found
    assert not {"HP:0001007", "HP:0000998"} & found  # Hirsutism, Hypertrichosis


def test_shedding_after_childbirth_is_telogen_effluvium(engine: Engine) -> None:
    question = "a few months after giving birth my hair is shedding a lot when I brush it"
    assert answer_rank(engine, question, TELOGEN_EFFLUVIUM, top=3) == 0


def test_pattern_hair_loss_keeps_its_place(engine: Engine) -> None:
    # At main d82ccad pattern hair loss was second here (after trichotillomania); telogen
    # effluvium must not come before it.
    question = ("my hair is getting thin on top of my head and at the temples, my father went "
                "bald too")
    pattern = answer_rank(engine, question, ANDROGENETIC_ALOPECIA, top=10)
    assert pattern < 2
    assert answer_rank(engine, question, TELOGEN_EFFLUVIUM, top=10) > pattern
