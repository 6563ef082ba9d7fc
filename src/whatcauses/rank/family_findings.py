"""A relative's own condition as a clue: family history, weaker than the patient's finding.

A question often names a blood relative's condition beside the patient's complaint ("his dad
has asthma", "my mum had a stroke at 60"). The reader marks such a finding as the relative's
(RecognizedFinding.relative, text/question.py _set_aside); it is never the patient's finding,
but it is no noise either: many conditions run in families, so a relative with asthma makes
asthma in the child likelier, while a relative's stroke says little of a patient's heartburn.

Each relative's finding weighs every disease by its likelihood ratio for the finding (as the
ranker computes it for a patient's finding, LikelihoodModel.observed), never below 1:

* only a lift: a disease that does not list the relative's condition is not marked down (a
  relative's condition says nothing against the patient's other diseases), so a distraction
  ("my dad has glaucoma" beside a cold) costs the patient's own findings nothing but the
  lift of the few diseases that list it;
* a Mendelian disease (:func:`mendelian_diseases`: an HPO inheritance annotation under
  Mendelian inheritance, HP:0034345, and none under Non-Mendelian inheritance, HP:0001426)
  keeps the whole ratio: a first-degree relative of someone with a dominant, recessive,
  X-linked or mitochondrial disease carries a risk of the order of 25-50 % (the Mendelian
  ratios), against a population prevalence mostly far below 1 in 1,000, so a relative with
  the disease's hallmark is a near-decisive clue (measured: tempering these too lost frozen
  prevalence answers, the h-reader46 report); but a recessive-only disease keeps it only
  when the relative fits recessive inheritance (a sibling, or a family history pointing to
  it): a parent or child with it makes the person a carrier, not affected, so it then takes
  the tempered lift below (rank/ranker.py, Ranker._relatives_mendelian; h-prev8);
* a record of a common condition is no Mendelian disease for this lift, whatever its
  inheritance annotation (:func:`common_records`): OMIM lists susceptibility loci and
  familial forms of common conditions with a Mendelian mode ("Graves disease, susceptibility
  to, 1", MONDO:0100489, which HPO names "Graves disease"; "Glaucoma, primary closed-angle"), and a
  relative's goitre or glaucoma is far likelier the common condition than such a form. A
  record is common when its name says susceptibility, when a condition profile includes it
  (a common condition's inherited forms, ranked as one candidate with it), or when its
  figure (a curated one in any setting, Orphanet's in the general population) reaches
  :data:`COMMON_CONDITION_PER_100000`, 1 in 100 people, or for a yearly incidence
  :data:`COMMON_INCIDENCE_PER_100000`, 1 in 10,000 a year (about 1 in 100 over a lifetime):
  a relative with a condition that common most likely has a sporadic or multifactorial
  case. The bound is well above the EU rare-disease threshold (5 in 10,000) on purpose: the
  common Mendelian diseases (hypertrophic cardiomyopathy, about 1 in 500; Lynch syndrome;
  haemochromatosis in a setting) keep the whole ratio (measured: at 5 in 10,000,
  bench/data/probe_family2.yaml lost its hypertrophic cardiomyopathy question from the top
  10);
* a relative's condition that is itself common (the obligate finding of a common condition's
  profile, or narrower: "my dad had bowel cancer", "migraines run in my family";
  :func:`common_condition_terms`) takes the tempered lift below for every disease, Mendelian
  ones too: about as many families have it as the condition is common, so it is no
  near-decisive clue to the rare syndrome that lists it (h-family4, issue 14: a family's bowel
  cancer put juvenile polyposis first for a 58-year-old's rectal bleeding, a family's migraine
  familial hemiplegic migraine first for a child's cyclic vomiting); but when that common
  condition does not fit the asker's own findings (its profile's likelihood ratios for them
  and their parent terms multiply to 1 or less: a father's emphysema beside the asker's
  jaundice), it no longer accounts for the asker's trouble, and the Mendelian diseases that
  list one of the asker's findings take its ratio up to a bound, 16 (alpha-1 antitrypsin
  deficiency; :func:`common_condition_rows`; the ranker's ``_relatives_elsewhere``;
  h-family11);
* any other disease (the common, complex and acquired conditions) is lifted by the ratio
  raised to :data:`FAMILY_POWER` = 0.5 (its square root), at most :data:`FAMILY_MAX_LIFT` =
  4: a condition shared in a family is likelier, not present, and the familial risk ratios
  of common conditions are small numbers (a few-fold), far below the ratio of the patient's
  own finding; so the relative's condition reorders candidates that fit the patient's
  findings and cannot outweigh them. Both values are modelling choices, not fitted; measured
  on bench/data/probe_h-reader46.yaml and the frozen/CHECK totals (cap 16 or none lost
  probe questions that cap 4 kept).

A relative's finding that is a narrower form of one of the patient's own ("my 9 year old gets
headaches, I get migraines") lifts only the diseases that list it or a narrower term
(:func:`narrower_than_own`): the others match it only through the patient's broader finding,
which their own ratio already counts (h-family6).

A relative's named disease that HPO names as no phenotype and that points to no Mendelian
mode ("my mum has lupus", "my brother has haemochromatosis": text/named_diseases.py,
text/interpretation.py ``RelativeDisease``; h-relatives2, issue 14) lifts that disease (and
the records ranked as one candidate with it) by :data:`RELATIVE_DISEASE_LIFT` = 3, once
however many relatives name it, and nothing else. The figure is the familial risk of a
first-degree relative for a common complex disease at the low end of the measured range:
Swedish nationwide family studies give a standardized incidence ratio for rheumatoid
arthritis of 3.02 in offspring of an affected parent and 4.64 in siblings (Hemminki K et al.,
"Familial associations of rheumatoid arthritis with autoimmune diseases and related
conditions", Arthritis Rheum 2009, PMID:19248111), and concordant familial risks of 3.03
(rheumatoid arthritis) to 18.42 (ankylosing spondylitis; lupus 14.04) for the rheumatic
autoimmune diseases (Thomsen H et al., "Familial associations for rheumatoid autoimmune
diseases", Rheumatol Adv Pract 2020, PMID:33241174). The low end is taken for every disease,
not each disease's own figure: the relative may be a grandparent or an aunt (second degree,
lower risk), the question's name may be loose, and a lift of 3 on the prior only reorders
candidates that fit the person's own findings (the likelihood ratio of one fitting finding is
tens to hundreds), so the relative's disease never leads on its own. The same studies find
the discordant risks (a relative's lupus for the person's rheumatoid arthritis) far lower
(mostly 1.2-2), so no kin of the named disease is lifted.

The candidate carries the texts of the relative's findings that lifted it (``family_history``)
and the answer names them as family history, not as the patient's findings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import ASPECTS
from whatcauses.knowledge.ontology import Ontology
from whatcauses.rank.results import Prevalence

FAMILY_POWER = 0.5
# A record with a figure this high is a common condition's, not a Mendelian disease's, for a
# relative's finding (common_records): 1 in 100 people, or 1 in 10,000 new cases a year (about
# 1 in 100 over a lifetime). Modelling choices, not fitted.
COMMON_CONDITION_PER_100000 = 1000.0
COMMON_INCIDENCE_PER_100000 = 10.0
FAMILY_MAX_LIFT = 4.0
# A relative's named disease of no Mendelian mode: the lift of that disease (module docstring;
# PMID:19248111, PMID:33241174).
RELATIVE_DISEASE_LIFT = 3.0
# A lift below this is no lift worth naming in a candidate's evidence.
NAMED_LIFT = 1.05

Vector = np.ndarray[Any, Any]


MENDELIAN = "HP:0034345"
NON_MENDELIAN = "HP:0001426"


def mendelian_diseases(knowledge: Knowledge) -> Vector:
    """Per disease, True when an inheritance annotation (aspect I) is a Mendelian mode and
    none is a non-Mendelian one (a susceptibility entry annotated both ways is complex)."""
    onto = knowledge.ontology
    a = knowledge.arrays
    rows = np.flatnonzero((a["ann_aspect"] == ASPECTS.index("I")) & ~a["ann_negated"]
                          & (a["ann_term"] >= 0))
    terms, diseases = a["ann_term"][rows], a["ann_disease"][rows]
    flags: Vector = np.zeros(knowledge.n_diseases, dtype=bool)
    if MENDELIAN not in onto:
        return flags
    flags[diseases[onto.descends_from(terms, onto.index(MENDELIAN))]] = True
    if NON_MENDELIAN in onto:
        flags[diseases[onto.descends_from(terms, onto.index(NON_MENDELIAN))]] = False
    return flags


def common_records(knowledge: Knowledge, prevalence: Sequence[Prevalence | None]) -> Vector:
    """Per disease, True for a record of a common condition (module docstring): its name
    says susceptibility, a condition profile includes it, or its figure (``prevalence``,
    as the ranker holds it) is a common condition's."""
    common: Vector = np.array(["susceptib" in name.lower() for name in knowledge.disease_names],
                              dtype=bool)
    common |= knowledge.arrays["profile_included"].astype(bool)
    for disease, figure in enumerate(prevalence):
        if figure is None or not (figure.general_population or figure.source == "curated"):
            continue
        bound = (COMMON_INCIDENCE_PER_100000 if figure.kind == "annual incidence"
                 else COMMON_CONDITION_PER_100000)
        if figure.per_100000 >= bound:
            common[disease] = True
    return common


def common_condition_terms(knowledge: Knowledge, common: Vector) -> frozenset[int]:
    """The HPO terms (indices) that a common condition has in everyone with it: the obligate
    findings of the condition profiles of the ``common`` records (:func:`common_records`),
    such as Neoplasm of the large intestine for bowel cancer or Migraine for migraine. A
    relative with one of them (or a narrower term: "bowel cancer", Neoplasm of the colon) has
    a condition about as common in every family as that condition is in the population, so
    the relative's finding is no near-decisive clue to a Mendelian disease that lists it
    (:func:`family_lift`; h-family4, issue 14)."""
    a = knowledge.arrays
    rows = ((a["ann_aspect"] == ASPECTS.index("P")) & ~a["ann_negated"] & (a["ann_term"] >= 0)
            & (np.nan_to_num(a["ann_frequency"]) >= 1.0))
    diseases = a["ann_disease"][rows]
    keep = np.asarray(common, dtype=bool)[diseases] & knowledge.profile_diseases[diseases]
    return frozenset(int(t) for t in a["ann_term"][rows][keep])


def common_condition_onsets(knowledge: Knowledge, common: Vector) -> dict[int, float]:
    """For each term of :func:`common_condition_terms`, the youngest age at which its common
    conditions usually begin: the lowest ``onset.min_years`` of the ``common`` condition
    profiles that have it as an obligate finding (bowel cancer's 50 for Neoplasm of the large
    intestine). A relative who had it younger had an early form (:func:`early_onset`)."""
    a = knowledge.arrays
    rows = ((a["ann_aspect"] == ASPECTS.index("P")) & ~a["ann_negated"] & (a["ann_term"] >= 0)
            & (np.nan_to_num(a["ann_frequency"]) >= 1.0))
    onsets: dict[int, float] = {}
    for term, disease in zip(a["ann_term"][rows], a["ann_disease"][rows], strict=True):
        if not (common[disease] and knowledge.profile_diseases[disease]):
            continue
        onset = knowledge.curated_onset.get(knowledge.disease_ids[disease])
        if onset:
            onsets[int(term)] = min(onsets.get(int(term), float(onset[0])), float(onset[0]))
    return onsets


def common_condition_rows(knowledge: Knowledge, common: Vector, term: int) -> list[int]:
    """The common condition profiles (of the ``common`` records) that have ``term`` or a
    broader term as an obligate finding: the conditions a relative's common finding most
    likely is ("my dad had bowel cancer": the bowel cancer profile), whose own findings tell
    whether the asker's trouble is that condition's (the ranker's ``_relatives_mendelian``)."""
    a = knowledge.arrays
    broader = np.asarray(knowledge.ontology.ancestors(term), dtype=np.int64)
    rows = ((a["ann_aspect"] == ASPECTS.index("P")) & ~a["ann_negated"]
            & (np.nan_to_num(a["ann_frequency"]) >= 1.0) & np.isin(a["ann_term"], broader))
    diseases = a["ann_disease"][rows]
    keep = np.asarray(common, dtype=bool)[diseases] & knowledge.profile_diseases[diseases]
    return sorted({int(d) for d in diseases[keep]})


def early_onset(knowledge: Knowledge, term: int, age: float | None,
                onsets: dict[int, float]) -> bool:
    """True when a relative had the common condition of ``term`` (or a narrower form) at an
    ``age`` below the age its common condition usually begins at (``onsets``,
    :func:`common_condition_onsets`): bowel cancer at 45, breast cancer at 38, diabetes at 25,
    dementia at 52. Such an early onset is what marks the inherited forms of common conditions
    (the revised Bethesda guidelines, PMID:14970275, make a colorectal cancer before 50 the
    first reason to test for Lynch syndrome), so the relative's finding is then a clue to the
    Mendelian diseases that list it again (the ranker's ``_relatives_mendelian``; h-family3,
    issue 14). A migraine at 20 is within migraine's usual onset and stays common."""
    if age is None:
        return False
    found = [onsets[int(t)] for t in knowledge.ontology.ancestors(term) if int(t) in onsets]
    return bool(found) and age < min(found)


def common_in_population(knowledge: Knowledge, term: int, terms: frozenset[int]) -> bool:
    """True when ``term`` is one of the ``terms`` of :func:`common_condition_terms` or
    narrower than one."""
    return any(int(t) in terms for t in knowledge.ontology.ancestors(term))


def narrower_than_own(ontology: Ontology, term: int, own: Sequence[int]) -> bool:
    """True when a relative's finding of ``term`` is a narrower form of one of the patient's
    own findings (``own``, term indices): "my 9 year old gets headaches, I get migraines",
    "he has a rash and his dad has psoriasis". Then only the diseases that list the
    relative's term or a narrower one are lifted by it (the ranker's
    ``_relatives_ratios``): a disease that explains only the broader trouble (a flu's
    headache) matches the relative's migraine through the patient's own finding, which its
    own likelihood ratio already counts, and the relative's condition says nothing of it
    (h-family6, issue 14: a parent's migraine lifted the flu and iron deficiency beside a
    child's headaches as much as migraine)."""
    return any(o != term and ontology.is_ancestor(o, term) for o in own)


def family_lift(ratios: Vector, mendelian: Vector) -> Vector:
    """Per disease, the lift of one relative's finding whose observed likelihood ratios are
    ``ratios``: the whole ratio for a Mendelian disease, the tempered and bounded one for
    the others, never below 1."""
    lifted: Vector = np.maximum(ratios, 1.0)
    tempered = np.minimum(np.power(lifted, FAMILY_POWER), FAMILY_MAX_LIFT)
    result: Vector = np.where(mendelian, lifted, tempered)
    return result


def relative_disease_lift(knowledge: Knowledge, diseases: Sequence[str],
                          twin_group: Vector | None = None, first_degree: bool = False,
                          prevalence: Sequence[Prevalence | None] = ()) -> Vector:
    """Per disease, :data:`RELATIVE_DISEASE_LIFT` for the ``diseases`` a relative's named
    disease is, the records a fact sheet joins with them (curated_same_disease) and those
    ranked as one candidate with them (``twin_group``, the ranker's: a profile's included
    records), 1 for every other; or, for a ``first_degree`` relative, the lift of
    :func:`family_risk_lift` where the named disease's profile gives one."""
    lift: Vector = np.ones(knowledge.n_diseases)
    figure = family_risk_lift(knowledge, diseases, prevalence) if first_degree else None
    lift[named_disease_rows(knowledge, diseases, twin_group)] = (
        RELATIVE_DISEASE_LIFT if figure is None else figure)
    return lift


def family_risk_lift(knowledge: Knowledge, diseases: Sequence[str],
                     prevalence: Sequence[Prevalence | None]) -> float | None:
    """The lift of a first-degree relative's named disease from its profile's `family_risk`
    (knowledge.curated_family_risk: the share of first-degree relatives who have it, from a
    family study): that share over the disease's own figure in the general population (a
    point or lifetime prevalence, not a yearly incidence), never below 1; None when no named
    disease has both (h-family3, issue 14). For coeliac disease, 7.5 % of first-degree
    relatives (PMID:26416192) against about 1 % of people."""
    index = knowledge.disease_ids_index
    lifts = []
    for disease in diseases:
        share = knowledge.curated_family_risk.get(disease)
        row = index.get(disease)
        figure = prevalence[row] if row is not None and row < len(prevalence) else None
        if (share is None or figure is None or not figure.general_population
                or figure.kind == "annual incidence" or figure.per_100000 <= 0):
            continue
        lifts.append(max(share / (figure.per_100000 / 100000.0), 1.0))
    return max(lifts) if lifts else None


def named_disease_rows(knowledge: Knowledge, diseases: Sequence[str],
                       twin_group: Vector | None = None) -> list[int]:
    """The indices of the ``diseases``, of the records a fact sheet joins with them
    (curated_same_disease) and of those ranked as one candidate with them (``twin_group``)."""
    named = set(diseases)
    for group in knowledge.curated_same_disease:
        if named.intersection(group):
            named.update(group)
    index = knowledge.disease_ids_index
    rows = [index[d] for d in named if d in index]
    if twin_group is not None and rows:
        rows = np.flatnonzero(np.isin(twin_group, twin_group[rows])).tolist()
    return rows


def family_weights(lifts: Sequence[Vector]) -> Vector | None:
    """The product of the lifts of every relative's finding; ``None`` when there are none."""
    if not lifts:
        return None
    result: Vector = np.prod(np.vstack(lifts), axis=0)
    return result


def lifted_by(lifts: Sequence[tuple[str, Vector]], members: Sequence[int]) -> tuple[str, ...]:
    """The texts of the relative's findings (``lifts``: text, lift per disease) that lift one
    of the diseases at ``members``, in question order, each once."""
    return tuple(dict.fromkeys(text for text, lift in lifts
                               if any(lift[m] >= NAMED_LIFT for m in members)))


def inheritance_by_name(knowledge: Knowledge) -> list[tuple[str, tuple[str, ...], str]]:
    """``(name, Mendelian modes, disease id)`` for every disease with a Mendelian inheritance
    annotation (:func:`mendelian_diseases`), under its name and its curated lay names: what a
    relative's named disease says runs in the family, and which disease it is
    (text/named_diseases.py).

    A disease whose profile gives a measured ``family_risk`` is left out: a relative's named
    case of it is weighed by that share (:func:`family_risk_lift`, a lift of that disease),
    not as a mode shared by every disease of it (h-inherit: with hypertrophic
    cardiomyopathy's profile given its dominant mode, "my dad and his sister both have a
    thickened heart muscle" read as a dominant family history lifted the profile 9-fold in
    place of its measured 153-fold, and it fell from 3rd to 16th)."""
    onto = knowledge.ontology
    a = knowledge.arrays
    if MENDELIAN not in onto:
        return []
    mendelian = mendelian_diseases(knowledge)
    rows = np.flatnonzero((a["ann_aspect"] == ASPECTS.index("I")) & ~a["ann_negated"]
                          & (a["ann_term"] >= 0))
    terms, diseases = a["ann_term"][rows], a["ann_disease"][rows]
    under = onto.descends_from(terms, onto.index(MENDELIAN))
    modes: dict[int, list[str]] = {}
    for term, disease, keep in zip(terms, diseases, under, strict=True):
        if (keep and mendelian[disease]
                and knowledge.disease_ids[int(disease)] not in knowledge.curated_family_risk):
            held = modes.setdefault(int(disease), [])
            if onto.ids[term] not in held:
                held.append(onto.ids[term])
    result = []
    for disease, found in modes.items():
        disease_id = knowledge.disease_ids[disease]
        for name in (knowledge.disease_names[disease],
                     *knowledge.curated_lay_names.get(disease_id, ())):
            result.append((name, tuple(found), disease_id))
    return result
