"""Per-candidate explanation: what supports it and what speaks against it, in plain words."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from whatcauses.explain.wording import (
    age_words,
    frequency_words,
    join_words,
    lower_first,
    onset_words,
    plain_label,
    ratio_words,
)
from whatcauses.knowledge.ontology import Ontology
from whatcauses.rank.results import (
    AgeFit,
    Candidate,
    CourseFit,
    FindingEvidence,
    ModifierFit,
    SexFit,
    SiteFit,
    UnnamedHallmark,
)

_MATCH_WORDS = {
    "exact": "listed for this disease",
    "implied": "covered by its annotation '{matched}'",
    "more_specific": "a more specific form of '{matched}', which it shows",
    "none": "not among its annotations",
    "contradicted": "recorded as absent in this disease",
}


# The ``hpo_id`` of the evidence lines on the person's age and sex (no finding's id).
AGE_LINE_ID = "age"
SEX_LINE_ID = "sex"
# ... and of the line on a defining exposure the question does not name
EXPOSURE_LINE_ID = "exposure"
COURSE_LINE_ID = "course"
# ... and of the lines on a body site and a clinical modifier the candidate's records share
SITE_LINE_ID = "site"
MODIFIER_LINE_ID = "modifier"
# ... and of the line on the hallmarks a person's question leaves unnamed
HALLMARK_LINE_ID = "unnamed-hallmarks"
# The lines that weigh the person and the question as a whole, not one finding.
CONTEXT_LINE_IDS = frozenset({AGE_LINE_ID, SEX_LINE_ID, EXPOSURE_LINE_ID, COURSE_LINE_ID,
                              HALLMARK_LINE_ID, SITE_LINE_ID, MODIFIER_LINE_ID})
# At most this many unnamed hallmarks are named in the sentence (the weight counts all).
HALLMARKS_SAID = 3


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """One finding's bearing on one candidate (or the person's age or sex: ``hpo_id``
    :data:`AGE_LINE_ID`, :data:`SEX_LINE_ID`), as a sentence with its references."""

    hpo_id: str
    text: str
    likelihood_ratio: float
    references: tuple[str, ...]
    supports: bool

    def to_dict(self) -> dict[str, Any]:
        return {"hpo_id": self.hpo_id, "text": self.text,
                "likelihood_ratio": self.likelihood_ratio, "references": list(self.references),
                "supports": self.supports}


def describe(ontology: Ontology, item: FindingEvidence) -> EvidenceLine:
    label = plain_label(ontology, item.hpo_id)
    matched = item.matched_label.lower() if item.matched_label else ""
    how = _MATCH_WORDS[item.match].format(matched=matched)
    if item.excluded:
        if item.match in {"exact", "implied"}:
            text = (f"You do not have {label}, which this disease shows "
                    f"{frequency_words(item.frequency, item.frequency_sources)}: "
                    f"{ratio_words(item.likelihood_ratio)}.")
        elif item.match == "contradicted":
            text = (f"You do not have {label}, and this disease is recorded without it: "
                    f"{ratio_words(item.likelihood_ratio)}.")
        else:
            text = f"You do not have {label}, which is not among its annotations: " \
                   f"{ratio_words(item.likelihood_ratio)}."
    else:
        freq = ""
        if item.match in {"exact", "implied", "more_specific"}:
            freq = f", {frequency_words(item.frequency, item.frequency_sources)}"
        text = f"{label[:1].upper() + label[1:]} is {how}{freq}: " \
               f"{ratio_words(item.likelihood_ratio)}."
    return EvidenceLine(item.hpo_id, text, item.likelihood_ratio, item.references,
                        supports=item.likelihood_ratio > 1.0)


def describe_age(fit: AgeFit, references: tuple[str, ...]) -> EvidenceLine:
    """The person's age against a disease's typical onset range, as a sentence ("It usually
    begins between 10 and 45 years of age (adolescence to young adulthood); the person asked
    about is 70 years old: weighs against it ...")."""
    text = (f"It usually begins {onset_words(fit.onset_from, fit.onset_to)}; the person "
            f"asked about is {age_words(fit.age)} old: {ratio_words(fit.likelihood_ratio)}.")
    return EvidenceLine(AGE_LINE_ID, text, fit.likelihood_ratio, references,
                        supports=fit.likelihood_ratio > 1.0)


def describe_unnamed_exposure(keys: tuple[str, ...], references: tuple[str, ...]
                              ) -> EvidenceLine:
    """A defining exposure the question does not name, as a sentence ("It occurs only with
    time in the sun, which the question does not mention: weighs against it ...")."""
    from whatcauses.knowledge.curated import exposure_labels
    from whatcauses.rank.exposures import UNNAMED_WEIGHT

    labels = exposure_labels()
    named = " or ".join(labels.get(key, key) for key in keys)
    text = (f"It occurs only with {named}, which the question does not mention: "
            f"{ratio_words(UNNAMED_WEIGHT)}.")
    return EvidenceLine(EXPOSURE_LINE_ID, text, UNNAMED_WEIGHT, references, supports=False)


def describe_unnamed_hallmarks(ontology: Ontology, hallmarks: tuple[UnnamedHallmark, ...]
                               ) -> EvidenceLine:
    """Hallmarks the question leaves unnamed, as a sentence ("Its hallmarks confusion (all
    patients) and short attention span (80-99% of patients) are not mentioned in the
    question; among the leading candidates, which all explain the findings, this placed it
    lower: weighs against it ..."). The shares are the frequency classes (a curated profile
    gives a class, not a measured percentage)."""
    ratio = math.prod(h.likelihood_ratio for h in hallmarks)
    said = [f"{lower_first(plain_label(ontology, h.hpo_id))} "
            f"({'all' if h.frequency >= 0.99 else '80-99% of'} patients)"
            for h in hallmarks[:HALLMARKS_SAID]]
    more = len(hallmarks) - len(said)
    if more:
        said.append(f"{more} more")
    noun, verb = ("hallmark", "is") if len(hallmarks) == 1 else ("hallmarks", "are")
    text = (f"Its {noun} {join_words(said)} {verb} not mentioned in the question; "
            f"among the leading candidates, which all explain the findings, this placed it "
            f"lower: {ratio_words(ratio)}.")
    return EvidenceLine(HALLMARK_LINE_ID, text, ratio, (), supports=False)


_EPISODES = {"days": "Its episodes usually last days (up to about two weeks)",
             "weeks": "Its episodes usually last weeks (up to about three months)",
             "months": "Its episodes usually last months (up to about a year)",
             "lasting": "It usually lasts for years and builds up over time",
             "slow": "Its sources record it as slowly progressive, building up over years"}


def course_words(days: float) -> str:
    """A complaint's course in words ("about 3 days", "about 2 years")."""
    for unit, size in (("year", 365.0), ("month", 30.0), ("week", 7.0)):
        if days >= size * (2 if unit != "year" else 1):
            count = round(days / size)
            return f"about {count} {unit}{'s' * (count != 1)}"
    count = max(round(days), 1)
    return f"about {count} day{'s' * (count != 1)}"


def describe_course(fit: CourseFit, references: tuple[str, ...]) -> EvidenceLine:
    """How long the complaint has lasted against how long the disease usually lasts, as a
    sentence ("Its episodes usually last days (up to about two weeks); the complaint has
    lasted about 6 months: weighs against it ...")."""
    text = (f"{_EPISODES.get(fit.typical, fit.typical)}; the complaint has lasted "
            f"{course_words(fit.days)}: {ratio_words(fit.likelihood_ratio)}.")
    return EvidenceLine(COURSE_LINE_ID, text, fit.likelihood_ratio, references,
                        supports=fit.likelihood_ratio > 1.0)


def describe_site(fit: SiteFit) -> EvidenceLine:
    """A body site the question names that the candidate's profile names too, as a sentence
    ("Its description names the shins, where you place the complaint: moderate support
    ..."), citing the profile statement that names it (rank/sites.py)."""
    text = (f"Its description names the {fit.site}, where you place the complaint: "
            f"{ratio_words(fit.likelihood_ratio)}.")
    return EvidenceLine(SITE_LINE_ID, text, fit.likelihood_ratio, fit.sources,
                        supports=fit.likelihood_ratio > 1.0)


def modifier_words(ontology: Ontology, fit: ModifierFit) -> str:
    """What the candidate's records say of the modifier ("itching as nocturnal")."""
    return f"{lower_first(plain_label(ontology, fit.finding))} as {fit.label.lower()}"


def describe_modifier(ontology: Ontology, fit: ModifierFit) -> EvidenceLine:
    """A clinical modifier the question names that the candidate records, as a sentence
    ("Its sources record itching as nocturnal, as you describe it ("at night"): moderate
    support ..."), citing that record's sources (rank/modifiers.py)."""
    text = (f"Its sources record {modifier_words(ontology, fit)}, as you describe it "
            f"(\"{fit.text}\"): {ratio_words(fit.likelihood_ratio)}.")
    return EvidenceLine(MODIFIER_LINE_ID, text, fit.likelihood_ratio, fit.sources,
                        supports=fit.likelihood_ratio > 1.0)


def lift_lines(ontology: Ontology, candidate: Candidate) -> list[EvidenceLine]:
    """The lines on the body sites and clinical modifiers that lifted the candidate (none
    for one that reached the weights' cap and so weighed nothing more)."""
    lines = [describe_site(f) for f in candidate.site_fits]
    lines += [describe_modifier(ontology, f) for f in candidate.modifier_fits]
    return [line for line in lines if line.supports]


_PEOPLE = {"female": "women", "male": "men"}


def describe_sex(fit: SexFit, references: tuple[str, ...]) -> EvidenceLine:
    """The person's sex against who a disease affects, as a sentence ("It occurs in women
    only; the person asked about is male: weighs strongly against it ...")."""
    if fit.only is not None:
        who = f"It occurs in {_PEOPLE[fit.only]} only"
    elif fit.x_linked:
        who = "It is inherited X-linked recessively and affects mostly men and boys"
    elif fit.female_to_male is not None and fit.female_to_male >= 1:
        who = f"About {fit.female_to_male:.2g} women are affected for every man"
    else:
        men = 1 / fit.female_to_male if fit.female_to_male else math.inf
        who = f"About {men:.2g} men are affected for every woman"
    text = (f"{who}; the person asked about is {fit.sex}: "
            f"{ratio_words(fit.likelihood_ratio)}.")
    return EvidenceLine(SEX_LINE_ID, text, fit.likelihood_ratio, references,
                        supports=fit.likelihood_ratio > 1.0)


def explain_candidate(ontology: Ontology, candidate: Candidate,
                      onset_references: tuple[str, ...] = (),
                      sex_references: tuple[str, ...] = (),
                      exposure_references: tuple[str, ...] = ()
                      ) -> tuple[list[EvidenceLine], list[EvidenceLine]]:
    """(supporting, opposing) evidence lines, strongest first (the person's age and sex among
    them when they moved the candidate's score, a defining exposure the question does not
    name, and the body sites and clinical modifiers that lifted it; ``onset_references``,
    ``sex_references``, ``exposure_references``: the sources of its onset range, of who it
    affects and of the exposure)."""
    lines = [describe(ontology, e) for e in candidate.evidence]
    if candidate.age_fit is not None:
        lines.append(describe_age(candidate.age_fit, onset_references))
    if candidate.sex_fit is not None:
        lines.append(describe_sex(candidate.sex_fit, sex_references))
    if candidate.unnamed_exposures:
        lines.append(describe_unnamed_exposure(candidate.unnamed_exposures,
                                               exposure_references))
    if candidate.unnamed_hallmarks:
        lines.append(describe_unnamed_hallmarks(ontology, candidate.unnamed_hallmarks))
    if candidate.course_fit is not None:
        lines.append(describe_course(candidate.course_fit, candidate.course_fit.sources))
    lines += lift_lines(ontology, candidate)
    supporting = sorted((x for x in lines if x.supports), key=lambda x: -x.likelihood_ratio)
    opposing = sorted((x for x in lines if not x.supports), key=lambda x: x.likelihood_ratio)
    return supporting, opposing
