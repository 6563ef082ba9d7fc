"""A medicine named by what it treats: "travel sickness tablets", "hay fever pills", "cough
medicine", "sleeping tablets", "pain killers".

The words before a medicine noun name the medicine, not the patient's finding: someone who
took "travel sickness tablets" for vertigo has not been vomiting, and "blood pressure tablets"
say nothing of a pressure measured today. The lexicon would read the finding word alone
("sickness": Vomiting), so the reader sets aside a finding whose words stand right before
such a noun (at most a few words, no break between) and keeps them as context. A finding the
patient states in its own words elsewhere is read there as usual.
"""

from __future__ import annotations

from collections.abc import Sequence

_MEDICINES = frozenset({"tablet", "tablets", "pill", "pills", "medicine", "medicines",
                        "medication", "medications", "meds", "capsule", "capsules", "remedy",
                        "remedies", "killer", "killers", "killer's", "relievers", "reliever",
                        "syrup", "linctus", "lozenges", "spray", "inhaler", "inhalers"})
# The words that name a medicine stand this many tokens before its noun at most ("anti
# travel sickness tablets").
_REACH = 3


def medicine_words(folded: Sequence[str]) -> list[tuple[int, int]]:
    """Per medicine noun in ``folded`` (the question's lower-cased tokens), the positions
    ``(first, noun)``: the words that may name it run from ``first`` to ``noun - 1``."""
    return [(max(0, k - _REACH), k) for k, word in enumerate(folded)
            if word in _MEDICINES and k > 0]


def names_a_medicine(positions: Sequence[int], medicines: Sequence[tuple[int, int]]) -> bool:
    """True when a finding read at ``positions`` stands right before a medicine noun, all of
    its words within reach ("sickness" of "travel sickness tablets")."""
    last, first = max(positions), min(positions)
    return any(last == noun - 1 and first >= start for start, noun in medicines)
