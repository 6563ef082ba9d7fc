"""The vectorised and indexed paths of an answer give what the plain computations give.

Each test keeps the straightforward form of a computation that a faster one replaced (one
search per term, one pass per disease or phrase, a scan of every fact sheet) and checks that
both agree exactly, on the real data: the HTTP throughput work (bench/load.py) must not change
a single answer.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from whatcauses.engine import Engine
from whatcauses.explain.contrast import (
    _MAX_SHARED_BACKGROUND,
    Neighbour,
    closest_members,
    curated_lookalikes,
)
from whatcauses.explain.next_question import (
    MAX_BACKGROUND,
    MIN_ANCESTORS,
    _blocked_terms,
    _Leaders,
    _options,
)
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import PHENOTYPIC_ABNORMALITY, ROOT
from whatcauses.knowledge.ontology import expand_ancestors
from whatcauses.knowledge.sheets import curated_sheet_index, curated_sheets
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.results import Candidate
from whatcauses.text.cues import Cues
from whatcauses.text.negation import _phrase_matches
from whatcauses.text.normalize import tokenize

pytestmark = pytest.mark.slow

QUESTIONS = (
    "What autoimmune disease causes muscle stiffness?",
    "What causes fever, rash and joint pain in a child?",
    "What genetic disease causes tall stature and a dislocated lens?",
    "which neurological diseases cause seizures and developmental delay",
    "my 8 year old has a rash and swollen knees",
    "dry eyes, dry mouth and joint pain but no fever",
    "What inherited eye disease causes night blindness?",
    "Which skin diseases cause blisters and itching?",
)

# One noise floor for every leader, condition profiles included.
ONE_FLOOR = ModelParameters(observed_floor=0.05, profile_observed_floor=0.05)


def _column_frequencies(knowledge: Knowledge, term: int, diseases: np.ndarray[Any, Any]
                        ) -> np.ndarray[Any, Any]:
    """``P(term | d)``: one search of the term's column per term."""
    a = knowledge.arrays
    lo, hi = int(a["model_ptr"][term]), int(a["model_ptr"][term + 1])
    column = a["model_disease"][lo:hi]
    result = np.zeros(len(diseases))
    if not len(column):
        return result
    pos = np.minimum(np.searchsorted(column, diseases), len(column) - 1)
    hit = column[pos] == diseases
    result[hit] = a["model_probability"][lo:hi][pos[hit]]
    return result


def test_model_frequencies_read_the_per_term_columns(engine: Engine) -> None:
    knowledge = engine.knowledge
    rng = np.random.default_rng(7)
    shown = np.flatnonzero(np.diff(knowledge.arrays["model_ptr"]) > 0)
    for size in (1, 5, 40):
        diseases = np.sort(rng.choice(knowledge.n_diseases, size, replace=False))
        # Repeated and unordered terms, terms no disease shows, and the root.
        terms = np.concatenate([rng.choice(shown, 300), rng.choice(len(knowledge.ontology), 50),
                                [0, 0]])
        fast = knowledge.model_frequencies(terms, diseases)
        plain = np.stack([_column_frequencies(knowledge, int(t), diseases) for t in terms])
        assert np.array_equal(fast, plain)
    assert knowledge.model_frequencies(np.asarray([], dtype=int), diseases).shape == (0, 40)


def test_id_order_sorts_terms_as_their_ids(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    assert np.argsort(onto.id_order).tolist() == sorted(range(len(onto)), key=onto.ids.__getitem__)
    assert onto.folded_names[onto.index("HP:0001250")] == "seizure"


def _plain_closest(knowledge: Knowledge, members: Any, findings: Sequence[Sequence[str]],
                   exclude: set[str], limit: int = 3) -> list[Neighbour]:
    """closest_members as one pass per curated disease (the form before vectorising)."""
    onto = knowledge.ontology
    background = knowledge.background
    index = knowledge.disease_ids_index
    candidates = sorted({index[i] for i in curated_sheet_index()
                         if i in index and i not in exclude and members[index[i]]})
    scored = []
    targets = []
    for group in findings:
        terms = [onto.index(term_id) for term_id in group]
        information = np.zeros(len(onto))
        for term in terms:
            for ancestor in onto.ancestors(term).tolist():
                share = float(background[ancestor])
                if ancestor != term and share <= _MAX_SHARED_BACKGROUND:
                    information[ancestor] = max(information[ancestor],
                                                -math.log(max(share, 1e-6)))
        targets.append((terms, information))
    a = knowledge.arrays
    twin_group = a["twin_group"]
    excluded_groups = {int(twin_group[index[i]]) for i in exclude if i in index}
    shows = np.zeros(knowledge.n_diseases, dtype=bool)
    for terms, _ in targets:
        for term in terms:
            shows[knowledge.implied_column(term)[0]] = True
    for disease in candidates:
        if int(twin_group[disease]) in excluded_groups or shows[disease]:
            continue
        rows = knowledge.annotation_rows(disease)
        rows = rows[knowledge.phenotype_rows[rows]]
        annotated = a["ann_term"][rows]
        if not len(annotated):
            continue
        frequency = np.nan_to_num(a["ann_frequency"][rows], nan=0.5)
        owner, ancestors = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, annotated)
        total, weight = 0.0, 0.0
        shared: list[str] = []
        instead: list[str] = []
        for _, information in targets:
            values = information[ancestors]
            best = int(np.argmax(values))
            if values[best] <= 0:
                continue
            mica = int(ancestors[best])
            below = list(dict.fromkeys(owner[ancestors == mica].tolist()))
            labels = list(dict.fromkeys(onto.names[int(annotated[j])] for j in below))
            total += float(values[best])
            weight += float(frequency[below].sum())
            shared.append(onto.names[mica])
            instead.extend(labels[:3])
        if total > 0:
            scored.append((total, weight, disease, tuple(dict.fromkeys(shared)),
                           tuple(dict.fromkeys(instead))))
    scored.sort(key=lambda x: (-x[0], -x[1], knowledge.disease_ids[x[2]]))
    return [Neighbour(d, sh, ins, sim) for sim, _, d, sh, ins in scored[:limit]]


def test_closest_members_agree_with_one_pass_per_disease(engine: Engine) -> None:
    knowledge = engine.knowledge
    onto = knowledge.ontology
    findings = [["HP:0002063"], ["HP:0003552"], ["HP:0001250"], ["HP:0001263"],
                ["HP:0000365"], ["HP:0000988"], ["HP:0002829"], ["HP:0000505"],
                ["HP:0001945", "HP:0001824"], ["HP:0012378"]]
    assert all(t in onto for group in findings for t in group)
    # The leaders to exclude depend on the first finding only: ranked once per finding.
    leaders = {group[0]: {c.id for c in engine.rank([group[0]], top=3).candidates}
               for group in findings}
    compared = 0
    for category in ("autoimmune", "neurological", "genetic", "skin", "eye", "infectious"):
        members = engine.categories.mask(category)
        for size, limit in ((1, 1), (2, 3), (3, 10)):
            for chosen in itertools.islice(itertools.combinations(findings, size), 6):
                exclude = leaders[chosen[0][0]]
                fast = closest_members(knowledge, members, chosen, exclude, limit=limit)
                assert fast == _plain_closest(knowledge, members, chosen, exclude, limit)
                compared += bool(fast)
    assert compared > 20  # the comparisons found neighbours, not only empty lists


def _plain_lookalikes(leaders: list[Candidate], preferred: set[str],
                      limit: int = 5) -> list[tuple[str, tuple[str, ...]]]:
    """curated_lookalikes as a scan of every fact sheet (texts and what they are about)."""
    index = curated_sheet_index()
    lead_ids = {i for c in leaders for i in c.ids}
    found = []
    for position, candidate in enumerate(leaders):
        sheet = next((index[i] for i in candidate.ids if i in index), None)
        if sheet is None:
            continue
        for statement in sheet.distinguishing:
            found.append((position, statement, sheet))
    for sheet in curated_sheets():
        if lead_ids & set(sheet.ids):
            continue
        for statement in sheet.distinguishing:
            if lead_ids & set(statement.versus):
                position = min(
                    i for i, c in enumerate(leaders) if set(c.ids) & set(statement.versus))
                found.append((position, statement, sheet))
    found.sort(key=lambda item: (0 if (set(item[1].versus) | set(item[2].ids)) & preferred
                                 else 1, item[0], item[2].file))
    result: list[tuple[str, tuple[str, ...]]] = []
    for _, statement, sheet in found:
        if statement.text not in {text for text, _ in result}:
            result.append((statement.text, (sheet.id, *statement.versus)))
    return result[:limit]


def test_curated_lookalikes_agree_with_a_scan_of_every_sheet(engine: Engine) -> None:
    named = sorted({d for sheet in curated_sheets() for s in sheet.distinguishing
                    for d in s.versus if engine.knowledge.has_disease(d)})
    leaders_seen = [list(engine.ask(q).ranking.candidates[:3]) for q in QUESTIONS]
    # Leaders that distinguishing statements name, ranked for their own findings.
    candidate = engine.rank(["HP:0001250"], top=500).candidates
    for disease_id in named[:40]:
        leaders_seen.append([c for c in candidate if disease_id in c.ids][:1]
                            + list(candidate[:2]))
    compared = 0
    for leaders in leaders_seen:
        for preferred in (set(), engine.categories.member_ids("autoimmune"), set(named[::3])):
            fast = [(c.text, c.about) for c in curated_lookalikes(leaders, set(preferred))]
            assert fast == _plain_lookalikes(leaders, set(preferred))
            compared += bool(fast)
    assert compared > 0


def test_category_member_ids_are_the_mask(engine: Engine) -> None:
    mask = engine.categories.mask("autoimmune")
    ids = engine.categories.member_ids("autoimmune")
    assert ids == {engine.knowledge.disease_ids[i] for i in np.flatnonzero(mask)}
    assert engine.categories.member_ids("autoimmune") is ids


def _plain_phrase_matches(tokens: Sequence[Any], words: list[int],
                          phrases: Sequence[tuple[str, ...]]) -> list[tuple[int, int]]:
    found = []
    for phrase in phrases:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            span = words[k:k + n]
            if span[-1] - span[0] != n - 1:
                continue
            if all(tokens[p].folded == w for p, w in zip(span, phrase, strict=True)):
                found.append((span[0], span[-1]))
    return found


_CUES = Cues.load()
_PHRASES = (*_CUES.words.negation_phrases_before, *_CUES.words.negation_phrases_after,
            *_CUES.words.pseudo_negations)
_VOCABULARY = [*sorted({w for p in _PHRASES for w in p}), "fever", "rash", ",", ".", "and"]


@given(st.lists(st.sampled_from(_VOCABULARY), max_size=25), st.integers(0, len(_PHRASES)))
def test_phrase_matches_by_first_word_find_what_every_phrase_finds(words: list[str],
                                                                    cut: int) -> None:
    tokens = tokenize(" ".join(words))
    positions = [i for i, t in enumerate(tokens) if t.is_word]
    for phrases in (_PHRASES, _PHRASES[:cut], (*_PHRASES[cut:], *_PHRASES[:cut])):
        assert (_phrase_matches(tokens, positions, phrases)
                == _plain_phrase_matches(tokens, positions, phrases))


def test_knowledge_questions_show_the_evidence_of_each_group(engine: Engine) -> None:
    """A knowledge question's candidates carry the evidence group_evidence gives each (of the
    ranker that scores questions)."""
    ranker = engine.ranker.question_ranker
    index = engine.knowledge.disease_ids_index
    for question in QUESTIONS:
        interpretation = engine.interpret(question)
        ranking = engine.rank_interpretation(interpretation, top=10)
        if interpretation.frame == "person" or not ranking.candidates:
            continue
        own = ranker.finding_vectors(ranking.query)
        united = ranker._united(own, ranking.query)
        for candidate in ranking.candidates:
            members = [index[d] for d in candidate.ids]
            assert candidate.evidence == ranker.group_evidence(own, members, united)


def test_leaders_weigh_each_question_by_the_best_twin_entry(engine: Engine) -> None:
    """``_Leaders.shown`` (all terms at once) as the loop over terms and leaders it replaced."""
    knowledge = engine.knowledge
    twins = False
    for question in QUESTIONS:
        candidates = list(engine.ask(question).ranking.candidates[:10])
        if not candidates:
            continue
        field = _Leaders(knowledge, candidates, ONE_FLOOR)
        terms = sorted({int(t) for m in field.members
                        for t in knowledge.arrays["ann_term"][knowledge.annotation_rows(m)]
                        if t >= 0})
        terms += terms[:3]  # a term twice
        background = knowledge.background[np.asarray(terms)].astype(float)
        members = np.asarray(field.members, dtype=np.int64)
        plain = np.empty((len(terms), len(candidates) + 1))
        for i, term in enumerate(terms):
            by_member = _column_frequencies(knowledge, term, members)
            for j, entries in enumerate(field.entries):
                plain[i, j] = max(by_member[field.members.index(m)] for m in entries)
        plain[:, :-1] = np.maximum(plain[:, :-1], 0.05 * background[:, None])
        plain[:, -1] = background
        assert np.array_equal(field.shown(terms), np.clip(plain, 1e-6, 1 - 1e-6))
        twins |= any(len(entries) > 1 for entries in field.entries)
    assert twins  # some leader has twin entries (OMIM and Orphanet records of one disease)


def _plain_options(knowledge: Knowledge, members: list[int], blocked: set[int]) -> list[int]:
    """_options with one annotation list per leader and a set of the terms above them."""
    onto = knowledge.ontology
    terms = knowledge.arrays["ann_term"]
    rows = np.concatenate([knowledge.annotation_rows(d) for d in members])
    rows = rows[knowledge.phenotype_rows[rows]]
    annotated = np.unique(terms[rows])
    annotated = annotated[annotated >= 0]
    _, lineage = expand_ancestors(onto.ancestors_ptr, onto.ancestors_idx, annotated)
    found = np.unique(lineage)
    found = found[knowledge.background[found] <= MAX_BACKGROUND]
    depth = onto.ancestors_ptr[found + 1] - onto.ancestors_ptr[found]
    found = found[depth >= MIN_ANCESTORS]
    phenotype = onto.descends_from(found, onto.index(PHENOTYPIC_ABNORMALITY))
    general = {onto.index(ROOT), onto.index(PHENOTYPIC_ABNORMALITY)}
    graded = onto.severity_graded  # asked as the finding itself, not its grade
    return [t for t in found[phenotype].tolist()
            if t not in blocked and t not in general and not graded[t]]


def test_options_are_the_askable_terms_above_the_leaders_annotations(engine: Engine) -> None:
    knowledge = engine.knowledge
    onto = knowledge.ontology
    for question in QUESTIONS:
        ranking = engine.ask(question).ranking
        if not ranking.candidates:
            continue
        field = _Leaders(knowledge, list(ranking.candidates[:10]), ONE_FLOOR)
        for blocked in (set(), _blocked_terms(knowledge, ranking, []),
                        _blocked_terms(knowledge, ranking, [onto.index("HP:0000707")])):
            assert (_options(knowledge, field.members, blocked)
                    == _plain_options(knowledge, field.members, blocked))


def test_phenotype_rows_by_disease_and_branch(engine: Engine) -> None:
    knowledge = engine.knowledge
    onto = knowledge.ontology
    ptr, rows = knowledge.phenotype_rows_by_disease
    for disease in (0, 1, knowledge.n_diseases // 2, knowledge.n_diseases - 1):
        own = knowledge.annotation_rows(disease)
        assert rows[ptr[disease]:ptr[disease + 1]].tolist() == own[
            knowledge.phenotype_rows[own]].tolist()
    assert ptr[-1] == len(rows) == int(knowledge.phenotype_rows.sum())
    everything = np.arange(len(onto))
    assert np.array_equal(onto.phenotype_branch,
                          onto.descends_from(everything, onto.index(PHENOTYPIC_ABNORMALITY)))


def test_batch_evidence_fast_paths_agree_with_the_plain_forms(engine: Engine) -> None:
    """Evidence for every shown candidate, as ``whatcauses batch`` builds it: the pass's
    vectorised assembly gives each disease's details as its remembered table does, and the
    shared evidence dicts equal the items' own ``to_dict()``."""
    from whatcauses.rank.results import candidate_dicts

    onto = engine.knowledge.ontology
    model = engine.ranker.model
    queries = (
        (["HP:0001250", "HP:0001263", "HP:0000252", "HP:0001290"], ["HP:0000238"]),
        (["HP:0002063", "HP:0003552", "HP:0001324"], ["HP:0001250", "HP:0002650"]),
        (["HP:0000098", "HP:0001166", "HP:0001083", "HP:0001659"], []),
    )
    for present, excluded in queries:
        ranking = engine.rank(present, excluded, top=10)
        diseases = [engine.knowledge.disease_ids_index[c.id] for c in ranking.candidates]
        seen = [onto.index(t) for t in present]
        missing = [onto.index(t) for t in excluded]
        assert (model._explain_pass_vectorised(seen, missing, diseases)
                == model._explain_from_tables(seen, missing, diseases))
        plain = candidate_dicts(ranking.candidates)
        shared = candidate_dicts(ranking.candidates, shared_evidence=True)
        assert shared == plain
        assert all(e["evidence"] for e in shared)
        again = candidate_dicts(ranking.candidates, shared_evidence=True)
        assert again[0]["evidence"][0] is shared[0]["evidence"][0]  # built once
