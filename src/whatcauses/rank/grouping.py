"""Merge entries that describe the same disease into one candidate."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np


def group_members(twin_group: np.ndarray[Any, Any]) -> dict[int, list[int]]:
    """Group head -> all members, for the groups with more than one member."""
    members: dict[int, list[int]] = {}
    for disease, group in enumerate(twin_group.tolist()):
        if group != disease:
            members.setdefault(group, [group]).append(disease)
    return members


def grouped_order(
    order: Iterable[int], twin_group: np.ndarray[Any, Any], limit: int,
    members: dict[int, list[int]] | None = None,
) -> list[tuple[int, list[int]]]:
    """Walk diseases best first; return up to ``limit`` (best member, all members) pairs.

    The best-scoring member of a group represents it, so a candidate's ``id`` is always the
    entry that scored best and its ``ids`` all entries of the group.
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
        result.append((disease, members.get(group, [disease])))
        if len(result) >= limit:
            break
    return result
