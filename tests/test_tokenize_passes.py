"""The tokenizer skips a marker pass when none of its cue words is in the text (h-tok): the
tokens must be exactly those of running every pass, on lay wordings and on questions that
set each pass off."""

from __future__ import annotations

from functools import lru_cache

import pytest

from whatcauses.knowledge.curated import lay_terms
from whatcauses.text import normalize
from whatcauses.text.normalize import Token, tokenize

# Questions in which the passes find what they look for (one or more for each cue).
SENTENCES = (
    "my pressure is high and my potassium was a bit low",
    "he could not speak and was not able to walk",
    "N&V for two days, n/v/d since Friday",
    "a cold sore on my lip, coughing up bright red blood",
    "painless bright red bleeding, coughing for weeks with blood in it",
    "painful lumps keep coming up in my armpits",
    "my wee smells and it stings",
    "my poo keeps switching between runny and hard",
    "the pain came back, it is in my left ball",
    "I cut my nails too short",
    "absence seizures, he has a cold, attacks of dizziness",
    "fits of coughing at night and a fit of shaking",
    "SOB worse on exertion, headache worse at night",
    "a sharp, stabbing pain, burning up behind my breastbone",
    "my toe is on fire and the pain is killing me, it gives me gyp",
    "my pee is like coca cola, his wee turned the colour of cola",
    "she has lost her ankle jerks, his knee jerk is brisk",
    "a non-tender lump, painless bleeding, afebrile and normotensive",
    "my back is stinging, since I had the baby, stopped drinking two days ago",
    "pain in the back of my leg below the knee",
    "he won't look me in the eye; one eye is blue and the other brown",
    "my ticker is racing, itchy down there, I feel a bit off, my head is banging",
    "haven't been at all, my poo is hard",
    "yellow stuff coming out of my ear, blood on the tissue when I poo",
    "I go for a wee every hour, he is covered in spots",
    "pulling my hair out trying to sleep",
    "feels like ants crawling on my skin, like an electric shock, like pins",
    "looks like a bruise, pain from my bottom down my leg",
    "chest pain that shoots down my arm",
    "cuts take ages to heal, going every 5 mins to pee",
    "my back is worse in the morning, hair falling out in patches",
    "the thumb side of my wrist, it looked pinky",
    "his knee came up hot and swollen, a thin watery discharge",
    "he brings up every feed with such force, she's thrown up most of her bottles",
    "red patches with pale edges on the front of my lower legs, the small joints of my hands",
    "my dad had a pituitary tumour and his brother a tumour in his pancreas",
    "he has a little lower jaw and little ears, a little tired, tiny hands and teeny feet",
    "soft lumps growing under her skin, bumps popping up on her arms",
    "he finds it hard for him to climb stairs, walking has become difficult, a hard lump",
    "he has to hold on to the rail to go upstairs; when I grip a cup I can't let go, too weak "
    "to dry my hair",
    "a lump has popped up again on my wrist, bumps that keep appearing along her spine and a "
    "lump sitting just above my testicle",
    "one leg is longer and thicker than the other one, his right arm bigger than his left",
    "my eyelids are sort of drooping, chewing gets kind of hard, it kinda burns, it's sorta "
    "red and basically sore, what kind of rash is it",
    "he sweats much less than other boys and was slower than his sister at learning to walk",
)


def _texts() -> list[str]:
    return [*SENTENCES, *(term.phrase for term in lay_terms())]


@lru_cache(maxsize=1)
def _tokenized() -> tuple[tuple[str, tuple[Token, ...]], ...]:
    return tuple((text, tuple(tokenize(text))) for text in _texts())


def _every_pass() -> tuple[normalize._PassGroup, ...]:
    return normalize._grouped([(None, step) for _, step in normalize._PASSES])


def test_skipping_changes_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    guarded = [tokenize(text) for text in texts]
    monkeypatch.setattr(normalize, "_PASS_GROUPS", _every_pass())
    assert [tokenize(text) for text in texts] == guarded


@pytest.mark.parametrize(("cues", "step"),
                         [(c, s) for c, s in normalize._PASSES if c is not None],
                         ids=lambda value: getattr(value, "__name__", "cues"))
def test_a_pass_changes_nothing_without_its_cues(
        cues: frozenset[str], step: normalize.Pass) -> None:
    # Tokens as they reach the later passes: any list without a cue word must come back as
    # it went in.
    for text, tokens in _tokenized():
        if cues.isdisjoint(t.folded for t in tokens):
            assert step(list(tokens)) == list(tokens), text


def test_the_sentences_set_the_passes_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every pass with cues runs on one of the sentences, so the first test compares passes
    # that ran, not only passes skipped.
    ran: set[str] = set()

    def recorded(step: normalize.Pass) -> normalize.Pass:
        def run(tokens: list[Token]) -> list[Token]:
            ran.add(step.__name__)
            return step(tokens)
        return run

    monkeypatch.setattr(normalize, "_PASS_GROUPS", normalize._grouped(
        [(cues, recorded(step)) for cues, step in normalize._PASSES]))
    for text in SENTENCES:
        tokenize(text)
    assert {step.__name__ for _, step in normalize._PASSES} - ran == set()


def test_each_pass_runs_once() -> None:
    steps = [step for _, step in normalize._PASSES]
    assert len(steps) == len(set(steps))
    assert sum(len(run) for _, run in normalize._PASS_GROUPS) == len(steps)
