"""Emergencies that show only in a combination: fever with a stiff neck, chest pain with
sweating, sudden severe pain, bleeding in pregnancy
(``knowledge/curated/red_flag_combinations.yaml``).

Single red-flag phrases and terms are read with the findings (text/question.py); this runs
after them, over the present findings of the whole question, so that findings named in
different clauses ("fever, a stiff neck and the light hurts") still combine.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from whatcauses.knowledge.curated import RedFlagCombination, red_flag_combinations
from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.interpretation import RecognizedFinding, RedFlagHit

# A context word right after one of these ("not pregnant", "no sudden ...") does not count,
# nor one closing a negated list joined by "or"/"nor" ("no flashes or shadow", "no flashes,
# floaters or shadow"; h-urgent5: the shadow is denied as the flashes are). h-urgent9: and
# one word after "doesn't"/"don't"/"didn't" ("it doesn't hurt when I press on it").
_NEGATED_CONTEXT = re.compile(
    r"\b(?:not|no|never|isn't|wasn't|without|doesn't|don't|didn't)\s+"
    r"(?:(?:\w+\s+)?|(?:\w+,?\s+){1,4}(?:or|nor)\s+(?:\w+\s+)?)$")


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A combination as it is matched: its groups as term indices, its words as patterns."""

    combination: RedFlagCombination
    groups: tuple[frozenset[int], ...]
    words: tuple[re.Pattern[str], ...]
    # The combination's ``unless`` words as patterns (h-common14).
    unless: tuple[re.Pattern[str], ...] = ()


class RedFlagCombinations:
    """Finds the curated red-flag combinations a question's findings complete."""

    def __init__(self, ontology: Ontology,
                 combinations: Sequence[RedFlagCombination] | None = None):
        self._ontology = ontology
        chosen = red_flag_combinations() if combinations is None else combinations
        # Looked up once here, not for every question.
        self._compiled = tuple(
            _Compiled(c, tuple(frozenset(ontology.index(t) for t in group if t in ontology)
                               for group in c.findings),
                      word_patterns(c.words), word_patterns(c.unless))
            for c in chosen
        )

    def hits(self, question: str, findings: Iterable[RecognizedFinding],
             flagged: Sequence[str] = (), age: float | None = None,
             sudden: bool = False, injuries: Collection[str] = (),
             exposures: Collection[str] = (),
             denied: Collection[tuple[str, int, int]] = ()) -> list[RedFlagHit]:
        """One notice per completed combination, quoting the findings that completed it;
        none for a combination whose findings all lie in an already ``flagged`` text (the
        question's own red-flag phrases say it already), nor for one of an age band
        (``ages``) when the person's ``age`` (years; None when the question gives none)
        lies outside it: the same complaints are an emergency at one age and not at
        another (a new headache with jaw pain on chewing past 50). ``sudden``: the question
        says the complaint began suddenly, in any wording the reader keeps (text/modifiers.py);
        it stands for the words of a combination marked ``sudden``. ``injuries``: the keys of
        the injuries the question describes, not denied (text/injuries.py); one of a
        combination's ``injuries`` stands for its words too (h-injury: "knocked his head on
        the table" as well as the combination's own "hit his head"). ``exposures``: the keys of
        the exposures the question names, not denied (text/exposures.py); one of a
        combination's ``exposures`` stands for its words too (h-clinician4: a note's "7/40" or
        "+ve UPT" is a pregnancy as "pregnant" is). ``denied``: the key and character span of
        each exposure the question denies ("pregnancy test negative"); for a combination
        that names the exposure, its words there are no word of the combination, as "not
        pregnant" is none."""
        # Each present finding with its terms and every term above them: a group is matched
        # by one of its terms or a more specific one.
        present = [(f, self._lineage(f)) for f in findings if not f.negated and not f.uncertain]
        folded = question.lower()
        hits: list[RedFlagHit] = []
        for compiled in self._compiled:
            if not compiled.combination.fits_age(age):
                continue
            spans = [(a, b) for key, a, b in denied if key in compiled.combination.exposures]
            text = _blanked(folded, spans) if spans else folded
            if compiled.words and not said(text, compiled.words) and not (
                    sudden and compiled.combination.sudden) and not (
                    set(compiled.combination.injuries).intersection(injuries)) and not (
                    set(compiled.combination.exposures).intersection(exposures)):
                continue
            if compiled.unless and said(text, compiled.unless):
                continue
            matched: list[RecognizedFinding] = []
            for group in compiled.groups:
                finding = next((f for f, lineage in present if lineage & group), None)
                if finding is None:
                    break
                if finding not in matched:
                    matched.append(finding)
            else:
                if all(_covered(f.text, flagged) for f in matched):
                    continue
                hits.append(RedFlagHit(", ".join(f.text for f in matched),
                                       compiled.combination.advice))
        return hits

    def _lineage(self, finding: RecognizedFinding) -> frozenset[int]:
        onto = self._ontology
        terms: set[int] = set()
        for term in finding.ids:
            if term in onto:
                index = onto.index(term)
                terms.add(index)
                terms.update(onto.ancestors(index).tolist())
        return frozenset(terms)


# Each pattern of word_patterns -> the words it matches whole: a question without those
# letters cannot hold it, so said() skips its regex (most of the thousands of patterns it
# tries per question are absent).
_PATTERN_WORDS: dict[re.Pattern[str], str] = {}


def word_patterns(words: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """Lower-case words or phrases as patterns of whole words, for :func:`said`."""
    patterns = []
    for w in words:
        pattern = re.compile(rf"\b{re.escape(w)}\b")
        _PATTERN_WORDS[pattern] = w
        patterns.append(pattern)
    return tuple(patterns)


def said(folded: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    """Is one of the words in the (lower-case) question, not right after a negation?"""
    for pattern in patterns:
        words = _PATTERN_WORDS.get(pattern)
        if words is not None and words not in folded:
            continue
        for match in pattern.finditer(folded):
            if not _NEGATED_CONTEXT.search(folded[:match.start()]):
                return True
    return False


def _blanked(folded: str, spans: Sequence[tuple[int, int]]) -> str:
    """``folded`` with the characters of ``spans`` blanked (same length, offsets kept)."""
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _covered(text: str, flagged: Sequence[str]) -> bool:
    folded = text.lower()
    return any(folded in f.lower() or f.lower() in folded for f in flagged)
