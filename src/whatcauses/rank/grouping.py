"""Merge entries that describe the same disease into one candidate."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
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


def exact_pair_families(disease_ids: Sequence[str], twin_group: np.ndarray[Any, Any],
                        pairs: Iterable[tuple[str, str]]) -> dict[int, tuple[int, ...]]:
    """Twin-group head of an OMIM entry -> the heads of the groups of the Orphanet entries
    ``pairs`` ((ORPHA id, OMIM id), :func:`~whatcauses.knowledge.prevalence.
    orphanet_exact_pairs`) equate with it, when they rank in another group: a family in
    :func:`family_order`'s sense, the OMIM entry leading, so that the two records of one
    disease take one place."""
    index = {d: i for i, d in enumerate(disease_ids)}
    families: dict[int, set[int]] = {}
    for orpha, omim in pairs:
        if orpha in index and omim in index:
            head, other = int(twin_group[index[omim]]), int(twin_group[index[orpha]])
            if head != other:
                families.setdefault(head, set()).add(other)
    return {head: tuple(sorted(heads)) for head, heads in sorted(families.items())}


def form_families(disease_ids: Sequence[str], twin_group: np.ndarray[Any, Any],
                  forms: Mapping[str, Sequence[str]],
                  named: bool = False) -> dict[int, tuple[int, ...]]:
    """Twin-group head of a disease that Orphanet divides into forms (Gaucher disease) -> the
    heads of the twin groups of its forms the knowledge holds (Gaucher disease type 1, type 2
    ...), apart from the disease's own twins. ``forms``: ORPHA id -> its forms' ids
    (knowledge/prevalence.py, :func:`~whatcauses.knowledge.prevalence.orphanet_forms`).

    Only an umbrella that OMIM records solely as its forms counts: a disease with an OMIM
    entry of its own (neurofibromatosis type 1, OMIM:162200, whose rare variants Orphanet
    lists as its subtypes) is itself the diagnosis reports and gene panels name, not a stand-in
    for its forms. ``named=True`` gives just those diseases OMIM names, with their forms: in a
    plain-language question they are families too, the disease keeping its own place and its
    forms joining it (:func:`family_order`'s ``leading``)."""
    index = {d: i for i, d in enumerate(disease_ids)}
    named_by_omim = {int(twin_group[i]) for i, d in enumerate(disease_ids) if d.startswith("OMIM:")}
    families: dict[int, dict[int, None]] = {}
    for disease_id, form_ids in forms.items():
        if disease_id not in index:
            continue
        head = int(twin_group[index[disease_id]])
        if (head in named_by_omim) != named:
            continue
        heads = dict.fromkeys(int(twin_group[index[f]]) for f in form_ids if f in index)
        heads.pop(head, None)
        if heads:
            families.setdefault(head, {}).update(heads)
    return {head: tuple(sorted(heads)) for head, heads in sorted(families.items())}


def family_order(
    order: Iterable[int], twin_group: np.ndarray[Any, Any], limit: int,
    members: dict[int, list[int]], families: Mapping[int, Sequence[int]],
    score: Callable[[int], tuple[float, ...]], fold_forms: bool = False,
    leading: Collection[int] = (),
) -> list[tuple[int, list[int], int]]:
    """Walk diseases best first; return up to ``limit`` (representative, all members, the
    member whose score the candidate takes) triples, one per twin group.

    The members of a group share one score (the ranker unites their annotations), so the
    group is represented by its first member: the preferred source when ``members`` was built
    with disease ids (see :func:`group_members`). A candidate's ``id`` and name then stay the
    same whatever the findings, and its ``ids`` list all entries of the group. A disease
    divided into forms (``families``, from :func:`form_families`) stands for its forms.

    A disease's record and its forms' are not rival diagnoses: the disease is one of its
    forms, and the forms are the diagnoses a report names (a published case's is the typed
    form). So the disease never takes a place of its own: where it ranks before all of its
    forms, its best form (by ``score``) takes the place, with the disease's entries among its
    members (their annotations explain findings as a twin's do, and the place keeps the
    disease's score); where a form ranks first, the disease joins that form's candidate.
    With ``fold_forms`` (plain-language questions, whose words cannot tell the forms apart)
    a later form of a disease already placed joins that candidate too, so that one family
    takes one place. A disease of ``leading`` (one OMIM names: :func:`form_families` with
    ``named``) keeps its own place before its forms: it is the diagnosis, its forms the
    variants that join it.
    """
    groups_of: dict[int, list[int]] = {}
    for group, forms in families.items():
        for form in forms:
            groups_of.setdefault(form, []).append(group)
    result: list[tuple[int, list[int], int]] = []
    placed: dict[int, int] = {}  # twin-group head -> its candidate's position in result
    family_at: dict[int, int] = {}  # head of a divided disease -> its family's position

    def join(position: int, head: int) -> None:
        placed[head] = position
        result[position][1].extend(m for m in members.get(head, [head])
                                   if m not in result[position][1])

    for disease in order:
        head = int(twin_group[disease])
        if head in placed:
            continue
        forms = families.get(head, ())
        shown = [placed[f] for f in forms if f in placed]
        if fold_forms:
            shown += [family_at[g] for g in groups_of.get(head, ()) if g in family_at]
        if shown:
            join(min(shown), head)
            family_at.setdefault(head, min(shown))
            continue
        lead = max(forms, key=lambda f: (*score(f), -f)) if forms and head not in leading \
            else head
        listed = list(members.get(lead, [lead]))
        result.append((listed[0], listed, disease))
        placed[lead] = len(result) - 1
        if lead != head:
            join(len(result) - 1, head)
        for group in (head, *groups_of.get(lead, ())) if forms else groups_of.get(head, ()):
            family_at.setdefault(group, len(result) - 1)
        if len(result) >= limit:
            break
    else:
        return result
    # The list is full, but the records after it that belong to a family placed in it still
    # join it, as they would in a longer list: the ids of a candidate must not depend on how
    # many candidates were asked for (lead, issue 14: at top 10 a teenager's proximal spinal
    # muscular atrophy, OMIM:253400, was missing from the candidate its family's first form
    # led, and was found there at top 50).
    for head in list(placed):
        for group in groups_of.get(head, ()):
            if group not in placed:
                position = min(placed[f] for f in families[group] if f in placed)
                join(position, group)
                family_at.setdefault(group, position)
    if fold_forms:
        for group in list(family_at):
            for form in families.get(group, ()):
                if form not in placed:
                    join(min(family_at[g] for g in groups_of[form] if g in family_at), form)
    return result
