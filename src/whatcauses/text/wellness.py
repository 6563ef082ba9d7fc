"""Words that say the person is well, which the lexicon would read as a finding.

"Fit" is a lay word for a seizure ("she had a fit"), but "I'm normally fit", "otherwise fit
and well" and "usually fit and healthy" say the person is in good health. The lexicon cannot
tell these apart: adverbs of manner such as "normally" carry no meaning in its keys (see
text/normalize.py), and a no-finding wording "keep fit" would also swallow "keeps having fits".
So the reader sets aside a "fit" with an adverb of habit just before it or "and well" /
"and healthy" just after it.
"""

from __future__ import annotations

from collections.abc import Sequence

_FIT = frozenset({"fit"})
# Adverbs of habit or degree before "fit" that make it "in good health".
_HABITUALLY = frozenset({"normally", "usually", "generally", "otherwise", "always",
                         "reasonably", "perfectly", "previously"})
_HEALTHY = frozenset({"well", "healthy"})


def well_words(folded: Sequence[str]) -> list[int]:
    """The positions of ``folded`` (the question's lower-cased tokens) where "fit" means in
    good health."""
    found = []
    for k, word in enumerate(folded):
        if word not in _FIT:
            continue
        before = folded[k - 1] if k > 0 else ""
        after = tuple(folded[k + 1:k + 3])
        if before in _HABITUALLY or (len(after) == 2 and after[0] == "and"
                                     and after[1] in _HEALTHY):
            found.append(k)
    return found
