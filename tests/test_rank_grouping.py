"""Twin groups: one stable representative, whatever member the walk meets first."""

from __future__ import annotations

import numpy as np

from whatcauses.rank.grouping import family_order, group_members


def _walk(order: list[int], twin_group: np.ndarray, limit: int,
          members: dict[int, list[int]]) -> list[tuple[int, list[int]]]:
    """The ranking's walk over twin groups when no disease is divided into forms."""
    walked = family_order(order, twin_group, limit, members, {}, lambda d: (0.0,))
    return [(representative, listed) for representative, listed, _ in walked]


def test_the_omim_member_represents_its_group_then_orphanet_then_others() -> None:
    ids = ["DECIPHER:17", "OMIM:117550", "ORPHA:821", "ORPHA:5"]
    twin_group = np.asarray([0, 0, 0, 3])
    members = group_members(twin_group, ids)
    assert members == {0: [1, 2, 0]}
    # The walk meets the Orphanet entry first (members share one score): still OMIM:117550.
    assert _walk([2, 3, 0, 1], twin_group, 5, members) == [(1, [1, 2, 0]), (3, [3])]
    assert _walk([2, 3], twin_group, 1, members) == [(1, [1, 2, 0])]


def test_without_ids_the_group_head_comes_first() -> None:
    twin_group = np.asarray([0, 0, 2])
    assert group_members(twin_group) == {0: [0, 1]}
    assert _walk([1, 2], twin_group, 5, group_members(twin_group)) == [(0, [0, 1]), (2, [2])]


def test_twin_names_read_a_roman_subtype_after_type_as_its_number() -> None:
    from whatcauses.knowledge.twins import name_key, twin_groups

    assert name_key("Albinism, oculocutaneous, type IA") == name_key(
        "Oculocutaneous albinism type 1A")
    assert name_key("Mucopolysaccharidosis type IVB") == name_key("Mucopolysaccharidosis type 4B")
    # Only after "type": a word that looks like one stays a word.
    assert name_key("Infection via skin") != name_key("Infection 6A skin")
    ids = ["OMIM:203100", "ORPHA:79431", "ORPHA:79432"]
    names = ["Albinism, oculocutaneous, type IA", "Oculocutaneous albinism type 1A",
             "Oculocutaneous albinism type 1B"]
    assert twin_groups(ids, names, [{1, 2}, {2, 3}, {2}]) == [0, 0, 2]
