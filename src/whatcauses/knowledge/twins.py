"""Find entries that describe the same disease (OMIM and Orphanet twins) from the data alone.

Two entries are twins when their names say the same thing once spelling is set aside
(case, punctuation, word order, roman numerals, filler words such as "syndrome" or
"disease"), their annotations overlap, and the name is unambiguous: a name shared by more
than one entry of the same source (e.g. several OMIM "imperforate anus" entries with different
inheritance) is not used, since precision matters more than recall.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

_ROMAN = {
    "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
    "viii": "8", "ix": "9", "x": "10", "xi": "11", "xii": "12",
}  # fmt: skip
_FILLER = {
    "syndrome", "disease", "disorder", "the", "of", "and", "with", "type", "due", "to", "or",
    "form", "spectrum", "s", "a", "an", "in",
}  # fmt: skip
_TOKEN = re.compile(r"[a-z0-9]+")
# A roman numeral with a subtype letter after "type" ("type IA", "type IVB"), which the other
# source writes "type 1A", "type 4B" (only after "type": "via" or "XID" are words).
_ROMAN_SUBTYPE = re.compile(r"(" + "|".join(sorted(_ROMAN, key=len, reverse=True))
                            + r")([a-h])")


def name_key(name: str) -> str:
    """A spelling-independent key of a disease name."""
    tokens = []
    after_type = False
    for token in _TOKEN.findall(name.lower().replace("'s", "")):
        subtype = _ROMAN_SUBTYPE.fullmatch(token) if after_type else None
        after_type = token in ("type", "types")
        if token in _FILLER:
            continue
        if subtype is not None:
            tokens.append(_ROMAN[subtype.group(1)] + subtype.group(2))
        else:
            tokens.append(_ROMAN.get(token, token))
    return " ".join(sorted(tokens))


def twin_groups(
    disease_ids: Sequence[str],
    disease_names: Sequence[str],
    annotated_terms: Sequence[set[int]],
    min_overlap: float = 0.1,
) -> list[int]:
    """For each disease, the index of its group's first member (itself when alone)."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(disease_names):
        key = name_key(name)
        if key:
            by_key[key].append(i)
    group = list(range(len(disease_ids)))
    for members in by_key.values():
        if len(members) < 2:
            continue
        prefixes = [disease_ids[i].split(":", 1)[0] for i in members]
        if len(set(prefixes)) != len(prefixes):
            continue  # ambiguous within one source
        head = members[0]
        for other in members[1:]:
            a, b = annotated_terms[head], annotated_terms[other]
            overlap = len(a & b) / max(1, min(len(a), len(b)))
            if overlap >= min_overlap:
                group[other] = head
    return group
