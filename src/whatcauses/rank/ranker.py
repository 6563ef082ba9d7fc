"""The ranker: every annotated disease scored for a query, best first, with evidence.

``log posterior = log prior + sum of log likelihood ratios`` (findings, OR-groups, excluded
findings, age); the posterior is normalised over all diseases. Entries that describe one
disease (OMIM/Orphanet twins) are shown as one candidate. Immutable after construction; the
few memoised values are pure functions of the loaded data, so concurrent first uses compute
the same value and threads may share one ranker.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from whatcauses.errors import InputError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories
from whatcauses.knowledge.curated import family_words
from whatcauses.knowledge.onset import ONSET_CLASSES
from whatcauses.knowledge.prevalence import orphanet_exact_pairs, orphanet_forms
from whatcauses.limits import check_top
from whatcauses.rank.calibration import Calibrator, finding_terms
from whatcauses.rank.course import course_fit, course_weights
from whatcauses.rank.evidence import (
    FindingVectors,
    candidate_evidence,
    group_best_member,
    groups_evidence,
)
from whatcauses.rank.exposures import exposure_weights, listed_exposures, unnamed_exposures
from whatcauses.rank.family_findings import (
    NAMED_LIFT,
    common_condition_onsets,
    common_condition_rows,
    common_condition_terms,
    common_in_population,
    common_records,
    early_onset,
    family_lift,
    family_weights,
    lifted_by,
    mendelian_diseases,
    named_disease_rows,
    narrower_than_own,
    relative_disease_lift,
)
from whatcauses.rank.genes import gene_weights, linked_genes
from whatcauses.rank.grouping import (
    exact_pair_families,
    family_order,
    form_families,
    group_members,
)
from whatcauses.rank.hereditary import (
    family_alone_weights,
    hereditary_tumour_weights,
    hereditary_tumours,
    inherited_diseases,
)
from whatcauses.rank.implied_sex import implied_sex
from whatcauses.rank.infections import single_infection_weights
from whatcauses.rank.inheritance import (
    FITTING_LR,
    X_LINKED_RECESSIVE_FEMALE_TO_MALE,
    common_capped,
    denied_ratios,
    inheritance_ratios,
)
from whatcauses.rank.known import (
    IMPLIES_KNOWN,
    explained_weights,
    known_name_table,
    named_by_names,
    said_forms,
)
from whatcauses.rank.model import Indices, LikelihoodModel, ModelParameters, Vector
from whatcauses.rank.modifiers import modifier_fits, modifier_matches
from whatcauses.rank.modifiers import weights_of as modifier_weights_of
from whatcauses.rank.priors import (
    PRIOR_KINDS,
    AgeBand,
    PriorInput,
    age_band_ratios,
    category_prior,
    combine,
    disease_prevalence,
    disease_weights,
    one_sex_share,
    prevalence_prior,
    prior_figure,
    unknown_defaults,
)
from whatcauses.rank.query import build_query
from whatcauses.rank.results import (
    AgeFit,
    Candidate,
    FindingEvidence,
    GestationFit,
    Prevalence,
    Query,
    Ranking,
    Sex,
    SexFit,
)
from whatcauses.rank.sites import (
    FindingSiteMatches,
    finding_site_fits,
    finding_site_matches,
    finding_site_weights,
    finding_site_words,
    naming_profiles,
    placed_elsewhere,
    placed_elsewhere_weights,
    question_site_words,
    site_fits,
    site_mismatch_weights,
    site_weights,
)
from whatcauses.rank.sparse import SparseVector, log_total
from whatcauses.rank.unnamed import (
    EXPLAINED_MARGIN,
    UnnamedHallmarks,
    nameable_terms,
    reordered,
)

# Autosomal recessive inheritance, and the other Mendelian modes (autosomal dominant,
# X-linked, mitochondrial, Y-linked, semidominant): Ranker._recessive_only.
RECESSIVE = "HP:0000007"
OTHER_MENDELIAN_MODES = ("HP:0000006", "HP:0001417", "HP:0001427", "HP:0001450", "HP:0032113")

if TYPE_CHECKING:
    from whatcauses.text.frame import Frame
    from whatcauses.text.interpretation import Interpretation, Onset, RecognizedFinding

def _first_degree(relative: str) -> bool:
    """Whether a relative's word as written is a first-degree relative's (family_history.yaml
    ``first_degree``), a contracted "has" left off ("my sister's got coeliac": "sister's";
    h-family10: it took the second-degree lift of 3 in place of coeliac disease's family
    risk)."""
    return relative.lower().removesuffix("'s").removesuffix("’s") in (
        family_words().first_degree)


# Diseases scored in full before twin grouping picks the top: enough that grouping and ties
# never leave the list short.
MIN_DEPTH = 200
# A knowledge question ranks this many candidates more per place kept for a common cause, among
# which to find the common causes (_characteristic_then_common).
COMMON_CAUSE_DEPTH = 4
CUT_SAMPLE = 256  # scores read to bound the search for the depth-th best (_largest)
DEPTH_PER_CANDIDATE = 8
# How many OR-group member ratio vectors to keep (each is one float per disease).
MEMBER_RATIO_CACHE = 512
# How many findings' ratio vectors to keep, per kind (observed per sex, excluded): each is
# stored sparse (rank/sparse.py), about 15 KB on average. Case collections reuse findings
# heavily (the first 500 development cases name 852 distinct observed and 546 excluded terms
# in 15,000 mentions), so most findings of a batch are scored from memory.
FINDING_CACHE = 2048
# Known conditions' HPO terms whose diseases are kept (rank/known.py): a handful recur.
KNOWN_CONDITION_CACHE = 64
# Dense log-ratio vectors of ages and sexes (about 100 KB each); the development cases give
# 237 distinct ages (a cache of 128 recomputed a third of them again in one pass).
AGE_CACHE = 256
# A complaint that began less than a year ago began at the age the question gives: a lasting
# condition is then weighed by that age as its age at onset (LikelihoodModel.question_age).
RECENT_COMPLAINT_DAYS = 365.0
INHERITANCE_ROOT_ID = "HP:0000005"
# The most findings of a disease named alone that stand for it (``Ranker._hallmarks``): its
# most frequent ones, as HALLMARKS_SAID are said of a disease's unnamed hallmarks; not fitted.
NAMED_HALLMARKS = 5
# A disease named beside the person's other findings stands for this many of its hallmarks
# (h-reader71; not fitted: one, as the recurrent term it no longer reads was one finding).
SAID_BESIDE_HALLMARKS = 1
ONSET_ROOT_ID = "HP:0003674"


class Ranker:
    """Scores queries against one knowledge base with one set of model parameters."""

    def __init__(self, knowledge: Knowledge, parameters: ModelParameters | None = None):
        self.knowledge = knowledge
        self.model = LikelihoodModel(knowledge, parameters)
        self.parameters = self.model.parameters
        self._twin_group = knowledge.arrays[
            "question_twin_group" if self.parameters.sheet_twins else "twin_group"]
        self._sex_limited = self._read_sex_limited()
        # Thread-safe memo (functools.lru_cache locks internally) of pure per-term vectors.
        self._member_ratio = lru_cache(maxsize=MEMBER_RATIO_CACHE)(self.model.observed)
        self._observed_entry = lru_cache(maxsize=FINDING_CACHE)(self._compute_observed_entry)
        self._excluded_entry = lru_cache(maxsize=FINDING_CACHE)(self._compute_excluded_entry)
        self._known_rows = lru_cache(maxsize=KNOWN_CONDITION_CACHE)(self._compute_known_rows)
        # (disease, onset?) -> its inheritance or onset names, each disease read once.
        self._aspect_names = lru_cache(maxsize=None)(self._compute_aspect_names)
        self._age_log_ratio = lru_cache(maxsize=AGE_CACHE)(self._compute_age_log_ratio)
        self._question_age_log_ratio = lru_cache(maxsize=AGE_CACHE)(
            self._compute_question_age_log_ratio)
        # Each member's own age and sex ratios: the twin groups' log ratios above are built
        # from them, and the evidence of the candidates shown names the member that gave it.
        self._age_ratio = lru_cache(maxsize=16)(self._compute_age_ratio)
        self._sex_ratio = lru_cache(maxsize=4)(self._compute_sex_ratio)
        self._sex_log_ratio = lru_cache(maxsize=4)(self._compute_sex_log_ratio)
        # The twin groups' gestation ratios, read for the score and again for each candidate
        # shown (_gestation_fit).
        self._gestation_ratio = lru_cache(maxsize=AGE_CACHE)(self._compute_gestation_ratio)
        weights = self.parameters.calibration_weights
        self.calibrator = None if weights is None else Calibrator(knowledge, self.model, weights)

    # ---- loaded once ----

    @cached_property
    def categories(self) -> Categories:
        return Categories(self.knowledge)

    @cached_property
    def _aspect_terms(self) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
        """Per term: is it an inheritance mode (under HP:0000005), an onset (HP:0003674)?"""
        onto = self.knowledge.ontology
        return (onto.under([onto.index(INHERITANCE_ROOT_ID)]),
                onto.under([onto.index(ONSET_ROOT_ID)]))

    def _compute_aspect_names(self, disease: int, onset: bool) -> tuple[str, ...]:
        """The names of a disease's inheritance (``onset`` False) or onset annotations, in
        the order of its rows, each once. Read per disease when first asked for and
        remembered (``_aspect_names``): the candidates shown and the profiles' includes ask
        for a few hundred diseases, and the table of all 13,000 cost every start a tenth of a
        second."""
        k = self.knowledge
        a = k.arrays
        rows = np.sort(k.annotation_rows(disease))
        terms = a["ann_term"][rows]
        terms = terms[(terms >= 0) & ~a["ann_negated"][rows]]
        names = (k.ontology.names[term]
                 for term in terms[self._aspect_terms[int(onset)][terms]].tolist())
        return tuple(dict.fromkeys(names))

    def _read_sex_limited(self) -> tuple[tuple[int, int, Sex, frozenset[int]], ...]:
        """Phenotype annotations that hold for one sex only: (disease, term, sex, ancestors)."""
        k = self.knowledge
        a = k.arrays
        rows = np.flatnonzero((a["ann_sex"] > 0) & k.phenotype_rows)
        result: list[tuple[int, int, Sex, frozenset[int]]] = []
        for row in rows.tolist():
            term = int(a["ann_term"][row])
            sex: Sex = "male" if int(a["ann_sex"][row]) == 1 else "female"
            result.append((int(a["ann_disease"][row]), term, sex,
                           frozenset(k.ontology.ancestors(term).tolist())))
        return tuple(result)

    # ---- priors ----

    @cached_property
    def prevalence(self) -> tuple[Prevalence | None, ...]:
        """Per disease, how common it is (Orphanet, or a curated figure), ``None`` if unknown."""
        # A figure measured in a clinic, in people with a related condition or in one
        # population only (its `setting`) is shown, but weighs less in the prior.
        # The prior counts how many have it at a time (prior_figure, by the figure's kind).
        curated = {
            disease_id: Prevalence(float(per_100000), phrase, "curated", tuple(references),
                                   general_population=not setting, kind=str(kind),
                                   carriers=setting == "carriers",
                                   prior_per_100000=prior_figure(
                                       float(per_100000), str(kind), duration, at_risk,
                                       self.parameters.prevalence_window_years),
                                   qualitative=qualitative)
            for disease_id, (per_100000, phrase, references, kind, setting, duration, at_risk,
                             _duration_sources, qualitative)
            in self.knowledge.curated_prevalence.items()
        }
        return disease_prevalence(self.knowledge, curated,
                                  self.parameters.form_prevalence_share)

    def prevalence_prior(self, exponent: float) -> Vector:
        """``P(d)`` from how common each disease is, tempered by ``exponent`` (memoised)."""
        return self._prevalence_prior(exponent)

    @cached_property
    def _prevalence_prior(self) -> Callable[[float], Vector]:
        p = self.parameters

        @lru_cache(maxsize=8)
        def compute(exponent: float) -> Vector:
            defaults = unknown_defaults(self.knowledge.disease_names,
                                        p.default_prevalence_per_100000,
                                        p.numbered_default_prevalence_per_100000)
            weights = prevalence_prior(self.prevalence, p.default_prevalence_per_100000,
                                       exponent, p.prevalence_cap_per_100000,
                                       p.one_setting_prevalence_factor, defaults)
            # Not tempered by the exponent: the sex likelihood ratio that undoes it for a
            # person of known sex is not tempered either. A twin group is one disease: one
            # member of one sex only makes the group so (as its sex ratio does,
            # _compute_sex_log_ratio).
            share = one_sex_share(self.knowledge, p.one_sex_population_share)
            if share is not None:
                weights = weights * self._union(share, np.minimum)
            weights.setflags(write=False)  # shared between requests
            return weights

        return compute

    @cached_property
    def _urgent_mask(self) -> npt.NDArray[np.bool_]:
        k = self.knowledge
        mask = np.zeros(k.n_diseases, dtype=bool)
        for disease_id in k.curated_urgent:
            index = k.disease_ids_index.get(disease_id)
            if index is not None:
                mask[index] = True
        return mask

    def question_prior(self, categories: Sequence[str], frame: Frame = "person",
                       red_flag: bool = False, findings: int | None = None) -> Vector | None:
        """The prior of a plain-language question: how common each disease is (weighed by the
        question's frame and, for a person, by how many ``findings`` were read), times the
        named categories; when a person question has an
        emergency sign, emergencies that can present so weigh ``urgent_condition_weight`` more
        (missing one in someone who may have it costs far more than naming one that is not
        there). A knowledge question ("what genetic condition causes fainting?") puts someone
        in danger nowhere: it asks which diseases the findings characterise, and a common
        emergency that merely can show them does not answer it (the answer still carries the
        red-flag notice)."""
        p = self.parameters
        exponent = p.prevalence_exponent(frame, findings)
        urgent = None
        if red_flag and frame == "person" and p.urgent_condition_weight != 1.0:
            urgent = np.where(self._urgent_mask, p.urgent_condition_weight, 1.0)
        return combine(
            urgent,
            self.prevalence_prior(exponent) if exponent else None,
            category_prior(self.categories, categories, p.category_weight,
                           p.category_against_weight),
        )

    def request_prior(self, prior: PriorInput, categories: Sequence[str] = ()) -> Vector | None:
        """A caller's prior ("prevalence", "uniform", weights; default: the parameters'
        ``rank_prior``), times the prior of any categories it names."""
        chosen = self.parameters.rank_prior if prior is None else prior
        if isinstance(chosen, str):
            if chosen not in PRIOR_KINDS:
                raise InputError(f"prior must be one of {', '.join(PRIOR_KINDS)}, not {chosen!r}")
            weights = (self.prevalence_prior(self.parameters.person_prevalence_exponent)
                       if chosen == "prevalence" else None)
        else:
            weights = disease_weights(self.knowledge, chosen)
        return combine(
            weights,
            category_prior(self.categories, categories, self.parameters.category_weight,
                           self.parameters.category_against_weight),
        )

    # ---- ranking ----

    def rank(
        self,
        present: Sequence[str] = (),
        excluded: Sequence[str] = (),
        *,
        or_groups: Sequence[Sequence[str]] = (),
        age: float | None = None,
        sex: str | None = None,
        top: int = 10,
        prior: PriorInput = None,
        categories: Sequence[str] = (),
        strict: bool = True,
        evidence: bool | int = True,
    ) -> Ranking:
        """Rank every annotated disease for the findings given (``Engine.rank``).

        ``present``/``excluded`` are HPO ids (alt and obsolete ids are mapped, with a warning),
        ``or_groups`` lists of ids of which any one may be meant, ``age`` in years, ``sex``
        "male"/"female", ``prior`` "prevalence", "uniform" (default: the parameters'
        ``rank_prior``) or relative weights per disease, ``categories`` category keys to
        favour, ``top`` how many candidates to return, ``strict`` whether an unknown id is an
        error (else a warning), ``evidence`` True (every candidate's per-finding evidence),
        False (none) or n (the first n candidates').
        """
        check_top(top)
        query = build_query(self.knowledge.ontology, present, excluded, or_groups=or_groups,
                            age=age, sex=sex, strict=strict)
        return self.rank_query(query, self.request_prior(prior, categories), top, evidence)

    @cached_property
    def question_ranker(self) -> Ranker:
        """The ranker of plain-language questions: this one, or, when the parameters give
        questions their own ``question_specificity_exponent``,
        ``question_profile_observed_floor``, ``question_term_bridges``,
        ``question_sheet_twins``, ``question_feature_onsets_widen`` or
        ``question_common_complaint_floor``, a ranker with them
        (built on first use, with its own finding caches; questions are never calibrated, so
        it has no calibrator)."""
        p = self.parameters
        if (p.question_specificity_exponent == p.specificity_exponent
                and p.question_profile_observed_floor == p.profile_observed_floor
                and p.question_term_bridges == p.term_bridges
                and p.question_sheet_twins == p.sheet_twins
                and p.question_profile_includes_findings == p.profile_includes_findings
                and p.question_descendant_exponent == p.descendant_exponent
                and p.question_profile_specificity_exponent == p.profile_specificity_exponent
                and p.question_leaf_background_share == p.leaf_background_share
                and p.question_feature_onsets_widen == p.feature_onsets_widen
                and p.question_common_complaint_floor == p.common_complaint_floor):
            return self
        ranker = Ranker(self.knowledge, replace(
            p, specificity_exponent=p.question_specificity_exponent,
            profile_observed_floor=p.question_profile_observed_floor,
            term_bridges=p.question_term_bridges, sheet_twins=p.question_sheet_twins,
            profile_includes_findings=p.question_profile_includes_findings,
            descendant_exponent=p.question_descendant_exponent,
            profile_specificity_exponent=p.question_profile_specificity_exponent,
            leaf_background_share=p.question_leaf_background_share,
            feature_onsets_widen=p.question_feature_onsets_widen,
            common_complaint_floor=p.question_common_complaint_floor,
            calibration_weights=None))
        # What does not depend on the specificity exponent is shared, not built twice: the
        # category masks and the figures of how common each disease is.
        ranker.__dict__["categories"] = self.categories
        ranker.__dict__["prevalence"] = self.prevalence
        return ranker

    def rank_interpretation(self, interpretation: Interpretation, top: int = 10,
                            evidence: bool | int = True) -> Ranking:
        """Rank the findings of a question, with the question's prior (and the question
        ranker's model, :attr:`question_ranker`).

        Features a disease shows that the question leaves unsaid are not weighed. Weighing
        them as a person who has a feature of frequency ``f`` names it with chance ``m``
        (each unnamed annotation, none at, above or below a finding read, times ``1 - m f``:
        a disease with many annotations, mostly a rare one, loses more) was measured
        (h-ranker5) on person questions, over the 620 dev questions and probes of
        bench/data (questions_dev, the prevalence, prevlinks, everyday, ranker and profiles
        probes): at m = 0.05, top-1/3/10 321/422/482 -> 327/424/485, but frozen prevalence
        top-1/3 45.6/67.6 -> 42.6/66.2; at m = 0.02, 324/422/486 with frozen common
        53.1/72.8 -> 53.7/73.5 but voices top-1 52.8 -> 51.2 and questions_dev top-1 68 -> 66
        of 95. On all questions (knowledge questions too) at 0.05, questions_dev top-1 fell
        68 -> 63. Weighing only a disease's hallmarks (annotations of frequency 0.8 or more)
        did best on the dev files at m = 0.3 (of 0.2, 0.3, 0.5, 0.8, and thresholds 0.8 and
        0.9): 331/425/488 (questions_dev 68/83/91 -> 66/82/92); it raised frozen prevalence
        top-1 45.6 -> 50.0, common top-1 53.1 -> 54.9 and voices top-3 59.1 -> 60.6 but
        lowered frozen prevalence top-3 67.6 -> 66.2, and on the check sets voices4 went
        61.7/78.3 -> 56.7/83.3 and prevalence3 65.0/80.0 -> 72.5/77.5 (top-1/3). Sparing the
        condition profiles (curated lists of main features) gave less on the dev files
        (325/425/488). Only hallmarks a person can name (an annotation whose term or parent
        the curated lay lexicon maps a finding to, 2,169 terms) at m = 0.3 / 0.5: dev files
        332/426/487 / 333/427/488; frozen prevalence 51.5/66.2, common 54.9/72.8 / 55.6/72.8,
        voices 53.5/61.4 / 52.8/63.0 (top-1/3), voices top-10 78.0 -> 76.4; check voices4
        58.3/80.0, common4 56.0/76.0 / 56.0/74.0, prevalence3 65.0/77.5. Not used: in every
        form a top-3 fell on frozen prevalence (67.6 -> 66.2) and check prevalence3 (80.0 ->
        77.5), and voices4 top-1 fell; the lead worth taking further.

        Used as a tie-breaker (h-ranker6, rank/unnamed.py): the first
        ``question_unnamed_depth`` (3) candidates that explain every named finding are
        reordered in their own places by the weight at ``question_unnamed_naming`` m = 0.3,
        nameable = the term or its parent is a lay lexicon entry of kind ``finding`` (2,172
        terms). Over the dev questions and probes (845 questions: questions_dev, prevalence2,
        prevlinks, everyday, ranker3-6, voices2/3/5/6/7, profiles*), top-1/3/10 462/604/681
        -> 469/604/681 (questions_dev 68 -> 67: two rare diseases that explain the findings
        fell behind look-alikes with fewer frequency-annotated hallmarks, Pompe disease behind
        Williams syndrome, systemic JIA behind Zika virus disease; a near-twin FSHD entry
        gained); frozen prevalence/common/voices top-1 47.1/53.1/53.5 -> 51.5/53.7/55.1, their
        top-3/5/10 unchanged; check voices4, common4, prevalence3 unchanged; phenopackets
        unchanged (60.2/69.9/78.6: rank and batch do not use it). Also measured, all at a
        hallmark frequency of 0.8 unless said (dev files top-1/3/10 of 845; frozen prevalence,
        common, voices top-1/3; check voices4, common4, prevalence3 top-1/3):
        - over all diseases (no reorder), lexicon terms of every kind, m = 0.3: 473/613/687;
          52.9/67.6, 54.9/72.8, 55.1/62.2; 56.7/81.7, 56.0/76.0, 65.0/77.5. m = 0.5:
          462/602/674. Lexicon findings only, lab terms (blood, metabolism/homeostasis
          branches) barred: m = 0.3 / 0.5 / 0.8: 473/609/688 / 470/611/689 / 466/597/688;
          at 0.3 frozen 50.0/67.6, 54.9/73.5, 54.3/62.2, check 58.3/80.0, 56.0/76.0,
          65.0/77.5. Capping the weight at 0.5 / 0.25: 472/610/686 / 473/614/689 (at 0.5
          frozen 51.5/69.1, 53.7/72.8, 52.8/61.4, check voices4 58.3/81.7, prevalence3
          65.0/77.5);
        - a naming chance per HPO top-level branch fitted on the dev files (named / present
          hallmarks of the accepted disease, Beta-smoothed towards 0.3 with weight 5) split by
          question parity: the raw rates (0.2-0.8, cardiovascular and constitutional highest)
          are far above any m that helps (the questions were written to name the main
          complaints), so scaled by 0.5 / 0.35: fitted on the even half, the odd half went
          221/296/336 -> 224/297/339 against 225/301/339 for a constant 0.3; fitted on the
          odd half, the even half 241/308/345 -> 246/314/349 against 248/312/348. No better
          than one m; frozen (odd-half fit, 0.5) 48.5/67.6, 54.9/73.5, 52.8/62.2;
        - reordering the whole top k (every candidate, explaining or not; the rest weighed by
          the smallest weight among them, so none enters): k = 2 / 3 / 5 / 10 472/604/681 /
          473/604/681 / 473/612/681 / 473/613/681; k = 3: frozen 52.9/69.1, 54.3/72.8,
          55.1/59.8, check voices4 top-1 61.7 -> 56.7. With a threshold of 0.9 (k = 3, m =
          0.3): 466/604/681, frozen 50.0/69.1, 53.1/72.8, 54.3/59.8, check voices4 60.0,
          common4 58.0 (k = 2 or a cap of 0.5: the same totals); m = 0.5: voices 52.8.
          Thresholds 0.7 / 0.85 / 0.95: 474 / 473 / 466 top-1;
        - a disease without any weighed hallmark (40 % of phenotype.hpoa entries have no
          annotation of frequency 0.8 or more) given the mean / median / smallest weight of
          the others in the top k (k = 3), not none: 463 / 463 / 458 top-1, questions_dev 64:
          part of the gain is that sparsely annotated diseases are spared;
        - sparing the condition profiles (weight 1): 465/604/681 (k = 3), 465/609/688 (none):
          most of the gain is a profile's curated obligate features left unnamed (delirium's
          confusion behind Alzheimer disease's forgetting);
        - the explaining-only reorder with lab branches barred as above: 469/604/681, frozen
          48.5/69.1, 53.7/72.8, 55.1/59.8, check unchanged (Fever, under metabolism and
          homeostasis in HPO, was then not nameable); m = 0.5: 467 top-1; k = 10: 468/608/681;
          threshold 0.9: 462 top-1. 19 of these forms were checked against the frozen
          and check totals, so the chosen one is partly selected on them: its frozen gains
          (+3/+1/+2 questions at top-1) are the measure to trust least."""
        if self.question_ranker is not self:
            return self.question_ranker.rank_interpretation(interpretation, top, evidence)
        present = [f.ids[0] for f in interpretation.present]
        groups = [list(f.ids) for f in interpretation.or_groups]
        # The question's only findings are a relative's: it asks what the asker may have
        # inherited (rank/hereditary.py family_alone_weights; h-family12).
        family_alone = not present and not groups and bool(interpretation.family_findings)
        if not present and not groups:
            # Family history alone ("my mother had bowel cancer, am I at risk?";
            # text/persons.py family_history_alone): the relative's conditions are ranked
            # for what they point to, the family lift below putting the inherited causes
            # first; they stay the relative's, never the patient's findings.
            # A known condition said alone ("I'm asthmatic") is what the question is about.
            related = interpretation.family_findings or interpretation.known_conditions
            present = [f.ids[0] for f in related if not f.is_group]
            groups = [list(f.ids) for f in related if f.is_group]
            if not related:
                # A relative's named disease said alone ("my dad had Huntington's
                # disease"; text/question.py _named_in_family): its hallmarks are what the
                # question points to, so it leads and the diseases that resemble it follow.
                present = self._hallmarks(interpretation.named_diseases)
            if not related and not present:
                # A gene named alone ("what does a CFTR mutation cause", text/genes.py): the
                # first hallmark of each disease linked to it, which the gene's lift below
                # ranks among those diseases first.
                present = self._hallmarks(
                    [d for diseases in interpretation.gene_diseases.values() for d in diseases],
                    SAID_BESIDE_HALLMARKS)
        elif interpretation.said_diseases:
            # A disease the person names beside their other findings ("tonsillitis with a
            # fever": text/question.py _named_alone) is one finding among them: its first
            # hallmark (its five would outweigh what the question asks about, "a water
            # infection and now he's muddled": delirium, sepsis).
            said = [d for s in interpretation.said_diseases for d in s.diseases]
            present = [*present, *(h for h in self._hallmarks(said, SAID_BESIDE_HALLMARKS)
                                   if h not in present)]
        excluded = [self._most_general(f.ids) for f in interpretation.excluded]
        excluded = [e for e in excluded if e not in present]
        check_top(top)
        # A question that names no sex but whose findings only one sex has (irregular periods,
        # testicular pain) is about a person of that sex (rank/implied_sex.py).
        sex = interpretation.sex or implied_sex(self.knowledge.ontology,
                                                (f.ids for f in interpretation.own))
        query = build_query(self.knowledge.ontology, present, excluded, or_groups=groups,
                            age=interpretation.age, sex=sex, plain_language=True,
                            gestation=None if interpretation.gestation is None else (
                                interpretation.gestation.min_weeks,
                                interpretation.gestation.max_weeks),
                            youngest=(interpretation.age_range[0]
                                      if interpretation.age_range else None))
        # How many findings were read: one alone tempers the prevalence prior more
        # (ModelParameters.question_single_finding_prevalence_exponent). Not counted when
        # the person states none (a relative's condition, a known condition, a disease or a
        # gene said alone stands in for them above): "my mum had polycystic kidney disease,
        # is it inherited?" asks about the family, not about one complaint.
        states_findings = bool(interpretation.present or interpretation.or_groups)
        findings = len(query.present) + len(query.or_groups) if states_findings else None
        prior = self.question_prior(interpretation.categories, interpretation.frame,
                                    red_flag=bool(interpretation.red_flags),
                                    findings=findings)
        rare_asked = interpretation.asked_prevalence == "rare"
        if rare_asked:
            prior = combine(prior, self._rare_asked_prior())
        # Family history (rank/inheritance.py): a bounded ratio per disease, 1 when unknown.
        # A common condition's records, and a disease whose figure counts the carriers of a
        # genotype (restored whole by a fitting family history, _carrier_restore), fit at most
        # COMMON_FITTING_LR: the figure already stands for how common carrying it is.
        inherited = common_capped(
            inheritance_ratios(self.knowledge, interpretation.inheritance_modes),
            np.logical_or(self._common_records, self._carrier_figures))
        prior = combine(prior, inherited)
        # A denied family history and nothing of a relative's (rank/inheritance.py
        # denied_ratios): an absence, weakly against dominant inheritance.
        if (interpretation.family_history_denied and not interpretation.inheritance_modes
                and not interpretation.family_findings
                and not interpretation.relative_diseases):
            prior = combine(prior, self._denied_ratios)
        # A blood relative's own condition ("his dad has asthma", rank/family_findings.py):
        # a tempered, bounded lift for the diseases that list it, never the patient's finding.
        onto = self.knowledge.ontology
        own = [onto.index(i) for i in present if i in onto]
        relatives = [(f.text, self._relatives_lift(f, own, interpretation.inheritance_modes))
                     for f in interpretation.family_findings if f.ids[0] in onto]
        # A relative's named disease of no mode ("my mum has lupus"): a lift of that disease
        # by RELATIVE_DISEASE_LIFT, once per disease however many relatives name it.
        named_by_relatives = {r.diseases: r.text for r in interpretation.relative_diseases}
        # A first-degree relative's: the profile's family risk where it gives one.
        close = {r.diseases for r in interpretation.relative_diseases
                 if _first_degree(r.relative)}
        relatives += [(text, relative_disease_lift(self.knowledge, diseases, self._twin_group,
                                                   diseases in close, self.prevalence))
                      for diseases, text in named_by_relatives.items()]
        family = family_weights([lift for _, lift in relatives])
        # A gene the question names (rank/genes.py): the diseases HPO links to it weigh
        # GENE_LINK_LR, the others are kept.
        genes = interpretation.gene_diseases
        prior = combine(prior, gene_weights(self.knowledge, genes, self._twin_group))
        prior = combine(prior, family,
                        self._carrier_restore((family, inherited), interpretation.frame,
                                              findings))
        # A condition the person says they have ("I'm a type 1 diabetic", text/known.py):
        # the background of the complaint, a lift of the diseases that list it by its whole
        # likelihood ratio (family_lift's, untempered: the person has it for certain), never
        # below 1, so that no candidate must explain it. Measured against the tempered lift of
        # a relative's common condition (square root, at most 4): that lost a frozen common
        # question at top-1 (61.7 -> 61.5 not urgent), the whole ratio gained one (62.3).
        # The diseases that are the known condition are not lifted by it, and the findings it
        # shows itself tell the candidates apart less (rank/known.py, h-rank4).
        said_known = [f for f in interpretation.known_conditions if f.ids[0] in onto]
        known_terms = [f.ids[0] for f in said_known]
        known_rows = sorted({r for f in said_known for r in self._known_rows(
            f.ids[0], said_forms(interpretation.question, f.start, f.end))})
        known = []
        for term in known_terms:
            lift = family_lift(self.model.observed(onto.index(term)),
                               np.ones(self.knowledge.n_diseases, dtype=bool))
            lift[known_rows] = 1.0
            known.append(lift)
        prior = combine(prior, family_weights(known))
        if known_rows:
            terms = [onto.index(t) for t in present if t in onto]
            prior = combine(prior, explained_weights(
                [self._member_ratio(t) for t in terms],
                [float(self.model.background[t]) for t in terms],
                [float(self.model.match_probability(t)[known_rows].max()) for t in terms],
                self._forms_of_known(known_terms)))
        # Words on when the findings began ("since she was a baby"): that age at onset.
        prior = combine(prior, self._onset_words_ratio(interpretation.onset))
        # A question about the asker alone, of no age said: someone old enough to write it.
        if (interpretation.frame == "person" and interpretation.age is None
                and interpretation.asker_alone):
            prior = combine(prior, self._asker_age_ratio())
        # A person's age inside a narrow typical onset range: cases are denser there than
        # the population-wide figure says (ModelParameters.question_age_band_cap).
        band = None
        if interpretation.frame == "person" and interpretation.age is not None:
            band = self._age_band_prior(float(interpretation.age), findings)
            prior = combine(prior, band)
            if band is not None and self.parameters.question_age_band_named_kept:
                # A profile naming a body site the question names keeps the band's raise
                # even when the reader found none of its findings (unexplained_unlifted).
                band = np.where(naming_profiles(self.knowledge, interpretation.question),
                                1.0, band)
            # An older person naming no family history (rank/hereditary.py): the hereditary
            # tumour syndromes weigh HEREDITARY_WEIGHT against the sporadic cancers.
            prior = combine(prior, hereditary_tumour_weights(
                self._hereditary_tumours, float(interpretation.age),
                bool(interpretation.inheritance_modes or interpretation.family_findings
                     or interpretation.relative_diseases)))
        prior = combine(prior, family_alone_weights(self._inherited, family_alone))
        if family_alone and self.parameters.question_family_alone_unlinked:
            prior = combine(prior, self._unlinked_weights(query))
        # Exposures (rank/exposures.py): diseases that list one weigh EXPOSURE_WEIGHT more;
        # those defined by an exposure the question does not name, UNNAMED_WEIGHT as much.
        exposures = interpretation.exposure_keys
        prior = combine(prior, exposure_weights(self.knowledge, exposures))
        # Body sites (rank/sites.py): profiles whose description names a site the question
        # names beside a finding it states weigh SITE_WEIGHT more.
        sites: dict[str, str] = {}
        placed: FindingSiteMatches = {}
        if self.parameters.question_site_weights:
            stated = [f for f in interpretation.own if not f.negated]
            wordings = [self._wordings(f.ids) for f in stated]
            # A quadrant said anywhere in a question that states a pain of the abdomen is
            # where that pain is ("pain that started around my belly button and moved to the
            # lower right of my tummy": the reader kept only the first clause's words).
            abdominal = any("abdom" in w.lower() for ws in wordings for w in ws)
            sites = question_site_words(
                [f.site for f in stated if f.site],
                quadrants_of=[*(f.text for f in stated),
                              *([interpretation.question] if abdominal else [])],
                composed=[(f.text, ws) for f, ws in zip(stated, wordings, strict=True)
                          if not f.site])
            prior = combine(prior, site_weights(self.knowledge, tuple(sites)))
            # A site a fact sheet's finding statement places that very finding at ("morning
            # stiffness of the back"), where its summary names none (h-ranker14).
            placed = finding_site_matches(self.knowledge, [
                (f.ids, finding_site_words(f.site, f.text, ws))
                for f, ws in zip(stated, wordings, strict=True)])
            prior = combine(prior, finding_site_weights(self.knowledge, placed))
            # A finding placed at a site a disease shows it only elsewhere at ("numbness in
            # the outer thigh" against Hand paresthesia) weighs SITE_MISMATCH_WEIGHT.
            prior = combine(prior, site_mismatch_weights(
                self.knowledge, [(f.ids, f.site) for f in stated if f.site]))
            # A disease whose curated texts place that finding at other sites only
            # (carpal tunnel syndrome's numb fingers against "numbness on my outer thigh"),
            # SITE_MISMATCH_WEIGHT once (h-sites15).
            prior = combine(prior, placed_elsewhere_weights(self.knowledge, placed_elsewhere(
                self.knowledge, [(f.ids, finding_site_words(f.site, f.text, ws), f.text, ws)
                                 for f, ws in zip(stated, wordings, strict=True)],
                interpretation.question)))
        # Clinical modifiers (rank/modifiers.py): a disease that records one the question
        # names ("at night", "on one side") on a related finding weighs more; none weighs less.
        # An OR-group's readings are findings the modifier may qualify too ("painful
        # blisters in a band": Abnormal blistering | Skin vesicle).
        modified = modifier_matches(
            self.knowledge, [*query.present, *(i for g in query.or_groups for i in g)],
            [m.id for m in interpretation.modifiers],
            self.model.observed if self.parameters.question_modifier_explained else None)
        prior = combine(prior, modifier_weights_of(self.knowledge, modified))
        # One common infection said alone (rank/infections.py): the immunodeficiencies that
        # list it weigh PREDISPOSITION_WEIGHT.
        prior = combine(prior, single_infection_weights(
            self.knowledge, [*([t] for t in query.present), *query.or_groups],
            self.model.observed))
        # The course (rank/course.py): a disease whose sourced episode length does not fit how
        # long the complaint has lasted weighs less; 1 for diseases without one.
        days = None if interpretation.course is None else interpretation.course.days
        prior = combine(prior, course_weights(self.knowledge, days))
        # Words on when the findings began ("since childhood") say they are not new: the age
        # is then the age at examination, as in a case report, not the age at onset.
        at_onset = not interpretation.onset
        # A complaint said to have begun within RECENT_COMPLAINT_DAYS began at the age given,
        # so a lasting condition is weighed by that age at onset too (question_age).
        # None: the question says nothing of how long (question_lasting_unsaid_years).
        recent = None if days is None else days < RECENT_COMPLAINT_DAYS
        if interpretation.frame == "person":
            depth = self.parameters.question_unnamed_depth
            deep = evidence if isinstance(evidence, bool) else max(evidence, depth)
            ranking = self.rank_query(query, prior, top, deep, calibrated=False,
                                      question=True, age_at_onset=at_onset,
                                      begun_recently=recent, age_band=band)
            ranking = self._unnamed_reordered(query, ranking)
            if deep is not evidence:  # evidence for the first ``evidence`` candidates only
                ranking = replace(ranking, candidates=tuple(
                    c if c.rank <= int(evidence) else replace(c, evidence=())
                    for c in ranking.candidates))
        else:
            ranking = self._characteristic_then_common(query, prior, top, evidence, at_onset,
                                                       recent, common_places=not rare_asked,
                                                       categories=interpretation.categories)
        if relatives:
            index = self.knowledge.disease_ids_index
            ranking = replace(ranking, candidates=tuple(
                replace(c, family_history=lifted_by(relatives, [index[d] for d in c.ids
                                                                if d in index]))
                for c in ranking.candidates))
        if genes:
            index = self.knowledge.disease_ids_index
            ranking = replace(ranking, candidates=tuple(
                replace(c, genes=linked_genes(self.knowledge, genes,
                                              [index[d] for d in c.ids if d in index],
                                              self._twin_group))
                for c in ranking.candidates))
        if (not exposures and not self.knowledge.required_exposures and days is None
                and not sites and not modified and not placed):
            return ranking
        # What the prior's context weights did to each candidate, to show why it rose.
        return replace(ranking, candidates=tuple(
            replace(c, exposures=listed_exposures(self.knowledge, c.ids, exposures),
                    unnamed_exposures=unnamed_exposures(self.knowledge, c.ids, exposures),
                    course_fit=course_fit(self.knowledge, c.ids, days),
                    site_fits=(*site_fits(self.knowledge, c.ids, sites),
                               *finding_site_fits(c.ids, placed)),
                    modifier_fits=modifier_fits(self.knowledge, c.ids, modified,
                                                interpretation.modifiers))
            for c in ranking.candidates))

    def _wordings(self, ids: Sequence[str]) -> tuple[str, ...]:
        """The names and synonyms of the terms ``ids`` (those of the ontology): the sites
        they say themselves ("Ptosis": "Drooping upper eyelid"; rank/sites.py
        ``unsaid_sites``)."""
        onto = self.knowledge.ontology
        return tuple(wording for i in ids if i in onto
                     for wording in (onto.name(i), *(s[0] for s in onto.synonyms(onto.index(i)))))

    @cached_property
    def _age_bands(self) -> tuple[AgeBand, ...]:
        """Each condition profile's onset range and the ages its figure counts (age_band_ratios),
        from the compiled knowledge (CuratedDiseases.age_bands)."""
        index = self.knowledge.disease_ids_index
        carried = self.parameters.question_age_band_lasting_carried
        pregnancies_counted = self.parameters.question_age_band_pregnancies_counted
        bands: list[AgeBand] = []
        for profile_id, (first, last, lasting, said) in self.knowledge.curated_age_bands.items():
            position = index.get(profile_id)
            if position is None:
                continue
            # A condition of pregnancy (a profile that gives the weeks it is seen in,
            # `gestation`) has a figure of pregnancies, and pregnancies happen at the ages of
            # its onset range: the figure already counts those ages alone, so no age in the
            # range raises it (ectopic pregnancy, 2 in 100 pregnancies, was raised threefold
            # for any 18- to 45-year-old as if its figure counted people of all ages).
            ages = ([first, last] if said is None and pregnancies_counted
                    and profile_id in self.knowledge.curated_gestation else said)
            # A lasting condition's people carry it past its onset ages (atopic eczema,
            # from 0-10, at 40): its figure counts them at every age from its onset on.
            bands.append((position, first, math.inf if carried and lasting else last,
                          None if ages is None else (ages[0], ages[1])))
        return tuple(bands)

    def _rare_asked_prior(self) -> Vector | None:
        """The prior of a question that asks for a rare disease: diseases common in the EU
        sense (a general-population figure of 5 in 10,000 or more: Prevalence.common) weigh
        ``rare_question_common_weight``; twins share their figure (priors.disease_prevalence),
        so a group weighs as one."""
        weight = self.parameters.rare_question_common_weight
        if weight == 1.0:
            return None
        common = np.fromiter((f is not None and f.common for f in self.prevalence), dtype=bool,
                             count=self.knowledge.n_diseases)
        weights: Vector = np.where(common, weight, 1.0)
        return weights

    def _age_band_prior(self, age: float, findings: int | None = None) -> Vector | None:
        """How much denser each profile's cases are at ``age`` (rank/priors.py,
        age_band_ratios), tempered by the person frame's prevalence exponent (for a question
        of ``findings`` findings read, as the figure is)."""
        p = self.parameters
        if p.question_age_band_cap <= 1.0:
            return None
        ratios = age_band_ratios(self.knowledge.n_diseases, self._age_bands, age,
                                 p.question_age_band_lifespan_years,
                                 p.question_age_band_min_width_years, p.question_age_band_cap)
        if ratios is None:
            return None
        weights: Vector = np.power(ratios, p.prevalence_exponent("person", findings))
        return weights

    def _asker_age_ratio(self) -> Vector | None:
        """Per disease, how a question about the asker alone bears on it
        (LikelihoodModel.asker_age), a twin group taking the best ratio among its members
        whose onset range a question weighs; None when turned off."""
        age = self.parameters.question_asker_min_age_years
        if age <= 0:
            return None
        return self._union_known(self.model.asker_age(age), self._question_onset_known)

    def _onset_words_ratio(self, onsets: Sequence[Onset]) -> Vector | None:
        """Per disease, how the onset classes a question's words name (``onsets``) bear on
        it (LikelihoodModel.onset_words over the union of their ranges), a twin group taking
        the best ratio among its members with an onset range; None without onset words."""
        bounds = [ONSET_CLASSES[o.id] for o in onsets if o.id in ONSET_CLASSES]
        if not bounds or not self.parameters.question_onset_words:
            return None
        lower = min(b[1] for b in bounds)
        upper = max(b[2] for b in bounds)
        return self._union_known(self.model.onset_words(lower, upper),
                                 self._question_onset_known)

    @cached_property
    def _denied_ratios(self) -> Vector:
        """Per disease, the ratio of a denied family history (rank/inheritance.py
        denied_ratios); a common condition's records and carrier figures are left at 1."""
        return denied_ratios(self.knowledge,
                             np.logical_or(self._common_records, self._carrier_figures))

    @cached_property
    def _carrier_figures(self) -> npt.NDArray[np.bool_]:
        """Per disease, True when its curated figure counts the carriers of a causative
        genotype (`setting: carriers`) rather than the people with the disease."""
        # The ids of one disease share its figure (priors.disease_prevalence), marker too.
        return np.array([f is not None and f.carriers for f in self.prevalence], dtype=bool)

    def _carrier_restore(self, family: Sequence[Vector | None], frame: Frame,
                         findings: int | None = None) -> Vector | None:
        """The weight that undoes the one-setting discount of a carrier figure for the
        diseases the question's family history lifts: a relative's condition
        (rank/family_findings.py) or a family history that fits the disease's mode of
        inheritance (rank/inheritance.py); ``family`` holds their weights per disease.

        A figure of carriers overstates how many people have the disease (most carriers never
        become ill), so the prior counts it at ``one_setting_prevalence_factor`` like any
        figure from one setting. A family history that fits the disease (a parent's bowel
        cancer for Lynch syndrome; bowel cancer "running in the family") is evidence that the
        person may carry the variant, and carrying is what the figure counts: for those
        diseases the figure stands whole."""
        mask = self._carrier_figures
        lifts = [w for w in family if w is not None]
        if not lifts or not mask.any():
            return None
        p = self.parameters
        exponent = p.prevalence_exponent(frame, findings)
        if not exponent or p.one_setting_prevalence_factor <= 0:
            return None
        lifted = mask & (np.max(np.vstack(lifts), axis=0) > NAMED_LIFT)
        if not lifted.any():
            return None
        weights: Vector = np.where(lifted, np.power(self._carrier_room, exponent), 1.0)
        return weights

    @cached_property
    def _carrier_room(self) -> Vector:
        """Per disease, the factor that restores a carrier figure whole (1 for the rest):
        ``1 / one_setting_prevalence_factor``, less when the whole figure would pass the
        prior's cap, which it counts at most as any figure does."""
        p = self.parameters
        discounted = np.array([f.at_a_time_per_100000 * p.one_setting_prevalence_factor
                               if f is not None and f.carriers else 0.0
                               for f in self.prevalence], dtype=np.float64)
        room = p.prevalence_cap_per_100000 / np.maximum(discounted, 1e-12)
        factor: Vector = np.clip(np.minimum(1.0 / p.one_setting_prevalence_factor, room),
                                 1.0, None)
        return factor

    @cached_property
    def _hereditary_tumours(self) -> Vector:
        """Per disease, whether it is a hereditary tumour syndrome (rank/hereditary.py)."""
        return hereditary_tumours(self.knowledge, self.categories.mask("genetic"),
                                  self.categories.mask("neoplastic"))

    def _unlinked_weights(self, query: Query) -> Vector | None:
        """For a question whose only findings are a relative's (``query`` holds them), the
        inverse of their likelihood ratio for each disease that is neither inherited
        (``_inherited``) nor the relative's condition itself (one its name or lay names call
        the finding, as a known condition's are found: ``_known_rows``; or one that shows the
        finding in at least IMPLIES_KNOWN of its people); 1 for the rest and where the ratio
        is no support (ModelParameters.question_family_alone_unlinked)."""
        onto = self.knowledge.ontology
        groups = [[t] for t in query.present] + [list(g) for g in query.or_groups]
        if not groups:
            return None
        ratio: Vector = np.ones(self.knowledge.n_diseases)
        own: npt.NDArray[np.bool_] = np.zeros(self.knowledge.n_diseases, dtype=bool)
        for group in groups:
            members = [onto.index(t) for t in group]
            ratios = tuple(self._member_ratio(m) for m in members)
            ratio = ratio * (ratios[0] if len(members) == 1
                             else self._group_ratio(members, ratios))
            for term, member in zip(group, members, strict=True):
                own |= self.model.absent_frequency(member) >= IMPLIES_KNOWN
                own[list(self._known_rows(term, ()))] = True
        inherited: npt.NDArray[np.bool_] = np.asarray(self._inherited, dtype=bool)
        unlinked = ~inherited & ~own & (ratio > 1.0)
        if not unlinked.any():
            return None
        weights: Vector = np.where(unlinked, 1.0 / np.where(unlinked, ratio, 1.0), 1.0)
        return weights

    @cached_property
    def _inherited(self) -> Vector:
        """Per disease, whether it is an inherited disease (rank/hereditary.py
        inherited_diseases)."""
        return inherited_diseases(self.knowledge, self.categories.mask("genetic"),
                                  self._common_records)

    @cached_property
    def _common_records(self) -> Vector:
        """Per disease, whether it is a record of a common condition
        (rank/family_findings.py common_records)."""
        return common_records(self.knowledge, self.prevalence)

    @cached_property
    def _mendelian(self) -> Vector:
        """Per disease, whether a relative's condition keeps its whole ratio
        (rank/family_findings.py)."""
        # A record of a common condition takes the tempered lift whatever its annotation.
        return np.logical_and(mendelian_diseases(self.knowledge),
                              np.logical_not(self._common_records))

    @cached_property
    def _mendelian_joined(self) -> Vector:
        """:attr:`_mendelian`, and the records a fact sheet joins with a Mendelian one as the
        same disease (curated_same_disease: Lynch syndrome's ORPHA:144 with OMIM:120435):
        phenotype.hpoa gives ORPHA records no inheritance. Used only for a relative's common
        condition had young (_relatives_mendelian), the clue to its inherited forms, which
        the fact sheets name (h-family3). Measured for every relative's finding, it lost
        two dev probe questions (a son's swollen joints put systemic sclerosis before
        rheumatoid arthritis)."""
        mendelian = mendelian_diseases(self.knowledge)
        index = self.knowledge.disease_ids_index
        for group in self.knowledge.curated_same_disease:
            rows = [index[d] for d in group if d in index]
            if rows and mendelian[rows].any():
                mendelian[rows] = True
        return np.logical_and(mendelian, np.logical_not(self._common_records))

    @cached_property
    def _common_condition_terms(self) -> frozenset[int]:
        """The obligate findings of the common conditions' profiles
        (rank/family_findings.py common_condition_terms)."""
        return common_condition_terms(self.knowledge, self._common_records)

    @cached_property
    def _common_condition_onsets(self) -> dict[int, float]:
        """The usual youngest onset of the common conditions' obligate findings
        (rank/family_findings.py common_condition_onsets)."""
        return common_condition_onsets(self.knowledge, self._common_records)

    def _relatives_ratios(self, term: int, own: Sequence[int]) -> Vector:
        """Per disease, the likelihood ratio of a relative's finding of ``term`` that its
        lift starts from (rank/family_findings.py ``narrower_than_own``): the observed ratio,
        kept only for the diseases that list the term itself or a narrower one when it is a
        narrower form of one of the patient's own findings (``own``, term indices)."""
        ratios = self._member_ratio(term)  # the same function, remembered
        if narrower_than_own(self.knowledge.ontology, term, own):
            ratios = np.where(self.model.absent_frequency(term) > 0, ratios, 1.0)
        return ratios

    def _relatives_lift(self, finding: RecognizedFinding, own: Sequence[int],
                        modes: Sequence[str]) -> Vector:
        """Per disease, the lift of a relative's finding (rank/family_findings.py
        family_lift), with the curated conditions its words name (``relative_named``: "my
        sister has coeliac disease", "his brother has type 1 diabetes") lifted at least as a
        relative's named disease is (relative_disease_lift: a first-degree relative's by the
        profile's family risk, else RELATIVE_DISEASE_LIFT). A relative's condition that names
        such a condition of no Mendelian mode is most likely that condition, not one of the
        rare syndromes that list it: they take the tempered lift, as for a common condition,
        unless the relative had it young (h-family10, issue 14: a sister's coeliac disease
        kept VISS and Williams syndrome their whole ratios of 200-300 while coeliac disease
        took 4)."""
        term = self.knowledge.ontology.index(finding.ids[0])
        named = self._named_conditions(finding.relative_named)
        rows = named_disease_rows(self.knowledge, named, self._twin_group) if named else []
        plain = bool(named) and not bool(self._mendelian[rows].any())
        ratios = self._relatives_ratios(term, own)
        mendelian = self._relatives_mendelian(term, finding.relative, modes,
                                              finding.relative_age, finding.relative_young,
                                              plain)
        lift = family_lift(ratios, mendelian)
        elsewhere = None if mendelian.any() else self._relatives_elsewhere(
            term, plain, own, rows)
        if elsewhere is not None:
            bound = np.minimum(np.maximum(ratios, 1.0),
                               self.parameters.question_relative_elsewhere_lift)
            lift = np.where(elsewhere, np.maximum(lift, bound), lift)
        if named:
            first = _first_degree(finding.relative or "")
            lift = np.maximum(lift, relative_disease_lift(self.knowledge, named,
                                                          self._twin_group, first,
                                                          self.prevalence))
        return lift

    def _named_conditions(self, diseases: Sequence[str]) -> tuple[str, ...]:
        """Of the ``diseases`` a relative's words name, the curated ones (a condition
        profile or fact sheet: knowledge.curated_lay_names)."""
        return tuple(d for d in diseases if d in self.knowledge.curated_lay_names)

    def _relatives_mendelian(self, term: int, relative: str | None = None,
                             modes: Sequence[str] = (), age: float | None = None,
                             young: bool = False, named: bool = False) -> Vector:
        """Per disease, whether a relative's finding of ``term`` keeps its whole ratio: the
        Mendelian diseases (:attr:`_mendelian`), none when the finding is a common condition
        (rank/family_findings.py common_in_population); of the recessive-only ones, only when
        the ``relative`` (the relative's word, "dad") or the question's family history
        (``modes``) fits recessive inheritance.

        The whole ratio stands for the Mendelian recurrence risk of a first-degree relative,
        25-50 %, which for a recessive disease holds for siblings only: a parent or child with
        it passes on one variant, and the person is affected only when the other parent
        carries one too, about half the carrier frequency, far below 25 % (and less for
        second-degree relatives). So a father's kidney failure is no near-decisive clue to a
        recessive kidney disease; a disease annotated only as autosomal recessive (HPO's
        inheritance, else Orphanet's: :attr:`_recessive_only`) takes the tempered lift of
        the complex ones when the relative's word (family_history.yaml ``relatives``: a
        father fits dominant, a sister recessive) and the family history point to no
        recessive mode (h-prev8, issue 12). Measured on questions_dev and every dev probe
        but the CHECK sets (4,734 questions with probe_h-prev8): no rank fell; a father's
        kidney failure no longer put adenine phosphoribosyltransferase deficiency ahead of
        dominant polycystic kidney disease.

        Tried and dropped: making an Orphanet entry Mendelian by Orphanet's own types of
        inheritance (phenotype.hpoa gives no ORPHA record an inheritance annotation, so
        ORPHA:730 dominant polycystic kidney disease takes only the tempered lift). It put
        that disease first for the father's kidney failure but lowered two dev questions a
        place each: a father's blindness lifted Orphanet's retinitis pigmentosa record past
        open-angle glaucoma, and a father's heart attack lifted homozygous familial
        hypercholesterolaemia (ORPHA:391665, dominant or recessive by Orphanet) past stable
        angina."""
        # A common condition had young (``age`` below its usual onset: "my mum had bowel
        # cancer at 45", rank/family_findings.py early_onset; or said to be ``young``, "my
        # uncle had a stroke young") is a clue to its inherited forms. So is a curated
        # condition of no Mendelian mode the relative's words name (``named``,
        # _relatives_lift), however common.
        if named or common_in_population(self.knowledge, term, self._common_condition_terms):
            if not (young or early_onset(self.knowledge, term, age,
                                         self._common_condition_onsets)):
                return np.zeros(self.knowledge.n_diseases, dtype=bool)
            return self._mendelian_joined
        if relative is None or RECESSIVE in modes:
            return self._mendelian
        fitted = family_words().relatives.get(relative.lower())
        if not fitted or RECESSIVE in fitted:
            return self._mendelian
        result: Vector = np.logical_and(self._mendelian, np.logical_not(self._recessive_only))
        return result

    def _relatives_elsewhere(self, term: int, named: bool, own: Sequence[int],
                             condition: Sequence[int]) -> Vector | None:
        """Per disease, whether a relative's tempered common condition (or named curated
        condition, ``named``) of ``term`` lifts it by its ratio up to
        ``question_relative_elsewhere_lift`` rather than the tempered lift; None for none.

        Beside findings of the asker's own (``own``, term indices) that the relative's
        condition does not fit (the ``condition`` rows its words name, else the common
        profiles of ``term``: :meth:`_fits_own`), that condition is no account of the asker's
        trouble, and an inherited disease that shows both is a likelier one than the
        tempered lift says (a father's emphysema in his forties beside the asker's jaundice
        and enlarged liver: alpha-1 antitrypsin deficiency, 2nd -> 1st). The Mendelian
        diseases that list one of the asker's findings are so lifted; when the condition
        fits the asker's findings (a sister's coeliac disease, the asker's bloating) all
        stay tempered (h-family10). Bounded, not the whole ratio: the relative's condition is
        still common. A finding fits the condition through its parent terms too: without
        them (at a bound of 16) a father's heart attack beside the asker's angina on
        the stairs lifted Fabry disease past stable angina (the heart attack lists chest
        pain, not angina), a grandmother's glaucoma beside flashing lights retinitis
        pigmentosa past posterior vitreous detachment (h-family11, issue 14; with them a
        mother's and uncle's strokes fit the asker's migraine, a stroke's headache, and
        CADASIL is not lifted)."""
        if not own or self.parameters.question_relative_elsewhere_lift <= 1.0:
            return None
        if not (named or common_in_population(self.knowledge, term,
                                              self._common_condition_terms)):
            return None
        rows = list(condition) or common_condition_rows(self.knowledge, self._common_records,
                                                        term)
        if not rows or self._fits_own(rows, own):
            return None
        result: Vector = np.logical_and(self._mendelian_joined, self._explains_any(own))
        return result

    def _fits_own(self, rows: Sequence[int], own: Sequence[int]) -> bool:
        """True when one of the diseases at ``rows`` is on its own a fitting account of the
        asker's findings (``own``, term indices): the product of its likelihood ratios for
        them (LikelihoodModel.observed; each finding's best of itself and its parent terms,
        "chest tightness on the stairs", Angina pectoris, against the heart attack's chest
        pain) is above 1. A stroke lists neither flashing lights nor migraine; coeliac
        disease fits bloating and loose stools."""
        onto = self.knowledge.ontology
        at = list(rows)
        logs = np.sum(np.log([
            np.max([self._member_ratio(int(u))[at] for u in (t, *onto.parents(t))], axis=0)
            for t in own]), axis=0)
        return bool(logs.max() > 0)

    def _explains_any(self, own: Sequence[int]) -> Vector:
        """Per disease, True when its likelihood ratio for one of the asker's findings
        (``own``, term indices) is above 1: it shows that finding."""
        shown: Vector = np.any([self._member_ratio(t) > 1.0 for t in own], axis=0)
        return shown

    @cached_property
    def _recessive_only(self) -> Vector:
        """Per disease, True when its every Mendelian mode of inheritance is autosomal
        recessive (HPO's annotations, else Orphanet's: rank/inheritance.py)."""
        recessive = inheritance_ratios(self.knowledge, [RECESSIVE])
        other = inheritance_ratios(self.knowledge, OTHER_MENDELIAN_MODES)
        if recessive is None:
            return np.zeros(self.knowledge.n_diseases, dtype=bool)
        only: Vector = np.asarray(recessive == FITTING_LR)
        if other is not None:
            only = np.logical_and(only, other != FITTING_LR)
        return only

    def _compute_known_rows(self, term: str, said: tuple[str, ...]) -> tuple[int, ...]:
        """The indices of the diseases a known condition names (rank/known.py
        ``named_by_names``): those its ``said`` words name, else those its HPO term's label
        and synonyms name; with their twins."""
        onto = self.knowledge.ontology
        named = named_by_names(said, self._name_table(said))
        if not named:
            forms = [onto.name(term), *(s[0] for s in onto.synonyms(onto.index(term)))]
            named = named_by_names(forms, self._name_table(forms))
        return tuple(named_disease_rows(self.knowledge, named, self._twin_group))

    def _name_table(self, forms: Sequence[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The folded disease names and lay names to ids that ``forms`` can name
        (rank/known.py)."""
        k = self.knowledge
        return known_name_table(forms, k.disease_names, k.disease_ids, k.curated_lay_names)

    def _forms_of_known(self, terms: Sequence[str]) -> npt.NDArray[np.bool_]:
        """Per disease, whether it carries one of the known conditions ``terms`` (or the
        condition each narrows: Diabetes mellitus for Type I diabetes mellitus) in at least
        IMPLIES_KNOWN of its people: a form or complication of it (rank/known.py)."""
        onto = self.knowledge.ontology
        share: Vector = np.zeros(self.knowledge.n_diseases)
        for term in terms:
            index = onto.index(term)
            for at in (index, *onto.parents(index).tolist()):
                share = np.maximum(share, self.model.absent_frequency(int(at)))
        implied: npt.NDArray[np.bool_] = share >= IMPLIES_KNOWN
        return implied

    def _hallmarks(self, disease_ids: Sequence[str], most: int = NAMED_HALLMARKS) -> list[str]:
        """The most frequent nameable findings (at most ``NAMED_HALLMARKS`` of each record, as
        the ranking model weighs them) of the diseases ``disease_ids``, as HPO ids: what a
        disease named alone points to (a relative's, "my dad had Huntington's disease")."""
        index = self.knowledge.disease_ids_index
        named = [index[d] for d in disease_ids if d in index]
        if not named:
            return []
        # With the records of the same disease from other sources (OMIM's and Orphanet's).
        groups = self._twin_group[named]
        wanted = [*named, *(int(d) for d in np.flatnonzero(np.isin(self._twin_group, groups))
                            if int(d) not in named)]
        a = self.knowledge.arrays
        ptr = a["direct_ptr"]
        terms = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
        diseases = a["direct_disease"]
        nameable = nameable_terms(self.knowledge)
        onto = self.knowledge.ontology
        found: list[str] = []
        for disease in wanted:
            own = np.unique(terms[(diseases == disease) & nameable[terms]])
            # As the ranking model weighs them (a frequency HPO does not record takes the
            # model's default).
            chance = self.knowledge.model_frequencies(own, np.array([disease]))[:, 0]
            best = own[np.argsort(-chance, kind="stable")][:most]
            found += [onto.ids[int(t)] for t in best if onto.ids[int(t)] not in found]
        return found

    @cached_property
    def unnamed_hallmarks(self) -> UnnamedHallmarks | None:
        """The weights of hallmarks a person's question leaves unnamed (rank/unnamed.py), or
        None when ``question_unnamed_naming`` is 0."""
        naming = self.parameters.question_unnamed_naming
        return UnnamedHallmarks(self.knowledge, naming) if naming > 0 else None

    def _unnamed_reordered(self, query: Query, ranking: Ranking) -> Ranking:
        """The leading candidates that explain every named finding, reordered by the
        hallmarks the question leaves unnamed (rank/unnamed.py)."""
        hallmarks = self.unnamed_hallmarks
        depth = self.parameters.question_unnamed_depth
        if hallmarks is None or depth < 2 or len(ranking.candidates) < 2:
            return ranking
        onto = self.knowledge.ontology
        named = [onto.index(t) for t in (*query.present, *query.excluded,
                                         *(t for g in query.or_groups for t in g))]
        floors = self.model.observed_floors * EXPLAINED_MARGIN
        ratios = [self._member_ratio(onto.index(t)) for t in query.present]
        # A sheet's series forms that lend their group no findings lend it neither what they
        # explain nor their (often few) hallmarks: psoriasis 2's lifted psoriasis.
        silent = self._silent_forms

        def explains(members: Sequence[int]) -> bool:
            kept = [m for m in members if m not in silent] or members
            return all(any(r[m] > floors[m] for m in kept) for r in ratios)

        related = hallmarks.related(named)
        log_weights = hallmarks.log_weights_unrelated(related)
        if silent:
            log_weights = log_weights.copy()
            log_weights[self._silent_form_positions] = -np.inf
        shown = reordered(ranking.candidates, depth, self.knowledge.disease_ids_index,
                          log_weights, explains,
                          lambda member: hallmarks.unnamed(member, related))
        return replace(ranking, candidates=tuple(shown))

    def _characteristic_then_common(self, query: Query, prior: Vector | None, top: int,
                                    evidence: bool | int, age_at_onset: bool = True,
                                    begun_recently: bool | None = False,
                                    common_places: bool = True,
                                    categories: Sequence[str] = ()) -> Ranking:
        """The order of a knowledge question ("which diseases cause X?").

        The first place goes to the disease the findings characterise most (by the question's
        prior, which weighs how common a disease is only lightly). The other places are shared
        between the diseases that follow it in that order and the common causes: diseases
        common in the EU sense (Prevalence.common) that show every finding with a likelihood
        ratio of ``common_cause_min_lr`` or more and are not of another kind than the question
        names (_common_causes), named as such in the answer. Of the first k places after the
        first, the common causes hold ``round(share * k)`` (as many as there are), where
        ``share`` is how many of the people who have these findings have one of those common
        causes (_common_share, under the person prior): an everyday complaint (hair loss in
        women 0.89, a lump in the armpit 0.97) is answered mostly with its common causes after
        the disease it characterises most; a finding that common diseases rarely explain
        (muscle stiffness among autoimmune diseases, 0.05) keeps the rare diseases it
        characterises. No common places when ``common_places`` is False (a question that asks
        for a rare disease). Measured in ModelParameters (``common_cause_min_lr``)."""
        p = self.parameters
        share = 0.0
        eligible = None
        if common_places and top > 1:
            shows = self._shows_every_finding(query)
            eligible = self._common_causes(shows, categories)
            ratio = (self.prevalence_prior(p.person_prevalence_exponent)
                     / self.prevalence_prior(p.knowledge_prevalence_exponent))
            scored = self._log_scores(query, ratio if prior is None else prior * ratio, True,
                                      age_at_onset, begun_recently)
            if scored is not None:
                eligible &= scored[3] >= math.log(p.common_cause_min_lr)
                share = self._common_share(scored[4], shows, eligible)
        places = min(round(share * (top - 1)), top - 1)
        # Deep enough to find the common causes among the characteristic order.
        ranking = self.rank_query(query, prior, top + places * COMMON_CAUSE_DEPTH,
                                  evidence=False, calibrated=False, question=True,
                                  age_at_onset=age_at_onset, begun_recently=begun_recently)
        index = self.knowledge.disease_ids_index

        def is_common(c: Candidate) -> bool:
            return eligible is not None and bool(eligible[index[c.id]])

        characteristic = list(ranking.candidates)
        common_queue = [c for c in characteristic if is_common(c)] if places else []
        chosen: list[Candidate] = []
        common: list[Candidate] = []
        taken: set[str] = set()
        while len(chosen) < top and (characteristic or common_queue):
            position = len(chosen) + 1
            after_first = len(common) - bool(common and common[0] is chosen[0])
            due = position > 1 and after_first < round(share * (position - 1))
            queue = common_queue if (due and common_queue) or not characteristic else characteristic
            candidate = queue.pop(0)
            if candidate.id in taken:
                continue
            taken.add(candidate.id)
            chosen.append(candidate)
            if places and is_common(candidate):
                common.append(candidate)
        shown: list[tuple[FindingEvidence, ...]] = [() for _ in chosen]
        if evidence:
            # Every candidate's evidence in one vectorised pass (as group_evidence, per group).
            own = self.finding_vectors(query)
            united = self._united(own, query)
            index = self.knowledge.disease_ids_index
            groups = [self._explained([index[d] for d in c.ids]) for c in chosen]
            shown = [_with_ratios(items, united, members[0]) for items, members in zip(
                groups_evidence(self.knowledge, self.model, own, groups), groups, strict=True)]
        renumbered = tuple(
            replace(c, rank=i, common_cause=c in common, evidence=items)
            for i, (c, items) in enumerate(zip(chosen, shown, strict=True), start=1)
        )
        return replace(ranking, candidates=renumbered)

    @cached_property
    def _common_mask(self) -> npt.NDArray[np.bool_]:
        """Diseases common in the EU sense (Prevalence.common) by a general-population figure."""
        return np.array([p is not None and p.common for p in self.prevalence], dtype=bool)

    def _common_share(self, log_post: Vector, shows: npt.NDArray[np.bool_],
                      common: npt.NDArray[np.bool_]) -> float:
        """The share of the posterior ``log_post`` (each twin group once) of the diseases that
        ``shows`` every finding held by the ``common`` causes among them; 0 when none shows
        them all. Diseases that miss a finding are left out of both sides: a common disease
        with a likelihood ratio below 1 would otherwise weigh by how common it is alone."""
        heads = self._heads[shows[self._heads]]
        if not len(heads):
            return 0.0
        shifted = np.exp(log_post[heads] - log_post[heads].max())
        return float(shifted[common[heads]].sum() / shifted.sum())

    def _shows_every_finding(self, query: Query) -> npt.NDArray[np.bool_]:
        """Diseases that show every observed finding of ``query`` (one reading of each
        OR-group) above the floor of an unannotated finding, twin groups united (a fact
        sheet's series forms that lend the group no findings lend it none here either:
        psoriasis 2's annotations made psoriasis a common cause of a red, raw skin fold)."""
        onto = self.knowledge.ontology
        floors = self.model.observed_floors * EXPLAINED_MARGIN
        shows = np.ones(self.knowledge.n_diseases, dtype=bool)
        for term in query.present:
            shows &= self._member_ratio(onto.index(term)) > floors
        for group in query.or_groups:
            shows &= np.logical_or.reduce(
                [self._member_ratio(onto.index(term)) > floors for term in group])
        shows[self._silent_form_positions] = False
        united: npt.NDArray[np.bool_] = self._union(shows.astype(float), np.maximum) > 0
        return united

    def _common_causes(self, shows: npt.NDArray[np.bool_],
                       categories: Sequence[str]) -> npt.NDArray[np.bool_]:
        """Of the diseases that ``shows`` every finding, those common in the EU sense
        (Prevalence.common: a general-population figure of 5 in 10,000 or more), except those
        a reviewed sheet says are not of a kind the question names (a common anaemia is no
        answer to "what genetic disease causes anaemia?")."""
        mask: npt.NDArray[np.bool_] = shows & self._common_mask
        kind = category_prior(self.categories, categories, lambda _: 1.0,
                              self.parameters.category_against_weight)
        return mask if kind is None else mask & (kind >= 1.0)

    def _most_general(self, ids: tuple[str, ...]) -> str:
        """For "no X" with an ambiguous X, exclude the member the others specialise; when
        none does, the reader's first reading (its literal sense: "no pain" said beside sore
        eyes is no Ocular pain, not no Conjunctivitis, which the most annotated member was;
        h-reader53)."""
        onto = self.knowledge.ontology
        indices = [onto.index(t) for t in ids]
        for t, i in zip(ids, indices, strict=True):
            if all(onto.is_ancestor(i, j) for j in indices):
                return t
        return ids[0]

    def rank_query(self, query: Query, weights: Vector | None, top: int,
                   evidence: bool | int = True, calibrated: bool = True,
                   question: bool = False, age_at_onset: bool = False,
                   begun_recently: bool | None = False,
                   age_band: Vector | None = None) -> Ranking:
        """Score every disease for a normalised query; the ``top`` candidates, grouped.

        ``evidence``: True for every candidate, False for none, n for the first n.
        ``calibrated``: re-score the leading candidates (rank/calibration.py, fitted on coded
        phenopackets); questions in plain language keep the plain likelihood ratio.
        ``question``: a plain-language question's findings: each observed finding's ratio is
        capped at ``question_finding_lr_cap`` and the posterior tempered by
        ``question_posterior_temperature`` (ModelParameters says why).
        ``age_at_onset``: the query's age is the age at which its findings began (a question
        that says nothing of when): weighed by LikelihoodModel.question_age, else by
        LikelihoodModel.age (a case report's age at examination). ``begun_recently``: the
        question says its complaint began within the last year, so a lasting condition is
        weighed by the age as an age at onset too (LikelihoodModel.question_age); None: it
        says nothing of how long, so a lasting condition long past its range weighs less
        (``question_lasting_unsaid_years``). ``age_band``: the part of ``weights`` that the
        person's age inside a profile's onset range gave (_age_band_prior), taken back from the
        diseases that explain none of the findings (unexplained_unlifted)."""
        k = self.knowledge
        n = k.n_diseases
        scored = self._log_scores(query, weights, question, age_at_onset, begun_recently,
                                  age_band)
        if scored is None:
            return Ranking(query, (), k.release, n)
        own_vectors, vectors, observed_logs, log_lr, log_post = scored
        p = self.parameters
        calibrate = self.calibrator is not None and calibrated
        order = self._best_first(log_post, top)
        plain = log_post
        rescored = None
        if calibrate:  # leading candidates re-scored
            assert self.calibrator is not None
            rescored = self.calibrator.rescore(finding_terms(k, query), observed_logs, order,
                                               log_post, top)
            log_post, order = rescored.log_score, rescored.order
            shifted, total = self._rescored_posterior(log_post, rescored.order)
        else:
            temperature = p.question_posterior_temperature if question else 1.0
            shifted = np.exp((log_post - log_post.max()) * temperature)
            # Each disease counts once: the members of a twin group share one score.
            total = shifted[self._heads].sum()
        posterior = _Posterior(shifted, total)
        fold = question and p.question_fold_forms
        named = fold and p.divided_diseases and p.question_named_families
        chosen = family_order(
            order, self._twin_group, top, self._members,
            (self._question_families if named else self._families)
            if p.divided_diseases else {},
            lambda d: (float(log_post[d]), float(plain[d])),
            fold_forms=fold, leading=self._named_families if named else ())
        explained = len(chosen) if evidence is True else int(evidence)
        shown = groups_evidence(k, self.model, own_vectors,
                                [self._explained(m) for _, m, _ in chosen[:explained]], vectors)
        shown += [() for _ in chosen[explained:]]
        candidates = []
        for position, (disease, members, best) in enumerate(chosen, start=1):
            own = k.disease_ids[disease]
            candidates.append(Candidate(
                rank=position,
                id=own,
                ids=tuple(sorted({k.disease_ids[m] for m in members}, key=lambda d: (d != own, d))),
                name=k.disease_names[disease],
                score=float(log_post[best] / math.log(10)),
                probability=posterior.of(best),
                likelihood_ratio=float(math.exp(min(log_lr[best], 700.0))),
                evidence=shown[position - 1],
                inheritance=self._aspect_names(disease, False),
                onset=self._aspect_names(disease, True),
                prior_weight=1.0 if weights is None else float(weights[disease]),
                prevalence=self.prevalence[disease],
                score_terms=(rescored.terms(int(self._twin_group[best]))
                             if rescored is not None else ()),
                age_fit=self._age_fit(query.age, [disease, *members], age_at_onset,
                                      begun_recently, query.youngest),
                sex_fit=self._sex_fit(query.sex, [disease, *members]),
                gestation_fit=self._gestation_fit(query.gestation, [disease, *members]),
            ))
        return Ranking(query, tuple(candidates), k.release, n)

    def _log_scores(self, query: Query, weights: Vector | None, question: bool,
                    age_at_onset: bool, begun_recently: bool | None,
                    age_band: Vector | None = None
                    ) -> tuple[FindingVectors, FindingVectors, list[SparseVector], Vector,
                               Vector] | None:
        """The findings' vectors (own, united), the observed findings' log ratios, and every
        disease's log likelihood ratio and log posterior (rank_query's parameters); ``None``
        when no finding of the query is annotated anywhere."""
        own_vectors, vectors, observed_logs, excluded_logs = self._query_vectors(query)
        if not (vectors.observed or vectors.groups):
            return None
        p = self.parameters
        if question and math.isfinite(p.question_finding_lr_cap):
            ceiling = math.log(p.question_finding_lr_cap)
            observed_logs = [v.capped(ceiling) for v in observed_logs]
        log_prior = None if weights is None else np.log(self._prior_union(weights))
        log_lr, log_post = self._scores(query, log_total(
            observed_logs, excluded_logs, self.knowledge.n_diseases, p.excluded_total_floor),
            log_prior, age_at_onset, begun_recently)
        if question and age_band is not None and p.question_age_band_explained_only:
            log_post = unexplained_unlifted(observed_logs, log_post,
                                            np.log(self._prior_union(age_band)))
        return own_vectors, vectors, observed_logs, log_lr, log_post

    def _prior_union(self, weights: Vector) -> Vector:
        """A twin group's prior: the largest weight of its members, a fact sheet's series
        forms (:attr:`_sheet_forms`) left out. A form has no figure of its own, and the
        context weights the sheet's ids carry (a necessary exposure not named, a body site
        elsewhere, a hereditary tumour in an older person) must not be undone by a form's."""
        kept: Vector = np.maximum(weights, 1e-300)
        if self._sheet_forms.any():
            kept = np.where(self._sheet_forms, 0.0, kept)
        return self._union(kept, np.maximum)

    def _scores(self, query: Query, log_lr: Vector, log_prior: Vector | None,
                age_at_onset: bool = False, begun_recently: bool | None = False
                ) -> tuple[Vector, Vector]:
        """(log likelihood ratio, log posterior) from the findings' summed log ratios: with
        age and sex, then the prior. Without a prior the posterior is the same array (a prior
        of 0.0 changes no sum: none is -0.0)."""
        if query.age is not None:
            log_lr = log_lr + (self._question_age_log_ratio(query.age, begun_recently,
                                                            query.youngest)
                               if age_at_onset else self._age_log_ratio(query.age))
        if query.sex is not None:
            log_lr = log_lr + self._sex_log_ratio(query.sex)
        if query.gestation is not None:
            log_lr = log_lr + np.log(self._gestation_ratio(query.gestation))
        return log_lr, log_lr if log_prior is None else log_lr + log_prior

    @staticmethod
    def _best_first(log_post: Vector, top: int) -> list[int]:
        """Disease indices by descending score, ties by index (deterministic), deep enough."""
        depth = _depth(len(log_post), top)
        cut = _largest(log_post, depth)
        part = np.flatnonzero(log_post >= cut)  # every disease tied with the cut, too
        order: list[int] = part[np.lexsort((part, -log_post[part]))][:depth].tolist()
        return order

    # ---- twin groups scored as one disease ----

    @cached_property
    def _heads(self) -> Indices:
        """One entry per disease: the heads of the twin groups (and every lone entry)."""
        heads: Indices = np.flatnonzero(self._twin_group == np.arange(len(self._twin_group)))
        return heads

    @cached_property
    def _grouped(self) -> tuple[Indices, Indices, Indices]:
        """(entries that share their group with another, ordered by group; where each
        group's run of them starts; each run's length)."""
        grouped = np.asarray(sorted(m for members in self._members.values() for m in members),
                             dtype=np.int64)
        by_group = grouped[np.argsort(self._twin_group[grouped], kind="stable")]
        heads = self._twin_group[by_group].astype(np.int64)
        starts = np.flatnonzero(np.diff(heads, prepend=-1))
        sizes = np.diff(np.append(starts, len(heads)))
        return by_group, starts, sizes

    def _union(self, vector: Vector, reduce: np.ufunc) -> Vector:
        """Every member of a twin group gets the group's value: the entries are one disease
        whose annotations are the union of theirs, so a finding any member shows, the group
        shows (``np.maximum`` for ratios of findings, ``np.minimum`` for excluded ones)."""
        members, starts, sizes = self._grouped
        if not len(members):
            return vector
        united: Vector = vector.copy()
        united[members] = np.repeat(reduce.reduceat(vector[members], starts), sizes)
        return united

    @cached_property
    def _families(self) -> dict[int, tuple[int, ...]]:
        """Twin-group head of a disease Orphanet divides into forms -> its forms' heads
        (rank/grouping.py, :func:`form_families`)."""
        return form_families(self.knowledge.disease_ids, self._twin_group, orphanet_forms())

    @cached_property
    def _named_families(self) -> dict[int, tuple[int, ...]]:
        """Twin-group head of a disease OMIM names that Orphanet divides into forms (Sandhoff
        disease) -> its forms' heads ("Sandhoff disease, infantile form"; rank/grouping.py,
        :func:`form_families` with ``named``; ModelParameters.question_named_families)."""
        named = form_families(self.knowledge.disease_ids, self._twin_group, orphanet_forms(),
                              named=True)
        if not self.parameters.question_exact_pair_families:
            return named
        pairs = exact_pair_families(self.knowledge.disease_ids, self._twin_group,
                                    orphanet_exact_pairs())
        return {head: tuple(sorted({*named.get(head, ()), *pairs.get(head, ())}))
                for head in sorted({*named, *pairs})}

    @cached_property
    def _question_families(self) -> dict[int, tuple[int, ...]]:
        """:attr:`_families` and :attr:`_named_families` together (no head is in both)."""
        return {**self._families, **self._named_families}

    @cached_property
    def _members(self) -> dict[int, list[int]]:
        """Each twin group's members, the one that names the group first
        (:func:`group_members`). The :attr:`_included_members` (a profile's familial forms,
        which lend the group no findings in a question) come last, so that a common
        condition is not shown under the id, inheritance and evidence of one of them. OMIM's
        non-Mendelian records of the common disease keep their place: a case report's
        ranking, and those records, name the group by OMIM as before."""
        return group_members(self._twin_group, self.knowledge.disease_ids,
                             self._included_set | set(np.flatnonzero(self._sheet_forms).tolist()))

    @cached_property
    def _sheet_forms(self) -> npt.NDArray[np.bool_]:
        """Per disease, whether it is a fact sheet's series form (``includes``: "Parkinson
        disease 8", "Sarcoidosis, susceptibility to, 2") in a twin group with a member that
        is none. Only plain-language questions join the forms with their sheet
        (``sheet_twins``); there a form ranks as one candidate with it but lends the group no
        prior weight (:meth:`_prior_union`), no onset range (:attr:`_question_onset_known`)
        and no sex ratio (:attr:`_sex_known`): a form's own (type 1 diabetes mellitus 2's
        early young adult onset, an X-linked form's men) is not the common disease's, and
        the form has no figure. Nor does it lend its findings (:attr:`_included_members`,
        :attr:`_silent_forms`; ``sheet_forms_lend_findings`` says why). facts/SCHEMA.md,
        "includes: series forms"."""
        n = self.knowledge.n_diseases
        listed = self.knowledge.arrays.get("sheet_included")
        if not self.parameters.sheet_twins or listed is None:
            return np.zeros(n, dtype=bool)
        forms = np.asarray(listed, dtype=bool)
        # (From the groups themselves: _union's grouping orders members by this mask.)
        with_others: npt.NDArray[np.bool_] = np.isin(self._twin_group,
                                                     self._twin_group[~forms])
        return forms & with_others

    @cached_property
    def _silent_forms(self) -> frozenset[int]:
        """The :attr:`_sheet_forms` that lend their group no findings (all of them unless
        ``sheet_forms_lend_findings``)."""
        forms = set(np.flatnonzero(self._sheet_forms).tolist())
        return frozenset(forms.intersection(self._included_members.tolist()))

    @cached_property
    def _silent_form_positions(self) -> npt.NDArray[np.int64]:
        """:attr:`_silent_forms` as a sorted index array, to mask score vectors with (sorted
        once, not for every question)."""
        return np.asarray(sorted(self._silent_forms), dtype=np.int64)

    @cached_property
    def _included_set(self) -> frozenset[int]:
        """:attr:`_included_members` as a set, for membership tests per candidate."""
        return frozenset(self._included_members.tolist())

    def _explained(self, members: Sequence[int]) -> list[int]:
        """The members whose annotations may explain a group's findings: all but the
        :attr:`_included_members`, which gave the group's ratios nothing (all when every
        member is one)."""
        kept = [m for m in members if m not in self._included_set]
        return kept or list(members)

    @cached_property
    def _included_members(self) -> Indices:
        """The members a finding's group ratio leaves out (``profile_includes_findings``
        False): the entries condition profiles list under ``includes`` (compiled as the
        ``profile_included`` array) whose inheritance is Mendelian or not recorded. Those
        annotated non-Mendelian, polygenic or sporadic are OMIM's records of the common
        disease itself (multiple sclerosis's OMIM:126200) and keep lending their findings:
        leaving out every include cost a dev question (multiple sclerosis, whose profile
        lists no spasticity). (The includes' release twins are listed too: the only members
        of a profile's group it does not list, ADHD's OMIM:143465 and prostate cancer's
        OMIM:176807, are the common condition itself.) A fact sheet's series forms
        (:attr:`_sheet_forms`) lend none, unless ``sheet_forms_lend_findings`` lets the
        non-Mendelian ones lend theirs as a profile's do (ModelParameters says why not)."""
        if self.parameters.profile_includes_findings:
            return np.zeros(0, dtype=np.int64)
        common = {"Non-Mendelian inheritance", "Polygenic inheritance", "Sporadic"}
        forms = self._sheet_forms
        lending = self.knowledge.arrays["profile_included"] | (
            forms if self.parameters.sheet_forms_lend_findings else False)
        left_out = {d for d in np.flatnonzero(lending).tolist()
                    if not common & set(self._aspect_names(d, False))}
        left_out.update(np.flatnonzero(forms & ~lending).tolist())
        return np.asarray(sorted(left_out), dtype=np.int64)

    def _finding_union(self, vector: Vector, reduce: np.ufunc) -> Vector:
        """:meth:`_union` of a finding's ratios, without the :attr:`_included_members` (each
        is in a group with the profile's own entry, which gives the group its value)."""
        left_out = self._included_members
        if not len(left_out):
            return self._union(vector, reduce)
        masked: Vector = np.asarray(vector, dtype=float).copy()
        masked[left_out] = 0.0 if reduce is np.maximum else np.inf
        return self._union(masked, reduce)

    def _united(self, vectors: FindingVectors, query: Query) -> FindingVectors:
        """The vectors of ``query`` (``vectors``: its own, by :meth:`finding_vectors`) with
        each twin group's members united (observed and excluded findings: from memory)."""
        onto = self.knowledge.ontology
        groups = []
        for ids, _, ratios in vectors.groups:
            # Each reading of an ambiguous word is united first, then weighed, so that a
            # group scores a reading any of its members shows.
            united = tuple(self._finding_union(np.asarray(r), np.maximum) for r in ratios)
            groups.append((ids, self._group_ratio([onto.index(t) for t in ids], united), united))
        return FindingVectors(
            tuple((t, self._observed(onto.index(t), query.sex).united)
                  for t, _ in vectors.observed),
            tuple(groups),
            tuple((t, self._excluded_entry(onto.index(t), query.plain_language).united)
                  for t, _ in vectors.excluded),
        )

    def _query_vectors(self, query: Query) -> tuple[FindingVectors, FindingVectors,
                                                    list[SparseVector], list[SparseVector]]:
        """:meth:`finding_vectors` and :meth:`_united` of ``query``, and the logarithms of the
        united vectors (observed findings and OR-groups, excluded findings), each finding's
        remembered vectors looked up once."""
        onto = self.knowledge.ontology
        observed = [(t, self._observed(onto.index(t), query.sex)) for t in query.present]
        excluded = [(t, self._excluded_entry(onto.index(t), query.plain_language))
                    for t in query.excluded]
        if query.or_groups:
            own = self.finding_vectors(query)
            united = self._united(own, query)
        else:
            own = FindingVectors(tuple((t, e.own) for t, e in observed), (),
                                 tuple((t, e.own) for t, e in excluded))
            united = FindingVectors(tuple((t, e.united) for t, e in observed), (),
                                    tuple((t, e.united) for t, e in excluded))
        observed_logs = [e.log for _, e in observed]
        observed_logs += [SparseVector.compress(v).log() for _, v, _ in united.groups]
        return own, united, observed_logs, [e.log for _, e in excluded]

    @cached_property
    def _head_slot(self) -> Indices:
        """Disease -> its place among :attr:`_heads` (-1 for a member that is not its head)."""
        slot: Indices = np.full(len(self._twin_group), -1, dtype=np.int64)
        slot[self._heads] = np.arange(len(self._heads))
        return slot

    def _rescored_posterior(self, log_score: Vector, rescored: list[int]) -> tuple[Vector, float]:
        """``shifted = exp(log_score - max)`` and its sum over the twin-group heads, as the
        dense computation gives them, when only the ``rescored`` diseases have a finite score
        (the others' ``exp(-inf)`` is 0): the exponentials of those alone, and the heads'
        values laid out as ``shifted[heads]`` is, so that the sum adds the same numbers in the
        same order."""
        members = np.asarray(rescored, dtype=np.int64)
        values = np.exp(log_score[members] - log_score[members].max())
        shifted: Vector = np.zeros(len(log_score))
        shifted[members] = values
        slots = self._head_slot[members]
        at_heads: Vector = np.zeros(len(self._heads))
        at_heads[slots[slots >= 0]] = values[slots >= 0]
        return shifted, float(at_heads.sum())

    def _observed(self, term: int, sex: Sex | None) -> _FindingEntry:
        """An observed finding's vectors, remembered once for both sexes unless some disease
        shows the finding in one sex only (:meth:`_observed_for_sex`)."""
        if sex is not None and term not in self._sex_limited_index[sex][0]:
            sex = None
        return self._observed_entry(term, sex)

    def _compute_observed_entry(self, term: int, sex: Sex | None) -> _FindingEntry:
        own = self._observed_for_sex(term, sex)
        return _FindingEntry.of(own, self._finding_union(own, np.maximum))

    def _compute_excluded_entry(self, term: int, plain_language: bool) -> _FindingEntry:
        p = self.parameters
        own = self.model.excluded(term, p.question_excluded_check_odds if plain_language
                                  else p.excluded_check_odds)
        return _FindingEntry.of(own, self._finding_union(own, np.minimum))

    def _compute_age_log_ratio(self, age: float) -> Vector:
        vector: Vector = np.log(self._union_known(self._age_ratio(age, False),
                                                  self.model.onset_known))
        vector.setflags(write=False)  # shared through the cache
        return vector

    def _compute_question_age_log_ratio(self, age: float, recent: bool | None = False,
                                        youngest: float | None = None) -> Vector:
        # As for case reports: a twin without onset data does not erase a profile's range.
        vector: Vector = np.log(self._union_known(self._age_ratio(age, True, recent, youngest),
                                                  self._question_onset_known))
        vector.setflags(write=False)
        return vector

    @cached_property
    def _question_onset_known(self) -> npt.NDArray[np.bool_]:
        """The members whose onset range a plain-language question's age is weighed by: those
        with a range (as for case reports), except that in a twin group with a condition
        profile's range only the profile's counts (``question_profile_onset_governs``).

        A profile gives the ages at which the common condition presents; the HPO entries it
        includes are its rare inherited forms (familial atrial fibrillation, with onset in
        childhood) or the same disease coded with OMIM's broad onset classes. Weighed by
        prevalence, the group's age ratio is almost exactly the profile's, while the largest
        member's (_union_known) lets a rare form's childhood onset lift atrial fibrillation
        in a 22-year-old to ratio 1. A fact sheet's series forms never count
        (:attr:`_sheet_forms`): joined as the same disease, type 1 diabetes mellitus 2's early
        young adult onset, 16 to 19 years, would have become type 1 diabetes's, whose entry
        has none."""
        known = self.model.onset_known & ~self._sheet_forms
        if not self.parameters.question_profile_onset_governs:
            return known
        profiled = self.model.profile_onset
        in_profiled_group = self._union(profiled.astype(float), np.maximum) > 0.0
        result: npt.NDArray[np.bool_] = known & (profiled | ~in_profiled_group)
        return result

    def _compute_age_ratio(self, age: float, at_onset: bool,
                           recent: bool | None = False, youngest: float | None = None
                           ) -> Vector:
        vector = (self.model.question_age(age, lasting_begun=recent is not True,
                                          duration_said=recent is not None,
                                          youngest=youngest) if at_onset
                  else self.model.age(age))
        vector.setflags(write=False)
        return vector

    def _age_fit(self, age: float | None, members: Sequence[int], at_onset: bool,
                 recent: bool | None = False, youngest: float | None = None
                 ) -> AgeFit | None:
        """How the person's age bore on a candidate (twin group ``members``, head first):
        the onset range of the member whose ratio the group scored with, when the age moved
        the score (ratio not 1)."""
        if age is None:
            return None
        vector = (self._question_age_log_ratio(age, recent, youngest) if at_onset
                  else self._age_log_ratio(age))
        ratio = float(np.exp(vector[members[0]]))
        if abs(ratio - 1.0) < 1e-9:
            return None
        own = self._age_ratio(age, at_onset, recent, youngest)
        # The member whose ratio the group scored with: among those with an onset range
        # (_union_known), as a member without one says nothing.
        onset_known = self._question_onset_known if at_onset else self.model.onset_known
        known = [m for m in members if onset_known[m]]
        if not known:
            return None
        best = max(known, key=lambda m: (float(own[m]), -m))
        lower, upper = self.model.onset_bounds
        return AgeFit(age, float(lower[best]), float(upper[best]), ratio)

    def _compute_sex_ratio(self, sex: Sex) -> Vector:
        vector = self.model.sex(sex)
        vector.setflags(write=False)
        return vector

    def _compute_gestation_ratio(self, weeks: tuple[float, float]) -> Vector:
        """LikelihoodModel.gestation for the question's weeks, the least of a twin group's
        members for each (a profile's window holds for the forms it includes)."""
        vector = self._union(self.model.gestation(*weeks), np.minimum)
        vector.setflags(write=False)
        return vector

    def _gestation_fit(self, weeks: tuple[float, float] | None,
                       members: Sequence[int]) -> GestationFit | None:
        """How the question's weeks of pregnancy bore on a candidate whose group has a
        profile's gestation window (twin group ``members``, head first)."""
        if weeks is None:
            return None
        lower, upper = self.model.gestation_bounds
        known = [m for m in members if np.isfinite(lower[m])]
        if not known:
            return None
        ratio = float(self._gestation_ratio(weeks)[members[0]])
        return GestationFit(weeks[0], weeks[1], float(lower[known[0]]), float(upper[known[0]]),
                            ratio)

    def _sex_fit(self, sex: Sex | None, members: Sequence[int]) -> SexFit | None:
        """How the person's sex bore on a candidate (twin group ``members``, head first), and
        the member's data that gave it, when it moved the score (ratio not 1)."""
        if sex is None:
            return None
        ratio = float(np.exp(self._sex_log_ratio(sex)[members[0]]))
        if abs(ratio - 1.0) < 1e-9:
            return None
        own = self._sex_ratio(sex)
        # As for the age: among the members with sex data (_union_known).
        known = [m for m in members if self._sex_known[m]]
        if not known:
            return None
        best = max(known, key=lambda m: (float(own[m]), -m))
        curated = self.knowledge.curated_sex.get(self.knowledge.disease_ids[best])
        if curated is None:
            return SexFit(sex, ratio, female_to_male=X_LINKED_RECESSIVE_FEMALE_TO_MALE,
                          x_linked=True)
        female_to_male, only = curated
        return SexFit(sex, ratio, only=only,
                      female_to_male=None if female_to_male is None else float(female_to_male))

    @cached_property
    def _sex_known(self) -> npt.NDArray[np.bool_]:
        """The members whose sex ratio a twin group takes (LikelihoodModel.sex_known), but
        no fact sheet's series form in a group with the sheet (:attr:`_sheet_forms`)."""
        known: npt.NDArray[np.bool_] = self.model.sex_known & ~self._sheet_forms
        return known

    def _compute_sex_log_ratio(self, sex: Sex) -> Vector:
        vector: Vector = np.log(self._union_known(self._sex_ratio(sex), self._sex_known))
        vector.setflags(write=False)
        return vector

    def _union_known(self, ratios: Vector, known: npt.NDArray[np.bool_]) -> Vector:
        """Every member of a twin group gets the largest ratio among the members that know
        something (``known``: an onset range, a sex ratio); a group none of whose members
        knows anything gets 1.

        A member without the data says nothing about the disease, so unlike a finding (which
        the group shows if any member shows it) it must not erase what another member says:
        a profile's onset ages (ADHD: 3-12 years) stand against an 80-year-old although its
        OMIM twin records no onset. Over the members that know, the largest ratio is that of
        the union of their onset ranges."""
        masked = np.where(known, ratios, 0.0)
        united = self._union(masked, np.maximum)
        result: Vector = np.where(united > 0.0, united, 1.0)
        return result

    # ---- likelihood-ratio vectors ----

    def finding_vectors(self, query: Query) -> FindingVectors:
        onto = self.knowledge.ontology
        observed = tuple((tid, self._observed(onto.index(tid), query.sex).own)
                         for tid in query.present)
        groups = []
        for group in query.or_groups:
            members = [onto.index(t) for t in group]
            ratios = tuple(self._member_ratio(m) for m in members)
            groups.append((group, self._group_ratio(members, ratios), ratios))
        excluded = tuple((tid, self._excluded_entry(onto.index(tid), query.plain_language).own)
                         for tid in query.excluded)
        return FindingVectors(observed, tuple(groups), excluded)

    def _group_ratio(self, members: list[int], ratios: tuple[Vector, ...]) -> Vector:
        """Likelihood ratio of "one of these terms" (an ambiguous lay word).

        The meanings of an ambiguous word are taken as alternatives, the first (the lexicon's
        preferred reading) the likeliest: reading ``i`` is meant with a chance proportional to
        ``or_group_reading_decay ** i``, so ``P(word | d) = sum_i pi_i P(q_i | d)`` and the
        background ``sum_i pi_i bg(q_i)``: the group's ratio is the mean of the members' ratios
        weighted by ``pi_i bg(q_i)``. Taking the best member's ratio instead would let a rare
        reading (rigidity) outweigh a common one (spasticity) merely for being rare, and equal
        chances would let a secondary reading outweigh what the word usually means.

        Two words read as the same set of readings ("numb and tingling": Hypoesthesia,
        Paresthesia, Dysesthesia twice, in other orders) count as two groups. Counting such a
        set once (h-ranker5) changed no top-1/3/10 figure on the frozen sets, the dev questions
        and probes: 5 of 1,475 dev questions have such a pair. Not used. Nor is a reading
        that is also read as a finding of its own (37 dev questions: "red" as Flushing |
        Facial erythema beside "red face" as Facial erythema): taking it out of the group
        moved the 620 dev questions and probes of bench/data (questions_dev, the prevalence,
        prevlinks, everyday, ranker and profiles probes) from 321/422/482 to 319/420/482
        (top-1/3/10), and dropping the whole group to 320/420/482.
        """
        background = np.asarray([max(float(self.knowledge.background[m]), 1e-6)
                                 for m in members])
        preference = np.power(self.parameters.or_group_reading_decay, np.arange(len(members)))
        weights = preference * background / float(np.sum(preference * background))
        ratio: Vector = np.zeros(self.knowledge.n_diseases)
        for weight, member_ratio in zip(weights, ratios, strict=True):
            ratio += weight * member_ratio
        return ratio

    @cached_property
    def _sex_limited_index(self) -> dict[Sex, tuple[dict[int, frozenset[int]],
                                                    dict[int, frozenset[int]]]]:
        """Per sex: (term -> diseases with an annotation at or below it that holds for the
        other sex only; disease -> its terms limited to the other sex)."""
        index: dict[Sex, tuple[dict[int, frozenset[int]], dict[int, frozenset[int]]]] = {}
        for sex in ("male", "female"):
            by_term: dict[int, set[int]] = {}
            by_disease: dict[int, set[int]] = {}
            for disease, term, only, ancestors in self._sex_limited:
                if only == sex:
                    continue
                by_disease.setdefault(disease, set()).add(term)
                for ancestor in ancestors:
                    by_term.setdefault(ancestor, set()).add(disease)
            index[sex] = ({t: frozenset(d) for t, d in by_term.items()},
                          {d: frozenset(t) for d, t in by_disease.items()})
        return index

    def _observed_for_sex(self, term: int, sex: Sex | None) -> Vector:
        """Observed-finding ratios; a disease that shows the finding only in the other sex
        (phenotype.hpoa's sex column) cannot explain it in this person: noise floor."""
        vector = self.model.observed(term)
        if sex is None:
            return vector
        by_term, by_disease = self._sex_limited_index[sex]
        other_only = by_term.get(term)
        if not other_only:
            return vector
        k = self.knowledge
        onto = k.ontology
        vector = vector.copy()
        floors = self.model.observed_floor_ratios(term)
        for disease in other_only:
            # Keep the ratio when another annotation of the disease (not limited to the other
            # sex) also covers the finding.
            limited = by_disease[disease]
            rows = k.annotation_rows(disease)
            rows = rows[k.phenotype_rows[rows]]
            covered = any(t not in limited and onto.is_ancestor(term, t)
                          for t in k.arrays["ann_term"][rows].tolist())
            if not covered:
                vector[disease] = min(vector[disease], floors[disease])
        return vector

    # ---- evidence ----

    def group_evidence(self, vectors: FindingVectors, members: Sequence[int],
                       united: FindingVectors | None = None) -> tuple[FindingEvidence, ...]:
        """Per finding, the annotation of the group member that explains it best (the one
        whose ratio the group's score uses), with the group's likelihood ratio (``united``:
        the vectors the group was scored with)."""
        return groups_evidence(self.knowledge, self.model, vectors, [self._explained(members)],
                               united)[0]

    def evidence(self, vectors: FindingVectors, disease: int) -> tuple[
            FindingEvidence, ...]:
        """Per-finding evidence of one disease (OR-groups shown by their best member)."""
        onto = self.knowledge.ontology
        background = self.knowledge.background
        best_members = [
            group_best_member(ids, ratios, [float(background[onto.index(t)]) for t in ids],
                              disease)
            for ids, _, ratios in vectors.groups
        ]
        return candidate_evidence(self.knowledge, self.model, vectors, best_members, disease)


@dataclass(frozen=True, slots=True)
class _FindingEntry:
    """One finding's ratio vectors, as remembered: its own (for evidence), the twin groups'
    united (for scores) and the logarithm of the united."""

    own: SparseVector
    united: SparseVector
    log: SparseVector

    @classmethod
    def of(cls, own: Vector, united: Vector) -> _FindingEntry:
        shared = SparseVector.compress(united)
        return cls(SparseVector.compress(own), shared, shared.log())


def _depth(n: int, top: int) -> int:
    """How many diseases are put in order before twin grouping picks the top."""
    return min(n, max(top * DEPTH_PER_CANDIDATE, MIN_DEPTH))


def _largest(values: Vector, depth: int) -> float:
    """The ``depth``-th largest of ``values`` (1 <= depth <= len).

    Selection over all diseases is slow when many share a score (most share the one of "no
    finding matches"), so it runs over those at or above a bound first: the
    ``2 * depth``-th largest of an evenly spread sample. Whenever ``depth`` values reach the
    bound, the answer is among them; otherwise all are searched."""
    n = len(values)
    step = max(1, n // CUT_SAMPLE)
    sample = np.sort(values[::step])
    bound = sample[max(0, len(sample) - 1 - (2 * depth) // step)]
    pool = values[values >= bound]
    if len(pool) < depth:
        pool = values
    return float(pool[np.argpartition(-pool, depth - 1)[:depth]].min())


def _with_ratios(items: tuple[FindingEvidence, ...], vectors: FindingVectors,
                 disease: int) -> tuple[FindingEvidence, ...]:
    """Evidence items with the likelihood ratios of ``vectors`` for one disease (in the items'
    order: observed findings, OR-groups, excluded findings)."""
    ratios = ([v[disease] for _, v in vectors.observed]
              + [v[disease] for _, v, _ in vectors.groups]
              + [v[disease] for _, v in vectors.excluded])
    # Most items already carry the ratio (a disease with no twin scores with its own): only
    # the others are copied.
    return tuple(item if item.likelihood_ratio == (value := float(ratio))
                 else replace(item, likelihood_ratio=value)
                 for item, ratio in zip(items, ratios, strict=True))


@dataclass(frozen=True, slots=True)
class _Posterior:
    """Posterior probabilities, read one disease at a time: ``shifted[d] / total``."""

    shifted: Vector
    total: float

    def of(self, disease: int) -> float:
        return float(self.shifted[disease] / self.total)



def explaining(observed_logs: Sequence[SparseVector], size: int) -> npt.NDArray[np.bool_]:
    """Per disease, whether it explains at least one observed finding (that finding's log
    ratio above 0; a disease that does not list it stands at its noise floor, at most 0)."""
    explains = np.zeros(size, dtype=bool)
    for vector in observed_logs:
        if vector.default > 0.0:
            explains[:] = True
            explains[vector.index[vector.values <= 0.0]] = False
        else:
            explains[vector.index[vector.values > 0.0]] = True
    return explains


def unexplained_unlifted(observed_logs: Sequence[SparseVector], log_post: Vector,
                         log_lift: Vector) -> Vector:
    """``log_post`` without ``log_lift`` (the age band's raise of a profile's figure) for the
    diseases that explain none of the observed findings, when some disease explains one
    (issue 14: strabismus, a blocked tear duct and amblyopia, which explain no weakness,
    first for "a newborn with weak legs", raised by their 0-7 and 0-1 year bands above the
    rare diseases that list it). The band says that a condition's cases are denser at the
    person's age among people who have it; a disease that explains nothing asked gains no
    place from that. Its prevalence figure is kept: a common condition whose profile lists
    a finding under another term (a baby's floppiness read as hypotonia) keeps its prior."""
    explains = explaining(observed_logs, len(log_post))
    if not explains.any():
        return log_post
    taken: Vector = np.where(explains | ~np.isfinite(log_post), 0.0, log_lift)
    return log_post - taken
