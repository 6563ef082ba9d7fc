"""Words that say a finding returns at regular intervals: "a temperature every 3 to 4 weeks",
"every few weeks I get a fever", "once a month", "like clockwork".

Parents and patients describe a periodic illness by the regularity of its return rather than
by a clinical word: HPO's Recurrent fever is "Periodic (episodic or recurrent) bouts of fever",
and a fever said to come "every three weeks like clockwork" is such a bout. The question
reader reads a finding in a clause with such words as it reads one said to "keep coming
back" (QuestionReader._one_episode): as the term HPO names "Recurrent <its name>" when there
is one (Fever: Recurrent fever), else as it was.

A return is an interval of days, weeks or months after "every", "once a"/"twice a" or "each"
("every 3 to 4 weeks", "every few weeks", "every other month", "once a month"), or
"clockwork". A daily round ("every day", "every night", "every morning") or "every time" (a
trigger, text/triggers.py) is no interval of an illness's return; nor are hours ("paracetamol
every 4 hours").
"""

from __future__ import annotations

from collections.abc import Sequence

from whatcauses.text.normalize import NUMBER_WORDS

# The units of an interval between bouts; days only after a count ("every 3 days", "every
# few days": "every day" is daily).
_UNITS = frozenset({"week", "weeks", "wk", "wks", "fortnight", "fortnights", "month", "months"})
_COUNTED_UNITS = frozenset({"day", "days"})
# Words of a count between "every" and its unit ("every 3 to 4 weeks", "every couple of
# months", "every other week").
_COUNT_WORDS = frozenset({"few", "couple", "of", "other", "to", "or", "-", "and", "a", "half"})
_OPENERS = frozenset({"every", "evry", "each"})
_TIMES = frozenset({"once", "twice"})
_CLOCKWORK = "clockwork"
# The most words between "every" and its unit ("every three to four weeks").
_REACH = 5


def _is_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS


def regular_return(folded: Sequence[str], positions: Sequence[int]) -> bool:
    """Do the words at ``positions`` (a clause, in order) say that something returns at
    regular intervals (module docstring)?"""
    return bool(interval_words(folded, positions))


def interval_words(folded: Sequence[str], positions: Sequence[int]) -> list[int]:
    """The positions of the words that say a return at regular intervals ("every 3 to 4
    weeks", "like clockwork") among ``positions`` (a clause, in order); empty when none do."""
    words = [folded[p] for p in positions]
    found: list[int] = []
    for n, word in enumerate(words):
        if word == _CLOCKWORK:
            found.extend(positions[max(0, n - 1):n + 1] if n and words[n - 1] == "like"
                         else positions[n:n + 1])
        elif (word in _TIMES and n + 2 < len(words) and words[n + 1] in ("a", "every")
              and words[n + 2] in _UNITS):
            found.extend(positions[n:n + 3])
        elif word in _OPENERS:
            counted = False
            for m in range(n + 1, min(len(words), n + 1 + _REACH)):
                later = words[m]
                if later in _UNITS or (counted and later in _COUNTED_UNITS):
                    found.extend(positions[n:m + 1])
                    break
                if _is_count(later) or later in ("few", "couple", "other"):
                    counted = True
                elif later not in _COUNT_WORDS:
                    break
    return found
