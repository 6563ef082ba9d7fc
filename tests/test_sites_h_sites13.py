"""Site composition, h-sites13 (issue 14): a site read through a pronoun or a named part keeps
that site's word; the colour of a mark's part, a size word naming a class of joints and a
likeness are no findings of their own; the skin between the toes has no colour of the toes;
the front of the lower leg is the shin."""

from __future__ import annotations

from whatcauses.engine import Engine

PRURITUS_ON_FOOT = "HP:0030900"
RAYNAUD = "HP:0030880"
PALLOR = "HP:0000980"
SMALL_HAND = "HP:0200055"
JOINT_SWELLING = "HP:0001386"
ENLARGED_JOINTS = "HP:0003037"
ERYTHEMA_NODOSUM = "HP:0012219"
BRUISING = "HP:0000978"
GINGIVITIS = "HP:0000230"
ERYTHRODONTIA = "HP:0000236"


def _ids(engine: Engine, question: str) -> set[str]:
    return {i for f in engine.interpret(question).findings if not f.negated for i in f.ids}


def _site_of(engine: Engine, question: str, term: str) -> str | None:
    found = [f for f in engine.interpret(question).findings if term in f.ids]
    assert len(found) == 1, engine.interpret(question).findings
    return found[0].site


def test_a_pronoun_site_is_given_as_the_site_it_stands_for(engine: Engine) -> None:
    # "it" names no site the ranker can key; the toes do (tinea's summary names them).
    assert _site_of(engine, "my toes are cracked and it itches like mad",
                    PRURITUS_ON_FOOT) == "toes"


def test_a_pronoun_after_a_finding_is_no_site_of_it(engine: Engine) -> None:
    ids = _ids(engine, "the skin between my toes has gone white and it itches")
    assert RAYNAUD not in ids and PRURITUS_ON_FOOT in ids


def test_white_toes_are_still_raynaud(engine: Engine) -> None:
    assert RAYNAUD in _ids(engine, "my toes turn white in the cold")


def test_they_refers_back_to_plural_parts(engine: Engine) -> None:
    ids = _ids(engine, "my gums bleed when I brush and they look red and puffy along the edges "
                       "of my teeth")
    assert GINGIVITIS in ids and ERYTHRODONTIA not in ids


def test_they_of_people_is_no_site(engine: Engine) -> None:
    assert _ids(engine, "I saw the doctors and they were worried") == set()


def test_a_pale_edge_of_a_patch_is_no_pallor(engine: Engine) -> None:
    assert PALLOR not in _ids(engine, "red patches on my tongue with pale edges")
    assert PALLOR not in _ids(engine, "a red ring with a pale middle on my leg")
    assert PALLOR in _ids(engine, "she looks pale")


def test_the_small_joints_of_the_hands_are_no_small_hand(engine: Engine) -> None:
    ids = _ids(engine, "the small joints of both my hands are swollen")
    assert SMALL_HAND not in ids and JOINT_SWELLING in ids
    assert ENLARGED_JOINTS not in _ids(engine, "the big joints are stiff")
    assert ENLARGED_JOINTS in _ids(engine, "he has big joints")


def test_lumps_like_bruises_on_the_shins(engine: Engine) -> None:
    ids = _ids(engine, "tender red lumps like bruises on both my shins")
    assert ERYTHEMA_NODOSUM in ids and BRUISING not in ids


def test_the_front_of_the_lower_leg_is_the_shin(engine: Engine) -> None:
    question = "painful red lumps on the fronts of both my lower legs that look like bruises"
    ids = _ids(engine, question)
    assert ERYTHEMA_NODOSUM in ids and BRUISING not in ids
    assert "shins" in (_site_of(engine, question, ERYTHEMA_NODOSUM) or "")


def test_a_site_said_with_its_side_is_a_key_of_its_own() -> None:
    from whatcauses.knowledge.curated import body_sites
    from whatcauses.knowledge.curated_diseases import SIDE_PREFIX, site_keys

    def sided(text: str) -> set[str]:
        return {k.removeprefix(SIDE_PREFIX).split(" ", 1)[0]
                for k in site_keys(text, body_sites()) if k.startswith(SIDE_PREFIX)}

    assert sided("a band of blisters on one side of the body or face") == {"unilateral"}
    assert sided("painful red lumps on both shins") == {"bilateral"}
    assert sided("pain in the left and right knees") == {"bilateral"}
    assert sided("one of my eyes is red") == {"unilateral"}
    assert sided("a rash on my face") == set()
    # The trunk's sides hold different organs: the quadrants say those.
    assert sided("pain on the right side of my tummy") == set()
