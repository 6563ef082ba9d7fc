"""Safety lines: the "not medical advice" disclaimer and the urgent-care notice."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from whatcauses.text.interpretation import RedFlagHit

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
