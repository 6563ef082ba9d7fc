"""A denial of an ambiguous word denies its own sense, never what the question asserts
(text/denied_senses.py, h-negor1, issue 14); "not" before a describing word denies the
description, not the thing described (text/negation.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.denied_senses import denied_senses
from whatcauses.text.interpretation import RecognizedFinding
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.normalize import phrase_key

RED_EYE, CONJUNCTIVAL_HYPEREMIA = "HP:0025337", "HP:0030953"
OCULAR_PAIN, CONJUNCTIVITIS = "HP:0200026", "HP:0000509"
JOINT_SWELLING, ARTHRITIS, ARTHRALGIA = "HP:0001386", "HP:0001369", "HP:0002829"
DYSURIA, PAIN, PRURITUS, SKIN_RASH = "HP:0100518", "HP:0012531", "HP:0000989", "HP:0000988"

# The mini ontology's phenotype terms (tests/conftest.py draws the tree).
MINI_TERMS = ("HP:0000118", "HP:0000100", "HP:0000101", "HP:0000102", "HP:0000103",
              "HP:0000200", "HP:0000201", "HP:0000202", "HP:0000203")
# Words the hand-made lexicon reads alone, and the term each names.
MINI_WORDS = {"fits": "HP:0000101", "stiff": "HP:0000201", "weak": "HP:0000203",
              "rigid": "HP:0000202", "odd": "HP:0000118"}


def _lexicon() -> Lexicon:
    return Lexicon({phrase_key(word): LexiconEntry((term,), "curated", 1.0)
                    for word, term in MINI_WORDS.items()})


@st.composite
def findings(draw: st.DrawFn) -> list[RecognizedFinding]:
    """One to six findings of mini terms: single terms or OR-groups of up to three, present
    or denied, each read from one of the lexicon's words."""
    out = []
    for k in range(draw(st.integers(1, 6))):
        ids = tuple(draw(st.lists(st.sampled_from(MINI_TERMS), min_size=1, max_size=3,
                                  unique=True)))
        word = draw(st.sampled_from(sorted(MINI_WORDS)))
        out.append(RecognizedFinding(text=word, ids=ids, labels=ids, negated=draw(st.booleans()),
                                     uncertain=False, source="curated", kind="finding",
                                     start=10 * k, end=10 * k + len(word)))
    return out


def _under(onto: Ontology, top: str, term: str) -> bool:
    return onto.is_ancestor(onto.index(top), onto.index(term))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(read=findings())
def test_a_finding_stated_present_is_never_also_denied(mini_knowledge: Knowledge,
                                                       read: list[RecognizedFinding]) -> None:
    onto = mini_knowledge.ontology
    out = denied_senses(onto, _lexicon(), read)
    present = [i for f in out if not f.negated and not f.is_group for i in f.ids]
    for finding in out:
        if finding.negated:
            assert not any(_under(onto, i, p) for i in finding.ids for p in present)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(read=findings())
def test_denials_only_lose_readings_and_assertions_stay(mini_knowledge: Knowledge,
                                                        read: list[RecognizedFinding]) -> None:
    onto = mini_knowledge.ontology
    out = denied_senses(onto, _lexicon(), read)
    assert [f for f in out if not f.negated] == [f for f in read if not f.negated]
    before = {f.start: f for f in read}
    for finding in out:
        # A denial keeps some of its readings, or (one word whose readings all lost its
        # sense) the word's own sense.
        allowed = {*before[finding.start].ids, MINI_WORDS[finding.text]}
        assert finding.ids and set(finding.ids) <= allowed
        for i, label in zip(finding.ids, finding.labels, strict=True):
            assert label in (i, onto.name(i))  # each label stays with its id


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(read=findings())
def test_a_denied_group_keeps_the_readings_of_its_words_sense(
        mini_knowledge: Knowledge, read: list[RecognizedFinding]) -> None:
    onto = mini_knowledge.ontology
    out = {f.start: f for f in denied_senses(onto, _lexicon(), read)}
    for finding in read:
        sense = MINI_WORDS[finding.text]
        carried = [i for i in finding.ids if _under(onto, sense, i)]
        if finding.negated and finding.is_group and carried and finding.start in out:
            assert set(out[finding.start].ids) <= set(carried)


def _denied(engine: Engine, text: str) -> set[str]:
    return {i for f in engine.interpret(text).findings if f.negated for i in f.ids}


def _present(engine: Engine, text: str) -> set[str]:
    return {i for f in engine.interpret(text).findings if not f.negated for i in f.ids}


@pytest.mark.parametrize(("text", "denied", "kept"), [
    # The brief's example: the pain of the eye is denied, not the redness nor conjunctivitis.
    ("my eye is red, it doesn't hurt", {OCULAR_PAIN}, {CONJUNCTIVAL_HYPEREMIA, RED_EYE}),
    ("my eye is red but not sore", {OCULAR_PAIN}, {RED_EYE}),
    ("red eye, painless", {OCULAR_PAIN}, {RED_EYE}),
    ("the joint isn't swollen but it hurts", {JOINT_SWELLING}, {ARTHRALGIA}),
])
def test_a_denied_lay_word_denies_its_own_sense(engine: Engine, text: str, denied: set[str],
                                                kept: set[str]) -> None:
    assert _denied(engine, text) == denied
    assert kept <= _present(engine, text)
    assert CONJUNCTIVITIS not in _denied(engine, text) and ARTHRITIS not in _denied(engine, text)


def test_no_pain_when_peeing_but_it_burns(engine: Engine) -> None:
    # The burning is Dysuria, which "no pain when I pee" denied too: the assertion stands.
    assert DYSURIA in _present(engine, "no pain when I pee but it burns")
    assert DYSURIA not in _denied(engine, "no pain when I pee but it burns")


def test_a_painless_lump_beside_a_painful_knee_denies_no_pain(engine: Engine) -> None:
    assert PAIN not in _denied(engine, "a painless lump in my neck, my knee hurts")


@pytest.mark.parametrize("text", ["not itchy rash on my arms", "it's not an itchy rash",
                                  "a not itchy rash on my legs and a fever"])
def test_not_before_a_describing_word_denies_the_description(engine: Engine, text: str) -> None:
    assert PRURITUS in _denied(engine, text)
    assert SKIN_RASH in _present(engine, text) and SKIN_RASH not in _denied(engine, text)


@pytest.mark.parametrize("text", ["no itchy rash", "I don't have fever cough or rash"])
def test_no_before_a_describing_word_or_a_list_denies_both(engine: Engine, text: str) -> None:
    assert SKIN_RASH in _denied(engine, text)


_ASSERTED = ["my eye is red", "it burns when I pee", "my knee hurts", "I have a rash",
             "my joints are swollen", "my throat is sore", "I have a headache"]
_DENIED = ["it doesn't hurt", "no pain", "it isn't swollen", "not itchy", "painless",
           "no rash", "not sore", "no redness"]


@settings(max_examples=25, deadline=None)
@given(said=st.sampled_from(_ASSERTED), denied=st.sampled_from(_DENIED),
       first=st.booleans(), join=st.sampled_from([", ", " but ", ". "]))
def test_what_a_question_says_is_present_is_never_also_denied(
        engine: Engine, said: str, denied: str, first: bool, join: str) -> None:
    text = join.join([said, denied] if first else [denied, said])
    reading = engine.interpret(text)
    onto = engine.knowledge.ontology
    present = [i for f in reading.present for i in f.ids if i in onto]
    for finding in reading.excluded:
        for i in finding.ids:
            assert i not in onto or not any(_under(onto, i, p) for p in present), text


HEMATURIA, MUCUS_IN_STOOL, GINGIVITIS, KNEE_PAIN = ("HP:0000790", "HP:6000686", "HP:0000230",
                                                    "HP:0030839")


@pytest.mark.parametrize(("text", "denied"), [
    ("no pus or blood in my urine", HEMATURIA),
    ("no blood or mucus in my stool", MUCUS_IN_STOOL),
    ("no fever, pus or blood in my urine", HEMATURIA),
])
def test_an_unread_item_of_a_denied_or_list_carries_the_denial_on(engine: Engine, text: str,
                                                                  denied: str) -> None:
    # The scope ended at "pus", and Hematuria was read as present.
    assert denied in _denied(engine, text) and denied not in _present(engine, text)


def test_no_idea_is_still_no_denial(engine: Engine) -> None:
    assert KNEE_PAIN in _present(engine, "I have no idea or clue why my knee hurts")


def test_they_dont_hurt_denies_the_pain_of_the_part_named_before(engine: Engine) -> None:
    assert KNEE_PAIN in _denied(engine, "my knees are swollen but they don't hurt")
    # Sore gums read Gingivitis: denied, the word's own sense stays, not the disease.
    gums = "my gums bleed but they don't hurt"
    assert GINGIVITIS not in _denied(engine, gums) and PAIN in _denied(engine, gums)
