"""Merge entries that describe the same disease into one candidate."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

import numpy as np

# Which entry of a group names it: OMIM first (the id most case reports and gene panels
# use), then Orphanet, then other sources (DECIPHER, curated profiles).
SOURCE_PREFERENCE = ("OMIM", "ORPHA")


def _preference(disease_id: str, index: int) -> tuple[int, int]:
    prefix = disease_id.split(":", 1)[0]
    rank = SOURCE_PREFERENCE.index(prefix) if prefix in SOURCE_PREFERENCE else len(
        SOURCE_PREFERENCE)
    return rank, index


def group_members(twin_group: np.ndarray[Any, Any],
                  disease_ids: Sequence[str] | None = None,
                  demoted: Collection[int] = ()) -> dict[int, list[int]]:
    """Group head -> all members, for the groups with more than one member.

    With ``disease_ids`` the members come in order of :data:`SOURCE_PREFERENCE` (then by
    index), so that the first member gives the group a stable id and name. The ``demoted``
    members come after the others: a condition profile's rare inherited forms, when they
    lend the group none of their findings, are not the disease the group stands for.
    """
    members: dict[int, list[int]] = {}
    for disease, group in enumerate(twin_group.tolist()):
        if group != disease:
            members.setdefault(group, [group]).append(disease)
    if disease_ids is not None:
        for listed in members.values():
            listed.sort(key=lambda d: (d in demoted, *_preference(disease_ids[d], d)))
    return members


def grouped_order(
    order: Iterable[int], twin_group: np.ndarray[Any, Any], limit: int,
    members: dict[int, list[int]] | None = None,
) -> list[tuple[int, list[int]]]:
    """Walk diseases best first; return up to ``limit`` (representative, all members) pairs.

    The members of a group share one score (the ranker unites their annotations), so the
    group is represented by its first member: the preferred source when ``members`` was built
    with disease ids (see :func:`group_members`). A candidate's ``id`` and name then stay the
    same whatever the findings, and its ``ids`` list all entries of the group.
    """
    if members is None:
        members = group_members(twin_group)
    result: list[tuple[int, list[int]]] = []
    seen: set[int] = set()
    for disease in order:
        group = int(twin_group[disease])
        if group in seen:
            continue
        seen.add(group)
        listed = members.get(group, [disease])
        result.append((listed[0], listed))
        if len(result) >= limit:
            break
    return result
