"""Passing episodes: a deficit the question says lasted minutes or hours and then went back to
normal ("my arm went weak for twenty minutes then was completely back to normal", "I lost the
sight in one eye for a few minutes and then it came back").

How long a focal deficit lasted decides between common causes a clinician tells apart at
once: weakness, numbness, slurred speech or lost words that are gone within minutes or hours
are a transient ischaemic attack (TIA: "short-lived focal neurological symptoms", the TIA
profile's sourced definition, NICE NG128), the same deficit still there a stroke; sight that
went and came back is Amaurosis fugax ("A transient visual disturbance", its HPO definition);
weakness of all four limbs or the whole body that passed is an episode of Periodic paralysis
("Episodes of muscle weakness").
text/question.py adds that term beside the deficit when its sentence has both a *brief
duration* (seconds, minutes or hours: "for twenty minutes", "for half an hour", "for a few
minutes") and a *recovery* ("back to normal", "came back", "went away", "he's fine now").
A duration of days, a deficit with no recovery, a limb that went numb under pressure ("after
sitting on it": gone to sleep), or a question that also tells of a headache (a migraine aura:
International Classification of Headache Disorders, ICHD-3, 2018) adds nothing.
For Periodic paralysis alone, attacks or episodes (or "sometimes", "every few weeks") that last
minutes or hours stand for the recovery: an episode passes by its own words (h-lay11). A
weakness of the arms and the legs ("I can't lift my arms or legs") is of every limb: Periodic
paralysis, never the focal TIA.
"""

from __future__ import annotations

import re

from whatcauses.text.normalize import number_words_pattern

# The deficits a passing episode reads as its transient term: HPO roots whose descendants
# (the root itself included) count.
FOCAL_ROOTS = (
    "HP:0004374",  # Hemiplegia/hemiparesis
    "HP:0003690",  # Limb muscle weakness
    "HP:0030237",  # Hand muscle weakness (under the hand's musculature, not the limb's)
    "HP:0010628",  # Facial palsy
    "HP:0001260",  # Dysarthria
    "HP:0002381",  # Aphasia
    "HP:0033748",  # Hypoesthesia (numbness)
)
VISUAL_ROOTS = (
    "HP:0000505",  # Visual impairment
    "HP:0000622",  # Blurred vision
)
# Weakness of all four limbs or of the whole body that passes within hours is an episode of
# Periodic paralysis (HPO: "Episodes of muscle weakness"), not a lasting Tetraplegia.
GENERAL_ROOTS = (
    "HP:0030182",  # Tetraplegia/tetraparesis
    "HP:0003324",  # Generalized muscle weakness
)
PERIODIC_PARALYSIS = "HP:0003768"
# A weakness of the arms or of the legs said of every limb is Limb muscle weakness.
LIMB_WEAKNESS = "HP:0003690"
TRANSIENT_ISCHEMIC_ATTACK = "HP:0002326"
AMAUROSIS_FUGAX = "HP:0100576"
# A passing deficit with a headache is a migraine aura's pattern (ICHD-3, 2018: aura symptoms
# lasting 5-60 minutes, followed by headache): no transient term is added then.
HEADACHE = "HP:0002315"

_COUNT = (r"(?:\d{1,3}|a few|a couple of|couple of|a good few|few|several|a|an|half an|half a|"
          + number_words_pattern() + r")")
# "for twenty minutes", "for about half an hour", "lasted 10 mins", "for a few seconds".
_BRIEF = re.compile(
    r"\b(?:for|lasted|lasting|about|around)\s+(?:(?:about|around|roughly|nearly|almost|maybe|"
    r"only|just|less than|under)\s+)?" + _COUNT
    + r"(?:\s*(?:-|to|or)\s*\d{1,3})?[\s-]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
# Words saying the deficit is over.
_RECOVERED = re.compile(
    r"\b(?:back to (?:normal|myself|himself|herself|themselves)|normal again|came back|"
    r"come back|comes back|went away|goes away|gone away|wore off|worn off|"
    r"passed(?!\s+out)|resolved|recovered|cleared|"
    r"got better|(?:all\s+)?gone now|(?:normal|better) now|"
    r"(?:is|was|feels?|felt|i'm|im|he's|hes|she's|shes|it's|its|seems?|now)\s+"
    r"(?:completely\s+|totally\s+|absolutely\s+)?fine(?:\s+now)?)\b")
# A limb that went numb or dead under pressure ("after sitting on it", "I'd slept on my arm",
# "kneeling", "with my legs crossed") has "gone to sleep": pressure on its nerve, which passes
# when the pressure ends, not a deficit of the brain's blood supply (NINDS, Paresthesia
# Information Page: transient paresthesia from sustained pressure on a nerve goes once the
# pressure is relieved). Such a sentence adds no transient term.
_PRESSURE = re.compile(
    r"\b(?:(?:sitting|sat|sleeping|slept|lying|lay|laying|leaning|leant|leaned|resting|"
    r"kneeling|knelt)\s+(?:on|against)\s+(?:it|them|(?:my|his|her|their)\s+(?:arms?|legs?|"
    r"hands?|foot|feet|elbows?|wrists?|knees?))\b|"
    r"(?:sitting|sat)\s+cross[\s-]legged|(?:legs?|knees?)\s+crossed|crossed\s+(?:my|his|her)"
    r"\s+legs?|kneeling|knelt|(?:went|gone|goes|fell|falls)\s+to\s+sleep|(?:arm|leg|hand|foot)"
    r"\s+(?:was\s+)?asleep)")
# Sight that dims for a moment on standing up ("my vision went blurry for a few seconds when
# I stood up, then came back") is the fall in blood pressure on standing (HPO Orthostatic
# hypotension: "a sudden fall in blood pressure that occurs when a person assumes a standing
# position"), not a blocked artery: such a sentence adds no transient term either (h-urgent2:
# Amaurosis fugax and Transient ischemic attack raise the emergency notice of a TIA).
_STANDING = re.compile(r"\b(?:st(?:and|ands|anding|ood)\s+up|on standing)\b")
_SENTENCE_BREAK = re.compile(r"[.;!?]")
# h-lay11 (issue 14): a weakness said to come in attacks, episodes, bouts or spells, or
# sometimes, that last minutes or hours ("every few weeks I get attacks where I can't lift my
# arms or legs for hours") is episodic by its own words, passing or not: for Periodic
# paralysis ("Episodes of muscle weakness") such a sentence stands for a recovery. A focal
# deficit still needs its recovery (a "panic attack" with numb hands for ten minutes is no
# TIA). "Sometimes", "every few weeks", "now and then", "occasionally", "some mornings" say the
# same of a weakness lasting hours.
_EPISODE = re.compile(
    r"\b(?:attacks?|episodes?|bouts?|spells?|sometimes|now and then|now and again|"
    r"from time to time|every so often|at times|on and off|off and on|occasionally|"
    r"(?:some|certain|odd) (?:days|mornings|nights|evenings|afternoons)|"
    r"every (?:few |couple of |other )?(?:days?|weeks?|months?))\b")
# "for hours", "lasting hours": a duration of hours without a count.
_HOURS = re.compile(r"\b(?:for|lasting|lasted|lasts)\s+(?:hours|hrs)\b")


# A brief duration anywhere ("for a few minutes", "a couple of minutes of slurred speech",
# "lasted 10 mins", "for two hours"): how long, never a finding.
_BRIEF_SPAN = re.compile(
    r"\b(?:(?:for|lasted|lasting|lasts|about|around|within|after)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|maybe|only|just|less than|under)\s+)?" + _COUNT
    + r"(?:\s*(?:-|to|or)\s*\d{1,3})?[\s-]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")


def brief_durations(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` that give a duration in seconds, minutes or hours."""
    lowered = text.lower()
    return [m.span() for pattern in (_BRIEF_SPAN, _HOURS) for m in pattern.finditer(lowered)]


def episode_sentences(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentences of ``text`` (lower-cased) that tell of attacks or
    episodes lasting seconds, minutes or hours."""
    spans = []
    start = 0
    for end in [m.start() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if (_EPISODE.search(sentence) and (_BRIEF.search(sentence) or _HOURS.search(sentence))
                and not _PRESSURE.search(sentence) and not _STANDING.search(sentence)):
            spans.append((start, end))
        start = end + 1
    return spans


def passing_sentences(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentences of ``text`` (lower-cased) that give a brief
    duration and say the trouble is over."""
    spans = []
    start = 0
    for end in [m.start() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if (_BRIEF.search(sentence) and _RECOVERED.search(sentence)
                and not _PRESSURE.search(sentence) and not _STANDING.search(sentence)):
            spans.append((start, end))
        start = end + 1
    return spans
