"""What the reader makes of a question, for the reader tests."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest

from whatcauses.cli import ask as cli_ask
from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.sources import DataFiles
from whatcauses.text.interpretation import RecognizedFinding
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.normalize import phrase_key
from whatcauses.text.question import QuestionReader

from .cli_runner import invoke
from .conftest import FIXTURES


def present_ids(engine: Engine, question: str) -> set[str]:
    """The HPO ids of the findings a question states as present (negated ones left out)."""
    return {i for f in engine.interpret(question).findings if not f.negated for i in f.ids}


def finding_ids(engine: Engine, question: str) -> set[str]:
    """The HPO ids of every finding a question's reading holds, negated ones included."""
    return {i for f in engine.interpret(question).findings for i in f.ids}


def modes(engine: Engine, question: str) -> set[str]:
    """The modes of inheritance (HPO ids) the family history of ``question`` fits."""
    return set(engine.interpret(question).inheritance_modes)


def relatives(engine: Engine, question: str) -> dict[str, str | None]:
    """Each finding's HPO id -> the relative it is said of (``None``: the person's own)."""
    return {i: f.relative for f in engine.interpret(question).findings for i in f.ids}


def site_of(engine: Engine, question: str, term: str) -> str | None:
    """The site the reader keeps for the finding read as ``term``."""
    return next((f.site for f in engine.interpret(question).findings if term in f.ids), None)


def modifier_ids(engine: Engine, question: str) -> list[str]:
    """The HPO ids of the clinical modifiers the reader keeps for ``question``."""
    return [m.id for m in engine.interpret(question).modifiers]


def cli_interpretation(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                       question: str) -> dict[str, Any]:
    """The ``interpretation`` that ``whatcauses ask QUESTION --json`` prints, answered by
    ``engine`` (the CLI's engine loader is patched to return it)."""
    def loaded(*, questions: bool = False) -> Engine:
        return engine

    monkeypatch.setattr(cli_ask, "load_engine", loaded)
    done = invoke(["ask", question, "--json"])
    assert done.code == 0, done.stderr
    interpretation: dict[str, Any] = json.loads(done.stdout)["interpretation"]
    return interpretation


def answer_rank(engine: Engine, question: str, disease: str, top: int = 10) -> int:
    """Where ``disease`` (a candidate's own id or an id grouped with it) stands in the answer
    to ``question``: 0 for first, ``top`` when it is not among the first ``top``."""
    candidates = engine.ask(question, top=top).ranking.candidates
    return next((i for i, c in enumerate(candidates) if disease in {c.id, *c.ids}), top)


def annotated_frequency(engine: Engine, disease: str, term: str) -> float | None:
    """The frequency the compiled knowledge gives ``term`` in ``disease``'s annotations (a fact
    sheet's added finding included), ``None`` when the term is not annotated."""
    k = engine.knowledge
    rows = [r for r in k.annotations(k.disease_index(disease)) if r.hpo_id == term]
    return rows[0].frequency if rows else None


def mini_reader(curated: Mapping[str, str]) -> QuestionReader:
    """A reader on the mini fixture (fast) whose lexicon knows, beside the fixture's names and
    synonyms, each ``curated`` phrase as its one HPO id (as a curated lay term)."""
    mini = Knowledge.load(
        DataFiles(obo=FIXTURES / "mini.obo", hpoa=FIXTURES / "mini.hpoa", tag="mini"),
        package_version="test",
    )
    base = Lexicon.build(mini)
    entries = {**base._entries, **{phrase_key(phrase): LexiconEntry((term,), "curated", 1.1)
                                   for phrase, term in curated.items()}}
    return QuestionReader(Lexicon(entries, modifiers=base._modifiers), mini.ontology)


def first_ids(findings: tuple[RecognizedFinding, ...]) -> set[str]:
    """The first HPO id of each finding."""
    return {f.ids[0] for f in findings}
