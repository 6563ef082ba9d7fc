"""Plain lay wording (h-lay3, issue 14): the reader's general mechanisms for idioms, one test
group per mechanism: pain idioms ("giving me gyp"), idioms of exasperation that name no
finding ("pulling my hair out trying to ...", "blue in the face from telling ...", "sick and
tired of ..."), similes of how a part feels ("like blocks of ice", "like sandpaper"), slang
parts, euphemisms and beat verbs ("my ticker is thumping", "spend a penny", "like the
clappers"), intensifier similes ("like a racehorse"), typos (a corrected word read by every
reader; words spelt as they sound) and the lexicon entries of lay_terms.yaml's h-lay3 block."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.text.normalize import tokenize
from whatcauses.text.spelling import SpellingCorrector, sound_key

from .readings import present_ids

LOW_BACK_PAIN = "HP:0003419"
BACK_PAIN = "HP:0003418"
HAIR_PULLING = "HP:0012167"
PRURITUS = "HP:0000989"
CYANOSIS = "HP:0000961"
FACIAL_CYANOSIS = "HP:0034031"
VOMITING = "HP:0002013"
NAUSEA = "HP:0002018"
MALAISE = "HP:0033834"
FATIGUE = "HP:0012378"
SORE_THROAT = "HP:0033050"
COLD_FEET = "HP:0033850"
LEG_WEAKNESS = "HP:0007340"
PALPITATIONS = "HP:0001962"
HEADACHE = "HP:0002315"
NOCTURIA = "HP:0000017"
POLYDIPSIA = "HP:0001959"
POLYURIA = "HP:0000103"
ABDOMINAL_DISTENTION = "HP:0003270"
EDEMA = "HP:0000969"
DIARRHEA = "HP:0002014"
RHINORRHEA = "HP:0031417"
FLATULENCE = "HP:0033589"
PRODUCTIVE_COUGH = "HP:0031245"
DYSPNEA = "HP:0002094"
EXERTIONAL_DYSPNEA = "HP:0002875"
SHORT_STATURE = "HP:0004322"


# Pain idioms: a part "giving me gyp" hurts; said of no part, nothing.
def test_a_part_giving_someone_gyp_hurts(engine: Engine) -> None:
    assert LOW_BACK_PAIN in present_ids(engine, "my lower back is giving me gyp")
    assert BACK_PAIN in present_ids(engine, "his back has been giving him hell all week")


def test_grief_from_a_person_is_no_pain(engine: Engine) -> None:
    assert present_ids(engine, "my boss is giving me grief and I have a headache") == {HEADACHE}


# Idioms of exasperation.
def test_pulling_my_hair_out_over_a_question_is_no_hair_pulling(engine: Engine) -> None:
    found = present_ids(engine, "I'm pulling my hair out trying to work out why I'm itchy")
    assert HAIR_PULLING not in found
    assert PRURITUS in found
    assert HAIR_PULLING in present_ids(engine, "I keep pulling my hair out when I'm stressed")


def test_blue_in_the_face_from_telling_is_no_cyanosis(engine: Engine) -> None:
    found = present_ids(engine, "I'm blue in the face from telling him to drink, he has a headache")
    assert not found & {CYANOSIS, FACIAL_CYANOSIS}
    assert HEADACHE in found
    # A face that goes blue from coughing or with a stop in breathing is blue.
    for question in ("my baby went blue in the face and stopped breathing",
                     "my baby goes blue in the face from coughing"):
        assert present_ids(engine, question) & {CYANOSIS, FACIAL_CYANOSIS}, question


def test_sick_and_tired_of_is_an_idiom(engine: Engine) -> None:
    found = present_ids(engine, "I'm sick and tired of this cough that won't go away")
    assert not found & {VOMITING, NAUSEA, MALAISE, FATIGUE}
    assert found  # the cough is read


# Similes of how a part feels.
@pytest.mark.parametrize(("question", "term"), [
    ("my throat feels like sandpaper", SORE_THROAT),
    ("my feet feel like blocks of ice", COLD_FEET),
    ("my legs feel like jelly when I stand up", LEG_WEAKNESS),
])
def test_a_simile_of_feeling_reads_the_plain_word(engine: Engine, question: str,
                                                  term: str) -> None:
    assert term in present_ids(engine, question)


def test_an_image_before_a_noun_is_no_simile() -> None:
    stems = [t.stem for t in tokenize("I feel like I could eat ice cream all day")]
    assert "cold" not in stems


# Slang parts, euphemisms, beat verbs, intensifiers.
@pytest.mark.parametrize(("question", "term"), [
    ("my ticker is thumping out of my chest", PALPITATIONS),
    ("my heart keeps hammering at night", PALPITATIONS),
    ("my heart goes like the clappers", PALPITATIONS),
    ("I have to spend a penny several times a night", NOCTURIA),
])
def test_slang_and_beat_verbs_read_as_plain_words(engine: Engine, question: str,
                                                  term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_stock_ticker_is_no_heart() -> None:
    words = [t.folded for t in tokenize("the stock ticker is broken")]
    assert "heart" not in words


def test_peeing_like_a_racehorse_is_peeing_a_lot(engine: Engine) -> None:
    assert POLYURIA in present_ids(engine, "I'm peeing like a racehorse")


# Typos.
def test_a_corrected_word_is_read_by_the_site_reader(engine: Engine) -> None:
    found = present_ids(engine, "my stomache is swolen and I burp alot")
    assert ABDOMINAL_DISTENTION in found
    assert EDEMA not in found


def test_a_word_spelt_as_it_sounds_is_corrected(engine: Engine) -> None:
    assert sound_key("queezy") == sound_key("queasy")
    assert SpellingCorrector(["queasy", "nausea"]).correct("queezy") == "queasy"
    assert NAUSEA in present_ids(engine, "I feel queezy after eating")


def test_a_sound_key_shared_by_two_words_corrects_nothing() -> None:
    assert SpellingCorrector(["queasy", "quease"]).correct("queezy") is None


# Lexicon entries (lay_terms.yaml, h-lay3).
@pytest.mark.parametrize(("question", "terms"), [
    ("I'm parched all the time", {POLYDIPSIA}),
    ("I feel pukey", {NAUSEA}),
    ("my kid has been spewing all night and has the squirts", {VOMITING, DIARRHEA}),
    ("I've got the sniffles", {RHINORRHEA}),
    ("I'm passing gas all day", {FLATULENCE}),
    ("I've been coughing up gunk for weeks", {PRODUCTIVE_COUGH}),
    ("I get winded climbing the stairs", {EXERTIONAL_DYSPNEA}),
])
def test_lay_idioms_read_their_terms(engine: Engine, question: str, terms: set[str]) -> None:
    assert terms <= present_ids(engine, question)


def test_short_of_puff_is_breathlessness_not_short_stature(engine: Engine) -> None:
    found = present_ids(engine, "I'm short of puff when I walk the dog")
    assert found & {DYSPNEA, EXERTIONAL_DYSPNEA}
    assert SHORT_STATURE not in found


def test_wind_is_not_winded(engine: Engine) -> None:
    assert DYSPNEA not in present_ids(engine, "smelly diarrhoea, bloating and wind for a week")
    assert DYSPNEA not in present_ids(engine, "pain in my jaw when the wind blows on my face")


def test_a_head_that_is_banging_aches(engine: Engine) -> None:
    assert HEADACHE in present_ids(engine, "my head is banging and I feel sick")
    assert HEADACHE in present_ids(engine, "my head's been thumping all day")
    assert "HP:0012168" in present_ids(engine, "he keeps banging his head on the wall")
