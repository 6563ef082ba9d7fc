"""Safety lines: the "not medical advice" disclaimer, the urgent-care notice, and the note
on a question that describes an injury."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whatcauses.explain.wording import join_words
from whatcauses.knowledge.curated import InjuryAssessment, injury_vocabulary
from whatcauses.text.interpretation import Interpretation, RedFlagHit
from whatcauses.text.normalize import fold

DISCLAIMER = (
    "This is general information from medical reference data, not medical advice: "
    "it cannot diagnose you. Please talk to a doctor about your symptoms."
)

# The red-flag list (knowledge/curated/red_flags.yaml) follows these public sources.
RED_FLAG_SOURCE_ID = "GUIDELINE:nhs-when-to-call-999"
RED_FLAG_SOURCE_TITLE = (
    "NHS ambulance services, 'When to call 999'; NHS England and Stroke Association, "
    "'Act F.A.S.T.' (emergency symptoms)"
)
RED_FLAG_SOURCE_URL = "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/"


@dataclass(frozen=True, slots=True)
class UrgentNotice:
    """Emergency symptoms found in the question, and what to do now."""

    notice: str
    triggers: tuple[str, ...]
    advice: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"notice": self.notice, "triggers": list(self.triggers),
                "advice": list(self.advice)}


def urgent_notice(flags: tuple[RedFlagHit, ...]) -> UrgentNotice | None:
    """An emergency notice when the question mentions a red-flag symptom."""
    if not flags:
        return None
    triggers = tuple(dict.fromkeys(f.text for f in flags))
    advice = tuple(dict.fromkeys(f.advice for f in flags))
    # h-urgent12: each mention once, though several flags quote it (a combination quotes
    # all the findings that completed it: "feel faint" alone and "face is puffing up, feel
    # faint" read "you mention feel faint, face is puffing up, feel faint").
    mentions = dict.fromkeys(part for t in triggers for part in t.split(", "))
    notice = (
        "Urgent: you mention " + ", ".join(mentions) + ", which can be a sign of an emergency. "
        "If this is happening now or getting worse, get emergency help (call your local "
        "emergency number) instead of reading on."
    )
    return UrgentNotice(notice, triggers, advice)


# h-injury (issues 16 and 13): what whatcauses says when a question describes an injury. The
# injuries named are those MONDO, and so whatcauses, has no entry for; a few consequences of an
# injury that are diseases in their own right (concussion, cellulitis in a wound) have a
# profile and are ranked like any other condition.
INJURY_NOT_RANKED = (
    "Injuries are outside what whatcauses ranks: it covers diseases, and sprains and strains, "
    "broken bones, dislocations, cuts and wounds, burns and scalds have no entry of their own"
)
_RANKED_ANYWAY = (", so the conditions below are the diseases the findings alone would "
                  "suggest, not an assessment of the injury.")
_NOTHING_RANKED = ", so it cannot say what the injury is or how serious it is."
# How many assessment lines the note gives at most (the specific ones first).
INJURY_ADVICE_SHOWN = 2
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class InjuryNotice:
    """The question describes an injury: what whatcauses does not rank, and the sourced
    lines on when such an injury needs assessment."""

    notice: str
    injuries: tuple[str, ...]  # the injuries' labels ("a fall", "a twisting injury")
    texts: tuple[str, ...]  # their words as written ("went over on")
    advice: tuple[InjuryAssessment, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"notice": self.notice, "injuries": list(self.injuries), "texts": list(self.texts),
                "advice": [{"text": a.text, "sources": list(a.sources)} for a in self.advice]}


def injury_notice(interpretation: Interpretation, ranked: bool) -> InjuryNotice | None:
    """The note for a question that describes an injury (not one it denies: "I have not
    injured it"), or None; ``ranked``: whether any condition was ranked for its findings."""
    described = [i for i in interpretation.injuries if not i.negated]
    if not described:
        return None
    labels = tuple(dict.fromkeys(i.label for i in described))
    keys = set(interpretation.injury_keys)
    words = set(_WORD.findall(fold(interpretation.question)))
    # The lines for these injuries or the sites the question names first, then the general.
    fitting = [a for a in injury_vocabulary().assessment
               if (not a.injuries or keys.intersection(a.injuries))
               and (not a.sites or words.intersection(a.sites))]
    fitting.sort(key=lambda a: not (a.injuries or a.sites))
    notice = (f"You describe {join_words(list(labels))}. "
              + INJURY_NOT_RANKED + (_RANKED_ANYWAY if ranked else _NOTHING_RANKED))
    return InjuryNotice(notice, labels, tuple(dict.fromkeys(i.text for i in described)),
                        tuple(fitting[:INJURY_ADVICE_SHOWN]))
