"""h-warm (issue 14): what a warm start reads from cache files instead of computing, and the
per-question shortcuts, give exactly what the computation they replace gave."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import run_cli
from whatcauses import version
from whatcauses.cli.regex_cache import compiled_patterns_cached
from whatcauses.engine import Engine
from whatcauses.knowledge.compile import model_by_disease
from whatcauses.knowledge.sources import cache_dir
from whatcauses.knowledge.store import load_verified_json, store_verified_json
from whatcauses.rank.ranker import INHERITANCE_ROOT_ID, ONSET_ROOT_ID
from whatcauses.text import labs, named_diseases, vitals
from whatcauses.text.labs import read_labs
from whatcauses.text.named_diseases import (
    NamedDiseases,
    build_relative_diseases,
    load_relative_diseases,
)
from whatcauses.text.red_flag_combinations import said, word_patterns
from whatcauses.text.vitals import (
    HEART,
    PRESSURE,
    TEMPERATURE,
    phrase_at,
    phrase_index,
    read_vitals,
)


def test_relative_diseases_table_read_back_equals_the_built_one(engine: Engine) -> None:
    k = engine.knowledge
    assert k.cache_file is not None
    built = build_relative_diseases(k.disease_names, k.disease_ids, k.curated_lay_names)
    first = load_relative_diseases(k.cache_file.stem, k.disease_names, k.disease_ids,
                                   k.curated_lay_names)  # builds and stores, or reads
    again = load_relative_diseases(k.cache_file.stem, k.disease_names, k.disease_ids,
                                   k.curated_lay_names)  # reads the file
    assert list(cache_dir().glob(f"relatives-{k.cache_file.stem}-*.cache"))
    for table in (first, again):
        assert table._names == built._names
        assert table._diseases == built._diseases
        assert table._acronyms == built._acronyms
        assert table.labels == built.labels
        assert table.words() == built.words()


def test_a_relatives_disease_is_read_from_the_cached_table(engine: Engine) -> None:
    reading = engine.interpret("My mum has MS and my vision in one eye has gone blurry")
    assert [(r.text, r.diseases) for r in reading.relative_diseases] == [
        ("MS", ("MONDO:0005301",))]


def test_phrase_index_finds_what_a_scan_of_the_table_finds() -> None:
    table = ((("heart", "rate"), "HR"), (("heart",), "H"), (("blood", "pressure"), "BP"),
             (("bp",), "BP"))
    index = phrase_index(table)
    words = ["my", "heart", "rate", "and", "heart", "bp", "blood"]
    for taken in (set(), {2}, {1, 5}):
        for k in range(len(words) + 1):
            scan = next(((len(p), n) for p, n in table
                         if tuple(words[k:k + len(p)]) == p
                         and not any(k + i in taken for i in range(len(p)))), None)
            assert phrase_at(words, k, taken, index) == scan


class _WholeTable(Mapping[str, Sequence[Any]]):
    """An index answering every word with the whole table: phrase_at scans it all, as it
    did before the tables were indexed by first word."""

    def __init__(self, table: Sequence[Any]) -> None:
        self._table = table

    def __getitem__(self, word: str) -> Sequence[Any]:
        return self._table

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


_READINGS = [
    "heart rate 130 temp 39.5 bp 80/50",
    "my blood pressure was 180/110 and pulse 120, temperature 38.9",
    "sats 88% on air, resp rate 30, hr 45",
    "hemoglobin 7.2 g/dl, platelets 40 and wbc 25, ferritin 8",
    "sodium 120 potassium 6.1 creatinine 300 and my tsh was 12",
    "crp 150, esr 90, glucose 25 mmol, calcium 3.1",
]


@pytest.mark.parametrize("text", _READINGS)
def test_vitals_and_labs_read_as_a_scan_of_the_whole_table_reads(
        engine: Engine, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from whatcauses.text.normalize import tokenize

    words = [t.folded for t in tokenize(text)]
    indexed = (read_vitals(words), read_labs(words), engine.interpret(text).findings)
    monkeypatch.setattr(vitals, "_MEASURE_INDEX", _WholeTable(vitals._MEASURES))
    monkeypatch.setattr(labs, "_NAME_INDEX", _WholeTable(labs._NAMES))
    scanned = (read_vitals(words), read_labs(words), engine.interpret(text).findings)
    assert indexed == scanned
    assert indexed[0] or indexed[1]  # the text names some measure


def test_vitals_read_the_longest_phrase_first() -> None:
    words = ["heart", "rate", "130", "temp", "39", ".", "5", "bp", "80", "/", "50"]
    assert [h.measure for h in read_vitals(words)] == [HEART, TEMPERATURE, PRESSURE]
    assert read_vitals(words)[0].positions[:2] == (0, 1)  # "heart rate", not "heart"


def test_said_skips_absent_words_and_keeps_negation() -> None:
    patterns = word_patterns(["chest pain", "faint"])
    assert said("i have chest pain", patterns)
    assert not said("i have no chest pain", patterns)
    assert not said("my chest hurts", patterns)
    assert not said("i fainted", patterns)  # whole words only
    assert said("i felt faint", (re.compile(r"\bfaint\b"),))  # a pattern of its own


def test_aspect_names_per_disease_equal_the_whole_table(engine: Engine) -> None:
    ranker, k = engine.ranker, engine.knowledge
    a, onto = k.arrays, k.ontology
    terms = a["ann_term"]
    rows = np.flatnonzero((terms >= 0) & ~a["ann_negated"])
    table: dict[tuple[int, bool], list[str]] = {}
    for onset, root in ((False, INHERITANCE_ROOT_ID), (True, ONSET_ROOT_ID)):
        below = rows[onto.under([onto.index(root)])[terms[rows]]]
        for disease, term in zip(a["ann_disease"][below].tolist(), terms[below].tolist(),
                                 strict=True):
            names = table.setdefault((disease, onset), [])
            if onto.names[term] not in names:
                names.append(onto.names[term])
    for disease in range(0, k.n_diseases, 7):
        for onset in (False, True):
            assert ranker._aspect_names(disease, onset) == tuple(table.get((disease, onset), ()))
    cf = k.disease_ids.index("OMIM:219700")  # cystic fibrosis
    assert ranker._aspect_names(cf, False) == ("Autosomal recessive inheritance",)


def test_is_ancestor_agrees_with_the_ancestor_rows(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    for term in range(0, len(onto.ids), 97):
        row = set(onto.ancestors(term).tolist())
        for other in (*row, term + 1, 0, len(onto.ids) - 1):
            assert onto.is_ancestor(other, term) == (other in row)


def test_model_by_disease_compiled_equals_the_run_time_sort(engine: Engine) -> None:
    k = engine.knowledge
    a = k.arrays
    assert "model_by_disease_ptr" in a  # compiled into the cache
    computed = model_by_disease(a["model_ptr"], a["model_disease"], a["model_probability"],
                                k.n_diseases)
    for stored, fresh in zip(k._model_by_disease, computed, strict=True):
        assert stored.dtype == fresh.dtype
        assert np.array_equal(stored, fresh)


# ---- the cache files: written, reused, keyed, and never trusted when damaged ----

_NAMES = ["Alpha-beta disease", "Gamma syndrome", "Delta disorder type 2"]
_IDS = ["OMIM:100001", "OMIM:100002", "ORPHA:100003"]


def _relatives(stem: str = "knowledge-test") -> NamedDiseases:
    return load_relative_diseases(stem, _NAMES, _IDS, {"OMIM:100002": ["gamma"]})


def _relatives_files() -> list[Path]:
    return sorted(cache_dir().glob("relatives-*.cache"))


def _same_table(a: NamedDiseases, b: NamedDiseases) -> bool:
    return (a._names, a._diseases, a._acronyms, a.labels) == (
        b._names, b._diseases, b._acronyms, b.labels)


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WHATCAUSES_CACHE_DIR", str(tmp_path))
    return tmp_path


def _plant(path: Path, kind: str, value: Any) -> None:
    """A sound cache file holding ``value``: read back only if the reader uses that file."""
    assert store_verified_json(path, kind, value)


_SENTINEL = {"names": [["sentinel disease", [], ["OMIM:999999"]]], "acronyms": []}


def test_relatives_table_is_written_once_then_read_back(own_cache: Path) -> None:
    built = build_relative_diseases(_NAMES, _IDS, {"OMIM:100002": ["gamma"]})
    assert _same_table(_relatives(), built)
    [path] = _relatives_files()
    _plant(path, "relative diseases", _SENTINEL)
    read = _relatives()  # the file's table, not a new fold of the names
    assert read._diseases == {("sentinel", "disease"): ("OMIM:999999",)}
    assert _relatives_files() == [path]


@pytest.mark.parametrize("change", ["knowledge", "version", "code"])
def test_relatives_table_of_another_key_is_not_read(
        own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    _relatives()
    [path] = _relatives_files()
    _plant(path, "relative diseases", _SENTINEL)
    stem = "knowledge-test"
    if change == "knowledge":  # another compiled knowledge (HPO release, curated files)
        stem = "knowledge-other"
    elif change == "version":
        monkeypatch.setattr(version, "__version__", version.__version__ + ".post1")
    else:  # an edit of named_diseases.py: the folding may have changed
        edited = tmp_path / "named_diseases.py"
        edited.write_text(Path(named_diseases.__file__).read_text() + "\n# edited\n")
        monkeypatch.setattr(named_diseases, "__file__", str(edited))
        named_diseases._module_fingerprint.cache_clear()
    try:
        fresh = _relatives(stem)
    finally:
        named_diseases._module_fingerprint.cache_clear()
    assert _same_table(fresh, build_relative_diseases(_NAMES, _IDS, {"OMIM:100002": ["gamma"]}))
    assert len(_relatives_files()) == 2  # the new key's file beside the old one


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other shape", "wrong types",
                                    "a folder"])
def test_a_damaged_relatives_table_is_rebuilt(
        own_cache: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    built = _relatives()
    [path] = _relatives_files()
    if damage == "garbage":
        path.write_bytes(b"not a cache at all")
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:-7])
    elif damage == "other shape":
        _plant(path, "relative diseases", {"names": "x"})
    elif damage == "wrong types":
        _plant(path, "relative diseases", {"names": [["alpha", [1], [None]]], "acronyms": [2]})
    else:  # unreadable: a folder where the file should be
        path.unlink()
        path.mkdir()
    again = _relatives()
    assert _same_table(again, built)
    if damage != "a folder":
        assert "rebuilding" in caplog.text
        assert load_verified_json(path, "relative diseases", lambda v: True) is not None


_SOURCES = [r"\bh-warm(?P<n>\d+)?\s+(?:one|two)\b", r"(?i)h-warm[a-z]{2,4}x", r"h-warm(a|b)*c$"]
_TEXTS = ["h-warm12  two", "H-WARMabcX", "h-warmababc", "nothing"]


def _matches() -> list[tuple[object, ...]]:
    re.purge()  # re's own memo would answer before the cache
    out = []
    for source in _SOURCES:
        pattern = re.compile(source)
        out.append((pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex,
                    [(m.span(), m.groups()) for t in _TEXTS if (m := pattern.search(t))]))
    return out


def _patterns_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("patterns-*.cache"))


def _stored_patterns(path: Path) -> dict[str, Any]:
    value = load_verified_json(path, "compiled patterns", lambda v: isinstance(v, dict))
    assert isinstance(value, dict)
    return value


def test_compiled_patterns_file_is_reused_and_keyed_by_the_interpreter(
        own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _matches()
    with compiled_patterns_cached():
        _matches()
    [path] = _patterns_files(own_cache)
    written = path.stat().st_mtime_ns
    with compiled_patterns_cached():
        assert _matches() == fresh
    assert path.stat().st_mtime_ns == written  # nothing new to store: the file is kept
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    with compiled_patterns_cached():
        assert _matches() == fresh
    assert len(_patterns_files(own_cache)) == 2  # another interpreter's code in its own file


@pytest.mark.parametrize("damage", ["garbage", "truncated", "refused code", "wrong types",
                                    "a folder"])
def test_a_damaged_patterns_file_compiles_patterns_anew(
        own_cache: Path, damage: str) -> None:
    fresh = _matches()
    with compiled_patterns_cached():
        _matches()
    [path] = _patterns_files(own_cache)
    sound, stored = _stored_patterns(path), _stored_patterns(path)
    if damage == "garbage":
        path.write_bytes(b"\0" * 40)
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:100])
    elif damage in ("refused code", "wrong types"):
        for entry in stored.values():  # shapes pass, but _sre refuses the code
            entry[1] = [9999, 1, 2] if damage == "refused code" else ["x"]
        _plant(path, "compiled patterns", stored)
    else:
        path.unlink()
        path.mkdir()
    with compiled_patterns_cached():
        assert _matches() == fresh
    assert re._compiler.compile.__module__ == "re._compiler"  # type: ignore[attr-defined]
    if damage != "a folder":  # rewritten with sound code
        with compiled_patterns_cached():
            assert _matches() == fresh
        assert _stored_patterns(path) == sound


_ASKED = ["My mum has MS and my vision in one eye has gone blurry",
          "What autoimmune disease causes muscle stiffness?"]


def test_ask_answers_alike_with_new_reused_and_damaged_caches(
        cli_env: dict[str, str], tmp_path: Path) -> None:
    session = Path(cli_env["WHATCAUSES_CACHE_DIR"])
    cache = tmp_path / "cache"
    cache.mkdir()
    for path in session.iterdir():  # the compiled knowledge and lexicon, without h-warm's files
        if path.is_file() and not path.name.startswith(("patterns-", "relatives-", ".")):
            (cache / path.name).symlink_to(path)
    env = {**cli_env, "WHATCAUSES_CACHE_DIR": str(cache)}

    def answers() -> list[bytes]:
        out = []
        for question in _ASKED:
            done = run_cli(["ask", question, "--json"], env)
            assert done.returncode == 0, done.stderr.decode()
            assert b"Traceback" not in done.stderr
            out.append(done.stdout)
        return out

    computed = answers()  # no cache file of h-warm's yet: computed, then written
    written = sorted(p.name for p in cache.glob("*.cache")
                     if p.name.startswith(("patterns-", "relatives-")))
    assert [name.split("-")[0] for name in written] == ["patterns", "relatives"]
    assert answers() == computed  # read back
    for name in written:
        (cache / name).write_bytes(b"damaged")
    assert answers() == computed  # rebuilt
    for name in written:
        (cache / name).unlink()
        (cache / name).mkdir()  # unreadable and unwritable
    assert answers() == computed
