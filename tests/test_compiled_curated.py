"""The curated files are parsed once, when compiled; answers read the compiled tables.

The fact sheets and condition profiles are validated from their YAML and stored in the compact
form of :mod:`whatcauses.knowledge.sheet_model` (the sheet table); the other curated files are
stored as parsed (the curated table). What answers read back must be exactly what the YAML
gives, and a warm cache must answer without importing the YAML parser or the validators.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from whatcauses.errors import DataError
from whatcauses.knowledge import curated
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.facts import fact_sheets
from whatcauses.knowledge.sheet_model import (
    ExposureStatement,
    FactSheet,
    FindingFrequency,
    Reference,
    SheetPrevalence,
    Statement,
    decode_sheet,
    encode_sheet,
)
from whatcauses.knowledge.sheets import (
    _is_sheet_table,
    compiled_fact_sheets,
    curated_sheets,
    load_sheet_table,
    profile_sheet,
)


def _validated_from_yaml() -> tuple[FactSheet, ...]:
    return (*fact_sheets(), *(profile_sheet(p) for p in load_condition_profiles()))


def test_the_compiled_sheets_are_the_sheets_validated_from_yaml() -> None:
    validated = _validated_from_yaml()
    assert curated_sheets() == validated
    # repr tells a tuple from a list and 5 from 5.0, which == does not
    assert repr(curated_sheets()) == repr(validated)
    assert compiled_fact_sheets() == fact_sheets()


def test_the_stored_table_is_plain_json_that_decodes_to_the_same_sheets() -> None:
    table = load_sheet_table()
    assert json.loads(json.dumps(table)) == table
    decoded = tuple(decode_sheet(raw) for raw in (*table["facts"], *table["profiles"]))
    assert repr(decoded) == repr(_validated_from_yaml())


def test_every_field_of_a_sheet_survives_its_compact_form() -> None:
    sheet = FactSheet(
        file="x.yaml", id="OMIM:100001", same_as=("ORPHA:1",), name="Alpha disease",
        categories=("genetic",),
        sections={"summary": (Statement("A.", ("OMIM:100001",), ("HP:0000001",),
                                        ("OMIM:100002",)),),
                  "findings": (Statement("C.", ("OMIM:100001",), ("HP:0001257",), (),
                                         FindingFrequency("frequent", "half of 40",
                                                          ("OMIM:100001",))),)},
        distinguishing=(Statement("B.", ("OMIM:100001",)),),
        references={"OMIM:100001": Reference("OMIM:100001", "ALPHA DISEASE", None)},
        prevalence=SheetPrevalence(2.5, "point prevalence", "adults", "About 1 in 40,000.",
                                   ("OMIM:100001",), "clinic"),
        exposures=(ExposureStatement("tick-bite", "After a bite.", ("OMIM:100001",)),),
    )
    again = decode_sheet(json.loads(json.dumps(encode_sheet(sheet))))
    assert again == sheet and repr(again) == repr(sheet)


def test_a_table_of_an_older_statement_form_is_not_taken_for_a_sheet_table() -> None:
    table = load_sheet_table()
    assert _is_sheet_table(table)
    older = json.loads(json.dumps(table))
    for _, statements in older["facts"][0][5]:
        for statement in statements:
            del statement[4]  # the four-field statements of before finding frequencies
    assert not _is_sheet_table(older)


def _curated_names() -> list[str]:
    root = Path(curated.__file__).parent / "curated"
    return sorted(p.name for p in root.glob("*.yaml"))


@pytest.mark.parametrize("name", _curated_names())
def test_the_curated_table_gives_what_the_yaml_gives(name: str) -> None:
    assert curated.read_curated(name) == curated.read_yaml(name)


def test_a_file_the_curated_table_lacks_is_parsed_from_yaml(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(curated, "_curated_table", dict)
    assert curated.read_curated("red_flags.yaml") == curated.read_yaml("red_flags.yaml")


def test_a_damaged_curated_table_is_rebuilt_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path))
    curated._curated_table.cache_clear()
    good = curated.read_curated("question_words.yaml")
    (path,) = tmp_path.glob("curated-*")
    path.write_bytes(path.read_bytes()[:-10])
    curated._curated_table.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="whatcauses"):
            assert curated.read_curated("question_words.yaml") == good
    finally:
        curated._curated_table.cache_clear()  # the next test reads the session's table
    warnings = [r.getMessage() for r in caplog.records if "whatcauses" in r.name]
    assert len(warnings) == 1 and path.name in warnings[0] and "rebuilding" in warnings[0]
    assert curated.read_curated("question_words.yaml") == good


_WORD_LISTS = {
    "lay_terms.yaml": (curated.lay_terms, curated.parse_lay_terms),
    "red_flags.yaml": (curated.red_flags, curated.parse_red_flags),
    "red_flag_combinations.yaml": (curated.red_flag_combinations,
                                   curated.parse_red_flag_combinations),
    "question_words.yaml": (curated.question_words, curated.parse_question_words),
    "family_history.yaml": (curated.family_words, curated.parse_family_words),
    "body_sites.yaml": (curated.body_sites, curated.parse_body_sites),
    "prevalence.yaml": (curated.prevalence_table, curated.parse_prevalence_table),
    "exposures.yaml": (curated.exposure_vocabulary, curated.parse_exposures),
    "injuries.yaml": (curated.injury_vocabulary, curated.parse_injuries),
}


def test_every_checked_word_list_has_a_reader() -> None:
    assert set(_WORD_LISTS) == set(curated._CHECKED_FILES)


@pytest.mark.parametrize("name", sorted(_WORD_LISTS))
def test_the_checked_table_gives_what_the_validators_give(name: str) -> None:
    reader, parse = _WORD_LISTS[name]
    assert name in curated._checked_table()
    from_yaml = parse(curated.read_yaml(name))
    # repr tells a tuple from a list and 5 from 5.0, which == does not (sets compared by ==)
    assert reader() == from_yaml
    if name not in ("question_words.yaml", "family_history.yaml", "body_sites.yaml"):
        assert repr(reader()) == repr(from_yaml)


def test_a_word_list_the_checked_table_lacks_is_validated_with_its_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored = curated._checked_table()["red_flags.yaml"]
    monkeypatch.setattr(curated, "_checked_table", dict)
    assert curated.checked_curated("red_flags.yaml") == stored
    monkeypatch.setattr(curated, "read_curated", lambda name: [{"phrase": "x"}])
    with pytest.raises(DataError, match=r"red_flags.yaml: entry 1 \(phrase 'x'\).advice"):
        curated.checked_curated("red_flags.yaml")


def test_a_damaged_checked_table_is_rebuilt_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path))
    curated._checked_table.cache_clear()
    try:
        good = curated.checked_curated("body_sites.yaml")
        (path,) = tmp_path.glob("curated-checked-*")
        path.write_bytes(path.read_bytes()[:-10])
        curated._checked_table.cache_clear()
        with caplog.at_level(logging.WARNING, logger="whatcauses"):
            assert curated.checked_curated("body_sites.yaml") == good
        warnings = [r.getMessage() for r in caplog.records if "whatcauses" in r.name]
        assert len(warnings) == 1 and path.name in warnings[0] and "rebuilding" in warnings[0]
        # a sound file of the wrong shape is not trusted either
        from whatcauses.knowledge.store import store_verified_json
        store_verified_json(path, curated.CHECKED_TABLE_KIND, {"other.yaml": []})
        curated._checked_table.cache_clear()
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="whatcauses"):
            assert curated.checked_curated("body_sites.yaml") == good
        warnings = [r.getMessage() for r in caplog.records if "whatcauses" in r.name]
        assert len(warnings) == 1 and "expected shape" in warnings[0]
    finally:
        curated._checked_table.cache_clear()  # the next test reads the session's table


_ANSWER_ONCE = """
import sys
from whatcauses import Engine
Engine.load().ask("What autoimmune disease causes muscle stiffness?")
loaded = ["yaml", "pydantic", "whatcauses.knowledge.curated_schema",
          "whatcauses.knowledge.facts", "whatcauses.knowledge.conditions"]
print(sorted(name for name in loaded if name in sys.modules))
"""


@pytest.mark.slow
def test_an_answer_from_a_warm_cache_parses_no_yaml(cli_env: dict[str, str]) -> None:
    def answer() -> str:
        run = subprocess.run([sys.executable, "-c", _ANSWER_ONCE], env=cli_env,
                             capture_output=True, text=True, timeout=300, check=False)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    answer()  # a cache the session built lacks nothing, but make sure it is warm
    assert answer() == "[]"
