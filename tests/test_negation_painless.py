""""Painless", "non-painful" and "non-tender" keep the finding they describe and deny its pain
(text/normalize.py _split_privatives); the lexicon's "painless sore" keeps its ulcer."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize

from .readings import finding_ids, present_ids

PAIN, NECK_PAIN = "HP:0012531", "HP:0030833"
HEMATOCHEZIA, SKIN_ULCER = "HP:0002573", "HP:0200042"
CERVICAL_LYMPHADENOPATHY, VAGINAL_BLEEDING = "HP:0025289", "HP:0034263"


@pytest.mark.parametrize(("text", "kept"), [
    ("my 2 year old had painless bleeding from his bottom", HEMATOCHEZIA),
    ("a painless lump in my neck", CERVICAL_LYMPHADENOPATHY),
    ("a non-painful lump in my neck", CERVICAL_LYMPHADENOPATHY),
    ("a non painful lump in my neck", CERVICAL_LYMPHADENOPATHY),
    ("painless bleeding at 32 weeks pregnant", VAGINAL_BLEEDING),
])
def test_painless_keeps_the_finding_and_denies_the_pain(engine: Engine, text: str,
                                                        kept: str) -> None:
    said = present_ids(engine, text)
    assert kept in said
    assert PAIN in finding_ids(engine, text) and PAIN not in said


@pytest.mark.parametrize("text", ["a non-tender lump in my neck", "a nontender lump in my neck"])
def test_non_tender_denies_the_pain(engine: Engine, text: str) -> None:
    # "tender" alone read Neck pain as present.
    said = present_ids(engine, text)
    assert CERVICAL_LYMPHADENOPATHY in said
    assert NECK_PAIN in finding_ids(engine, text) and NECK_PAIN not in said


def test_a_painless_sore_is_still_an_ulcer(engine: Engine) -> None:
    assert SKIN_ULCER in present_ids(engine, "a painless sore on my lip")


@pytest.mark.parametrize("text", ["painless bleeding", "a non-tender lump", "non painful lump",
                                  "nontender mass"])
def test_split_tokens_slice_the_original(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
