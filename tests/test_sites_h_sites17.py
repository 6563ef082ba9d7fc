"""Site reading, h-sites17 (issue 14): a site word before another finding's noun is that
noun's, no place of the finding before; a nodule is a lump; a colour and a lump's noun read
as one term ("erythematous nodules on the shins": Erythema nodosum); no site is taken back
over a time word; the bony tip of a joint is no joint; HPO's inflammations of a site read
from "inflamed" and from a site said to be hot and red."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.text.lexicon import inflamed_sites

from .readings import present_ids, site_of

LIMB_ATAXIA = "HP:0002070"
AREFLEXIA_LOWER_LIMBS = "HP:0002522"
ERYTHEMA_NODOSUM = "HP:0012219"
SKIN_NODULE = "HP:0200036"
ERYTHEMATOUS_PAPULE = "HP:0030350"
PHARYNGITIS = "HP:0025439"
JOINT_SWELLING = "HP:0001386"
EDEMA = "HP:0000969"
MASTITIS = "HP:0040407"
BLEPHARITIS = "HP:0000498"
ARTHRITIS = "HP:0001369"
ANAL_PAIN = "HP:0500005"
OCULAR_PRURITUS = "HP:0033841"


# ---- a site is the finding's whose phrase it sits in ----

def test_a_site_before_a_later_findings_noun_is_that_nouns(engine: Engine) -> None:
    text = "he became unsteady and lost the leg reflexes"
    ids = present_ids(engine, text)
    assert AREFLEXIA_LOWER_LIMBS in ids
    assert LIMB_ATAXIA not in ids


def test_a_site_that_is_the_noun_is_still_shared(engine: Engine) -> None:
    # "itchy and watery eyes": the eyes are the noun both words describe.
    assert OCULAR_PRURITUS in present_ids(engine, "itchy and watery eyes")
    # A site of two words ("back passage") is no site before another noun.
    text = "a painful swelling next to my back passage that keeps leaking pus"
    assert ANAL_PAIN in present_ids(engine, text)


# ---- lumps, nodules and their colour ----

def test_a_nodule_at_a_site_is_a_lump_there(engine: Engine) -> None:
    assert SKIN_NODULE in present_ids(engine, "a nodule on my forearm")


def test_a_colour_and_a_lump_read_as_one_term(engine: Engine) -> None:
    for text in ("tender erythematous nodules over both anterior shins",
                 "red raised lumps on my shins", "red nodules on my shins",
                 "painful red raised lumps on the front of both lower legs"):
        assert ERYTHEMA_NODOSUM in present_ids(engine, text), text
    # A word that adds nothing to the lump's reading takes no lump's term.
    ids = present_ids(engine, "tender red lumps on both shins")
    assert ERYTHEMA_NODOSUM in ids
    # A lump's other nouns are those it reads as: a red lump is no red bump (a papule).
    assert ERYTHEMATOUS_PAPULE not in present_ids(engine, "a red lump on my arm")


def test_no_site_is_taken_back_over_a_time_word(engine: Engine) -> None:
    reading = engine.interpret("a rash on my legs after a sore throat")
    assert all(f.site is None or "throat" not in f.site for f in reading.findings)
    assert PHARYNGITIS not in present_ids(engine, "a rash on my legs after a sore throat")


# ---- the point of a joint ----

def test_a_swelling_at_the_point_of_a_joint_is_no_joint_swelling(engine: Engine) -> None:
    for text in ("a swelling on the point of my elbow",
                 "a soft swelling has come up over the bony tip of my elbow"):
        ids = present_ids(engine, text)
        assert JOINT_SWELLING not in ids, text
        assert EDEMA in ids, text
        site = site_of(engine, text, EDEMA)
        assert site is not None and "elbow" in site
    assert JOINT_SWELLING in present_ids(engine, "swelling of my elbow")


# ---- inflammation of a site ----

def test_hpo_inflammations_of_a_site_are_read_from_inflamed(engine: Engine) -> None:
    wordings = dict(inflamed_sites(engine.reader.ontology))
    assert wordings["inflamed breast"] == MASTITIS
    # The most general term defined at one site, never a narrower one.
    assert wordings["inflamed eyelids"] == BLEPHARITIS
    # Definitions naming more than one site ("skin and soft tissues of the outer ear")
    # give no wording of the first.
    assert "inflamed skin" not in wordings
    assert MASTITIS in present_ids(engine, "my breast is inflamed")


def test_a_hot_red_site_is_inflamed(engine: Engine) -> None:
    assert MASTITIS in present_ids(engine, "my left breast is hot, red and hard")
    assert BLEPHARITIS in present_ids(engine, "my eyelids are red and warm")
    # Red alone, or hot alone, is not the pair of signs.
    assert MASTITIS not in present_ids(engine, "my left breast is red and hard")
    assert MASTITIS not in present_ids(engine, "my left breast is not hot or red")
    # The tip of a joint is the bone over it: no Arthritis from the pair there.
    reading = engine.interpret("the tip of my elbow is hot, red and swollen")
    assert not any(ARTHRITIS in f.ids and f.text == "hot" for f in reading.findings)


# ---- the reflexes by their clinical names ----

def test_ankle_jerks_are_the_ankle_reflexes(engine: Engine) -> None:
    assert "HP:0003438" in present_ids(engine, "absent ankle jerks")  # Absent Achilles reflex
    assert "HP:0001336" not in present_ids(engine, "she has lost her ankle jerks")  # Myoclonus
    # The site of a new noun phrase after "and the" is that phrase's, not the finding's.
    site = site_of(engine, "she got wobbly on her feet and the ankle jerks are gone",
                   "HP:0002317")  # Unsteady gait
    assert site is not None and "ankle" not in site
