"""Compose a cited answer from the interpretation, the ranking and the curated fact sheets.

Deterministic templates over data: no language model. Every sentence of the narrative carries
``[n]`` markers into ``citations``: fact-sheet statements cite their own sources, statements
drawn from the HPO data cite the annotations' references (PubMed, OMIM, Orphanet).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from whatcauses.answer.citations import Citation, CitationList
from whatcauses.answer.safety import (
    DISCLAIMER,
    RED_FLAG_SOURCE_ID,
    RED_FLAG_SOURCE_TITLE,
    RED_FLAG_SOURCE_URL,
    InjuryNotice,
    UrgentNotice,
    injury_notice,
    urgent_notice,
)
from whatcauses.explain.contrast import (
    Contrast,
    category_neighbours,
    closest_members,
    curated_lookalikes,
    evidence_contrasts,
)
from whatcauses.explain.evidence import CONTEXT_LINE_IDS, explain_candidate, modifier_words
from whatcauses.explain.next_question import NextQuestion, next_questions, split_by_test
from whatcauses.explain.wording import frequency_words, join_words, lower_first
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories
from whatcauses.knowledge.curated import (
    body_sites,
    exposure_labels,
    injury_vocabulary,
    prevalence_table,
)
from whatcauses.knowledge.curated_diseases import site_keys
from whatcauses.knowledge.ontology import Ontology
from whatcauses.knowledge.sheet_model import ExposureStatement, FactSheet, Statement
from whatcauses.knowledge.sheets import curated_sheet_index, curated_sheets
from whatcauses.rank.genes import GENE_LINK_LR
from whatcauses.rank.inheritance import COMMON_FITTING_LR, FITTING_LR, NOT_FITTING_LR
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.results import Candidate, Prevalence, Ranking
from whatcauses.text.interpretation import Interpretation
from whatcauses.text.normalize import phrase_key

HPO_SOURCE_ID = "HPO"
# HPO's genes_to_phenotype.txt: the gene-disease links a named gene weighs by (rank/genes.py).
HPO_GENES_SOURCE_ID = "HPO-GENES"
# How many next questions the narrative answer asks.
NEXT_QUESTIONS_SHOWN = 3
ORPHANET_SOURCE_ID = "ORPHANET-EPIDEMIOLOGY"
ORPHANET_SOURCE_TITLE = ("Orphanet epidemiology data (ORPHApackets release of 2025-12-09), "
                         "© INSERM, licence CC BY 4.0")
ORPHANET_SOURCE_URL = "https://www.orpha.net/"
COVERAGE_SOURCE_ID = "COVERAGE"
# A sentence ends at ., ! or ? followed by a space and a capital letter.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
EXAMPLES = (
    "What autoimmune disease causes muscle stiffness?",
    "my 8 year old has a rash and swollen knees",
    "dry eyes, dry mouth and joint pain but no fever",
    "stiff back, anti-GAD positive",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the answer with the citation numbers it rests on."""

    text: str
    citations: tuple[int, ...]

    def render(self) -> str:
        marks = "".join(f"[{n}]" for n in self.citations)
        return f"{self.text} {marks}".rstrip()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": list(self.citations)}


@dataclass(frozen=True, slots=True)
class CandidateExplanation:
    id: str
    name: str
    has_fact_sheet: bool
    summary: tuple[Sentence, ...]
    supporting: tuple[Sentence, ...]
    opposing: tuple[Sentence, ...]
    # Of those, the sentences that weigh the person and the question as a whole (age, sex,
    # course, exposures, unnamed hallmarks), not one finding, each with whether it supports:
    # the page shows them beside its own per-finding evidence.
    context: tuple[tuple[Sentence, bool], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "has_fact_sheet": self.has_fact_sheet,
            "summary": [s.to_dict() for s in self.summary],
            "supporting": [s.to_dict() for s in self.supporting],
            "opposing": [s.to_dict() for s in self.opposing],
            "context": [{**s.to_dict(), "supports": supports} for s, supports in self.context],
        }


@dataclass(frozen=True, slots=True)
class Answer:
    """Everything ``ask`` returns; ``to_dict()`` is the documented JSON shape."""

    question: str
    interpretation: Interpretation
    ranking: Ranking
    answer: str = ""
    sections: Mapping[str, tuple[Sentence, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    candidate_explanations: tuple[CandidateExplanation, ...] = ()
    citations: tuple[Citation, ...] = ()
    next_questions: tuple[NextQuestion, ...] = ()
    urgent: UrgentNotice | None = None
    message: str | None = None
    disclaimer: str = DISCLAIMER
    coverage: str = ""
    # The question describes an injury: what whatcauses does not rank (answer/safety.py).
    injury: InjuryNotice | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "interpretation": self.interpretation.to_dict(),
            "candidates": [c.to_dict() for c in self.ranking.candidates],
            "answer": self.answer,
            "sections": {k: [s.to_dict() for s in v] for k, v in self.sections.items()},
            "explanations": [c.to_dict() for c in self.candidate_explanations],
            "citations": [c.to_dict() for c in self.citations],
            "next_questions": [q.to_dict() for q in self.next_questions],
            "urgent": self.urgent.to_dict() if self.urgent else None,
            "message": self.message,
            "disclaimer": self.disclaimer,
            "coverage": self.coverage,
            "injury": self.injury.to_dict() if self.injury else None,
            "data_release": self.ranking.data_release,
        }


class _Writer:
    """Accumulates cited sentences per section."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.citations = CitationList()
        self.sections: dict[str, list[Sentence]] = {}
        self._titles = _reference_titles()

    def source(self, source_id: str) -> int:
        cited = self.citations.number(source_id)
        if cited is not None:  # a source keeps its number (and the title it was cited with)
            return cited
        knowledge = self.knowledge
        if source_id == HPO_SOURCE_ID:
            return self.citations.cite(
                HPO_SOURCE_ID,
                f"Human Phenotype Ontology and disease annotations, release {knowledge.release}",
                "https://hpo.jax.org/",
            )
        if source_id == HPO_GENES_SOURCE_ID:
            return self.citations.cite(
                HPO_GENES_SOURCE_ID,
                f"HPO gene-disease links (genes_to_phenotype), release {knowledge.release}",
                "https://hpo.jax.org/data/annotations",
            )
        if source_id == RED_FLAG_SOURCE_ID:
            return self.citations.cite(source_id, RED_FLAG_SOURCE_TITLE, RED_FLAG_SOURCE_URL)
        if source_id == ORPHANET_SOURCE_ID:
            return self.citations.cite(source_id, ORPHANET_SOURCE_TITLE, ORPHANET_SOURCE_URL)
        title = self._titles.get(source_id)
        if title is None and knowledge.has_disease(source_id):
            title = knowledge.disease_names[knowledge.disease_index(source_id)]
        if title is None and source_id.startswith("PMID:"):
            title = f"PubMed {source_id[5:]}"  # no title is known: none is made up
        return self.citations.cite(source_id, title or source_id, _reference_urls().get(source_id))

    def add(self, section: str, text: str, sources: list[str] | tuple[str, ...]) -> Sentence:
        """Add text (one or more sentences); each sentence carries the citation markers."""
        numbers = tuple(sorted({self.source(s) for s in dict.fromkeys(sources) if s}))
        parts = [p for p in _SENTENCE_BREAK.split(text.strip()) if p] or [text]
        sentence = Sentence(parts[-1], numbers)
        for part in parts[:-1]:
            self.sections.setdefault(section, []).append(Sentence(part, numbers))
        self.sections.setdefault(section, []).append(sentence)
        return sentence


@lru_cache(maxsize=1)
def _reference_titles() -> dict[str, str]:
    """Source id -> title, from every fact sheet's reference list and the prevalence table's
    (read once), so that a curated figure's source is cited by its title."""
    titles = {ref.id: ref.title for row in prevalence_table() for ref in row.references}
    titles.update((ref.id, ref.title) for ref in injury_vocabulary().references)
    titles.update(
        (ref.id, ref.title) for sheet in curated_sheets() for ref in sheet.references.values())
    return titles


@lru_cache(maxsize=1)
def _reference_urls() -> dict[str, str]:
    """Source id -> the page of a source that no id form links (a guideline's page)."""
    return {ref.id: ref.url for ref in injury_vocabulary().references if ref.url}


def _sheet(candidate: Candidate) -> FactSheet | None:
    index = curated_sheet_index()
    return next((index[i] for i in candidate.ids if i in index), None)


def _onset_sources(candidate: Candidate, sheet: FactSheet | None) -> tuple[str, ...]:
    """The sources of the onset range the person's age was weighed against: the profile's or
    fact sheet's, or a prevalence.yaml entry's, when the range is theirs (else it came from
    the HPO or Orphanet records of the candidate's own entries, cited by id)."""
    fit = candidate.age_fit
    if fit is None:
        return ()
    if sheet is not None and sheet.onset == (fit.onset_from, fit.onset_to):
        return sheet.onset_sources
    for row in prevalence_table():
        if row.id in candidate.ids and row.onset == (fit.onset_from, fit.onset_to):
            return row.onset_sources
    return ()


def _exposure_statement(candidate: Candidate) -> ExposureStatement | None:
    """The curated sentence on the first exposure the question names that the candidate lists
    (from any sheet or profile of its ids)."""
    index = curated_sheet_index()
    for key in candidate.exposures:
        for disease_id in candidate.ids:
            sheet = index.get(disease_id)
            found = next((e for e in sheet.exposures if e.key == key), None) if sheet else None
            if found is not None:
                return found
    return None


def _unnamed_exposure_sources(candidate: Candidate) -> tuple[str, ...]:
    """The sources of the defining exposures the question does not name (from any sheet or
    profile of the candidate's ids)."""
    index = curated_sheet_index()
    sources: list[str] = []
    for disease_id in candidate.ids:
        sheet = index.get(disease_id)
        for exposure in sheet.exposures if sheet else ():
            if exposure.key in candidate.unnamed_exposures:
                sources += exposure.sources
    return tuple(dict.fromkeys(sources))


def _lifted(writer: _Writer, onto: Ontology, section: str, candidate: Candidate,
            told: set[str]) -> list[Sentence]:
    """A sentence on the body site that lifted the candidate (quoting the profile statement
    that names it, unless just told), and one on the clinical modifiers that did, each cited
    (rank/sites.py, rank/modifiers.py); none for a weight with no source to cite."""
    said: list[Sentence] = []
    site = next((f for f in candidate.site_fits if f.sources), None)
    if site is not None:
        parts = [p for p in _SENTENCE_BREAK.split(site.statement.strip()) if p]
        quoted = next((p for p in parts if site.key in site_keys(p, body_sites())),
                      site.statement)
        text = (f"You mention the {site.site}, which its description names too."
                if any(quoted in t for t in told) else f"You mention the {site.site}: {quoted}")
        said.append(writer.add(section, text, list(site.sources)))
    modifiers = [f for f in candidate.modifier_fits if f.sources and f.likelihood_ratio > 1]
    if modifiers:
        words = join_words([f'"{f.text}"' for f in modifiers])
        recorded = join_words([modifier_words(onto, f) for f in modifiers])
        said.append(writer.add(section, f"You say {words}: its sources record {recorded}.",
                               [s for f in modifiers for s in f.sources]))
    return said


def _relevant(statements: tuple[Statement, ...], asked: set[str],
              name: str = "") -> Statement | None:
    """The statement that names one of the asked findings, else the first that does more
    than restate the disease's own name (a stroke profile's finding "ischemic stroke")."""
    for statement in statements:
        if asked & set(statement.hpo):
            return statement
    own = phrase_key(name)
    informative = [s for s in statements if phrase_key(s.text.split(":", 1)[0]) != own]
    chosen = informative or list(statements)
    return chosen[0] if chosen else None


def _evidence_sources(candidate: Candidate) -> list[str]:
    sources = [r for e in candidate.evidence if e.likelihood_ratio > 1 for r in e.references]
    return sources[:4] or [candidate.id]


def _inheritance_sentence(interpretation: Interpretation) -> str:
    """How the family history read as inheritance evidence was weighed (rank/inheritance.py),
    so the answer says what the words of the family changed; empty without such evidence."""
    modes = interpretation.inheritance_modes
    if not modes:
        return ""
    labels = {m: lab for e in interpretation.inheritance
              for m, lab in zip(e.modes, e.labels, strict=False)}
    # "X-linked" keeps its capital.
    names = [(label if label.startswith("X") else lower_first(label)).removesuffix(" inheritance")
             for label in (labels.get(m, m) for m in modes)]
    said = join_words([f"'{e.text}'" for e in interpretation.inheritance])
    fits = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return (f"Read as family history: {said}, which fits {fits} inheritance. Diseases whose HPO "
            f"annotations record such a mode weigh more (likelihood ratio {FITTING_LR:g}; "
            f"{COMMON_FITTING_LR:g} for the inherited forms of common conditions), those "
            f"recorded with only other modes less ({NOT_FITTING_LR:g}), and those with no mode "
            "recorded (most common and acquired conditions) are unchanged.")


def compose_answer(knowledge: Knowledge, categories: Categories, interpretation: Interpretation,
                   ranking: Ranking, parameters: ModelParameters | None = None) -> Answer:
    """Build the narrative, sections, citations and next questions (weighed with the
    ``parameters`` of the model that ranked the question; default: the defaults)."""
    writer = _Writer(knowledge)
    onto = knowledge.ontology
    urgent = urgent_notice(interpretation.red_flags)
    if urgent is not None:
        writer.add("urgent", urgent.notice, [RED_FLAG_SOURCE_ID])
        for advice in urgent.advice[:2]:
            writer.add("urgent", advice, [RED_FLAG_SOURCE_ID])
    # h-injury: said before the causes, so that they are not read as the injury's diagnosis.
    injury = injury_notice(interpretation, bool(ranking.candidates))
    if injury is not None:
        writer.add("injury", injury.notice, [HPO_SOURCE_ID])
        for line in injury.advice:
            writer.add("injury", line.text, list(line.sources))

    candidates = list(ranking.candidates)
    if not candidates:
        message = _no_finding_message(interpretation)
        writer.add("summary", message, [HPO_SOURCE_ID])
        return _finish(writer, interpretation, ranking, (), (), urgent, message, injury)

    asked_present = [f for f in interpretation.own
                     if not f.negated and not f.queried and not f.known]
    known = interpretation.known_conditions
    asked_absent = [f for f in interpretation.own if f.negated]
    asked_queried = [f for f in interpretation.own if not f.negated and f.queried]
    relatives = interpretation.family_findings
    present_words = join_words([f"{f.text}" for f in asked_present])
    absent_words = join_words([f.text for f in asked_absent])
    described = f"You describe {present_words}" if present_words else "You describe no finding"
    if absent_words:
        described += f", without {absent_words}"
    if asked_queried:
        described += (f" (and ask about {join_words([f.text for f in asked_queried])}, "
                      "which is not weighed as a finding)")
    if known:
        described += (", with known " + join_words([f.text for f in known])
                      + " (weighed as a known condition, not as a finding to explain)")
    named_by_relatives = [f"{r.label} ({r.relative})" for r in interpretation.relative_diseases]
    if relatives or named_by_relatives:
        described += (", with a family history of "
                      + join_words([*(f"{f.text} ({f.relative})" for f in relatives),
                                    *named_by_relatives])
                      + " (weighed as family history, not as a finding of the person asked about)")
    # Family history alone (no finding of the person asked about): the relative's conditions
    # are what was ranked (rank/ranker.py), and what the ontology names.
    named = asked_present or relatives
    mapped = join_words(
        sorted({lower_first(label) for f in named for label in f.labels[:3]})
    )
    said = interpretation.said_diseases
    genes = interpretation.gene_diseases
    if said and not mapped:
        # A disease named alone (text/question.py ``_named_alone``): no finding to map.
        writer.add("summary", f"You name {join_words([d.text for d in said])} "
                   f"({join_words([d.label for d in said])}), with no finding of your own.",
                   [HPO_SOURCE_ID])
    elif genes and not mapped:
        # A gene named alone (rank/ranker.py: its diseases' first hallmarks are ranked).
        writer.add("summary", f"You name the gene {join_words(list(genes))}, with no finding "
                   "of your own: the causes below are ranked for the usual findings of the "
                   "diseases linked to it, those diseases first.", [HPO_GENES_SOURCE_ID])
    else:
        writer.add("summary", f"{described}; in the Human Phenotype Ontology these correspond "
                   f"to {mapped}.", [HPO_SOURCE_ID])
    inheritance = _inheritance_sentence(interpretation)
    if inheritance:
        writer.add("summary", inheritance, [HPO_SOURCE_ID])
    named_alone = [e for e in interpretation.inheritance if e.diseases]
    if not asked_present and not relatives and named_alone:
        # A relative's named disease said alone (rank/ranker.py ``_hallmarks``).
        writer.add("summary", "With no finding of your own named, the causes below are "
                   "ranked for the usual findings of the disease you name in your family "
                   f"({join_words([e.text for e in named_alone])}): that disease, then those "
                   "that resemble it; a family history, not a finding of yours.",
                   [HPO_SOURCE_ID])
    if not asked_present and not relatives and interpretation.said_diseases:
        # A disease named as the question's subject (text/question.py ``_named_alone``).
        writer.add("summary", "With no finding of your own named, the causes below are "
                   "ranked for the usual findings of the disease you name ("
                   f"{join_words([d.label for d in interpretation.said_diseases])}): that "
                   "disease first, then those that resemble it.", [HPO_SOURCE_ID])
    if not asked_present and relatives:
        writer.add("summary", "With no finding of your own named, the causes below are those "
                   "of your relative's condition, the inherited ones first: what a family "
                   "history may point to, not a finding of yours.", [HPO_SOURCE_ID])
    _gene_sentences(writer, interpretation, candidates[:3])
    leader = candidates[0]
    scope = ""
    if interpretation.categories:
        scope = f"Among {join_words(list(interpretation.categories))} diseases, "
    follow = [c.name for c in candidates[1:3]]
    lead_text = f"{scope}the best fit in the HPO disease annotations is {leader.name}"
    if follow:
        lead_text += f", followed by {join_words(follow)}"
    writer.add("summary", lead_text[:1].upper() + lead_text[1:] + ".",
               [s for c in candidates[:3] for s in _evidence_sources(c)[:2]])
    if leader.probability < 0.5:
        writer.add("summary", "These are possibilities to discuss with a doctor, not a "
                   "diagnosis: the findings given fit several conditions.", [HPO_SOURCE_ID])
    _how_common(writer, candidates[:10], interpretation.frame)

    asked_ids = {i for f in asked_present for i in f.ids}
    explanations = []
    told_sheets: set[str] = set()  # fact sheets already told (one sheet can cover two entries)
    for position, candidate in enumerate(candidates[:10]):
        explanations.append(_describe_candidate(writer, onto, candidate, asked_ids,
                                                narrative=position < 3, described=told_sheets))

    # Contrasts: evidence, curated look-alikes, category neighbours.
    contrasts: list[Contrast] = evidence_contrasts(onto, leader, candidates[1:4])
    preferred: set[str] = set()
    if interpretation.categories:
        for category in interpretation.categories:
            preferred.update(categories.member_ids(category))
    contrasts += curated_lookalikes(candidates[:3], preferred)
    if interpretation.categories and asked_present:
        category = interpretation.categories[0]
        shown = {i for c in candidates[:10] for i in c.ids}
        shown |= {d for c in contrasts for d in c.about}
        nearby = closest_members(knowledge, categories.mask(category),
                                 [f.ids for f in asked_present], shown, limit=1)
        asked_words = join_words([f.text for f in asked_present])
        contrasts += category_neighbours(knowledge, nearby, asked_words, category)
    for contrast in contrasts:
        writer.add("contrasts", contrast.text, list(contrast.sources))

    # Management, from the fact sheets of the leading candidates.
    managed = 0
    managed_sheets: set[str] = set()
    for candidate in candidates[:3]:
        sheet = _sheet(candidate)
        if sheet is None or not sheet.section("management") or sheet.file in managed_sheets:
            continue
        managed_sheets.add(sheet.file)
        for statement in sheet.section("management")[:2]:
            writer.add("management", f"{sheet.name}: {lower_first(statement.text)}"
                       if not statement.text.startswith(sheet.name) else statement.text,
                       list(statement.sources))
        managed += 1
    if managed == 0:
        writer.add("management", "No curated summary of management exists for these "
                   "conditions, and the HPO annotations do not describe treatment.",
                   [HPO_SOURCE_ID])

    # The best questions a person can answer themselves (from a few more than are shown),
    # and, for the best findings only a test shows, that test in plain words.
    noticed, by_test = split_by_test(knowledge.ontology, next_questions(
        knowledge, ranking, limit=2 * NEXT_QUESTIONS_SHOWN, parameters=parameters),
        NEXT_QUESTIONS_SHOWN)
    questions = tuple(noticed) + tuple(q for q, _ in by_test)
    if noticed:
        labels = _pointing_to(noticed, candidates)
        favoured = [c for q in noticed for c in q.favours]
        writer.add("next_steps", f"What would best tell these apart: whether there is also "
                   f"{labels}.", favoured or [HPO_SOURCE_ID])
    if by_test:
        tests = join_words(list(dict.fromkeys(words for _, words in by_test)))
        favoured = [c for q, _ in by_test for c in q.favours]
        writer.add("next_steps", f"{tests[0].upper()}{tests[1:]} would {'also ' if noticed else ''}"
                   f"help tell these apart.", favoured or [HPO_SOURCE_ID])
    tested: set[str] = set()
    for candidate in candidates[:2]:
        sheet = _sheet(candidate)
        if sheet is None or sheet.file in tested:
            continue
        tested.add(sheet.file)
        test = _relevant(sheet.section("diagnosis"), asked_ids)
        if test is not None:
            writer.add("next_steps", f"{sheet.name}: {lower_first(test.text)}",
                       list(test.sources))
    return _finish(writer, interpretation, ranking, tuple(explanations), questions, urgent, None,
                   injury)


def _pointing_to(questions: Sequence[NextQuestion], candidates: Sequence[Candidate]) -> str:
    """The questions' findings, grouped by the candidate a "yes" would favour most, so that a
    reader sees which candidates they tell apart: "kinetic tremor or postural tremor (which
    would point to Essential tremor) and slow movements (which would point to Parkinson
    disease)"."""
    names = {c.id: c.name for c in candidates}
    groups: dict[str | None, list[str]] = {}
    for question in questions:
        favoured = next((names[i] for i in question.favours if i in names), None)
        groups.setdefault(favoured, []).append(question.label)
    parts = [join_words(labels, "or") + (f" (which would point to {favoured})" if favoured
                                         else "")
             for favoured, labels in groups.items()]
    return join_words(parts)


def _describe_candidate(writer: _Writer, onto: Ontology, candidate: Candidate,
                        asked: set[str], narrative: bool = True,
                        described: set[str] | None = None) -> CandidateExplanation:
    section = "candidates" if narrative else "more_candidates"
    sheet = _sheet(candidate)
    summary: list[Sentence] = []
    told = described if described is not None else set()
    if sheet is not None and sheet.file in told:
        summary.append(writer.add(section, f"{candidate.name} is described with "
                                  f"{sheet.name} above.",
                                  list(sheet.section("summary")[0].sources)))
    elif sheet is not None:
        told.add(sheet.file)
        first = sheet.section("summary")[0]
        summary.append(writer.add(section, f"{candidate.name}: {first.text}"
                                  if not first.text.startswith(sheet.name) else first.text,
                                  list(first.sources)))
        if narrative:
            mechanism = sheet.section("mechanism")[:1]
            for statement in mechanism:
                summary.append(writer.add(section, statement.text, list(statement.sources)))
            finding = _relevant(sheet.section("findings"), asked, candidate.name)
            if finding is not None:
                summary.append(writer.add(section, f"Typical: {lower_first(finding.text)}",
                                          list(finding.sources)))
    else:
        matched = [e for e in candidate.evidence if not e.excluded and e.likelihood_ratio > 1
                   and e.matched_label]
        parts = [f"{lower_first(e.matched_label or '')} "
                 f"({frequency_words(e.frequency, e.frequency_sources)})"
                 for e in matched[:3]]
        text = (f"{candidate.name}: no curated summary exists for this disease; its HPO "
                f"annotations list {join_words(parts)}." if parts else
                f"{candidate.name}: no curated summary exists for this disease, and its HPO "
                f"annotations match the findings only loosely.")
        summary.append(writer.add(section, text, _evidence_sources(candidate)))
    exposure = _exposure_statement(candidate)
    if exposure is not None:  # chosen partly for an exposure the question names
        label = exposure_labels().get(exposure.key, exposure.key)
        summary.append(writer.add(section, f"You mention {label}: {exposure.text}",
                                  list(exposure.sources)))
    summary += _lifted(writer, onto, section, candidate, {s.text for s in summary})
    supporting, opposing = explain_candidate(
        onto, candidate, _onset_sources(candidate, sheet),
        sheet.sex_sources if sheet is not None and candidate.sex_fit is not None
        and not candidate.sex_fit.x_linked else (),
        _unnamed_exposure_sources(candidate))
    support = tuple(
        writer.add(f"{section}_evidence", line.text, list(line.references) or [candidate.id])
        for line in supporting
    )
    oppose = tuple(
        writer.add(f"{section}_evidence", line.text, list(line.references) or [candidate.id])
        for line in opposing
    )
    # The whole line (the writer may split it into sentences), with the sentences' citations.
    lines = zip((*support, *oppose), (*supporting, *opposing), strict=True)
    context = tuple((Sentence(line.text, sentence.citations), line.supports)
                    for sentence, line in lines if line.hpo_id in CONTEXT_LINE_IDS)
    return CandidateExplanation(candidate.id, candidate.name, sheet is not None,
                                tuple(summary), support, oppose, context)


def _prevalence_sources(prevalence: Prevalence) -> list[str]:
    if prevalence.source == "Orphanet":
        return [ORPHANET_SOURCE_ID, *prevalence.references[:1]]
    return list(prevalence.references[:2])


# Figures above the threshold for common that come from one population or setting only (a
# clinic's patients, people with a related condition, a founder population): not called
# common, nor rare.
ONE_SETTING_HEADING = "Known only from one population or setting"
# Figures that count the carriers of a causative gene variant (`setting: carriers`, Lynch
# syndrome), most of whom never become ill: neither common nor rare either (h-ranker12).
CARRIERS_HEADING = "Known only as a count of people who carry a causative gene variant"


def _one_setting(prevalence: Prevalence) -> bool:
    return (not prevalence.general_population and not prevalence.common and not prevalence.rare
            and not prevalence.carriers)


def _carriers_only(prevalence: Prevalence) -> bool:
    return prevalence.carriers and not prevalence.rare


def _less_common(prevalence: Prevalence) -> bool:
    return (not prevalence.common and not prevalence.rare and not _one_setting(prevalence)
            and not _carriers_only(prevalence))


def _how_common(writer: _Writer, candidates: list[Candidate], frame: str) -> None:
    """Say which of the leading candidates are common and which are rare, with the figures.

    For a question about a person, how common a disease is has shaped the order; for a
    question about which diseases are known for a finding, the rare diseases the finding
    characterises come first and the more common causes the ranker placed after them are
    named as such.
    """
    known = [c for c in candidates if c.prevalence is not None]
    if not known:
        writer.add("summary", "None of these has a recorded figure for how common it is.",
                   [HPO_SOURCE_ID])
        return
    if frame == "knowledge":
        groups = [("More common causes in which these findings occur",
                   [c for c in candidates if c.common_cause and c.prevalence]),
                  ("Rare but characteristic of these findings",
                   [c for c in known if not c.common_cause
                    and c.prevalence is not None and c.prevalence.rare]),
                  ("Less common", [c for c in known if not c.common_cause
                                   and c.prevalence is not None and _less_common(c.prevalence)]),
                  ("Common", [c for c in known if not c.common_cause
                              and c.prevalence is not None and c.prevalence.common]),
                  (ONE_SETTING_HEADING, [c for c in known if not c.common_cause
                                         and c.prevalence is not None
                                         and _one_setting(c.prevalence)]),
                  (CARRIERS_HEADING, [c for c in known if not c.common_cause
                                      and c.prevalence is not None
                                      and _carriers_only(c.prevalence)])]
    else:
        groups = [("Common among them",
                   [c for c in known if c.prevalence is not None and c.prevalence.common]),
                  ("Less common", [c for c in known if c.prevalence is not None
                                   and _less_common(c.prevalence)]),
                  ("Rare", [c for c in known
                            if c.prevalence is not None and c.prevalence.rare]),
                  (ONE_SETTING_HEADING, [c for c in known if c.prevalence is not None
                                         and _one_setting(c.prevalence)]),
                  (CARRIERS_HEADING, [c for c in known if c.prevalence is not None
                                      and _carriers_only(c.prevalence)])]
    for heading, chosen in groups:
        shown = [c for c in chosen if c.prevalence is not None][:3]
        if shown:
            writer.add("summary", f"{heading}: " + "; ".join(
                f"{c.name}, {c.prevalence.phrase}" for c in shown if c.prevalence) + ".",
                [s for c in shown if c.prevalence for s in _prevalence_sources(c.prevalence)])


def _gene_sentences(writer: _Writer, interpretation: Interpretation,
                    leading: Sequence[Candidate]) -> None:
    """What the named genes did (rank/genes.py): the diseases linked to each weigh a strong
    likelihood ratio; a gene unknown to the table, linked to no ranked disease or said to be
    clear weighs none; and which leading candidates a named gene is linked to."""
    for gene in interpretation.genes:
        if gene.negated:
            writer.add("summary", f"You say {gene.text} was clear: the gene weighs no disease.",
                       [HPO_GENES_SOURCE_ID])
        elif not gene.known:
            writer.add("summary", f"{gene.text} is not a gene symbol in HPO's gene table: it "
                       "weighs no disease.", [HPO_GENES_SOURCE_ID])
        elif not gene.diseases:
            writer.add("summary", f"HPO's gene table links {gene.symbol} to no disease ranked "
                       "here: it weighs no disease.", [HPO_GENES_SOURCE_ID])
        else:
            writer.add("summary", f"HPO's gene table links the gene {gene.symbol} to "
                       f"{len(gene.diseases)} disease records ranked here; each weighs a "
                       f"likelihood ratio of {GENE_LINK_LR:g} for it (a strong clue that "
                       "removes no other cause).", [HPO_GENES_SOURCE_ID])
    for candidate in leading:
        if candidate.genes:
            writer.add("summary", f"{candidate.name} is linked to the named gene "
                       f"{join_words(list(candidate.genes))}.",
                       [HPO_GENES_SOURCE_ID])


def _no_finding_message(interpretation: Interpretation) -> str:
    parts = ["I could not find a symptom, sign or test result that I know in this question"]
    if interpretation.unrecognized:
        parts.append(f" (not understood: {join_words(list(interpretation.unrecognized))})")
    parts.append(", so I cannot rank causes. Try naming findings in plain words, for example: ")
    parts.append("; ".join(f'"{e}"' for e in EXAMPLES[:3]))
    return "".join(parts) + "."


_NARRATIVE_SECTIONS = ("urgent", "injury", "summary", "candidates", "contrasts", "management",
                       "next_steps")


def _finish(writer: _Writer, interpretation: Interpretation, ranking: Ranking,
            explanations: tuple[CandidateExplanation, ...],
            questions: tuple[NextQuestion, ...], urgent: UrgentNotice | None,
            message: str | None, injury: InjuryNotice | None = None) -> Answer:
    # Sources the narrative cites come first, numbered in order of first use; sources only
    # the details sections cite (more candidates, evidence lines) follow them.
    narrative = [s for name in _NARRATIVE_SECTIONS for s in writer.sections.get(name, [])]
    order = list(dict.fromkeys(n for sentence in narrative for n in sentence.citations))
    in_answer = set(order)
    order += [c.n for c in writer.citations.items() if c.n not in in_answer]
    number = {old: new for new, old in enumerate(order, start=1)}

    def renumber(sentence: Sentence) -> Sentence:
        return Sentence(sentence.text, tuple(sorted(number[n] for n in sentence.citations)))

    sections = {k: tuple(renumber(x) for x in v) for k, v in writer.sections.items()}
    explanations = tuple(
        replace(e, summary=tuple(renumber(x) for x in e.summary),
                supporting=tuple(renumber(x) for x in e.supporting),
                opposing=tuple(renumber(x) for x in e.opposing))
        for e in explanations
    )
    by_number = {c.n: c for c in writer.citations.items()}
    citations = tuple(
        replace(by_number[old], n=number[old], in_answer=old in in_answer) for old in order
    )
    paragraphs = []
    for name in _NARRATIVE_SECTIONS:
        sentences = sections.get(name)
        if sentences:
            heading = {"contrasts": "How they differ: ", "management": "Management: ",
                       "next_steps": "Next steps: "}.get(name, "")
            paragraphs.append(heading + " ".join(s.render() for s in sentences))
    return Answer(
        question=interpretation.question,
        interpretation=interpretation,
        ranking=ranking,
        answer="\n\n".join(paragraphs),
        sections=MappingProxyType(sections),
        candidate_explanations=explanations,
        citations=citations,
        next_questions=questions,
        urgent=urgent,
        message=message,
        injury=injury,
    )
