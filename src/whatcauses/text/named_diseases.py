"""A blood relative's named inherited disease, as family history ("my brother has cystic
fibrosis").

A relative's condition that HPO names as a phenotype ("my mum had breast cancer": Breast
carcinoma) is read as a finding of theirs and weighed as family history
(rank/family_findings.py). An inherited disease has no such term: "cystic fibrosis" is a
disease, not a phenotype, so the question reader read nothing in "my brother has cystic
fibrosis" and the family history was lost. Such a name, said in a blood relative's stretch
(text/persons.py), is now a statement of family history with the modes of inheritance HPO
annotates for the disease (aspect I of phenotype.hpoa: cystic fibrosis, Autosomal recessive
inheritance), which the ranking weighs as any family-history statement (rank/inheritance.py).

Only diseases with a Mendelian inheritance annotation (rank/family_findings.py
``mendelian_diseases``) are named here: their names are written whole ("cystic fibrosis",
"Duchenne muscular dystrophy"), and a relative with one says which mode runs in the family.
A name is matched as whole words, in the order written, longest first; a name of one word
needs :data:`MIN_SINGLE_WORD_LETTERS` letters ("haemophilia", not "gout").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from whatcauses.text.normalize import Token

MIN_SINGLE_WORD_LETTERS = 8
# The most words a name is matched over.
MAX_NAME_WORDS = 6
_WORD = re.compile(r"[a-z0-9']+")
# Spelling variants folded to one form (UK/US): "haemophilia" is "hemophilia".
_VARIANTS = (("ae", "e"), ("oe", "e"))


def fold_words(text: str) -> tuple[str, ...]:
    """The lower-case words of a name or of question tokens, UK/US variants folded."""
    folded = []
    for word in _WORD.findall(text.lower()):
        spelled = word
        for a, b in _VARIANTS:
            spelled = spelled.replace(a, b)
        # A possessive eponym is the eponym ("Huntington's disease": Huntington disease).
        folded.append(spelled.removesuffix("'s"))
    return tuple(folded)


@dataclass(frozen=True, slots=True)
class NamedDiseaseHit:
    positions: tuple[int, ...]  # token positions of the name
    modes: tuple[str, ...]  # HPO inheritance mode ids
    diseases: tuple[str, ...] = ()  # the ids of the diseases of that name


class NamedDiseases:
    """Names of Mendelian diseases (words -> inheritance modes). Immutable."""

    def __init__(self, names: Mapping[tuple[str, ...], tuple[str, ...]],
                 diseases: Mapping[tuple[str, ...], tuple[str, ...]] | None = None):
        self._names = {words: modes for words, modes in names.items()
                       if words and len(words) <= MAX_NAME_WORDS and modes
                       and (len(words) > 1 or len(words[0]) >= MIN_SINGLE_WORD_LETTERS)}
        self._diseases = {words: ids for words, ids in (diseases or {}).items()
                          if words in self._names}

    @classmethod
    def build(cls, entries: Iterable[tuple[str, Sequence[str]]
                                     | tuple[str, Sequence[str], str]]) -> NamedDiseases:
        """From ``(name, modes)`` pairs, or ``(name, modes, disease id)``; one name shared by
        several records (Orphanet's and OMIM's "Cystic fibrosis") takes the modes and the ids
        of all of them."""
        names: dict[tuple[str, ...], list[str]] = {}
        ids: dict[tuple[str, ...], list[str]] = {}
        for entry in entries:
            name, modes = entry[0], entry[1]
            folded = fold_words(name)
            # An eponym's disease is said by the eponym alone too ("my dad had
            # Huntington's"); the one word is then held to MIN_SINGLE_WORD_LETTERS.
            eponym = ([folded[:1]] if len(folded) == 2 and folded[1] == "disease"
                      and name[:1].isupper() else [])
            for words in (folded, *eponym):
                held = names.setdefault(words, [])
                held.extend(m for m in modes if m not in held)
                if len(entry) == 3:
                    disease = entry[2]
                    named = ids.setdefault(words, [])
                    if disease not in named:
                        named.append(disease)
        return cls({words: tuple(modes) for words, modes in names.items()},
                   {words: tuple(found) for words, found in ids.items()})

    def __len__(self) -> int:
        return len(self._names)

    def find(self, tokens: Sequence[Token], positions: Sequence[int],
             taken: Collection[int] = ()) -> list[NamedDiseaseHit]:
        """The names among the word tokens at ``positions`` (in order), longest first and
        none over a ``taken`` position (a finding's words)."""
        words = [p for p in positions if tokens[p].is_word]
        folded = [fold_words(tokens[p].folded) for p in words]
        hits: list[NamedDiseaseHit] = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
                span = words[i:j]
                if any(p in taken for p in span) or any(
                        b - a > 1 and any(tokens[k].is_word for k in range(a + 1, b))
                        for a, b in pairwise(span)):
                    continue
                key = tuple(w for f in folded[i:j] for w in f)
                modes = self._names.get(key)
                if modes:
                    hits.append(NamedDiseaseHit(tuple(span), modes,
                                                self._diseases.get(key, ())))
                    i = j
                    break
            else:
                i += 1
        return hits
