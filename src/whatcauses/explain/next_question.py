"""The next best questions: findings whose answer would best separate the leading candidates.

The candidates of a ranking are already scored as the ranker scores them: twin entries (OMIM
and Orphanet records of one disease) share one probability. Each candidate question *q* is
weighed against the ``leaders`` best candidates plus one class for every other disease:

* ``p_j = P(q | leader j)`` is the model's frequency of *q* in the leader (the noisy-OR over
  *q* and its annotated descendants, :mod:`whatcauses.knowledge.compile`), the best over the
  leader's twin entries (the ranker unites twins so: a finding any entry shows, the disease
  shows), and at least the model's noise floor ``observed_floor * bg(q)`` (for a leader from a
  curated condition profile ``profile_observed_floor * bg(q)``, as the ranking scores it; with
  ``common_complaint_floor``, as for plain-language questions, raised as the ranking raises
  it for a finding the condition profiles show more often than diseases on average:
  LikelihoodModel.observed_floor_ratios);
* every other disease shows *q* at its background frequency ``bg(q)`` (the mean over diseases);
* the expected information gain of asking, in bits, is ``H(post) - P(yes) H(post | yes) -
  P(no) H(post | no)`` with ``P(yes) = sum_j post_j p_j`` (shown with each question; one
  below :data:`MIN_GAIN_BITS` is not asked).

The questions are ordered by :func:`question_scores`, under an answer model in which most
answers are "don't know" (:data:`KNOWN_IF_PRESENT`, :data:`KNOWN_IF_ABSENT`): the expected rise
in the chance that the leading candidate is right (a "yes" to a finding typical of the third
candidate may put it first), plus a little of the information gain of the usable answers.
On published cases this asks about what sets one leader apart from the one before it, where
the information gain alone asked about what splits the leaders in halves, which a case
record rarely answers (bench/interview.py).

Questions are asked about the findings annotated to the leaders and the more general terms
above them (a person can say whether they have seizures more easily than which kind; ``p``
of a general term is the model's frequency of it or any more specific form, which is also
how the ranking scores a "yes" to it), except very common findings and the organ-system
level (too general to be a question), findings nearly every leader shows, findings already
given, and findings the given ones imply (a present finding implies its ancestors; an absent
one its descendants). A refinement of a present finding may be asked ("which kind?"): a
"yes" then replaces the general finding, which the model would otherwise count twice.
The frequencies are weighed given the answers (:func:`_given_answers`): a term above an
absent finding counts only its other annotations (not the same ones again), a refinement of a
present finding its share of that finding.
A finding answered "don't know" is not asked again, nor its refinements, nor the term just
above it (a near-duplicate); the "don't know" also lowers, for the choice of the next
question, the chance that the leaders showing the finding are right (someone who has it would
likely have known; :class:`QuestionField` keeps the ranking's own probabilities, ``ranked``,
beside that ``belief``).

What a question "favours" is first estimated from ``p`` (the leaders a yes makes more likely);
:func:`checked_questions` then re-ranks with each answer through the caller's ranker, so that
a claim such as "yes favours X" is exactly what the ranking will do. The HTTP route and the
terminal interview always check; the narrative answer (which has no ranker) states the
estimate only in its "what would tell these apart" sentence. That sentence asks about what a
person can notice themselves (:func:`split_by_test`: the best such questions among twice as
many as it shows) and names, in plain words, the test for the best findings only a test shows
(:func:`needed_test`, by HPO subtree: "a brain or spine scan (MRI) would also help"). The
interview asks by the chooser alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from whatcauses.explain.wording import join_words, plain_label
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import PHENOTYPIC_ABNORMALITY, ROOT
from whatcauses.knowledge.ontology import Ontology, expand_ancestors
from whatcauses.rank.model import ModelParameters, concatenated_ranges, model_background
from whatcauses.rank.results import Candidate, Ranking
from whatcauses.text.interpretation import Interpretation, RecognizedFinding

if TYPE_CHECKING:
    from whatcauses.rank.ranker import Ranker

Answer = Literal["yes", "no", "unknown"]
ANSWERS: tuple[Answer, ...] = ("yes", "no", "unknown")
# Very common, unspecific findings (shared by a quarter of all diseases) make poor questions.
MAX_BACKGROUND = 0.25
# A question whose answer is expected to tell less than this (bits) is not worth asking.
MIN_GAIN_BITS = 0.005
# How many leading candidates a question is weighed against.
LEADERS = 10
# How many candidates a question names as favoured by each answer.
FAVOURED_SHOWN = 2
# The answer model: someone who has a finding says "yes" when asked with about this chance,
# someone without it says "no" with this lower one (one knows better what one has than what
# one lacks); the rest of the time the answer is "don't know", which the ranking ignores.
# Only the ratio of the two matters to the choice (:func:`select_questions`). The choice of the
# next question also weighs the leaders by past "don't know" answers: after "don't know" to a
# finding typical of one leader, the next question turns to the others.
KNOWN_IF_PRESENT = 0.7
KNOWN_IF_ABSENT = 0.35
# How much the information gain (bits) counts beside the expected rise in the chance that the
# leading candidate is right: it orders the questions none of whose answers would change the
# leader, so that the evidence still builds up (bench/interview.py).
GAIN_WEIGHT = 0.05
# Questions people can answer: a term below the level of an organ system (it has at least this
# many ancestors, itself included: root, "Phenotypic abnormality", an organ system, itself), and
# not shown by nearly every leader (such a question separates nothing and reads as too general).
MIN_ANCESTORS = 4  # the term itself, root and "Phenotypic abnormality" included
MAX_LEADER_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class NextQuestion:
    """One finding to ask about, and what each answer would do to the leading candidates."""

    text: str
    hpo_id: str
    label: str
    information_gain: float  # bits
    favours: tuple[str, ...]  # candidate ids a "yes" makes more likely
    favours_if_no: tuple[str, ...] = ()  # candidate ids a "no" makes more likely
    why: str = ""  # which candidates it separates, in words
    checked: bool = False  # the favours were confirmed by re-ranking with each answer
    # Present findings a "yes" makes redundant: the question refines them ("which kind of
    # seizure?"), and the model would otherwise count the general and the specific finding.
    replaces: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "ids": [self.hpo_id], "hpo_id": self.hpo_id,
                "label": self.label, "information_gain": round(self.information_gain, 4),
                "favours": list(self.favours), "favours_if_no": list(self.favours_if_no),
                "why": self.why, "checked": self.checked, "replaces": list(self.replaces)}


@dataclass(frozen=True, slots=True)
class Findings:
    """What is known about one person during an interview, and the answers given so far.

    ``unknown`` holds the findings answered "don't know": they are not asked again (nor their
    refinements) and do not change the ranking.
    """

    present: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    or_groups: tuple[tuple[str, ...], ...] = ()
    unknown: tuple[str, ...] = ()

    def answered(self, hpo_id: str, answer: Answer, replaces: Iterable[str] = ()) -> Findings:
        """The findings after answering the question about ``hpo_id``; a "yes" drops the
        present findings it ``replaces`` (the more general ones it refines)."""
        dropped = {hpo_id, *replaces} if answer == "yes" else {hpo_id}
        present = tuple(t for t in self.present if t not in dropped)
        excluded = tuple(t for t in self.excluded if t != hpo_id)
        unknown = tuple(t for t in self.unknown if t != hpo_id)
        if answer == "yes":
            present += (hpo_id,)
        elif answer == "no":
            excluded += (hpo_id,)
        else:
            unknown += (hpo_id,)
        return replace(self, present=present, excluded=excluded, unknown=unknown)

    @property
    def count(self) -> int:
        return len(self.present) + len(self.excluded) + len(self.or_groups)

    def to_dict(self) -> dict[str, Any]:
        return {"present": list(self.present), "excluded": list(self.excluded),
                "or_groups": [list(g) for g in self.or_groups], "unknown": list(self.unknown)}


@dataclass(frozen=True, slots=True)
class RankingContext:
    """What a ranking weighs besides the findings: the person, categories and the prior."""

    age: float | None = None
    sex: str | None = None
    categories: tuple[str, ...] = ()
    prior: str | None = None  # "prevalence" or "uniform"; None: the ranker's default

    def to_dict(self) -> dict[str, Any]:
        return {"age": self.age, "sex": self.sex, "categories": list(self.categories),
                "prior": self.prior}


def findings_of(interpretation: Interpretation, ontology: Ontology,
                background: np.ndarray[Any, Any]) -> tuple[Findings, RankingContext]:
    """The findings and context of a question, as the ranking of ``ask`` reads them.

    A person question ("my knees hurt") weighs how common each disease is, a knowledge question
    ("which diseases cause ...") does not; "no X" with an ambiguous X excludes the reading the
    others specialise (the one with the highest ``background`` frequency).
    """
    def most_general(ids: tuple[str, ...]) -> str:
        return max(ids, key=lambda t: (float(background[ontology.index(t)]), t))

    present = tuple(dict.fromkeys(f.ids[0] for f in interpretation.present))
    excluded = tuple(t for t in dict.fromkeys(most_general(f.ids)
                                              for f in interpretation.excluded)
                     if t not in present)
    groups = tuple(tuple(f.ids) for f in interpretation.or_groups)
    context = RankingContext(
        interpretation.age, interpretation.sex, tuple(interpretation.categories),
        "prevalence" if interpretation.frame == "person" else "uniform")
    return Findings(present, excluded, groups), context


def interpretation_with(interpretation: Interpretation, findings: Findings,
                        label_of: Callable[[str], str]) -> Interpretation:
    """The question's interpretation with the person's findings replaced by ``findings``
    (an interview's, after answers and edits), everything else it read kept: the relatives'
    findings and family history, genes, exposures, durations, onsets, age, sex and frame.

    A finding the question read is kept as read (its site, its cue) when ``findings`` still
    names it: a present id that is the first reading of one of the person's findings or
    groups, an excluded id among the readings of a denied finding. Any other id is a finding
    of its own, placed after the question's text so that no span of the question holds it.
    ``findings_of`` is the inverse: ``interpretation_with(i, findings_of(i)[0])`` ranks as
    ``i`` does."""
    own = interpretation.own
    said = {f.ids[0]: f for f in own if not f.negated and not f.queried and f.ids}
    denied = {i: f for f in own if f.negated and not f.queried for i in f.ids}
    end = len(interpretation.question)

    def made(ids: Sequence[str], negated: bool) -> RecognizedFinding:
        labels = tuple(label_of(i) for i in ids)
        return RecognizedFinding(text=labels[0], ids=tuple(ids), labels=labels,
                                 negated=negated, uncertain=False, source="interview",
                                 kind="finding", start=end, end=end)

    chosen: dict[int, RecognizedFinding] = {}
    for term in findings.present:
        found = said.get(term) or made((term,), False)
        chosen.setdefault(id(found), found)
    for group in findings.or_groups:
        read = said.get(group[0]) if group else None
        found = read if read is not None and read.ids == tuple(group) else made(group, False)
        chosen.setdefault(id(found), found)
    for term in findings.excluded:
        found = denied.get(term) or made((term,), True)
        chosen.setdefault(id(found), found)
    # A relative's findings are family history; a finding asked about ("could it be
    # shingles?") is what the question asks, never an interview's answer.
    others = tuple(f for f in interpretation.findings if f.relative is not None or f.queried)
    return replace(interpretation, findings=others + tuple(chosen.values()))


def _entropies(rows: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Entropy (bits) of each row of a matrix of distributions."""
    safe = np.where(rows > 0, rows, 1.0)
    result: np.ndarray[Any, Any] = -(rows * np.log2(safe)).sum(axis=1)
    return result


def _gains(p: np.ndarray[Any, Any], posterior: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Expected information gain (bits) of each question (a row of ``p``)."""
    yes = p @ posterior
    post_yes = p * posterior / yes[:, None]
    post_no = (1 - p) * posterior / (1 - yes)[:, None]
    prior_entropy = float(_entropies(posterior[None, :])[0])
    result: np.ndarray[Any, Any] = (prior_entropy - yes * _entropies(post_yes)
                                    - (1 - yes) * _entropies(post_no))
    return result


def _usable_answers(p: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """``P(yes | j)`` and ``P(no | j)`` under the answer model (the rest: "don't know")."""
    return KNOWN_IF_PRESENT * p, KNOWN_IF_ABSENT * (1 - p)


def leader_rise(p: np.ndarray[Any, Any], posterior: np.ndarray[Any, Any],
                belief: np.ndarray[Any, Any] | None = None) -> np.ndarray[Any, Any]:
    """Expected rise, per question (a row of ``p``), in the chance that the leading candidate
    is the right one, over the three answers: a "yes" or "no" re-weighs the candidates by
    ``p`` or ``1 - p`` (what the ranking does) and may put another one first; "don't know"
    leaves the ranking as it is. The last column of ``p`` and ``posterior`` is every other
    disease, which is never the leading candidate.

    ``posterior`` is the ranking's (which candidate leads, before and after an answer);
    ``belief`` (default: the same) is how likely each candidate is right given also the
    "don't know" answers, which the ranking ignores but which tell the chooser something (who
    has a leader's typical finding would likely have known)."""
    if belief is None:
        belief = posterior
    yes, no = _usable_answers(p)
    rows = np.arange(len(p))
    lead = int(np.argmax(posterior[:-1]))
    lead_yes = np.argmax(p[:, :-1] * posterior[:-1], axis=1)
    lead_no = np.argmax((1 - p[:, :-1]) * posterior[:-1], axis=1)
    result: np.ndarray[Any, Any] = (
        belief[lead_yes] * yes[rows, lead_yes] + belief[lead_no] * no[rows, lead_no]
        - belief[lead] * (yes[:, lead] + no[:, lead]))
    return result


def usable_gain(p: np.ndarray[Any, Any], posterior: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Expected information gain (bits) of each question counting only the answers that
    change the ranking: ``P(yes) (H - H(yes)) + P(no) (H - H(no))`` under the answer model."""
    yes, no = _usable_answers(p)
    post_yes = p * posterior / (p @ posterior)[:, None]
    post_no = (1 - p) * posterior / ((1 - p) @ posterior)[:, None]
    prior_entropy = float(_entropies(posterior[None, :])[0])
    result: np.ndarray[Any, Any] = (
        (yes @ posterior) * (prior_entropy - _entropies(post_yes))
        + (no @ posterior) * (prior_entropy - _entropies(post_no)))
    return result


def question_scores(p: np.ndarray[Any, Any], posterior: np.ndarray[Any, Any],
                    belief: np.ndarray[Any, Any] | None = None) -> np.ndarray[Any, Any]:
    """How good each question is (a row of ``p``: the chance each leader, and last every other
    disease, shows the finding; ``posterior``: their probabilities): the expected rise in the
    chance that the leading candidate is right (:func:`leader_rise`), plus
    :data:`GAIN_WEIGHT` times the information gain of the usable answers, which orders the
    questions that would not change the leader."""
    if belief is None:
        belief = posterior
    result: np.ndarray[Any, Any] = (leader_rise(p, posterior, belief)
                                    + GAIN_WEIGHT * usable_gain(p, belief))
    return result


def _blocked_terms(knowledge: Knowledge, ranking: Ranking, unknown: Iterable[int]) -> set[int]:
    """Terms not worth asking: given, or implied by what is given (the ancestors of a present
    finding, the refinements of an absent one, of a "don't know" and of an ambiguous word),
    and the parents of a "don't know" (a near-duplicate of it)."""
    onto = knowledge.ontology
    query = ranking.query
    blocked: set[int] = set()
    for term_id in query.present:
        blocked.update(int(a) for a in onto.ancestors(onto.index(term_id)))
    for term_id in (t for g in query.or_groups for t in g):
        i = onto.index(term_id)
        blocked.update(int(a) for a in onto.ancestors(i))
        blocked.update(onto.descendants(i))
    for term_id in query.excluded:
        blocked.update(onto.descendants(onto.index(term_id)))
    for term in unknown:
        # Nor, right after a "don't know", the term just above it: a near-duplicate.
        blocked.update(onto.descendants(term))
        blocked.update(int(parent) for parent in onto.parents(term))
    return blocked


def _options(knowledge: Knowledge, members: list[int], blocked: set[int]) -> list[int]:
    """Findings annotated to the leaders, and the terms above them, that may be asked."""
    onto = knowledge.ontology
    ptr, rows = knowledge.phenotype_rows_by_disease
    leaders = np.asarray(members, dtype=np.int64)
    terms = knowledge.arrays["ann_term"][rows[concatenated_ranges(
        ptr[leaders], ptr[leaders + 1] - ptr[leaders])]]
    annotated = np.unique(terms[terms >= 0])
    _, lineage = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, annotated)
    # As flags over all terms (ascending order, as np.unique gives them).
    askable = np.zeros(len(onto), dtype=bool)
    askable[lineage] = True
    askable &= knowledge.background <= MAX_BACKGROUND
    askable &= np.diff(onto.ancestors_ptr) >= MIN_ANCESTORS  # not an organ-system heading
    askable &= onto.phenotype_branch
    askable &= ~onto.severity_graded  # asked as the finding itself
    askable[np.fromiter(blocked, dtype=np.int64, count=len(blocked))] = False
    askable[[onto.index(ROOT), onto.index(PHENOTYPIC_ABNORMALITY)]] = False  # too general
    found: list[int] = np.flatnonzero(askable).tolist()
    return found


@lru_cache(maxsize=4)
def _model_background(knowledge: Knowledge, parameters: ModelParameters) -> np.ndarray[Any, Any]:
    """The ranking model's ``bg(q)`` for these parameters (built once per knowledge and
    parameters: a question's are the same each time)."""
    return model_background(knowledge, parameters)


class _Leaders:
    """The leading candidates of a ranking and the class of every other disease."""

    def __init__(self, knowledge: Knowledge, candidates: Sequence[Candidate],
                 parameters: ModelParameters):
        self.knowledge = knowledge
        self.candidates = candidates
        self.entries = [[knowledge.disease_index(i) for i in c.ids if knowledge.has_disease(i)]
                        or [knowledge.disease_index(c.id)] for c in candidates]
        # Each leader's noise floor, as the model gives it (LikelihoodModel.observed_floors):
        # a leader with a condition-profile entry takes the profile floor.
        profiled = knowledge.profile_diseases
        self.parameters = parameters
        self.floors = np.asarray([
            parameters.profile_observed_floor if any(profiled[m] for m in entries)
            else parameters.observed_floor for entries in self.entries])
        self.members = sorted({m for entries in self.entries for m in entries})
        self._slot = {m: i for i, m in enumerate(self.members)}
        share = np.asarray([max(c.probability, 0.0) for c in candidates])
        self.posterior: np.ndarray[Any, Any] = np.append(share, max(0.0, 1.0 - share.sum()))

    def annotated(self, terms: Sequence[int]) -> np.ndarray[Any, Any]:
        """``f[i, j]``: the model's frequency of ``terms[i]`` (or a descendant) in leader
        ``j``, the best over its twin entries; 0 where neither is annotated."""
        by_member = self.knowledge.model_frequencies(
            np.asarray(terms, dtype=np.int64), np.asarray(self.members, dtype=np.int64))
        f = np.empty((len(terms), len(self.candidates)))
        for j, entries in enumerate(self.entries):  # the best over the leader's twin entries
            f[:, j] = by_member[:, [self._slot[m] for m in entries]].max(axis=1)
        return f

    def floor_ratios(self, terms: Sequence[int]) -> np.ndarray[Any, Any]:
        """``r[i, j]``: leader ``j``'s noise floor on ``P(terms[i] | j) / bg``: :attr:`floors`,
        and with ``common_complaint_floor`` (plain-language questions) raised as the ranking
        raises it (LikelihoodModel.observed_floor_ratios) by how much more often the
        condition profiles show the term (or a more specific form) than diseases do on
        average (over the ranking model's background), never above 1. From the profiles'
        model frequencies (the term or a more specific form), not the ranking's refinement
        credit, whose figure for every option cost some 0.75 s an answer: on the leaders and
        options of the first 15 dev questions (95,280 pairs) within 5 % of the ranking's
        floor for 89.6 % of them, where the plain floors were for 75.9 %."""
        floors = np.repeat(self.floors[None, :], len(terms), axis=0)
        profiles = np.flatnonzero(self.knowledge.profile_diseases)
        if not self.parameters.common_complaint_floor or not len(terms) or not len(profiles):
            return floors
        indices = np.asarray(terms, dtype=np.int64)
        rate = self.knowledge.model_frequencies(indices, profiles).mean(axis=1)
        share = rate / _model_background(self.knowledge, self.parameters)[indices]
        raised: np.ndarray[Any, Any] = np.maximum(
            floors, np.minimum(floors * share[:, None], 1.0))
        return raised

    def shown(self, terms: Sequence[int], annotated: np.ndarray[Any, Any] | None = None,
              background: np.ndarray[Any, Any] | None = None) -> np.ndarray[Any, Any]:
        """``p[i, j]``: the chance that a patient with leader ``j`` shows ``terms[i]`` (the
        last column: any other disease, at the term's background frequency)."""
        if background is None:
            background = self.knowledge.background[np.asarray(terms, dtype=np.int64)]
        background = np.asarray(background, dtype=float)
        p = np.empty((len(terms), len(self.candidates) + 1))
        p[:, :-1] = self.annotated(terms) if annotated is None else annotated
        p[:, :-1] = np.maximum(p[:, :-1], self.floor_ratios(terms) * background[:, None])
        p[:, -1] = background
        result: np.ndarray[Any, Any] = np.clip(p, 1e-6, 1 - 1e-6)
        return result


@dataclass(frozen=True, slots=True)
class QuestionField:
    """What the next questions are weighed on: the leading candidates, the findings that may
    be asked (``options``, term indices), ``p[i, j]`` (the chance that a patient with leader
    ``j``, last any other disease, shows ``options[i]``, given the answers so far), the
    ranking's probabilities ``ranked`` and the ``belief`` (the same, weighed also by the
    "don't know" answers, which the ranking ignores)."""

    candidates: list[Candidate]
    options: list[int]
    p: np.ndarray[Any, Any]
    ranked: np.ndarray[Any, Any]
    belief: np.ndarray[Any, Any]


def question_field(knowledge: Knowledge, ranking: Ranking, leaders: int | None = None, *,
                   skip: Iterable[str] = (), parameters: ModelParameters | None = None
                   ) -> QuestionField | None:
    """The questions that may be asked next and what they are weighed on (None: none)."""
    candidates = list(ranking.candidates[:leaders or LEADERS])
    if not candidates:
        return None
    onto = knowledge.ontology
    field = _Leaders(knowledge, candidates, parameters or ModelParameters())
    if field.posterior.sum() <= 0:
        return None
    ranked = field.posterior / field.posterior.sum()
    belief = ranked
    unknown = [onto.index(t) for t in dict.fromkeys(skip) if t in onto]
    if unknown:
        yes, no = _usable_answers(field.shown(unknown))
        belief = belief * np.prod(1 - yes - no, axis=0)
        belief = belief / belief.sum()
    # Some findings are named after a disease (HPO "Amyotrophic lateral sclerosis"): asking
    # whether someone has a leading candidate itself is no question.
    names = {c.name.casefold() for c in candidates}
    blocked = _blocked_terms(knowledge, ranking, unknown)
    folded = onto.folded_names
    options = [t for t in _options(knowledge, field.members, blocked) if folded[t] not in names]
    if not options:
        return None
    annotated = field.annotated(options)
    common = (annotated > 0).mean(axis=1) > MAX_LEADER_SHARE
    if len(candidates) > 1 and common.any():
        options = [t for t, c in zip(options, common, strict=True) if not c]
        annotated = annotated[~common]
        if not options:
            return None
    annotated, background = _given_answers(knowledge, field, ranking.query, options, annotated)
    p = field.shown(options, annotated, background)
    return QuestionField(candidates, options, p, ranked, belief)


def next_questions(knowledge: Knowledge, ranking: Ranking, limit: int = 3,
                   leaders: int | None = None, *, skip: Iterable[str] = (),
                   parameters: ModelParameters | None = None) -> list[NextQuestion]:
    """The ``limit`` most informative questions for a ranking, best first.

    ``skip`` lists findings already asked without an answer ("don't know"). The favours are
    estimates; :func:`checked_questions` confirms them by re-ranking.
    """
    if limit < 1:
        return []
    weighed = question_field(knowledge, ranking, leaders, skip=skip, parameters=parameters)
    if weighed is None:
        return []
    onto = knowledge.ontology
    candidates, options, p = weighed.candidates, weighed.options, weighed.p
    belief = weighed.belief
    post_yes = p * belief / (p @ belief)[:, None]
    post_no = (1 - p) * belief / ((1 - p) @ belief)[:, None]
    gains = _gains(p, belief)
    # Weighed on the belief throughout: counting the lead before and after an answer on the
    # ranking's own probabilities instead (it ignores "don't know") changed nothing measurable
    # (bench/interview.py: +8.1 against +8.0 on 1,000 tune cases, +6.7 against +7.0 on 300
    # holdout cases).
    scores = question_scores(p, belief)
    order = np.lexsort((onto.id_order[options], -scores)).tolist()  # best first, ties by id
    result: list[NextQuestion] = []
    chosen: list[int] = []
    for i in order:
        gain = float(gains[i])
        if len(result) >= limit:
            break
        if not gain > MIN_GAIN_BITS:
            continue
        term = options[i]
        if any(onto.is_ancestor(c, term) or onto.is_ancestor(term, c) for c in chosen):
            continue  # one question per branch
        chosen.append(term)
        favours = _most_raised(candidates, post_yes[i, :-1] - belief[:-1])
        favours_if_no = _most_raised(candidates, post_no[i, :-1] - belief[:-1])
        term_id = onto.ids[term]
        label = plain_label(onto, term_id)
        refined = tuple(t for t in ranking.query.present if onto.is_ancestor(onto.index(t), term))
        result.append(NextQuestion(
            text=f"Any {label}?", hpo_id=term_id, label=label, information_gain=gain,
            favours=favours, favours_if_no=favours_if_no,
            why=separation_words(candidates, favours, favours_if_no), replaces=refined,
        ))
    return result


def _given_answers(knowledge: Knowledge, field: _Leaders, query: Any, options: list[int],
                   annotated: np.ndarray[Any, Any]
                   ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The frequencies of the options given what is already answered, for each leader and
    for every other disease (the background).

    The model's frequency of a term is the noisy-OR over the disease's annotations at or below
    it, so a term and a more general one share those annotations. A refinement of a present
    finding X (asked as "which kind?", its "yes" replaces X) is shown by a patient who has X
    with the chance ``P(q) / P(X)``; a term above an absent finding X is shown with the chance
    of its other annotations, ``1 - (1 - P(q)) / (1 - P(X))``. Without this, the question above
    a "no" looks as good as the one just answered (it asks about the same annotations again),
    and the gain of a refinement counts the evidence of X twice."""
    onto = knowledge.ontology
    background = knowledge.background[np.asarray(options, dtype=np.int64)].astype(float)
    present = [onto.index(t) for t in query.present if t in onto]
    excluded = [onto.index(t) for t in query.excluded if t in onto]
    # Only the most general of nested absent findings (the others' annotations lie below it).
    excluded = [x for x in excluded
                if not any(y != x and onto.is_ancestor(y, x) for y in excluded)]
    given = present + excluded
    if not given:
        return annotated, background
    f_given = field.annotated(given)
    bg_given = np.maximum(knowledge.background[np.asarray(given, dtype=np.int64)]
                          .astype(float), 1e-6)
    annotated = annotated.copy()
    terms = np.asarray(options, dtype=np.int64)
    for k, x in enumerate(given):
        if k < len(present):
            rows = np.flatnonzero(onto.descends_from(terms, x))
            if len(rows):
                annotated[rows] = np.minimum(annotated[rows] / np.maximum(f_given[k], 1e-6),
                                             1.0)
                background[rows] = np.minimum(background[rows] / bg_given[k], 1.0)
        else:
            rows = np.flatnonzero(np.isin(terms, onto.ancestors(x)))
            if len(rows):
                rest = np.maximum(1 - f_given[k], 1e-6)
                annotated[rows] = np.maximum(1 - (1 - annotated[rows]) / rest, 0.0)
                background[rows] = np.maximum(
                    1 - (1 - background[rows]) / max(1 - bg_given[k], 1e-6), 0.0)
    return annotated, background


def _most_raised(candidates: Sequence[Candidate], rise: np.ndarray[Any, Any]
                 ) -> tuple[str, ...]:
    order = sorted((j for j in range(len(candidates)) if rise[j] > 0),
                   key=lambda j: (-float(rise[j]), j))
    return tuple(candidates[j].id for j in order[:FAVOURED_SHOWN])


def separation_words(candidates: Sequence[Candidate], favours: Sequence[str],
                     favours_if_no: Sequence[str]) -> str:
    """"Yes points to A; no points to B." from the candidates each answer makes more likely."""
    names = {c.id: c.name for c in candidates}
    yes = join_words([names[i] for i in favours if i in names])
    no = join_words([names[i] for i in favours_if_no if i in names])
    if yes and no:
        return f"Yes makes {yes} more likely; no makes {no} more likely."
    if yes:
        return f"Yes makes {yes} more likely."
    if no:
        return f"No makes {no} more likely."
    return ""


Rerank = Callable[[NextQuestion, Answer], Ranking]


def _same(a: Candidate, b: Candidate) -> bool:
    """One disease in two rankings: the same id, or twin entries shown under one name. Two
    forms of one Orphanet group share the group's ids (it rides on the form that stands for
    it, rank/grouping.py) but are different diseases: a "yes" that moves the group's score from
    one form to the other raises neither."""
    return a.id == b.id or (a.name == b.name and bool(set(a.ids) & set(b.ids)))


def raised_by(before: Ranking, after: Ranking, leaders: int = LEADERS) -> tuple[str, ...]:
    """Ids of the leading candidates of ``before`` whose probability ``after`` is higher,
    the largest rise first (a candidate that leaves the list has not risen)."""
    rises: list[tuple[float, int, str]] = []
    for j, old in enumerate(before.candidates[:leaders]):
        new = next((c for c in after.candidates if _same(c, old)), None)
        if new is not None and new.probability > old.probability:
            rises.append((new.probability - old.probability, j, old.id))
    rises.sort(key=lambda item: (-item[0], item[1]))
    return tuple(candidate_id for _, _, candidate_id in rises[:FAVOURED_SHOWN])


def checked_questions(questions: Sequence[NextQuestion], ranking: Ranking, rerank: Rerank,
                      leaders: int = LEADERS) -> list[NextQuestion]:
    """The questions with their favours confirmed: ``rerank(question, answer)`` must rank the
    findings with that answer exactly as the caller will after the answer is given."""
    candidates = list(ranking.candidates[:leaders])
    result = []
    for question in questions:
        favours = raised_by(ranking, rerank(question, "yes"), leaders)
        favours_if_no = raised_by(ranking, rerank(question, "no"), leaders)
        result.append(replace(question, favours=favours, favours_if_no=favours_if_no,
                              why=separation_words(candidates, favours, favours_if_no),
                              checked=True))
    return result


RankFindings = Callable[[Findings], Ranking]


def findings_ranker(rank: Callable[..., Ranking], context: RankingContext, top: int = LEADERS,
                    evidence: bool = False) -> RankFindings:
    """A function that ranks a set of findings in ``context`` with ``rank`` (``Engine.rank``),
    deep enough for the questions' leaders: twin entries are scored as one disease there, so
    the questions are weighed on the same scores as the ranking people see."""
    def rank_findings(findings: Findings) -> Ranking:
        return rank(list(findings.present), list(findings.excluded),
                    or_groups=[list(g) for g in findings.or_groups], age=context.age,
                    sex=context.sex, categories=context.categories, prior=context.prior,
                    top=max(top, LEADERS), evidence=evidence)

    return rank_findings


def question_findings_ranker(rank_interpretation: Callable[..., Ranking],
                             interpretation: Interpretation, label_of: Callable[[str], str],
                             top: int = LEADERS, evidence: bool = False) -> RankFindings:
    """A function that ranks an interview's findings as ``ask`` ranks its question's, with
    ``rank_interpretation`` (``Engine.rank_interpretation``): what the question said besides
    its findings (family history, genes named, exposures, durations, onsets) stays in force
    (:func:`interpretation_with`). Deep enough for the questions' leaders."""
    def rank_findings(findings: Findings) -> Ranking:
        return rank_interpretation(interpretation_with(interpretation, findings, label_of),
                                   top=max(top, LEADERS), evidence=evidence)

    return rank_findings


@dataclass(frozen=True, slots=True)
class InterviewRanker:
    """How an interview ranks its findings (``Engine.interview_ranker``), and the model
    parameters of that ranking, which its next questions weigh the leaders by."""

    rank: RankFindings
    parameters: ModelParameters


def interview_ranker(ranker: Ranker, context: RankingContext,
                     interpretation: Interpretation | None, top: int,
                     evidence: bool = False) -> InterviewRanker:
    """How an interview (the web page, the report, the terminal) ranks its findings with
    ``ranker`` (``Engine.ranker``).

    With the ``interpretation`` of the question they came from, as ``ask`` ranks it (the
    question ranker, with what the question said besides its findings kept: family history,
    genes, exposures, durations, onsets), the age, sex and categories ``context`` gives
    replacing the question's; else the findings alone in ``context``.
    """
    if interpretation is None:
        return InterviewRanker(findings_ranker(ranker.rank, context, top, evidence),
                               ranker.parameters)
    ontology = ranker.knowledge.ontology

    def label_of(term: str) -> str:
        return ontology.name(term) if term in ontology else term

    asked = replace(interpretation,
                    age=interpretation.age if context.age is None else context.age,
                    sex=interpretation.sex if context.sex is None else context.sex,
                    categories=context.categories or interpretation.categories)
    return InterviewRanker(
        question_findings_ranker(ranker.rank_interpretation, asked, label_of, top, evidence),
        ranker.question_ranker.parameters)


def interview_step(knowledge: Knowledge, rank: RankFindings, findings: Findings,
                   limit: int = 3, *, check: bool = True,
                   parameters: ModelParameters | None = None) -> tuple[Ranking, list[NextQuestion]]:
    """One turn of an interview: the ranking of ``findings`` and the next questions.

    ``rank`` scores a set of findings (the caller fixes age, sex, categories, the prior and
    how many candidates, at least :data:`LEADERS`); the same function re-ranks each answer when
    ``check`` confirms what the questions favour.
    """
    ranking = rank(findings)
    questions = next_questions(knowledge, ranking, limit, skip=findings.unknown,
                               parameters=parameters)
    if check and questions:
        questions = checked_questions(questions, ranking, lambda question, answer: rank(
            findings.answered(question.hpo_id, answer, question.replaces)))
    return ranking, questions


StopReason = Literal["confident", "no_question", "asked_enough"]


def stop_reason(ranking: Ranking, questions: Sequence[NextQuestion], stop_at: float
                ) -> StopReason | None:
    """Why an interview ends here (``None``: ask on): the leading candidate's probability has
    reached ``stop_at``, or no question is informative."""
    if ranking.candidates and ranking.candidates[0].probability >= stop_at:
        return "confident"
    if not questions:
        return "no_question"
    return None


# Findings a person cannot notice themselves: only a test shows them. Each HPO subtree (by
# its root; hp.obo classes these findings under morphology the eye cannot see, or under
# laboratory and recording results) names, in plain words, the test that shows it. The
# narrative answer asks about what a person can notice and names the test for the rest
# (:func:`split_by_test`); the interview keeps asking by the chooser alone.
TEST_SUBTREES: tuple[tuple[str, str], ...] = (
    # Morphological central nervous system abnormality
    ("HP:0002011", "a brain or spine scan (MRI)"),
    ("HP:0410263", "a brain or spine scan (MRI)"),   # Brain imaging abnormality
    ("HP:0002353", "a brain wave test (EEG)"),       # EEG abnormality
    ("HP:0003457", "a nerve and muscle test (EMG)"),  # EMG abnormality
    ("HP:0003115", "a heart tracing (ECG)"),         # Abnormal EKG
    ("HP:0032180", "blood tests"),                   # Abnormal circulating metabolite concentration
    ("HP:0034684", "blood tests"),                   # Abnormal enzyme concentration or activity
    ("HP:0033331", "blood tests"),                   # Acute phase response
    ("HP:0025021", "blood tests"),                   # Abnormal erythrocyte sedimentation rate
    ("HP:0011014", "blood tests"),                   # Abnormal glucose homeostasis
    ("HP:0004360", "blood tests"),                   # Abnormality of acid-base homeostasis
    ("HP:0030057", "blood tests"),                   # Autoimmune antibody positivity
    ("HP:0001877", "blood tests"),                   # Abnormal erythrocyte morphology
    ("HP:0020058", "blood tests"),                   # Abnormal red blood cell count
    ("HP:0011893", "blood tests"),                   # Abnormal leukocyte count
    ("HP:0011873", "blood tests"),                   # Abnormal platelet count
    ("HP:0003110", "urine tests"),                   # Abnormality of urine homeostasis
    ("HP:0025454", "a spinal fluid test"),           # Abnormal CSF metabolite concentration
    ("HP:0025456", "a spinal fluid test"),           # Abnormal CSF protein concentration
    ("HP:0430030", "laboratory tests"),              # Positive infectious agent test
    ("HP:0032243", "laboratory tests"),              # Abnormal tissue metabolite concentration
    ("HP:0000095", "kidney tests"),                  # Abnormal renal glomerulus morphology
    ("HP:0000479", "an eye examination"),            # Abnormal retinal morphology
    ("HP:0004349", "a bone density scan"),           # Reduced bone mineral density
)
# Findings under those subtrees that a person sees themselves, checked first.
NOTICED_SUBTREES: tuple[str, ...] = (
    "HP:0033072",  # Abnormal macroscopic urine appearance (dark or red urine)
)


def needed_test(onto: Ontology, term_id: str) -> str | None:
    """The test, in plain words, that shows a finding a person could not notice themselves
    (None: a finding they may know of)."""
    if term_id not in onto:
        return None
    term = onto.index(term_id)

    def under(root: str) -> bool:
        return root in onto and (root == term_id or onto.is_ancestor(onto.index(root), term))

    if any(under(root) for root in NOTICED_SUBTREES):
        return None
    for root, words in TEST_SUBTREES:
        if under(root):
            return words
    return None


def split_by_test(onto: Ontology, questions: Sequence[NextQuestion], limit: int = 3
                  ) -> tuple[list[NextQuestion], list[tuple[NextQuestion, str]]]:
    """The questions a person can answer (up to ``limit``, best first, from all of
    ``questions``), and those among the best ``limit`` that only a test answers, each with
    its test in plain words."""
    noticed = [q for q in questions if needed_test(onto, q.hpo_id) is None][:limit]
    tested = [(q, words) for q in questions[:limit]
              if (words := needed_test(onto, q.hpo_id)) is not None]
    return noticed, tested
