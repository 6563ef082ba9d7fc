"""A body function said to be normal denies the finding of its loss.

"Hearing is fine", "my eyesight is normal", "appetite's good": the person tells what they do
not have, as "no hearing loss" does, in words the lexicon cannot read (the function's name is
no finding, and "fine" no negation cue). The reader takes the function word and the word that
calls it normal as the finding of the function's loss (HPO), negated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# A function's name and the finding of its loss: Hearing impairment ("A decreased magnitude
# of the sensory perception of sound"), Visual impairment ("Visual impairment (or vision
# impairment) is a decreased ability to see"), Poor appetite.
_FUNCTIONS = {
    "hearing": "HP:0000365", "hearings": "HP:0000365",
    "eyesight": "HP:0000505", "vision": "HP:0000505", "sight": "HP:0000505",
    "appetite": "HP:0004396",
}
# The same name with a contracted "is" ("hearing's fine").
_CONTRACTED = {f"{name}'s": term for name, term in _FUNCTIONS.items()}
_NORMAL = frozenset({"fine", "normal", "ok", "okay", "good", "perfect", "unaffected",
                     "alright", "unchanged", "fine."})
# Words between the function and "fine": a verb of being, degree and time words.
_BETWEEN = frozenset({"is", "are", "was", "seems", "seem", "has", "been", "still", "totally",
                      "perfectly", "completely", "absolutely", "quite", "all", "fine", "and",
                      "otherwise", "always"})
_MAX_BETWEEN = 3


@dataclass(frozen=True, slots=True)
class NormalFunction:
    """A function said to be normal: the positions of its words and the finding denied."""

    positions: tuple[int, ...]
    term: str
    cue: int  # the word that says it is normal


def normal_functions(folded: Sequence[str]) -> list[NormalFunction]:
    """The functions ``folded`` (the question's lower-cased tokens) calls normal."""
    found = []
    for k, word in enumerate(folded):
        term = _FUNCTIONS.get(word) or _CONTRACTED.get(word)
        if term is None:
            continue
        for j in range(k + 1, min(k + 2 + _MAX_BETWEEN, len(folded))):
            if folded[j] in _NORMAL:
                # "is" or a contraction must join them: "hearing fine" alone may be a list.
                if word in _CONTRACTED or any(folded[m] in ("is", "are", "was", "seems",
                                                            "seem", "been")
                                              for m in range(k + 1, j)):
                    found.append(NormalFunction(tuple(range(k, j + 1)), term, j))
                break
            if folded[j] not in _BETWEEN:
                break
    return found
