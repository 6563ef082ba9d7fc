"""Where a red-flag finding is said: some emergency terms are emergencies only at some sites.

Blue lips, tongue or face (central cyanosis) mean too little oxygen and need an ambulance;
blue fingers or toes in the cold (peripheral cyanosis, Raynaud phenomenon) need a doctor, not
an ambulance (NHS "Blue skin or lips (cyanosis)"). A red flag of curated/red_flags.yaml may
list such sites (``not_at``); its term then raises no notice when the question says it of
those sites only: the finding's own site when the reader gave it one ("fingers"), otherwise
the body part or person it follows in its sentence ("numb fingers that go white then blue":
the fingers; "my baby turns blue": the baby, an emergency).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from whatcauses.text.normalize import Token

# A sentence ends at these: the site of a colour is looked for in its own sentence.
_SENTENCE_BREAK = re.compile(r"[.;!?]")
# Words that stand for what was named before them ("fingers that go blue", "my fingers go
# white, then they turn blue"): passed over to reach the body part or person they stand for.
_STAND_INS = frozenset({"it", "its", "it's", "they", "they're", "them", "that", "which"})
# Words that join sites named together as one subject ("her face and then her fingers").
_JOINERS = frozenset({"and", "or", "then", ",", "my", "his", "her", "their", "our", "your",
                      "the", "both", "also", "even"})


def said_only_at(tokens: Sequence[Token], start: int, site: str | None,
                 sites: Collection[str], is_site_word: Callable[[str], bool],
                 persons: Collection[str]) -> bool:
    """Is the finding that begins at character ``start`` (with the reader's ``site``, if
    any) said only of ``sites``? A finding of no site is said of the body part or person it
    follows in its sentence; of neither, it is said of the person (never only of ``sites``)."""
    if site:
        named = [w for w in re.findall(r"[a-z]+", site.lower()) if is_site_word(w)]
        return bool(named) and all(w in sites for w in named)
    before = [t for t in tokens if t.end <= start]
    for here in range(len(before) - 1, -1, -1):
        word = before[here].folded
        if _SENTENCE_BREAK.fullmatch(word):
            return False
        if not before[here].is_word or word in _STAND_INS:
            continue
        if word in persons:
            return False
        if is_site_word(word):
            together = _named_together(before, here, is_site_word, persons)
            return together is not None and all(w in sites for w in together)
    return False


def _named_together(tokens: Sequence[Token], last: int, is_site_word: Callable[[str], bool],
                    persons: Collection[str]) -> list[str] | None:
    """The site at ``last`` and those joined to it before ("her face and then her fingers
    went blue": face and fingers); None when a person is joined to them ("he and his
    fingers")."""
    named = [tokens[last].folded]
    for token in reversed(tokens[:last]):
        word = token.folded
        if word in persons:
            return None
        if is_site_word(word):
            named.append(word)
        elif word not in _JOINERS:
            break
    return named
