"""Genes a question names ("an FBN1 variant", "a deletion in the DMD gene", "NF1-related").

Students, clinicians and researchers name the gene a genetic test found. A symbol of the
release's gene table (HPO genes_to_phenotype.txt, knowledge/genes.py) is read:

* as written, case kept ("FBN1", "SCN1A", "CFTR", "HTT"), when it is at least
  :data:`MIN_BARE_LETTERS` characters long, not an English word, not an abbreviation the
  reader knows as a finding or test, not one of gene_words.yaml's ``not_genes``, and the
  question is not written in capitals throughout ("MY SON HAS ...");
* in any letter case and whatever it also spells, when gene words stand beside it
  (curated/gene_words.yaml): "the KIT gene", "a mutation in MET", "NF1-related",
  "pathogenic cftr variant". "Our CAT scratched him" names no gene.

A family's stem with gene words ("a BRCA mutation", "PKD gene") names its numbered members
(BRCA1/BRCA2). A symbol-like word (capitals and digits) with gene words beside it that the table
does not hold ("a BRCA3 mutation") is reported as an unknown gene, never an error (not in a shouted
question, where every word looks like one). A gene said to be
clear ("no CFTR mutation", "SCN1A negative") is shown as denied and lifts no disease.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from whatcauses.knowledge.curated import GeneWords
from whatcauses.knowledge.genes import GeneLinks

# The shortest symbol read without gene words beside it: two letters ("AR", "CP", "HR") are
# too often other shorthand.
MIN_BARE_LETTERS = 3
# A question whose letters are mostly capitals is shouted, not written in symbols: its words
# are read as genes only with gene words beside them (over this share, with at least
# SHOUTED_MIN_LETTERS letters).
SHOUTED_SHARE = 0.6
SHOUTED_MIN_LETTERS = 12
# How far before the gene's words a denial word reaches ("no pathogenic CFTR variant").
DENIAL_REACH = 3
# The longest word taken as an unknown gene's symbol.
MAX_SYMBOL_CHARS = 12

_WORD = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_SYMBOL_LIKE = re.compile(r"[A-Z][A-Z0-9]*[0-9][A-Z0-9]*|[A-Z]{2,}[0-9]*[A-Z]*")
_ARTICLES = frozenset({"the", "a", "an", "both", "his", "her", "their", "my"})


@dataclass(frozen=True, slots=True)
class GeneMention:
    """A gene the question names, with the diseases HPO links to it."""

    symbol: str  # as the gene table spells it; as written for an unknown gene
    text: str  # the symbol as written
    start: int
    end: int
    known: bool  # the release's gene table holds the symbol
    diseases: tuple[str, ...] = ()  # the ids of the diseases linked to it that are ranked
    negated: bool = False  # said to be clear ("no CFTR mutation")

    def to_dict(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "text": self.text, "span": [self.start, self.end],
                "known": self.known, "diseases": list(self.diseases), "negated": self.negated}


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


class GeneReader:
    """Reads gene mentions against one release's gene table. Immutable."""

    def __init__(self, links: GeneLinks, disease_ids: Sequence[str], words: GeneWords,
                 known_word: Callable[[str], bool]):
        self._links = links
        self._disease_ids = disease_ids
        self._words = words
        # An English word or an abbreviation the reader reads otherwise ("CAT", "PTH").
        self._known_word = known_word

    def read(self, text: str) -> list[tuple[GeneMention, tuple[int, int]]]:
        """Each gene mention with the span of its words (the symbol and the gene words)."""
        words = [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
        letters = [c for c in text if c.isalpha()]
        shouted = (len(letters) >= SHOUTED_MIN_LETTERS
                   and sum(c.isupper() for c in letters) > SHOUTED_SHARE * len(letters))
        found: list[tuple[GeneMention, tuple[int, int]]] = []
        for i, word in enumerate(words):
            symbol, end, first, last = word.text, word.end, i, i
            head, hyphen, tail = word.text.rpartition("-")
            suffixed = bool(hyphen) and bool(head) and tail.lower() in self._words.suffixes
            if suffixed:
                symbol, end = head, word.start + len(head)
            last = self._gene_words_after(words, i)
            first = self._gene_words_before(words, i)
            context = suffixed or last > i or first < i
            mention = self._mention(symbol, word.start, end, context, shouted)
            if mention is None:
                continue
            start_at, end_at = words[first].start, max(words[last].end, end)
            if self._denied(words, first, last):
                mention = _denied(mention)
            found.append((mention, (start_at, end_at)))
        return found

    def _mention(self, written: str, start: int, end: int, context: bool,
                 shouted: bool) -> GeneMention | None:
        if not context and written not in self._links:
            return None
        plain = self._plain(written)
        symbol = written if written in self._links else None
        if symbol is None and context and not plain:
            symbol = self._links.spelled(written)
        if symbol is not None:
            bare = (len(written) >= MIN_BARE_LETTERS and not shouted and not plain
                    and written == symbol)
            if not (context or bare):
                return None
            diseases = tuple(self._disease_ids[d] for d in self._links.diseases(symbol))
            return GeneMention(symbol, written, start, end, True, diseases)
        family = self._links.family(written) if context and not plain else ()
        if family:  # "a BRCA mutation": BRCA1 or BRCA2, the diseases of either
            found = sorted({d for member in family for d in self._links.diseases(member)})
            return GeneMention("/".join(family), written, start, end, True,
                               tuple(self._disease_ids[d] for d in found))
        # In a shouted question every word looks like a symbol: no unknown gene is read.
        if (context and not plain and not shouted and len(written) <= MAX_SYMBOL_CHARS
                and _SYMBOL_LIKE.fullmatch(written)):
            return GeneMention(written, written, start, end, False)
        return None

    def _plain(self, written: str) -> bool:
        """A word that is no gene symbol unless gene words say so."""
        return written.lower() in self._words.not_genes or self._known_word(written)

    def _gene_words_after(self, words: Sequence[_Word], i: int) -> int:
        """The last of the gene words right after word ``i`` ("gene", "gene mutation"), or i."""
        last = i
        for j in range(i + 1, min(i + 3, len(words))):
            if words[j].lower not in self._words.after:
                break
            last = j
        return last

    def _gene_words_before(self, words: Sequence[_Word], i: int) -> int:
        """The first of the gene words right before word ``i`` ("pathogenic", "a mutation in
        the"), or i."""
        if i >= 1 and words[i - 1].lower in self._words.before:
            return i - 1
        k = i - 1
        if k >= 0 and words[k].lower in _ARTICLES:
            k -= 1
        if (k >= 1 and words[k].lower in self._words.prepositions
                and words[k - 1].lower in self._words.nouns):
            return k - 1
        return i

    def _denied(self, words: Sequence[_Word], first: int, last: int) -> bool:
        before = {w.lower for w in words[max(0, first - DENIAL_REACH): first]}
        after = words[last + 1].lower if last + 1 < len(words) else ""
        return bool(before & self._words.denied_before) or after in self._words.denied_after


def _denied(mention: GeneMention) -> GeneMention:
    return GeneMention(mention.symbol, mention.text, mention.start, mention.end, mention.known,
                       mention.diseases, negated=True)
