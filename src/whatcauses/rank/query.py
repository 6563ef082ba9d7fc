"""Normalise raw ranking input (HPO ids, age, sex) into a :class:`Query`."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from whatcauses.errors import InputError, UnknownTermError
from whatcauses.knowledge.ontology import Ontology, Resolution
from whatcauses.rank.results import Query, Sex

# More findings than this is not a description of one person; it bounds the work per query.
MAX_FINDINGS = 200
# Ages are in years; -1 allows a prenatal onset given as a negative age.
MIN_AGE_YEARS, MAX_AGE_YEARS = -1.0, 130.0

_MALE = frozenset({"male", "m", "man", "boy"})
_FEMALE = frozenset({"female", "f", "woman", "girl"})
_UNKNOWN = frozenset({"unknown", "other", "other_sex", "unknown_sex"})


def normalize_sex(sex: str | None) -> Sex | None:
    """``male``/``female`` from the usual spellings; ``None`` when unknown or not given."""
    if sex is None or sex == "":
        return None
    value = sex.strip().lower()
    if value in _MALE:
        return "male"
    if value in _FEMALE:
        return "female"
    if value in _UNKNOWN:
        return None
    raise InputError(f"sex must be 'male' or 'female', not {sex!r}")


def resolve_terms(
    ontology: Ontology, raw_ids: Iterable[str], *, strict: bool = True
) -> tuple[list[str], list[str]]:
    """Map user-given HPO ids to current ones; returns (ids, warnings).

    With ``strict`` an unknown or malformed id raises :class:`UnknownTermError`; without, it
    becomes a warning and is left out. Duplicates are dropped, first occurrence kept.
    """
    ids: list[str] = []
    warnings: list[str] = []
    for raw in raw_ids:
        try:
            resolution = (_resolved(ontology, raw) if isinstance(raw, str)
                          else ontology.resolve(raw))
        except UnknownTermError as exc:
            if strict:
                raise
            warnings.append(str(exc))
            continue
        if resolution.note:
            warnings.append(resolution.note)
        if resolution.id not in ids:
            ids.append(resolution.id)
    return ids, warnings


# Ids resolved, for the ontology resolved last (batches name the same terms again and again;
# a process has one engine): an unknown id raises each time. Replaced whole, never mutated
# when full, so threads sharing it read a consistent mapping.
RESOLVED_IDS = 16384
_memo: tuple[Ontology | None, dict[str, Resolution]] = (None, {})


def _resolved(ontology: Ontology, raw: str) -> Resolution:
    global _memo  # noqa: PLW0603 - a cache of pure results
    owner, known = _memo
    if owner is not ontology or len(known) >= RESOLVED_IDS:
        owner, known = _memo = (ontology, {})
    found = known.get(raw)
    if found is None:
        found = known[raw] = ontology.resolve(raw)
    return found


def build_query(
    ontology: Ontology,
    present: Sequence[str] = (),
    excluded: Sequence[str] = (),
    *,
    or_groups: Sequence[Sequence[str]] = (),
    age: float | None = None,
    sex: str | None = None,
    strict: bool = True,
    plain_language: bool = False,
    gestation: tuple[float, float] | None = None,
    youngest: float | None = None,
) -> Query:
    """Validate and normalise one ranking request (``plain_language``: the findings were read
    from a person's question, Query.plain_language)."""
    if age is not None and (not math.isfinite(age) or age < MIN_AGE_YEARS or age > MAX_AGE_YEARS):
        raise InputError(f"age must be between 0 and {MAX_AGE_YEARS:g} years, not {age}")
    chosen_sex = normalize_sex(sex)
    present_ids, warnings = resolve_terms(ontology, present, strict=strict)
    excluded_ids, more = resolve_terms(ontology, excluded, strict=strict)
    warnings += more
    groups: list[tuple[str, ...]] = []
    for group in or_groups:
        members, more = resolve_terms(ontology, group, strict=strict)
        warnings += more
        if members:
            groups.append(tuple(members))
    clash = set(present_ids) & set(excluded_ids)
    if clash:
        raise InputError(f"findings both present and excluded: {', '.join(sorted(clash))}")
    if len(present_ids) + len(excluded_ids) + len(groups) > MAX_FINDINGS:
        raise InputError(f"at most {MAX_FINDINGS} findings per query")
    return Query(
        present=tuple(present_ids),
        excluded=tuple(excluded_ids),
        age=age,
        sex=chosen_sex,
        warnings=tuple(warnings),
        or_groups=tuple(groups),
        plain_language=plain_language,
        gestation=gestation,
        youngest=youngest,
    )
