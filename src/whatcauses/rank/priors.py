"""Prior weights per disease: how likely each disease is before the findings are weighed.

A prior is a vector of non-negative relative weights, one per disease (only ratios matter).
Priors combine by multiplication; ``None`` means uniform.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from whatcauses.errors import InputError
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories
from whatcauses.knowledge.curated import CATEGORY_KEYS
from whatcauses.knowledge.prevalence import INCIDENCE_DURATION_YEARS
from whatcauses.rank.model import Vector
from whatcauses.rank.orphanet import Figure, orphanet_figures
from whatcauses.rank.results import Prevalence

PriorInput = str | Mapping[str, float] | Vector | None


def disease_weights(knowledge: Knowledge, prior: Mapping[str, float] | Vector | None
                    ) -> Vector | None:
    """Validate a user-given prior (a vector, or disease id -> weight) as a weight vector."""
    if prior is None:
        return None
    if isinstance(prior, np.ndarray):
        if prior.shape != (knowledge.n_diseases,):
            raise InputError("a prior vector must have one weight per disease")
        weights: Vector = prior.astype(np.float64)
    else:
        weights = np.ones(knowledge.n_diseases)
        for disease_id, weight in prior.items():
            weights[knowledge.disease_index(disease_id)] = weight
    if not np.all(np.isfinite(weights)) or np.any(weights < 0) or not np.any(weights > 0):
        raise InputError("prior weights must be finite, non-negative and not all zero")
    return weights


def combine(*priors: Vector | None) -> Vector | None:
    """The product of the given priors (``None`` entries are uniform)."""
    result: Vector | None = None
    for prior in priors:
        if prior is not None:
            result = prior if result is None else result * prior
    return result


def shared_key_weights(knowledge: Knowledge, listed: Mapping[str, Iterable[str]],
                       wanted: set[str], weight: float) -> tuple[Vector, bool]:
    """Per disease, ``weight`` to the power of how many of the ``wanted`` keys its entry in
    ``listed`` (disease id -> keys: exposures, body sites) shares, and whether any does."""
    index = knowledge.disease_ids_index
    weights: Vector = np.ones(knowledge.n_diseases)
    found = False
    for disease_id, keys in listed.items():
        position = index.get(disease_id)
        shared = len(wanted.intersection(keys))
        if position is not None and shared:
            weights[position] = weight ** shared
            found = True
    return weights, found


def category_prior(categories: Categories, names: Iterable[str],
                   weight: Callable[[str], float],
                   against: Callable[[str], float] | None = None) -> Vector | None:
    """Diseases in a named category weigh ``weight(category)`` times the rest (several named
    categories multiply); diseases a reviewed sheet decides are not of it weigh
    ``against(category)`` (Categories.prior)."""
    chosen = list(names)
    unknown = [c for c in chosen if c not in CATEGORY_KEYS]
    if unknown:
        raise InputError(
            f"unknown category {unknown[0]!r}; known: {', '.join(sorted(CATEGORY_KEYS))}"
        )
    weights = {c: weight(c) for c in chosen}
    excluded = {c: against(c) for c in chosen} if against is not None else {}
    if all(w == 1.0 for w in [*weights.values(), *excluded.values()]):
        return None
    prior: Vector = categories.prior(chosen, weights, excluded)
    return prior


# ---- how common each disease is ----

PRIOR_KINDS = ("prevalence", "uniform")

# A representative length of one episode, in years, for each duration class of a curated
# figure (knowledge/conditions.py, Duration): days (up to two weeks) one week, weeks (two
# weeks to three months) one month, months (three months to a year) half a year.
EPISODE_YEARS: Mapping[str, float] = {"days": 7 / 365.25, "weeks": 1 / 12, "months": 0.5}


def prior_figure(per_100000: float, kind: str, duration: str | None = None,
                 years_at_risk: float | None = None, window_years: float = 0.0) -> float:
    """How many people per 100,000 have a condition within a recent window, from a figure of
    any kind.

    The prior asks how likely it is that someone asking now has the condition; a question
    describes what has happened over a recent period, so the count is a period prevalence:
    those who have it at the start of the period, plus the new cases during it
    (``window_years``: ModelParameters.prevalence_window_years). Per kind:

    * point prevalence and birth prevalence: the figure as it is (a lasting condition; a
      condition present from birth lasts);
    * annual incidence: new cases a year times the years an episode lasts plus the window:
      the episode's ``duration`` class (:data:`EPISODE_YEARS`); without one, one year in all
      (Orphanet's rule, knowledge/prevalence.py INCIDENCE_DURATION_YEARS);
    * lifetime prevalence: with an episode ``duration``, the share who ever have it spread
      over the ``years_at_risk`` (the span of typical onset ages, at least one year) as new
      cases a year, then as an incidence (roseola: 77 in 100 children by age 2, over the 1.5
      years from 6 months: about 51 in 100 toddlers a year); without one, as it is (a lasting
      condition: the lifetime share bounds the share at a time).
    """
    years = EPISODE_YEARS.get(duration or "")
    if years is None:
        if kind == "annual incidence":
            return per_100000 * INCIDENCE_DURATION_YEARS
        return per_100000
    if kind == "annual incidence":
        return per_100000 * (years + window_years)
    if kind == "lifetime prevalence":
        return per_100000 / max(years_at_risk or 1.0, 1.0) * (years + window_years)
    return per_100000


def _orphanet_figure(figure: Figure | None) -> Prevalence | None:
    if figure is None:
        return None
    _, prior_per_100000, phrase, source, references, general_population, kind = figure
    # A figure measured only in one (often founder) population says how common the disease is
    # there, not in general (general_population False): it is shown, but the prior treats the
    # disease as of unknown prevalence.
    return Prevalence(prior_per_100000, phrase, source, references,
                      general_population=general_population, kind=kind)


def disease_prevalence(knowledge: Knowledge, curated: Mapping[str, Prevalence],
                       form_share: float = 1.0) -> tuple[Prevalence | None, ...]:
    """Per disease, the figure for how common it is, or ``None`` when nothing is known.

    In order: a curated figure (fact sheet, profile or prevalence table) for the entry;
    Orphanet's figure for the entry (ORPHA ids directly, OMIM ids through Orphanet's exact
    mappings, else through MONDO's when the Orphanet entry is not itself annotated:
    rank/orphanet.py); else the figure of another entry of the same disease, curated first: its
    OMIM/Orphanet twins, then the other ids its fact sheet names as the same disease.

    An id the sheet names as a form of the disease that ranks apart from it (``ranks_apart``:
    a subtype, gene, familial or susceptibility entry; it is then outside the sheet's question
    twin group) counts only ``form_share`` of the whole disease's figure in the prior
    (``prior_per_100000``; ModelParameters.form_prevalence_share): a form is at most as
    common as the disease, and with the whole figure it tied with the disease on a shared
    sheet ("Vitiligo-associated multiple autoimmune disease susceptibility 1" beside
    vitiligo) or passed it on a richer annotation.
    """
    orphanet = orphanet_figures(knowledge).prevalence
    own: list[Prevalence | None] = []
    for disease_id in knowledge.disease_ids:
        figure = curated.get(disease_id)
        own.append(figure if figure is not None else _orphanet_figure(orphanet.get(disease_id)))
    twin_group = knowledge.arrays["twin_group"]
    by_group: dict[int, Prevalence] = {}
    for disease, figure in enumerate(own):
        if figure is None:
            continue
        group = int(twin_group[disease])
        held = by_group.get(group)
        if held is None or _better(figure, held):
            by_group[group] = figure
    figures = [figure if figure is not None else by_group.get(int(twin_group[d]))
               for d, figure in enumerate(own)]
    question_group = knowledge.arrays["question_twin_group"]
    for ids in knowledge.curated_same_disease:
        members = [knowledge.disease_ids_index[i] for i in ids if i in knowledge.disease_ids_index]
        known = [figures[m] for m in members if figures[m] is not None]
        if not known or len(known) == len(members):
            continue
        chosen = known[0]
        for figure in known[1:]:
            if figure is not None and _better(figure, chosen):
                chosen = figure
        if chosen is None:
            continue
        head = knowledge.disease_ids_index.get(ids[0])
        for member in members:
            if figures[member] is not None:
                continue
            apart = head is not None and question_group[member] != question_group[head]
            figures[member] = (_share_of(chosen, form_share) if apart and form_share != 1.0
                               else chosen)
    return tuple(figures)


def _share_of(figure: Prevalence, share: float) -> Prevalence:
    """``figure`` as a form of its disease counts it in the prior: ``share`` of it."""
    return replace(figure, prior_per_100000=figure.at_a_time_per_100000 * share)


def _better(figure: Prevalence, held: Prevalence | None) -> bool:
    """Whether ``figure`` should stand for a group rather than ``held``: a curated figure over
    Orphanet's, and a general-population figure over one measured in a single population."""
    if held is None:
        return True
    if (figure.source != "Orphanet") != (held.source != "Orphanet"):
        return figure.source != "Orphanet"
    return figure.general_population and not held.general_population


# A numbered entry of a series: a name with a number of its own after a space ("Long QT
# syndrome 15", "Deafness, autosomal recessive 79", "Alport syndrome 3B", "Parkinson disease
# 23, autosomal recessive") or a roman type ("Albinism, oculocutaneous, type IV"); not a
# number inside a word or a band ("46XY", "1q21.1 microdeletion", "3-methylglutaconic").
_NUMBERED = re.compile(r"\s\d+[A-Za-z]?(?=$|[\s,;:(])|\btype [IVX]+\b")


def numbered_entry(name: str) -> bool:
    """Whether a disease name is a numbered entry of a series (one gene's or locus's form of
    a disease: OMIM's "Bardet-Biedl syndrome 9")."""
    return _NUMBERED.search(name) is not None


def unknown_defaults(names: Sequence[str], default_per_100000: float,
                     numbered_per_100000: float) -> Vector:
    """Per disease, how common it counts when it has no figure: ``numbered_per_100000`` for
    a numbered entry of a series (:func:`numbered_entry`), ``default_per_100000`` for the
    rest (ModelParameters says why)."""
    defaults: Vector = np.asarray([numbered_per_100000 if numbered_entry(name)
                                   else default_per_100000 for name in names],
                                  dtype=np.float64)
    return defaults


def prevalence_prior(figures: Sequence[Prevalence | None], default_per_100000: float,
                     exponent: float, cap_per_100000: float = math.inf,
                     one_setting_factor: float = 0.1,
                     defaults: Vector | None = None) -> Vector:
    """``P(disease)`` proportional to its prevalence raised to ``exponent``.

    ``exponent`` 1 is the plain Bayesian prior; below 1 tempers it (the likelihood ratios of
    annotation data are not calibrated well enough to bear a prior spanning eight orders of
    magnitude at full strength). Diseases without a figure count as ``default_per_100000``,
    or as their own entry of ``defaults`` when given (:func:`unknown_defaults`: a numbered
    entry of a series counts as rarer); weights are relative to ``default_per_100000``.
    Figures above ``cap_per_100000`` count as the cap. A figure from one population only
    counts as unknown when Orphanet's (founder populations of rare diseases), and at
    ``one_setting_factor`` times itself when curated (a clinic's patients, people with a
    related condition, one population: ModelParameters.one_setting_prevalence_factor).

    Figures above the cap tie (the ranking then orders equal scores by disease index).
    Ordering them by the uncapped figure instead ((figure / cap) ** 0.001) was measured
    (h-priors3): dev questions and probes top-1 -1 (an exact tie of psoriasis and seborrhoeic
    dermatitis went to the more common one), frozen prevalence top-1 -1, nothing gained, so
    it is not used. Measured again at dcf0f27 (h-ranker5), when 7 of the dev questions and
    probes' accepted answers sat in an exact tie behind another candidate (tension-type
    headache behind migraine without aura four times) and 7 ahead of one: dev questions and
    probes top-1 321 -> 323 of 620, frozen prevalence top-1 45.6 -> 44.1 again.

    Numbered entries of one series without a figure ("Premature ovarian failure 19",
    "Bardet-Biedl syndrome 9": 2,852 such entries) each count as the default, as a whole rare
    disease would. Sharing the default among a series' entries (h-ranker2: default / series
    size) raised dev questions and probes by +2 top-5 and +1 top-10 of 747, but lowered
    frozen voices top-5 by one question (top-10 +1): not used. A fixed lower figure for
    them (``defaults``, one family's worth: h-ranker3) lowered none.
    """
    own = np.full(len(figures), default_per_100000) if defaults is None else defaults
    values = np.asarray([_prior_figure(f, float(d), one_setting_factor)
                         for f, d in zip(figures, own, strict=True)], dtype=np.float64)
    values = np.clip(values, 1e-6, cap_per_100000)
    weights: Vector = np.power(values / default_per_100000, exponent)
    return weights


def one_sex_share(knowledge: Knowledge, share: float) -> Vector | None:
    """Per disease, the share of people who can have it: ``share`` for a condition of one sex
    only (a curated profile's ``sex: only``), 1 for the rest; ``None`` when there is none.

    A one-sex condition's figure counts people of that sex (women of reproductive age, men,
    pregnancies), while the prior asks about a person of either sex. Times the share, the
    prior is the figure in the whole population; when the person's sex is known, the sex
    likelihood ratio (LikelihoodModel.sex: ``P(sex | d) / P(sex)`` = 2 for the matching sex)
    restores the full figure, and the other sex gets ``other_sex_lr``.
    """
    curated = knowledge.curated_sex_index
    one_sex = curated.index[curated.one_sex]
    if not len(one_sex) or share == 1.0:
        return None
    weights = np.ones(knowledge.n_diseases)
    weights[one_sex] = share
    return weights


def _prior_figure(figure: Prevalence | None, default_per_100000: float,
                  one_setting_factor: float) -> float:
    if figure is None:
        return default_per_100000
    if figure.general_population:
        return figure.at_a_time_per_100000
    if figure.source == "Orphanet":
        return default_per_100000
    return figure.at_a_time_per_100000 * one_setting_factor


# One condition profile's ages for age_band_ratios: (disease index, typical onset range's
# start and end, the ages its prevalence figure counts or None for all ages), in years.
AgeBand = tuple[int, float, float, tuple[float, float] | None]


def age_band_ratios(n_diseases: int, bands: Sequence[AgeBand], age_years: float,
                    lifespan_years: float, min_width_years: float, cap: float) -> Vector | None:
    """Per disease, how much denser its cases are at the person's age than its prevalence
    figure says: the figure counts everyone its population holds, while the cases of a
    condition whose typical onset range is narrow are found in that range.

    In a population of even age structure up to ``lifespan_years`` (a stationary population
    with every death at that age: the simplest model, no census figures), a figure ``F`` for
    people of the ages ``[a, b]`` (the profile's ``prevalence.ages``; all ages, ``[0,
    lifespan]``, when not given) whose cases fall in the onset range ``[lo, hi]`` is ``F *
    (b - a) / overlap`` among people of the ages both share (``overlap``: the width of ``[lo,
    hi]`` within ``[a, b]`` and ``[0, lifespan]``, at least ``min_width_years``). So
    Osgood-Schlatter, 8-15 years, counted over all ages, is 80 / 7 times denser in a
    12-year-old than its figure; croup's figure, counted among young children already, is
    not raised again. Only for a person whose age lies in the onset range (outside it,
    LikelihoodModel.question_age weighs the disease down); at most ``cap``; 1 for diseases
    without a profile range. ``None`` when no disease is raised.
    """
    weights: Vector = np.ones(n_diseases)
    found = False
    for disease, low, high, ages in bands:
        if not low - 1e-9 <= age_years <= high + 1e-9:
            continue
        if ages is not None and not ages[0] - 1e-9 <= age_years <= ages[1] + 1e-9:
            continue  # the figure says nothing of people of this age
        start, end = ages if ages is not None else (0.0, lifespan_years)
        end = max(min(end, lifespan_years), start)
        width = max(end - start, min_width_years)
        overlap = max(min(high, end) - max(low, start), min_width_years)
        ratio = min(max(width / overlap, 1.0), cap)
        if ratio > 1.0:
            weights[disease] = max(weights[disease], ratio)
            found = True
    return weights if found else None
