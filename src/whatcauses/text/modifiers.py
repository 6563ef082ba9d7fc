"""Words that qualify a finding with one of HPO's clinical modifiers (HP:0012823): when it
happens ("at night", "after meals"), where ("on one side", "on both sides", "in a band") or
what brings it on ("in the cold", "on exertion").

HPO has no term for most such pairs ("cough at night", "pain after fatty meals"), yet
phenotype.hpoa records a modifier on some annotations and a condition profile's finding may
carry ``modifiers`` (knowledge/curated/conditions/SCHEMA.md). The reader keeps the modifiers a
question names (:class:`ModifierMention`, the question's, not tied to one finding: lay
questions seldom say which finding a phrase qualifies) and the ranker weighs a disease that
records one of them on a finding related to the question's (rank/modifiers.py).

A modifier a negation reaches ("no pain at night", "not worse after eating", "coughing but
not at night") is not kept: the reader runs the negation scopes (text/negation.py) over it as
over a finding (QuestionReader._said_modifiers, h-reader45).

Only a few modifiers are read, each from wordings that say nothing else: the ones a person
notices and that tell look-alikes apart. Severity words ("severe", "mild") are not read: a
person uses them of any complaint. Each phrase is justified by the HPO term's definition in
bench/data/lexicon_log.md (h-ranker9 block).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whatcauses.text.mentions import TermMention
from whatcauses.text.normalize import Token

NOCTURNAL = "HP:0025301"
POSTPRANDIAL = "HP:6000932"  # Postprandial exacerbation
UNILATERAL = "HP:0012833"
BILATERAL = "HP:0012832"
DERMATOMAL = "HP:0025294"
TRIGGERED_BY_COLD = "HP:0025206"
TRIGGERED_BY_EXERTION = "HP:0025377"
TEARING = "HP:6000049"  # Chest pain described as ripping or tearing (a Pain characteristic)
ACUTE = "HP:0011009"  # Acute: "Sudden appearance of disease manifestations over a short period"
WORSE_IN_EVENING = "HP:0410401"  # "exacerbated in the evening as compared to the day"
LYING_FLAT = "HP:6000014"  # Pain worse when lying flat (an Aggravated by modifier)
SHARP = "HP:0025281"  # Sharp (a Pain characteristic; synonym "Stabbing pain")
# A Pain characteristic: "Exquisite tenderness in a specific region, beyond what one would
# surmise from examination" (necrotising fasciitis's early clue).
DISPROPORTIONATE = "HP:6001123"  # Pain disproportionate to abnormality on physical exam
# h-lay18: "Improved or made more bearable by bending (flexing) a joint": leaning, sitting or
# bending forward flexes the trunk (the pain of pericarditis, the legs of spinal stenosis).
FLEXION = "HP:6000050"  # Ameliorated by flexion

LABELS = {
    NOCTURNAL: "Nocturnal",
    POSTPRANDIAL: "Postprandial exacerbation",
    UNILATERAL: "Unilateral",
    BILATERAL: "Bilateral",
    DERMATOMAL: "Dermatomal",
    TRIGGERED_BY_COLD: "Triggered by cold",
    TRIGGERED_BY_EXERTION: "Triggered by exertion",
    TEARING: "Chest pain described as ripping or tearing",
    ACUTE: "Acute",
    WORSE_IN_EVENING: "Worse in evening",
    LYING_FLAT: "Pain worse when lying flat",
    SHARP: "Sharp",
    DISPROPORTIONATE: "Pain disproportionate to abnormality on physical exam",
    FLEXION: "Ameliorated by flexion",
}

# Modifiers an annotation may record that mean the same for a question naming the key, besides
# the key and its descendants: terms HPO files elsewhere ("Sleep-interrupting" pain under Pain
# characteristic) and the parent or siblings that say the same ("Triggered by food ingestion",
# "Triggered by heavy meal"; not its other children: cheese, fava beans, alcohol).
KIN: dict[str, tuple[str, ...]] = {
    NOCTURNAL: (NOCTURNAL, "HP:6000707", "HP:0025284"),  # Noctural pain, Sleep-interrupting
    # Triggered by food ingestion, by heavy meal, by high-fat diet
    POSTPRANDIAL: (POSTPRANDIAL, "HP:0033793", "HP:0025216", "HP:0025217"),
    UNILATERAL: (UNILATERAL,),
    BILATERAL: (BILATERAL,),
    DERMATOMAL: (DERMATOMAL,),
    TRIGGERED_BY_COLD: (TRIGGERED_BY_COLD,),
    TRIGGERED_BY_EXERTION: (TRIGGERED_BY_EXERTION, "HP:0025286"),  # Aggravated by activity
    TEARING: (TEARING,),
    ACUTE: (ACUTE,),  # and its children, Acute emergence over minutes, hours, days
    WORSE_IN_EVENING: (WORSE_IN_EVENING,),
    LYING_FLAT: (LYING_FLAT,),
    SHARP: (SHARP,),
    DISPROPORTIONATE: (DISPROPORTIONATE,),
    FLEXION: (FLEXION,),
}

_MEALS = ("meal", "meals", "eating", "food", "dinner", "lunch", "breakfast", "supper")
_PAIRED = ("eye", "ear", "testicle", "testis", "leg", "arm", "hand", "foot", "breast",
           "nostril", "knee", "hip", "shoulder", "tonsil", "cheek", "kidney", "lung",
           "buttock", "ankle", "wrist", "elbow", "calf", "thigh")
_PAIRED_PLURAL = ("eyes", "ears", "testicles", "legs", "arms", "hands", "feet", "breasts",
                  "nostrils", "knees", "hips", "shoulders", "tonsils", "cheeks", "kidneys",
                  "lungs", "buttocks", "ankles", "wrists", "elbows", "calves", "thighs")
_OBJECTS = ("me", "him", "her", "us", "them")
_SUBJECTS = ("i", "he", "she", "they", "we", "you")
# Games of sport said as what someone was doing ("while playing football", "during
# rugby"), and sport itself ("during sport", "playing sports", "during PE" lowered).
_SPORTS = frozenset({"sport", "sports", "football", "soccer", "rugby", "basketball", "netball",
                     "hockey", "tennis", "squash", "badminton", "pe"})

# Folded word sequences and the modifier each names. "*meal" stands for any of _MEALS,
# "*paired" for a paired body part, "*pairs" for its plural, "*obj" for an object pronoun,
# "*subj" for a subject pronoun, "?" for any one word ("after fatty meals", "after a big meal").
_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("at", "night"), NOCTURNAL),
    (("at", "nighttime"), NOCTURNAL),
    (("in", "the", "night"), NOCTURNAL),
    (("during", "the", "night"), NOCTURNAL),
    (("every", "night"), NOCTURNAL),
    (("nocturnal",), NOCTURNAL),
    (("wakes", "*obj"), NOCTURNAL),
    (("wake", "*obj"), NOCTURNAL),
    (("woke", "*obj"), NOCTURNAL),
    (("waking", "*obj"), NOCTURNAL),
    (("keeps", "*obj", "awake"), NOCTURNAL),
    (("kept", "*obj", "awake"), NOCTURNAL),
    (("after", "*meal"), POSTPRANDIAL),
    (("after", "?", "*meal"), POSTPRANDIAL),
    (("after", "?", "?", "*meal"), POSTPRANDIAL),
    (("after", "i", "eat"), POSTPRANDIAL),
    (("when", "i", "eat"), POSTPRANDIAL),
    # h-lay19 (issue 14): the same said of a meal's time or of another person ("swells up
    # at mealtimes", "every time I sit down to a meal", "whenever he eats", "while eating").
    (("whenever", "i", "eat"), POSTPRANDIAL),
    (("when", "*subj", "eats"), POSTPRANDIAL),
    (("whenever", "*subj", "eats"), POSTPRANDIAL),
    (("when", "eating"), POSTPRANDIAL),
    (("while", "eating"), POSTPRANDIAL),
    (("at", "mealtimes"), POSTPRANDIAL),
    (("at", "mealtime"), POSTPRANDIAL),
    (("at", "meal", "times"), POSTPRANDIAL),
    (("during", "*meal"), POSTPRANDIAL),
    (("down", "to", "a", "*meal"), POSTPRANDIAL),
    (("postprandial",), POSTPRANDIAL),
    (("one", "side"), UNILATERAL),
    (("one", "sided"), UNILATERAL),
    (("unilateral",), UNILATERAL),
    (("one", "*paired"), UNILATERAL),
    (("one", "of", "my", "*pairs"), UNILATERAL),
    (("both", "sides"), BILATERAL),
    (("both", "*pairs"), BILATERAL),
    (("bilateral",), BILATERAL),
    (("in", "a", "band"), DERMATOMAL),
    (("a", "band", "of"), DERMATOMAL),
    (("a", "stripe"), DERMATOMAL),
    (("a", "strip", "of"), DERMATOMAL),
    (("a", "belt", "of"), DERMATOMAL),
    (("dermatome",), DERMATOMAL),
    (("dermatomal",), DERMATOMAL),
    (("in", "the", "cold"), TRIGGERED_BY_COLD),
    (("cold", "weather"), TRIGGERED_BY_COLD),
    (("when", "it's", "cold"), TRIGGERED_BY_COLD),
    (("when", "it", "is", "cold"), TRIGGERED_BY_COLD),
    # h-common9 (issue 12): cold water, air or wind on the skin ("hives after swimming in
    # cold water", "fingers go white in cold air"), as "in the cold" above.
    (("cold", "water"), TRIGGERED_BY_COLD),
    (("cold", "air"), TRIGGERED_BY_COLD),
    (("cold", "wind"), TRIGGERED_BY_COLD),
    (("on", "exertion"), TRIGGERED_BY_EXERTION),
    (("with", "exertion"), TRIGGERED_BY_EXERTION),
    (("exertional",), TRIGGERED_BY_EXERTION),
    (("when", "i", "exercise"), TRIGGERED_BY_EXERTION),
    (("with", "exercise"), TRIGGERED_BY_EXERTION),
    (("during", "exercise"), TRIGGERED_BY_EXERTION),
    (("on", "walking"), TRIGGERED_BY_EXERTION),
    (("when", "walking"), TRIGGERED_BY_EXERTION),
    (("when", "i", "walk"), TRIGGERED_BY_EXERTION),
    (("climbing", "stairs"), TRIGGERED_BY_EXERTION),
    # h-triggers: the same of another person ("coughs when he runs around") and of running.
    (("when", "*subj", "runs"), TRIGGERED_BY_EXERTION),
    (("when", "*subj", "run"), TRIGGERED_BY_EXERTION),
    (("when", "*subj", "exercises"), TRIGGERED_BY_EXERTION),
    (("when", "*subj", "exercise"), TRIGGERED_BY_EXERTION),
    (("when", "*subj", "walks"), TRIGGERED_BY_EXERTION),
    (("when", "running"), TRIGGERED_BY_EXERTION),
    (("after", "running"), TRIGGERED_BY_EXERTION),
    (("after", "exercise"), TRIGGERED_BY_EXERTION),
    # h-organs1 (issues 12 and 14): the same during a run, exercise or a game of sport ("he
    # collapsed while playing football", "I fainted while running", "breathless during
    # sport"): the effort brought the finding on, as "during exercise" above. Only the
    # games in ``_SPORTS``: "while playing" alone is also said of a child at play.
    (("while", "running"), TRIGGERED_BY_EXERTION),
    (("while", "jogging"), TRIGGERED_BY_EXERTION),
    (("while", "exercising"), TRIGGERED_BY_EXERTION),
    (("when", "exercising"), TRIGGERED_BY_EXERTION),
    (("during", "a", "run"), TRIGGERED_BY_EXERTION),
    (("during", "a", "race"), TRIGGERED_BY_EXERTION),
    (("during", "*sport"), TRIGGERED_BY_EXERTION),
    (("playing", "*sport"), TRIGGERED_BY_EXERTION),
    (("tearing", "pain"), TEARING),
    (("ripping", "pain"), TEARING),
    (("tearing", "sensation"), TEARING),
    (("ripping", "sensation"), TEARING),
    (("tearing", "feeling"), TEARING),
    (("ripping", "feeling"), TEARING),
    (("tearing", "chest"), TEARING),
    (("ripping", "chest"), TEARING),
    (("tearing", "in", "character"), TEARING),
    (("ripping", "in", "character"), TEARING),
    # h-urgent5: with the site between ("tearing chest pain", "ripping back pain").
    (("tearing", "?", "pain"), TEARING),
    (("ripping", "?", "pain"), TEARING),
    # h-urgent3: the speed of onset, HPO's Acute (synonym "Acute onset"; definition "Sudden
    # appearance of disease manifestations over a short period of time"): the words people
    # use for a complaint that began all at once. Not "acute" alone (also said of severity)
    # nor "within minutes" (said of how soon an attack ends or a drug acts).
    (("sudden",), ACUTE),
    (("suddenly",), ACUTE),
    (("abrupt",), ACUTE),
    (("abruptly",), ACUTE),
    (("out", "of", "nowhere"), ACUTE),
    (("out", "of", "the", "blue"), ACUTE),
    (("acute", "onset"), ACUTE),
    (("came", "on", "in", "seconds"), ACUTE),
    (("came", "on", "in", "minutes"), ACUTE),
    (("came", "on", "within", "seconds"), ACUTE),
    (("came", "on", "within", "minutes"), ACUTE),
    # h-reader54: more of the same speed of onset: a complaint that came on "all at once", or
    # that a person woke up with (a past waking: "I woke up with my face drooping"; not "I
    # wake up with", a habit such as morning headaches; "woke up with" is h-urgent5's
    # ("woke", "up") below).
    (("came", "on", "all", "at", "once"), ACUTE),
    (("started", "all", "at", "once"), ACUTE),
    (("happened", "all", "at", "once"), ACUTE),
    (("woke", "with"), ACUTE),
    (("woken", "up", "with"), ACUTE),
    # h-urgent5: a complaint found on waking ("I woke up and couldn't see", "woke up deaf in
    # one ear") or that came "overnight" began all at once, between one moment and the next;
    # "wake up" in the present tense says a habit ("I wake up with headaches"), not an onset.
    (("woke", "up"), ACUTE),
    (("overnight",), ACUTE),
    # h-urgent13 (issue 13): "all at once" opening the clause that tells what happened ("all
    # at once I got a ripping pain", "all at once my face dropped"), as "came on all at once"
    # above; alone it also says "together" ("it all hurts at once"), so only before the one
    # it happened to. And the other everyday wordings of a complaint that began in a moment:
    # "without (any) warning", "in an instant", "in a split second", "from nowhere" (as "out of
    # nowhere"), "came on fast/quickly".
    (("all", "at", "once", "*subj"), ACUTE),
    (("all", "at", "once", "my"), ACUTE),
    (("all", "at", "once", "his"), ACUTE),
    (("all", "at", "once", "her"), ACUTE),
    (("without", "warning"), ACUTE),
    (("without", "any", "warning"), ACUTE),
    (("with", "no", "warning"), ACUTE),
    (("in", "an", "instant"), ACUTE),
    (("in", "a", "split", "second"), ACUTE),
    (("from", "nowhere"), ACUTE),
    (("came", "on", "fast"), ACUTE),
    (("came", "on", "quickly"), ACUTE),
    (("came", "on", "very", "fast"), ACUTE),
    (("came", "on", "very", "quickly"), ACUTE),
    # h-triggers (issue 13): the evening, HPO's Worse in evening ("exacerbated in the evening
    # as compared to the day"); not "evenings" alone ("I work evenings").
    (("in", "the", "evening"), WORSE_IN_EVENING),
    (("in", "the", "evenings"), WORSE_IN_EVENING),
    (("every", "evening"), WORSE_IN_EVENING),
    (("each", "evening"), WORSE_IN_EVENING),
    (("at", "teatime"), WORSE_IN_EVENING),
    # h-triggers: lying flat, HPO's Pain worse when lying flat (synonym "Pain worse when lying
    # down"): said with "worse" or "flat", never "lie down" alone ("I have to lie down in a
    # dark room" eases a migraine).
    (("lying", "flat"), LYING_FLAT),
    (("lie", "flat"), LYING_FLAT),
    (("worse", "lying", "down"), LYING_FLAT),
    (("worse", "when", "lying", "down"), LYING_FLAT),
    (("worse", "when", "i", "lie", "down"), LYING_FLAT),
    (("worse", "if", "i", "lie", "down"), LYING_FLAT),
    (("worse", "when", "he", "lies", "down"), LYING_FLAT),
    (("worse", "when", "she", "lies", "down"), LYING_FLAT),
    (("worse", "on", "lying", "down"), LYING_FLAT),
    # h-lay14: lying back or on one's back is lying flat ("sharp chest pain that's worse when I
    # lie back"), said with "worse" as above.
    (("worse", "when", "i", "lie", "back"), LYING_FLAT),
    (("worse", "if", "i", "lie", "back"), LYING_FLAT),
    (("worse", "lying", "back"), LYING_FLAT),
    (("worse", "when", "lying", "back"), LYING_FLAT),
    (("worse", "lying", "on", "my", "back"), LYING_FLAT),
    (("worse", "when", "lying", "on", "my", "back"), LYING_FLAT),
    (("worse", "when", "i", "lie", "on", "my", "back"), LYING_FLAT),
    # h-triggers: a sharp or stabbing pain, HPO's Sharp (synonym "Stabbing pain"), the pain
    # of an inflamed lining (pericarditis) rather than the pressure of angina; "sharp" only
    # before the pain ("sharp chest pain"), never of a sight or an object.
    (("sharp", "pain"), SHARP),
    (("sharp", "pains"), SHARP),
    (("sharp", "?", "pain"), SHARP),
    (("sharp", "?", "pains"), SHARP),
    (("stabbing",), SHARP),
    # h-misses1 (issue 13): pain far worse than what can be seen, HPO's Pain disproportionate
    # to abnormality on physical exam ("beyond what one would surmise from examination"): a
    # pain said to be worse than it or the skin looks, or out of proportion. Only with "than
    # it/they look(s)" or "proportion": "worse than yesterday" is a course.
    (("worse", "than", "it", "looks"), DISPROPORTIONATE),
    (("worse", "than", "it", "looked"), DISPROPORTIONATE),
    (("worse", "than", "they", "look"), DISPROPORTIONATE),
    (("worse", "than", "it", "should", "be"), DISPROPORTIONATE),
    (("more", "painful", "than", "it", "looks"), DISPROPORTIONATE),
    (("out", "of", "proportion"), DISPROPORTIONATE),
    (("disproportionate",), DISPROPORTIONATE),
    # h-lay18: a posture of the trunk bent forward that eases a finding, HPO's Ameliorated by
    # flexion ("better when I lean forward", "it only eases if I sit forward", "eases when I
    # lean forward on the shopping trolley"). Read only after a relief word or when the
    # posture is taken to breathe (_eases_bent_forward): bending forward also brings pains on
    # ("worse when I bend forward": the cheeks of sinusitis).
    (("lean", "forward"), FLEXION),
    (("leans", "forward"), FLEXION),
    (("leaning", "forward"), FLEXION),
    (("leant", "forward"), FLEXION),
    (("leaned", "forward"), FLEXION),
    (("sit", "forward"), FLEXION),
    (("sits", "forward"), FLEXION),
    (("sitting", "forward"), FLEXION),
    (("bend", "forward"), FLEXION),
    (("bends", "forward"), FLEXION),
    (("bending", "forward"), FLEXION),
    (("lean", "on", "?", "trolley"), FLEXION),
    (("leaning", "on", "?", "trolley"), FLEXION),
    (("lean", "over", "?", "trolley"), FLEXION),
    (("leaning", "over", "?", "trolley"), FLEXION),
)
_SLOTS = {"*meal": frozenset(_MEALS), "*paired": frozenset(_PAIRED),
          "*pairs": frozenset(_PAIRED_PLURAL), "*obj": frozenset(_OBJECTS),
          "*subj": frozenset(_SUBJECTS), "*sport": _SPORTS}


@dataclass(frozen=True, slots=True)
class ModifierMention(TermMention):
    """A clinical modifier the question names ("at night" -> HP:0025301 Nocturnal)."""


def _fits(word: str, slot: str) -> bool:
    if slot == "?":
        return word.isalpha()
    allowed = _SLOTS.get(slot)
    return word == slot if allowed is None else word in allowed


# Words before "wake" that make it the failure to rouse someone ("can't wake him up").
_CANNOT = frozenset({"can't", "cant", "cannot", "couldn't", "couldnt", "won't", "wont", "not",
                     "unable", "hard", "difficult", "impossible"})


def _cannot(words: Sequence[Token], n: int) -> bool:
    """Is the word at ``n`` ("wake") said with a word that denies it, within three words before
    ("can't wake", "cannot seem to wake", "unable to wake", "hard to wake")?"""
    return any(words[k].folded in _CANNOT for k in range(max(0, n - 3), n))


# Words that say a circumstance eases a finding ("better when I walk about", "it eases with
# exercise", "goes away when I rest"): a circumstance said after one of them, within
# ``_RELIEF_REACH`` words, relieves the finding and is no trigger of it (h-triggers: "my legs
# ache in the evenings, it's better when I walk about" read Triggered by exertion). HPO's
# "Ameliorated by" modifiers name drugs and diets, none of these everyday reliefs, so the
# phrase is passed over, not read as another modifier.
_RELIEF = frozenset({"better", "eases", "eased", "easing", "easier", "relieved", "relieves",
                     "improves", "improved", "helps", "helped", "settles", "settled", "away",
                     "disappears", "ease", "relief"})
_RELIEF_REACH = 3
# The modifiers a relief word turns into a relief: what brings a finding on. A time ("at
# night") or a side is said the same way after "better" ("better at night" is still a time).
_TRIGGERS = frozenset({TRIGGERED_BY_EXERTION, TRIGGERED_BY_COLD, POSTPRANDIAL, LYING_FLAT})


def _relieves(words: Sequence[Token], n: int) -> bool:
    """Is the phrase starting at ``n`` said after a relief word ("better when I walk")?"""
    return any(words[k].folded in _RELIEF for k in range(max(0, n - _RELIEF_REACH), n))


# A posture bent forward is a relief when a relief word stands up to this many words before it
# in its sentence ("it eases when I sit down or lean forward") or when the posture is taken
# "to breathe" ("he has to sit leaning forward to breathe"), and only then (h-lay18).
_FLEXION_RELIEF_REACH = 6
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _eases_bent_forward(tokens: Sequence[Token], words: Sequence[Token], n: int,
                        length: int) -> bool:
    """Is the posture phrase of ``length`` words at ``n`` (of the words ``words``) said as a
    relief: a relief word (``_RELIEF``) up to ``_FLEXION_RELIEF_REACH`` words before it in
    its sentence, with no "worse" after that word, or "to breathe" after it?"""
    after = [t.folded for t in words[n + length:n + length + 2]]
    if after == ["to", "breathe"]:
        return True
    start = tokens.index(words[n])
    reach = 0
    for k in range(start - 1, -1, -1):
        folded = tokens[k].folded
        if folded in _SENTENCE_ENDS or folded == "worse" or reach == _FLEXION_RELIEF_REACH:
            return False
        if not tokens[k].is_word:
            continue
        if folded in _RELIEF:
            return True
        reach += 1
    return False


# Pain worse when lying flat is a pain's modifier: read only in a question that names a pain
# ("short of breath when I lie flat" is Orthopnea, a finding of its own).
_PAIN_WORDS = frozenset({"pain", "pains", "painful", "hurt", "hurts", "hurting", "ache",
                         "aches", "aching", "achy", "sore", "burning", "heartburn", "stabbing"})


# A complaint found on waking or that came overnight began in a moment too, but the red-flag
# combinations that ask for a sudden onset name their own waking words (red_flag_combinations
# .yaml: "woke up with" for a stroke), as waking is also said of a habit or of something else
# ("I woke up twice in the night to pee", "woke up with a headache after drinking").
_WAKING_WORDS = frozenset({"woke", "woken", "overnight"})


def said_suddenly(modifiers: Iterable[ModifierMention]) -> bool:
    """Does the question say a complaint began suddenly (HPO's Acute), in a wording other
    than one of waking (h-urgent13: the red-flag combinations marked ``sudden``)?"""
    return any(m.id == ACUTE and not _WAKING_WORDS.intersection(m.text.lower().split())
               for m in modifiers)


# The phrases by their first word, each list in ``_PHRASES`` order: every phrase opens with a
# word of its own, not a slot (a test holds this), so a word can start only the phrases filed
# under it, and the reader tries those alone (it tried all 136 at every word: a tenth of an
# answer's time).
_PHRASES_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _phrase in _PHRASES:
    _PHRASES_BY_FIRST[_phrase[0][0]] = (*_PHRASES_BY_FIRST.get(_phrase[0][0], ()), _phrase)
del _phrase


def read_modifiers(text: str, tokens: Sequence[Token],
                   skip: Sequence[tuple[int, int]] = ()) -> list[ModifierMention]:
    """The modifiers ``tokens`` name, each once (its first wording), in question order;
    wordings within a ``skip`` span (characters said of someone else) are passed over."""
    words = [t for t in tokens if t.is_word]
    found: dict[str, ModifierMention] = {}
    pain = any(t.folded in _PAIN_WORDS for t in words)
    for n in range(len(words)):
        for pattern, modifier in _PHRASES_BY_FIRST.get(words[n].folded, ()):
            if modifier in found or n + len(pattern) > len(words):
                continue
            span = words[n:n + len(pattern)]
            if not all(_fits(t.folded, slot) for t, slot in zip(span, pattern, strict=True)):
                continue
            start, end = span[0].start, span[-1].end
            if any(a <= start and end <= b for a, b in skip):
                continue
            # "we can't wake him", "she couldn't be woken": someone who cannot be roused,
            # no symptom that wakes them at night.
            if modifier == NOCTURNAL and n > 0 and _cannot(words, n):
                continue
            if modifier in _TRIGGERS and _relieves(words, n):
                continue
            if modifier == LYING_FLAT and not pain:
                continue
            if modifier == FLEXION and not _eases_bent_forward(tokens, words, n, len(pattern)):
                continue
            found[modifier] = ModifierMention(modifier, LABELS[modifier], text[start:end],
                                              start, end)
    return sorted(found.values(), key=lambda m: m.start)
