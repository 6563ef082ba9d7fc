"""Body-site questions (h-reader41, issue 14): the part of a site set aside ("the tip of",
"the back of") does not part a pair of finding words any more than it parts a phrase's, so
"burning at the tip of my penis when I pee" reads as "burning in my penis when I pee" does;
and a site HPO has no term for weighs the condition profiles whose summary names it."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine

from .readings import answer_rank, present_ids

DYSURIA = "HP:0100518"
URETHRITIS = "MONDO:0005297"


@pytest.mark.parametrize("text", [
    "burning at the tip of my penis when I pee",
    "it burns at the tip of my penis when I pee",
    "burning in my penis when I pee",
])
def test_a_part_of_the_site_does_not_part_a_pair(engine: Engine, text: str) -> None:
    assert DYSURIA in present_ids(engine, text)


def test_the_part_of_the_site_still_keeps_far_words_apart(engine: Engine) -> None:
    # The part's words leave the distance of other words as it was: "burning" and "pee"
    # nine words apart with no part of a site between stay two words.
    assert DYSURIA not in present_ids(
        engine, "burning sensation after the long run today and later on I pee a lot")


def test_dysuria_at_the_tip_of_the_penis_answers_urethritis(engine: Engine) -> None:
    assert answer_rank(engine, "burning at the tip of my penis when I pee", URETHRITIS) < 10


# Body sites as evidence (rank/sites.py): a site HPO has no term for reaches the ranker
# through the condition profiles whose own summary names it.

MERALGIA = "MONDO:0023757"
ERYTHEMA_NODOSUM = "MONDO:0850231"
APPENDICITIS = "MONDO:0005649"


def test_lay_words_of_one_site_share_its_key() -> None:
    from whatcauses.knowledge.curated import body_sites
    from whatcauses.knowledge.curated_diseases import site_keys
    sites = body_sites()
    assert site_keys("my tummy", sites) == site_keys("the belly", sites)
    # h-sites13: "both" adds a key of the shins' side beside the shins' own key.
    assert site_keys("both shins", sites)[0] == site_keys("the front of the shin", sites)[0]
    assert site_keys("the shins", sites) == site_keys("the front of the shin", sites)
    assert site_keys("my willy", sites) == site_keys("the tip of the penis", sites)
    assert site_keys("after exercise", sites) == ()


def test_profiles_keep_the_sites_few_of_them_name(engine: Engine) -> None:
    from whatcauses.knowledge.curated import body_sites
    from whatcauses.knowledge.curated_diseases import site_keys
    sites = body_sites()
    named = engine.knowledge.curated_site_naming
    shin, = site_keys("shin", sites)
    skin, = site_keys("skin", sites)
    assert shin in named[ERYTHEMA_NODOSUM]
    # Dozens of profiles name the skin: it tells none apart, and none keeps it.
    assert not any(skin in keys for keys in named.values())


@pytest.mark.parametrize(("question", "disease", "without"), [
    ("burning at the tip of my penis when I pee", URETHRITIS, 8),
    ("burning and numbness on the outside of my thigh", MERALGIA, 10),
])
def test_a_site_named_by_a_profile_lifts_it(engine: Engine, monkeypatch: pytest.MonkeyPatch,
                                            question: str, disease: str, without: int) -> None:
    from whatcauses.rank import ranker
    weighed = answer_rank(engine, question, disease)
    monkeypatch.setattr(ranker, "site_weights", lambda *args: None)
    assert answer_rank(engine, question, disease) == without
    assert weighed < without


def test_quadrants_of_the_abdomen_are_sites_of_their_own() -> None:
    from whatcauses.knowledge.curated import body_sites
    from whatcauses.knowledge.curated_diseases import site_keys
    sites = body_sites()
    lower_right = "abdomen lower right"
    assert lower_right in site_keys("pain in the lower right side of my tummy", sites)
    assert lower_right in site_keys("RIF pain", sites)
    assert lower_right in site_keys("settles in the right lower abdomen", sites)
    assert "abdomen upper right" in site_keys("pain in the top right of my belly", sites)
    assert not any(k.startswith("abdomen ") for k in site_keys(
        "pain low in my back on the right side", sites))


def test_a_quadrant_the_reader_keeps_as_the_belly_still_weighs(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from whatcauses.rank import ranker
    question = "sharp pain in the lower right side of my tummy since this morning and a fever"
    # Appendicitis may lead either way (the urgent notice also lifts it): the site's weight
    # shows in its probability.
    weighed = _probability(engine, question, APPENDICITIS)
    monkeypatch.setattr(ranker, "site_weights", lambda *args: None)
    assert weighed > _probability(engine, question, APPENDICITIS) > 0


def _probability(engine: Engine, question: str, disease: str) -> float:
    candidates = engine.ask(question, top=10).ranking.candidates
    return next((c.probability for c in candidates if disease in {c.id, *c.ids}), 0.0)
