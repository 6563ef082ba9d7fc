"""GA4GH Phenopacket v2 input: the phenotypic features, onset, sex and age of a case.

Only what a clinician would know before a diagnosis is read: observed and excluded features,
their onset, the subject's sex and age. Any diagnosis, interpretation or disease stored in the
packet is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from whatcauses.errors import InputError

_DURATION = re.compile(
    r"^P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T.*)?$"
)
_ONSET_AGES = {  # HPO onset classes given as ontologyClass -> a representative age in years
    "HP:0030674": 0.0, "HP:0003577": 0.0, "HP:0003623": 0.02, "HP:0003593": 0.5,
    "HP:0011463": 3.0, "HP:0003621": 10.0, "HP:0410280": 8.0, "HP:0011462": 25.0,
    "HP:0003581": 30.0, "HP:0003596": 50.0, "HP:0003584": 65.0,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PhenopacketCase:
    id: str
    present: tuple[str, ...]
    excluded: tuple[str, ...]
    age: float | None
    sex: str | None


def iso8601_years(duration: str) -> float | None:
    """``P8Y6M`` -> 8.5 years; ``None`` when not a duration."""
    match = _DURATION.match(duration.strip())
    if not match or duration.strip() in {"P", "PT"}:
        return None
    years = float(match.group("y") or 0)
    years += float(match.group("m") or 0) / 12.0
    years += float(match.group("w") or 0) * 7 / 365.25
    years += float(match.group("d") or 0) / 365.25
    return years


def _time_element_years(element: Any) -> float | None:
    if not isinstance(element, dict):
        return None
    age = element.get("age")
    if isinstance(age, dict) and isinstance(age.get("iso8601duration"), str):
        return iso8601_years(age["iso8601duration"])
    klass = element.get("ontologyClass")
    if isinstance(klass, dict) and isinstance(klass.get("id"), str):
        return _ONSET_AGES.get(klass["id"])
    age_range = element.get("ageRange")
    if isinstance(age_range, dict):
        return _time_element_years(age_range.get("end"))
    return None


def read_phenopacket(packet: Any) -> PhenopacketCase:
    """Extract a case; raises :class:`InputError` when the object is not a usable phenopacket."""
    if not isinstance(packet, dict):
        raise InputError("a phenopacket must be a JSON object")
    features = packet.get("phenotypicFeatures")
    if not isinstance(features, list) or not features:
        raise InputError("the phenopacket has no phenotypicFeatures")
    present: list[str] = []
    excluded: list[str] = []
    onsets: list[float] = []
    for feature in features:
        kind = feature.get("type") if isinstance(feature, dict) else None
        term = kind.get("id") if isinstance(kind, dict) else None
        if not isinstance(term, str):
            raise InputError("a phenotypicFeature lacks type.id")
        (excluded if feature.get("excluded") is True else present).append(term)
        onset = _time_element_years(feature.get("onset"))
        if onset is not None:
            onsets.append(onset)
    raw_subject = packet.get("subject")
    subject: dict[str, Any] = raw_subject if isinstance(raw_subject, dict) else {}
    sex_text = str(subject.get("sex", "")).upper()
    sex = {"MALE": "male", "FEMALE": "female"}.get(sex_text)
    age = min(onsets) if onsets else _time_element_years(subject.get("timeAtLastEncounter"))
    return PhenopacketCase(
        id=str(packet.get("id", "")),
        present=tuple(present),
        excluded=tuple(excluded),
        age=age,
        sex=sex,
    )
