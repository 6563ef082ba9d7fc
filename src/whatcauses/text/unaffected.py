"""A faculty said to be unaffected: "my hearing is fine", "bowels are normal", "sleep is OK",
"appetite good", "normal hearing".

Such a statement denies the finding that an impaired faculty would be: "my hearing is fine"
says there is no Hearing impairment, as "no hearing loss" does. The faculty word alone ("my
hearing") names no finding, so the NegEx cues after a finding (text/negation.py: "ANA
negative", "reflexes absent") have nothing to reach; this module reads the faculty and its
normal-cue together, and the reader records the faculty's finding as excluded.

The faculty is a noun of the table below followed, within its clause, by a normal-cue ("fine",
"ok", "normal", "good", "alright", "unaffected") with only linking words between ("is",
"are", "still", "completely"), or right after "normal" or "good" ("normal hearing", "good
appetite"). Nouns joined by "and" or a comma before one cue share it ("hearing and vision are
fine"). A noun taken by another reading is left alone. The terms are HPO's, each the finding
its definition gives for the faculty impaired:

* hearing: Hearing impairment ("A decreased magnitude of the sensory perception of sound");
* vision, eyesight, sight: Visual impairment;
* balance: Gait imbalance;
* sleep: Insomnia ("Persistent difficulty initiating or maintaining sleep");
* appetite: Poor appetite ("A reduced desire to eat");
* bowels, bowel habit, stools, poo: Diarrhea and Constipation (the two ways a bowel habit
  departs from normal, "Abnormally increased frequency ... loose or watery bowel movements"
  and "Infrequent or difficult evacuation of feces");
* breathing: Dyspnea ("Difficult or labored breathing");
* memory: Memory impairment;
* walking: Gait disturbance ("any disruption of the ability to walk");
* smell: Anosmia; taste: Ageusia;
* energy: Fatigue ("A subjective feeling of tiredness characterized by a lack of energy").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

HEARING_IMPAIRMENT, VISUAL_IMPAIRMENT, GAIT_IMBALANCE = "HP:0000365", "HP:0000505", "HP:0002141"
INSOMNIA, POOR_APPETITE, DIARRHEA, CONSTIPATION = (
    "HP:0100785", "HP:0004396", "HP:0002014", "HP:0002019")
DYSPNEA, MEMORY_IMPAIRMENT, GAIT_DISTURBANCE = "HP:0002094", "HP:0002354", "HP:0001288"
ANOSMIA, AGEUSIA, FATIGUE = "HP:0000458", "HP:0041051", "HP:0012378"
URINARY_INCONTINENCE, URINARY_RETENTION = "HP:0000020", "HP:0000016"

# The faculty nouns (folded words) and the findings of the faculty impaired.
FACULTIES: dict[str, tuple[str, ...]] = {
    "hearing": (HEARING_IMPAIRMENT,),
    "vision": (VISUAL_IMPAIRMENT,), "eyesight": (VISUAL_IMPAIRMENT,),
    "sight": (VISUAL_IMPAIRMENT,),
    "balance": (GAIT_IMBALANCE,),
    "sleep": (INSOMNIA,), "sleeping": (INSOMNIA,),
    "appetite": (POOR_APPETITE,),
    "bowels": (DIARRHEA, CONSTIPATION), "stools": (DIARRHEA, CONSTIPATION),
    "breathing": (DYSPNEA,),
    "memory": (MEMORY_IMPAIRMENT,),
    "walking": (GAIT_DISTURBANCE,),
    "smell": (ANOSMIA,), "taste": (AGEUSIA,),
    "energy": (FATIGUE,),
    # h-lay16 (issue 14): the bladder ("no problems with my bladder or bowels", "waterworks
    # are fine"): Urinary incontinence and Urinary retention, the two ways passing urine
    # departs from normal that a person is asked about beside the bowels.
    "bladder": (URINARY_INCONTINENCE, URINARY_RETENTION),
    "waterworks": (URINARY_INCONTINENCE, URINARY_RETENTION),
}
# Words after the faculty that say it is as it should be.
_NORMAL_AFTER = frozenset({"fine", "ok", "okay", "normal", "good", "alright", "unaffected",
                           "perfect", "great"})
# Words right before the faculty that say so ("normal hearing", "a good appetite").
_NORMAL_BEFORE = frozenset({"normal", "good"})
# Words that may stand between the faculty and its normal-cue.
_LINKING = frozenset({"is", "are", "was", "were", "'s", "s", "seems", "seem", "has", "have",
                      "been", "still", "completely", "perfectly", "totally", "absolutely",
                      "pretty", "quite", "all", "though", "too", "also", "as",
                      "usual", "be", "to"})
# Words that may join faculties sharing one cue, or stand before one.
_JOINING = frozenset({"and", ",", "my", "his", "her", "their", "our", "your", "the", "both"})
_REACH = 4  # linking words at most between the faculty and its cue
# A denial just before "good"/"normal" turns it round ("can't get a good sleep").
_DENIALS = frozenset({"no", "not", "never", "cannot", "without", "lack", "lacks"})
# h-lay16 (issue 14): a trouble denied before the faculty says it is unaffected too ("no
# problems with my bladder or bowels", "nothing wrong with my hearing", "never had any
# trouble with my memory"): a trouble noun before "with", denied by the word before it
# ("no", "nothing") or by a denial within three words before "any".
_TROUBLES = frozenset({"problem", "problems", "trouble", "troubles", "issue", "issues",
                       "difficulty", "difficulties", "wrong"})
_DENYING_TROUBLE = frozenset({"no", "nothing", "without"})
_JOINING_BACK = _JOINING | {"or", "nor"}


def _denies(words: Sequence[str]) -> bool:
    """Does one of ``words`` deny ("no", "never", "can't")?"""
    return any(w in _DENIALS or w.endswith(("n't", "nt")) for w in words)


def _faculty(word: str) -> tuple[str, ...] | None:
    """The findings of a faculty word, also with a contracted "is" ("appetite's good")."""
    return FACULTIES.get(word) or FACULTIES.get(word.removesuffix("'s").removesuffix("’s"))


@dataclass(frozen=True, slots=True)
class Unaffected:
    """A faculty said to be unaffected: its word, the cue's position and the findings denied."""

    position: int
    cue: int
    terms: tuple[str, ...]


def read_unaffected(words: Sequence[str], clause: Sequence[int],
                    consumed: Collection[int]) -> list[Unaffected]:
    """The faculties of one clause said to be unaffected (``words``: the folded tokens of the
    whole question)."""
    inside = list(clause)
    found: dict[int, Unaffected] = {}
    for at, k in enumerate(inside):
        terms = _faculty(words[k])
        if terms is None or k in consumed:
            continue
        before = inside[at - 1] if at > 0 else None
        if before is not None and words[before] in _NORMAL_BEFORE:
            earlier = [words[i] for i in inside[max(0, at - 4):at - 1]]
            if not _denies(earlier):
                found[k] = Unaffected(k, before, terms)
            continue
        denial = _trouble_denied(words, inside, at, consumed)
        if denial is not None:
            found[k] = Unaffected(k, denial, terms)
            continue
        # Forward over linking words (and faculties joined to this one) to a normal-cue.
        cue = None
        steps = 0
        for j in inside[at + 1:]:
            word = words[j]
            if word in _NORMAL_AFTER:
                cue = j
                break
            if word in _LINKING:
                steps += 1
            elif word in _JOINING or (_faculty(word) is not None and j not in consumed):
                continue
            else:
                break
            if steps > _REACH:
                break
        if cue is not None:
            found[k] = Unaffected(k, cue, terms)
    return [found[k] for k in sorted(found)]


def _trouble_denied(words: Sequence[str], inside: Sequence[int], at: int,
                    consumed: Collection[int]) -> int | None:
    """The position of the trouble noun of a denied trouble before the faculty at
    ``inside[at]`` ("no problems with my bladder or bowels"), across the faculties joined to
    it, or None."""
    n = at - 1
    while n >= 0 and (words[inside[n]] in _JOINING_BACK
                      or (_faculty(words[inside[n]]) is not None and inside[n] not in consumed)):
        n -= 1
    if n < 1 or words[inside[n]] != "with" or words[inside[n - 1]] not in _TROUBLES:
        return None
    trouble = n - 1
    before = [words[i] for i in inside[max(0, trouble - 4):trouble]]
    if before and before[-1] in _DENYING_TROUBLE:
        return inside[trouble]
    if before and before[-1] == "any" and _denies(before[:-1]):
        return inside[trouble]
    return None
