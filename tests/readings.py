"""What the reader makes of a question, for the reader tests."""

from __future__ import annotations

from whatcauses.engine import Engine


def present_ids(engine: Engine, question: str) -> set[str]:
    """The HPO ids of the findings a question states as present (negated ones left out)."""
    return {i for f in engine.interpret(question).findings if not f.negated for i in f.ids}
