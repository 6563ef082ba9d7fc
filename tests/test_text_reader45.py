"""Sites the reader left unread (h-reader45): a growth on the white of the eye, smooth red
patches on the tongue, a lump at the opening of the vagina, the crease between the buttocks."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine


def _ids(engine: Engine, question: str) -> list[tuple[str, ...]]:
    return [f.ids for f in engine.interpret(question).findings if not f.negated]


@pytest.mark.parametrize(("question", "ids"), [
    ("a fleshy growth on the white of my eye", ("HP:0034363", "HP:0009903")),
    ("red smooth patches on my tongue", ("HP:0025252", "HP:0000206")),
    ("smooth red patches on my tongue that move around", ("HP:0025252", "HP:0000206")),
    ("a painful lump at the opening of my vagina", ("HP:6000105", "HP:0430134")),
    ("a painful lump in the crease between my buttocks", ("HP:0010767",)),
    ("an abscess in the crease between my buttocks", ("HP:0010771",)),
])
def test_the_site_is_read_with_its_finding(engine: Engine, question: str,
                                           ids: tuple[str, ...]) -> None:
    assert ids in _ids(engine, question)
