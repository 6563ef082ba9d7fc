"""A known condition as the background of a new complaint: which diseases it is, and what it
explains already.

A person who says what they are ("I'm diabetic", "as an asthmatic", text/known.py) asks what
causes the findings beside it. The ranker lifts the diseases that list the condition by its
likelihood ratio (rank/ranker.py); two things follow from its being known (h-rank4, issue 14):

- The diseases that *are* the condition (:func:`known_disease_rows`: type 2 diabetes for "I'm
  diabetic") are not lifted by it. The person has it already; lifted by its own defining
  finding, type 2 diabetes led "I'm 58, obese and diabetic, and I've had some bleeding after
  my periods stopped", where the new complaint is endometrial cancer's, and "I'm diabetic
  and my vision has gone blurry with floaters" ahead of diabetic retinopathy. They still
  rank by the findings they explain.
- The findings the condition shows itself are explained by it (:func:`explained_weights`). A
  finding the known disease has in a share ``p_k`` of its people (at least
  :data:`EXPLAINED_SHARE`) is expected whatever new
  disease the person has, so it tells the candidates apart less: under a noisy-OR of the
  known disease and a candidate ``d`` that shows it with ``P(f | d)``, its likelihood ratio
  for ``d`` is ``(1 - (1 - p_k)(1 - P(f | d))) / (1 - (1 - p_k)(1 - bg(f)))`` instead of
  ``P(f | d) / bg(f)`` (``bg``: the model's background frequency). At ``p_k = 0`` it is the
  usual ratio; as ``p_k`` nears 1 it nears 1 for every candidate: obesity beside a known
  type 2 diabetes lifts fatty liver disease and skin tags far less.

  A candidate that carries the known condition in nearly all its people (at least
  :data:`IMPLIES_KNOWN`: diabetic ketoacidosis, diabetic retinopathy for a known diabetes) is
  a form or complication of it, no independent second cause: its findings are the known
  condition's own course, and it is left as it is. Explained away, thirst beside "I'm a type 1
  diabetic" no longer pointed to diabetic ketoacidosis, and coeliac disease led.

Which diseases are the condition is read from names: a disease whose name or curated lay
name, folded to words, is inside the words the person says it with ("gestational diabetes"
in "I had gestational diabetes": :func:`said_forms`) or, when those name none, is the known
finding's HPO label or synonym or a run of words inside one ("diabetes", type 2 diabetes's
lay name, inside "Diabetes mellitus"); the longest such name only ("Type 1 diabetes
mellitus" for "Type I diabetes mellitus", not type 2 diabetes's "diabetes"). Containment
runs one way only: a disease name that holds the label ("pulmonary hypertension" holding
"Hypertension") is another disease.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from whatcauses.text.named_diseases import SPELLING_VARIANTS, fold_words

Vector = np.ndarray[Any, Any]

# A one-word disease name shorter than this is no name of a known condition ("gout" is; but
# "cold", "flu" stand inside no HPO label of a condition a person is).
MIN_SINGLE_WORD_LETTERS = 5
# The least share of the known disease's people showing a finding for it to explain the
# finding: HPO's "frequent" class (30-79 %) and above. An occasional one (blurred vision in 5
# to 29 % of people with type 2 diabetes) is not presumed to be the known condition's: a
# diagnosed, treated condition shows its presenting signs less than its lifetime figure says,
# and explained so, blurred vision no longer told diabetic retinopathy from a vitreous
# detachment beside "I'm diabetic". The class boundary, not fitted.
EXPLAINED_SHARE = 0.3
# The least share of a candidate's people with the known condition for the candidate to be a
# form or complication of it (HPO's "very frequent" class, 80 % and above; a profile's
# "obligate"): its findings are not explained away.
IMPLIES_KNOWN = 0.8
# How many words before a known condition's own words may name it ("had gestational
# diabetes": the disease is gestational diabetes, not the diabetes a lay name calls type 2).
SAID_NAME_WORDS = 3
# Roman type numbers folded to digits ("Type II diabetes mellitus": "type 2 ...").
_ROMAN = {"i": "1", "ii": "2", "iii": "3"}


def _folded(text: str) -> tuple[str, ...]:
    words = list(fold_words(text))
    for k in range(1, len(words)):
        if words[k - 1] == "type" and words[k] in _ROMAN:
            words[k] = _ROMAN[words[k]]
    return tuple(words)


def said_forms(question: str, start: int, end: int) -> tuple[str, ...]:
    """The words a known condition is said with: its own span of ``question`` and that span
    with up to :data:`SAID_NAME_WORDS` words before it in the same clause, longest first."""
    before = question[:start]
    for stop in ".;:!?,(":
        before = before.rpartition(stop)[2]
    words = before.split()
    own = question[start:end]
    return tuple(" ".join([*words[len(words) - n:], own]) if n else own
                 for n in range(min(SAID_NAME_WORDS, len(words)), -1, -1))


def disease_name_table(names: Sequence[str], ids: Sequence[str],
                       lay_names: Mapping[str, Sequence[str]],
                       first_words: Collection[str] | None = None
                       ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every disease's name and curated lay name (``names``, ``ids``, ``lay_names``), folded
    to words (a bracketed part dropped), to the ids that carry it; one-word names shorter than
    :data:`MIN_SINGLE_WORD_LETTERS` left out. With ``first_words``, only the names whose first
    folded word is one of them: :func:`known_name_table` builds the few rows the words of one
    condition can meet, where folding every name cost a few hundred milliseconds."""
    # A cheap test before the folding: a name whose first folded word is one of
    # ``first_words`` holds that word, spelling variants folded, somewhere in its text.
    holds = (re.compile("|".join(re.escape(w) for w in sorted(first_words))).search
             if first_words else None)
    table: dict[tuple[str, ...], list[str]] = {}
    for name, disease_id in zip(names, ids, strict=True):
        for written in (name, *lay_names.get(disease_id, ())):
            head = written.partition("(")[0]
            if first_words is not None and (
                    holds is None or holds(_spelled(head)) is None
                    or _first_folded(head) not in first_words):
                continue
            words = _folded(head)
            if not words or (len(words) == 1 and len(words[0]) < MIN_SINGLE_WORD_LETTERS):
                continue
            held = table.setdefault(words, [])
            if disease_id not in held:
                held.append(disease_id)
    return {words: tuple(found) for words, found in table.items()}


def known_name_table(forms: Iterable[str], names: Sequence[str], ids: Sequence[str],
                     lay_names: Mapping[str, Sequence[str]]
                     ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The rows of :func:`disease_name_table` that :func:`named_by_names` can find for
    ``forms``: a name inside a form starts with one of the form's words."""
    return disease_name_table(names, ids, lay_names,
                              first_words={w for form in forms for w in _folded(form)})


def _spelled(text: str) -> str:
    """``text`` in lower case with fold_words' spelling variants folded ("haemophilia":
    "hemophilia"), for the cheap test of :func:`disease_name_table`."""
    low = text.lower()
    for a, b in SPELLING_VARIANTS:
        low = low.replace(a, b)
    return low


def _first_folded(text: str) -> str | None:
    """``_folded(text)[0]`` (None for no word) without folding the rest: a Roman type number
    is folded only after "type", never first."""
    for chunk in text.split():
        words = fold_words(chunk)
        if words:
            return words[0]
    return None


def named_by_names(forms: Iterable[str],
                   table: Mapping[tuple[str, ...], Sequence[str]]) -> tuple[str, ...]:
    """The ids of the diseases whose name or lay name (``table``: disease_name_table) is one
    of the ``forms`` or a run of words inside one, keeping those of the longest such name
    (module docstring)."""
    found: dict[int, list[str]] = {}
    for form in forms:
        words = _folded(form)
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                for disease_id in table.get(words[start:end], ()):
                    held = found.setdefault(end - start, [])
                    if disease_id not in held:
                        held.append(disease_id)
    return tuple(found[max(found)]) if found else ()


def explained_weights(ratios: Sequence[Vector], backgrounds: Sequence[float],
                      known_shares: Sequence[float],
                      forms_of_known: Vector | None = None) -> Vector | None:
    """Per disease, the product over the findings of the noisy-OR ratio over the usual one
    (module docstring): ``ratios`` are each finding's likelihood ratios per disease,
    ``backgrounds`` its background frequency and ``known_shares`` the share ``p_k`` of the
    known disease's people who show it; 1 for the diseases ``forms_of_known`` marks (forms
    and complications of the known condition). ``None`` when no finding is explained."""
    result: Vector | None = None
    for ratio, bg, share in zip(ratios, backgrounds, known_shares, strict=True):
        if share < EXPLAINED_SHARE:
            continue
        p_k = min(share, 0.999)
        chance = np.minimum(ratio * bg, 1.0)
        with_known = 1.0 - (1.0 - p_k) * (1.0 - chance)
        without = 1.0 - (1.0 - p_k) * (1.0 - bg)
        factor: Vector = (with_known / without) / np.maximum(ratio, 1e-300)
        if forms_of_known is not None:
            factor = np.where(forms_of_known, 1.0, factor)
        result = factor if result is None else result * factor
    return result
