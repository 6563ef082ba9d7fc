"""Emergencies that show only in a combination: fever with a stiff neck, chest pain with
sweating, sudden severe pain, bleeding in pregnancy
(``knowledge/curated/red_flag_combinations.yaml``).

Single red-flag phrases and terms are read with the findings (text/question.py); this runs
after them, over the present findings of the whole question, so that findings named in
different clauses ("fever, a stiff neck and the light hurts") still combine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from whatcauses.knowledge.curated import RedFlagCombination, red_flag_combinations
from whatcauses.knowledge.ontology import Ontology
from whatcauses.text.interpretation import RecognizedFinding, RedFlagHit

# A context word right after one of these ("not pregnant", "no sudden ...") does not count.
_NEGATED_CONTEXT = re.compile(r"\b(?:not|no|never|isn't|wasn't|without)\s+(?:\w+\s+)?$")


class RedFlagCombinations:
    """Finds the curated red-flag combinations a question's findings complete."""

    def __init__(self, ontology: Ontology,
                 combinations: Sequence[RedFlagCombination] | None = None):
        self._ontology = ontology
        self._combinations = tuple(red_flag_combinations() if combinations is None
                                   else combinations)

    def hits(self, question: str, findings: Iterable[RecognizedFinding],
             flagged: Sequence[str] = ()) -> list[RedFlagHit]:
        """One notice per completed combination, quoting the findings that completed it;
        none for a combination whose findings all lie in an already ``flagged`` text (the
        question's own red-flag phrases say it already)."""
        present = [f for f in findings if not f.negated and not f.uncertain]
        folded = question.lower()
        hits: list[RedFlagHit] = []
        for combination in self._combinations:
            if combination.words and not self._has_word(folded, combination.words):
                continue
            matched: list[RecognizedFinding] = []
            for group in combination.findings:
                finding = next((f for f in present if self._matches(f, group)), None)
                if finding is None:
                    break
                if finding not in matched:
                    matched.append(finding)
            else:
                if all(_covered(f.text, flagged) for f in matched):
                    continue
                hits.append(RedFlagHit(", ".join(f.text for f in matched), combination.advice))
        return hits

    def _matches(self, finding: RecognizedFinding, group: tuple[str, ...]) -> bool:
        onto = self._ontology
        wanted = {onto.index(t) for t in group if t in onto}
        for term in finding.ids:
            if term not in onto:
                continue
            index = onto.index(term)
            if index in wanted or wanted & set(onto.ancestors(index).tolist()):
                return True
        return False

    @staticmethod
    def _has_word(folded: str, words: Sequence[str]) -> bool:
        for word in words:
            for match in re.finditer(rf"\b{re.escape(word)}\b", folded):
                if not _NEGATED_CONTEXT.search(folded[:match.start()]):
                    return True
        return False


def _covered(text: str, flagged: Sequence[str]) -> bool:
    folded = text.lower()
    return any(folded in f.lower() or f.lower() in folded for f in flagged)
