"""The course as evidence: how long the complaint has lasted against how long the disease lasts.

A question may say how long its complaint has lasted ("for 3 days", "for years";
text/course.py). A condition profile may say, with sources, how long one episode of the
condition usually lasts (``prevalence.duration``: ``days``, ``weeks``, ``months``, or
``lasting`` for a condition that goes on for years; conditions/SCHEMA.md). Where the two do not
fit, :func:`course_weights` multiplies the disease's weight. The HPO annotations
(phenotype.hpoa) record no episode length, but for a few hundred diseases they record a
clinical course (aspect C): :data:`SLOW_TERMS` (slowly progressive, insidious onset) says the
disease builds up over years. Every other disease keeps a weight of 1: no disease is marked
down for lacking a course.

* An episode that ends, when the complaint has lasted more than :data:`OVERRUN` times the
  longest usual episode of its class (:data:`EPISODE_DAYS`): :data:`OVERRUN_WEIGHT` = 0.2.
  An illness whose episodes last days is unlikely to explain a complaint of months, but
  courses run long now and then (a cough can outlast a chest infection by weeks) and people
  misremember when things began, so the course weighs strongly without ruling anything out;
  the margin of OVERRUN = 2 keeps the usual spread of an episode (a "weeks" illness lasting
  four months) out of it.
* A lasting condition when the complaint began at most :data:`NEW_DAYS` days ago:
  :data:`NEW_WEIGHT` = 0.5, gentler. Every lasting condition begins on some day, and a flare
  of one is often told as new ("my knee swelled up this morning"); a complaint of a day or two
  only makes a condition that builds up over months less likely to be what is asked about.

* A slowly progressive HPO disease when the complaint began at most :data:`SLOW_DAYS` days
  ago: :data:`SLOW_WEIGHT` = 0.5, as gentle as NEW_WEIGHT and for the same reasons (a slow
  disease is noticed on some day, and told as new), over the window of an illness of days
  (EPISODE_DAYS["days"]), since a disease recorded as slowly progressive builds up over years
  rather than over months. Only a disease whose course annotations are all slow is weighed:
  one also recorded as rapidly progressive, episodic or recurrent (:data:`NOT_SLOW_TERMS`)
  keeps 1, and so does every disease with a curated prevalence sheet (a curated duration
  rules its course, and a curated disease without one has no sourced course: phenotype.hpoa
  records benign paroxysmal positional vertigo, a vertigo of sudden spells, as slowly
  progressive).

None of the weights is fitted; bench/data/probe_course.yaml measures them. The weights act on the
prior (as rank/exposures.py), so they work in both frames of a question and twin entries share
them. The candidate carries how the course bore on it (:class:`~whatcauses.rank.results.
CourseFit`) and its evidence says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.compile import ASPECTS
from whatcauses.rank.results import CourseFit

# The longest usual episode of each duration class, in days (knowledge/conditions.py,
# EpisodeDuration: days up to about two weeks, weeks up to three months, months up to a year).
EPISODE_DAYS: Mapping[str, float] = {"days": 14.0, "weeks": 90.0, "months": 365.0}
LASTING = "lasting"
OVERRUN = 2.0
OVERRUN_WEIGHT = 0.2
NEW_DAYS = 3.0
NEW_WEIGHT = 0.5
# phenotype.hpoa clinical-course terms (aspect C): Slowly progressive, Insidious onset; and
# the courses that make a disease not only slow: Rapidly progressive, Episodic, Recurrent.
SLOW_TERMS = ("HP:0003677", "HP:0003587")
NOT_SLOW_TERMS = ("HP:0003678", "HP:0025303", "HP:0031796")
SLOW = "slow"
SLOW_DAYS = EPISODE_DAYS["days"]
SLOW_WEIGHT = 0.5

Vector = np.ndarray[Any, Any]


def course_ratio(typical: str | None, days: float) -> float:
    """The weight a complaint of ``days`` gives a disease whose episodes last ``typical``
    (a duration class, ``None`` when unknown)."""
    if typical == LASTING:
        return NEW_WEIGHT if days <= NEW_DAYS else 1.0
    if typical == SLOW:
        return SLOW_WEIGHT if days <= SLOW_DAYS else 1.0
    longest = EPISODE_DAYS.get(typical or "")
    if longest is not None and days > OVERRUN * longest:
        return OVERRUN_WEIGHT
    return 1.0


@lru_cache(maxsize=2)
def curated_durations(knowledge: Knowledge) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per curated disease id, its episode duration class and the sources that give it
    (where its profile gives one; knowledge/curated_diseases.py, _prevalence_entry). Built
    once per knowledge: every candidate of a question with a course asks for it."""
    return {disease_id: (str(figure[5]), tuple(figure[7]))
            for disease_id, figure in knowledge.curated_prevalence.items() if figure[5]}


def _course_rows(knowledge: Knowledge, terms: Sequence[str]) -> Vector:
    """Annotation rows that record one of ``terms`` as the disease's clinical course."""
    a = knowledge.arrays
    ontology = knowledge.ontology
    wanted = [ontology.index(term) for term in terms if term in ontology]
    rows: Vector = ((a["ann_aspect"] == ASPECTS.index("C")) & ~a["ann_negated"]
                    & np.isin(a["ann_term"], wanted))
    return rows


@lru_cache(maxsize=2)
def hpo_slow_courses(knowledge: Knowledge) -> dict[str, tuple[str, ...]]:
    """Per HPO disease id whose phenotype.hpoa course annotations are all slow (one of
    :data:`SLOW_TERMS`, none of :data:`NOT_SLOW_TERMS`) and that has no curated prevalence
    sheet, the references of its slow-course annotations."""
    a = knowledge.arrays
    slow = np.flatnonzero(_course_rows(knowledge, SLOW_TERMS))
    other = set(a["ann_disease"][_course_rows(knowledge, NOT_SLOW_TERMS)].tolist())
    curated = knowledge.curated_prevalence
    courses: dict[str, tuple[str, ...]] = {}
    for row in slow.tolist():
        disease = int(a["ann_disease"][row])
        disease_id = knowledge.disease_ids[disease]
        if disease in other or disease_id in curated:
            continue
        references = courses.get(disease_id, ()) + knowledge.references_of(row)
        courses[disease_id] = tuple(dict.fromkeys(references))
    return courses


@lru_cache(maxsize=2)
def _durations(knowledge: Knowledge) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every disease's course class with its sources: curated episode durations, and
    :data:`SLOW` for the HPO diseases of :func:`hpo_slow_courses` (built once per knowledge,
    not for every question and candidate that states a duration)."""
    durations = {disease_id: (SLOW, sources)
                 for disease_id, sources in hpo_slow_courses(knowledge).items()}
    durations.update(curated_durations(knowledge))
    return durations


def course_weights(knowledge: Knowledge, days: float | None) -> Vector | None:
    """Per disease, :func:`course_ratio` of its curated duration class and the complaint's
    ``days``; ``None`` when no disease is weighed (no course said, or none fits badly)."""
    if days is None:
        return None
    index = knowledge.disease_ids_index
    weights: Vector = np.ones(knowledge.n_diseases)
    found = False
    for disease_id, (typical, _) in _durations(knowledge).items():
        position = index.get(disease_id)
        ratio = course_ratio(typical, days)
        if position is not None and ratio != 1.0:
            weights[position] = ratio
            found = True
    return weights if found else None


def course_fit(knowledge: Knowledge, disease_ids: Sequence[str], days: float | None
               ) -> CourseFit | None:
    """How the complaint's course bore on one of ``disease_ids`` (a twin group), with the
    sources of the duration class it was weighed by; ``None`` when it did not."""
    if days is None:
        return None
    durations = _durations(knowledge)
    for disease_id in disease_ids:
        typical, sources = durations.get(disease_id, (None, ()))
        if typical is not None and course_ratio(typical, days) != 1.0:
            return CourseFit(days, typical, course_ratio(typical, days), sources)
    return None
