"""A level said once over a list of substances (h-rareclin2, issue 14): clinicians write "high
urinary calcium and phosphate", "low sodium, potassium and chloride", "raised LH/FSH", "K and
Mg low", "renin and aldosterone both suppressed" and mean the level of every substance of the
list (text/listed_levels.py finds the lists; the question reader reads each item with the
shared words when they name a term). A test's result beside a narrower one is kept ("ANA+,
anti-dsDNA+": two tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.text.labs import said_level
from whatcauses.text.listed_levels import LevelList, level_lists

from .readings import present_ids

HYPONATREMIA, HYPOKALEMIA, HYPOCHLOREMIA = "HP:0002902", "HP:0002900", "HP:0003113"
HYPERCALCIURIA, HYPERPHOSPHATURIA, HYPERPHOSPHATEMIA = "HP:0002150", "HP:0003109", "HP:0002905"
LOW_RENIN, LOW_ALDOSTERONE = "HP:0003351", "HP:0004319"
LOW_IGG, LOW_IGA, LOW_IGM = "HP:0004315", "HP:0002720", "HP:0002850"
HIGH_FERRITIN, HYPERTRIGLYCERIDEMIA = "HP:0003281", "HP:0002155"
HYPOFIBRINOGENEMIA, THROMBOCYTOPENIA = "HP:0011900", "HP:0001873"
HIGH_LH, HIGH_FSH = "HP:0011969", "HP:0008232"
LOW_C3, LOW_C4 = "HP:0005421", "HP:0045042"
HIGH_ALT, HIGH_AST = "HP:0031964", "HP:0031956"
HYPERCALCEMIA, FEVER = "HP:0003072", "HP:0001945"
ANA, ANTI_DSDNA = "HP:0003493", "HP:0020151"
HYPOMAGNESEMIA = "HP:0002917"
HYPERPYREXIA = "HP:0033031"

COORDINATORS = frozenset({"and", "or", "&", "plus"})
LEVELS = ("high", "raised", "low", "reduced", "suppressed")
SUBSTANCES = ("sodium", "potassium", "chloride", "igg", "iga", "renin", "aldosterone", "c3",
              "c4", "ferritin")


def _lists(text: str) -> list[LevelList]:
    words = text.split()
    return level_lists(words, range(len(words)), range(len(words)),
                       lambda k: words[k] not in (",", "/", "-", *COORDINATORS, *LEVELS,
                                                  "urinary", "both", "are"),
                       COORDINATORS)


def test_a_level_before_a_list_is_shared_with_its_specimen() -> None:
    (found,) = _lists("high urinary calcium and magnesium")
    assert found.before and found.level == "high" and found.shared == (0, 1)
    assert found.items == (((2,),), ((4,),))


def test_a_level_after_a_list_is_shared_with_its_links() -> None:
    (found,) = _lists("renin and aldosterone are both suppressed")
    assert not found.before and found.level == "suppressed"
    assert found.items == (((0,),), ((2,),))
    assert set(found.shared) == {3, 4, 5}


def test_commas_and_slashes_part_a_list() -> None:
    (found,) = _lists("low sodium , potassium and chloride")
    assert [item[0] for item in found.items] == [(1,), (3,), (5,)]
    (slashed,) = _lists("raised lh / fsh")
    assert [item[0] for item in slashed.items] == [(1,), (3,)]


def test_the_last_item_before_other_words_is_tried_shorter() -> None:
    (found,) = _lists("low igg and igm since birth")
    assert found.items[-1] == ((3, 4, 5), (3, 4), (3,))


def test_a_lone_item_is_no_list() -> None:
    assert _lists("high calcium") == []


@given(st.lists(st.sampled_from(SUBSTANCES), min_size=2, max_size=5, unique=True),
       st.sampled_from(LEVELS), st.booleans(), st.booleans())
@settings(max_examples=200, deadline=None)
def test_every_item_of_a_list_is_found_in_order_once(items: list[str], level: str,
                                                     before: bool, commas: bool) -> None:
    """Whatever the list, its level word's place and its parts: one list whose items are the
    substances, in order, each at its own position, none the level word's."""
    joined: list[str] = []
    for n, item in enumerate(items):
        if n:
            joined.append("," if commas and n < len(items) - 1 else "and")
        joined.append(item)
    words = [level, *joined] if before else [*joined, level]
    found = [f for f in _lists(" ".join(words)) if f.before == before]
    assert len(found) == 1
    runs = [candidates[0] for candidates in found[0].items]
    assert [words[run[0]] for run in runs] == items
    assert all(len(run) == 1 for run in runs)
    assert not {run[0] for run in runs} & set(found[0].shared)


def test_a_laboratory_name_said_with_a_level_word() -> None:
    assert said_level(["k"], "low") == HYPOKALEMIA
    assert said_level(["na"], "raised") == "HP:0003228"
    assert said_level(["ck"], "low") is None  # no low side read
    assert said_level(["fever"], "high") is None


@pytest.mark.parametrize(("question", "terms"), [
    ("low sodium, potassium and chloride", {HYPONATREMIA, HYPOKALEMIA, HYPOCHLOREMIA}),
    ("sodium, potassium and chloride low", {HYPONATREMIA, HYPOKALEMIA, HYPOCHLOREMIA}),
    ("high urinary calcium and phosphate", {HYPERCALCIURIA, HYPERPHOSPHATURIA}),
    ("HTN, low K, renin and aldosterone both suppressed", {LOW_RENIN, LOW_ALDOSTERONE}),
    ("low IgG, IgA and IgM since birth", {LOW_IGG, LOW_IGA, LOW_IGM}),
    ("raised ferritin and triglycerides, low fibrinogen and platelets",
     {HIGH_FERRITIN, HYPERTRIGLYCERIDEMIA, HYPOFIBRINOGENEMIA, THROMBOCYTOPENIA}),
    ("raised LH/FSH", {HIGH_LH, HIGH_FSH}),
    ("reduced C3 and C4", {LOW_C3, LOW_C4}),
    ("raised ALT and AST", {HIGH_ALT, HIGH_AST}),
    ("K and Mg low", {HYPOKALEMIA, HYPOMAGNESEMIA}),
    ("high ammonia and glutamine", {"HP:0001987", "HP:0003217"}),  # High plasma glutamine
])
def test_each_substance_of_a_list_is_read_with_the_shared_level(
        engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)


@pytest.mark.parametrize("question", ["Mg low", "low serum Mg", "Mg 0.5"])
def test_mg_is_magnesium_as_clinicians_write_it(engine: Engine, question: str) -> None:
    assert HYPOMAGNESEMIA in present_ids(engine, question)


@pytest.mark.parametrize("question", ["20 mg low dose aspirin", "taking 400 mg magnesium"])
def test_mg_after_a_number_is_a_unit_not_magnesium(engine: Engine, question: str) -> None:
    assert HYPOMAGNESEMIA not in present_ids(engine, question)


def test_a_specimen_shared_by_a_list_is_no_blood_level(engine: Engine) -> None:
    assert HYPERPHOSPHATEMIA not in present_ids(engine, "high urinary calcium and phosphate")


def test_a_finding_listed_after_a_level_keeps_its_own_reading(engine: Engine) -> None:
    assert present_ids(engine, "high calcium and fever") == {HYPERCALCEMIA, FEVER}
    found = present_ids(engine, "high calcium, fever and rash")
    assert {HYPERCALCEMIA, FEVER} <= found and HYPERPYREXIA not in found


def test_a_general_antibody_result_beside_a_narrower_one_is_kept(engine: Engine) -> None:
    assert {ANA, ANTI_DSDNA} <= present_ids(engine, "ANA+, anti-dsDNA+")
