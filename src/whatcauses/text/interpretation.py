"""What was understood in a question: the result types of the question reader.

:class:`Interpretation` (findings with their spans, OR-groups, negations, categories, age,
sex, onsets, family history, exposures, injuries, red flags, typo corrections, the question's
frame) and
its parts;
:func:`check_question` validates a question before it is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whatcauses.errors import QuestionError
from whatcauses.limits import MAX_QUESTION_CHARS
from whatcauses.text.exposures import ExposureMention
from whatcauses.text.family import combined_modes
from whatcauses.text.frame import AskedPrevalence, Frame
from whatcauses.text.genes import GeneMention
from whatcauses.text.gestation import Gestation
from whatcauses.text.injuries import InjuryMention
from whatcauses.text.mentions import TermMention
from whatcauses.text.modifiers import ModifierMention


@dataclass(frozen=True, slots=True)
class RecognizedFinding:
    """A phrase of the question read as one HPO term or an OR-group of terms."""

    text: str
    ids: tuple[str, ...]
    labels: tuple[str, ...]
    negated: bool
    uncertain: bool
    source: str
    kind: str
    start: int
    end: int
    # The negation cue as written ("no", "ruled out") and whether it stands before the finding.
    cue: str | None = None
    cue_before: bool = True
    cue_span: tuple[int, int] | None = None
    # The body site the question names for it, as written ("shoulders and thighs"); the ids
    # are then the site-specific term when HPO has one.
    site: str | None = None
    # Put in question as a hypothesis ("?meningitis", "r/o PE", "suspected sepsis",
    # text/negation.py QUERY_CUES): shown, but not weighed as present.
    queried: bool = False
    # Said of a blood relative, not of the patient ("his dad has asthma"): the relative's
    # word ("dad"). Family history, weighed as a clue weaker than the patient's own finding
    # (rank/family_findings.py), never as the patient's finding.
    relative: str | None = None
    # The relative's age when they had it, when the question says it ("my mum had bowel cancer
    # at 45"): an early onset of a common condition marks its inherited forms
    # (rank/family_findings.py early_onset).
    relative_age: float | None = None
    # Said to have had it young with no age ("my uncle had a stroke young": text/family.py
    # young_at): an early onset, as an age below the condition's usual onset is.
    relative_young: bool = False
    # The curated conditions (profile or fact sheet ids, text/named_diseases.py's table of a
    # relative's diseases) the relative's words name ("my sister has coeliac disease"): the
    # relative most likely has that condition itself, weighed by its family risk
    # (rank/family_findings.py named_condition_lift; h-family10).
    relative_named: tuple[str, ...] = ()
    # A condition the person says they have as who they are ("I'm a type 1 diabetic",
    # text/known.py): the background of the complaint, weighed as a bounded lift of the
    # diseases that list it, never as a finding to explain.
    known: bool = False

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1

    @property
    def phrase(self) -> str:
        """The finding with its negation cue, as the question put it ("no fever", "ANA
        negative")."""
        if self.cue is None:
            return self.text
        return f"{self.cue} {self.text}" if self.cue_before else f"{self.text} {self.cue}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.ids[0],
            "label": self.labels[0],
            "ids": list(self.ids),
            "labels": list(self.labels),
            "text": self.text,
            "negated": self.negated,
            "cue": self.cue,
            "uncertain": self.uncertain,
            "queried": self.queried,
            "relative": self.relative,
            "known": self.known,
            "kind": self.kind,
            "source": self.source,
            "site": self.site,
            "span": [self.start, self.end],
        }


@dataclass(frozen=True, slots=True)
class RedFlagHit:
    text: str
    advice: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "advice": self.advice}


@dataclass(frozen=True, slots=True)
class Correction:
    """A misspelt word read as a vocabulary word ("wieght" -> "weight")."""

    text: str
    corrected: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "corrected": self.corrected, "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class Onset(TermMention):
    """When the question says its findings began ("since childhood" -> Childhood onset)."""


@dataclass(frozen=True, slots=True)
class Course:
    """How long the complaint has lasted, in days, as the question says ("for 3 days" -> 3;
    text/course.py)."""

    days: float
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"days": self.days, "text": self.text, "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class InheritanceEvidence:
    """A statement of family history and the modes of inheritance it fits ("her parents are
    cousins" -> autosomal recessive)."""

    text: str
    modes: tuple[str, ...]
    labels: tuple[str, ...]
    start: int
    end: int
    # The diseases a relative's named disease is ("my dad had Huntington's disease").
    diseases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        said = {"text": self.text, "modes": list(self.modes), "labels": list(self.labels),
                "span": [self.start, self.end]}
        if self.diseases:
            said["diseases"] = list(self.diseases)
        return said


@dataclass(frozen=True, slots=True)
class RelativeDisease:
    """A blood relative's named disease that points to no mode of inheritance ("my mum has
    lupus": text/named_diseases.py): family history of that disease, weighed as a bounded
    lift of it (rank/family_findings.py ``RELATIVE_DISEASE_LIFT``), never the patient's."""

    text: str  # the disease's words as written ("lupus")
    relative: str  # the relative's word ("mum")
    diseases: tuple[str, ...]  # the ids of the diseases of that name, the curated one first
    label: str  # the first one's name ("Systemic lupus erythematosus")
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "relative": self.relative, "diseases": list(self.diseases),
                "label": self.label, "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class SaidDisease:
    """A condition profile's disease named by its name or lay name as what the question is
    about, with no finding of the person's beside it ("what causes shingles", "I've got
    measles": text/question.py ``_named_alone``): ranked for its usual findings
    (rank/ranker.py ``_hallmarks``), as a relative's named disease said alone is; or named
    with no course beside the person's other findings ("tonsillitis with a fever"), weighed
    as its first hallmark among them (h-reader71)."""

    text: str  # the disease's words as written ("shingles")
    diseases: tuple[str, ...]  # the ids of the diseases of that name, the curated one first
    label: str  # the first one's name ("Shingles (herpes zoster)")
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "diseases": list(self.diseases), "label": self.label,
                "span": [self.start, self.end]}


@dataclass(frozen=True, slots=True)
class Interpretation:
    """What was understood in a question."""

    question: str
    findings: tuple[RecognizedFinding, ...]
    categories: tuple[str, ...]
    category_words: tuple[str, ...]
    age: float | None
    age_text: str | None
    sex: str | None
    unrecognized: tuple[str, ...]
    red_flags: tuple[RedFlagHit, ...] = field(default=())
    # "person": what is likely for someone; "knowledge": which diseases are known for a finding
    frame: Frame = "person"
    # "common": the question asks for the common cause ("the most common cause of"); "rare": it
    # asks for a rare disease ("what rare disease causes"); None: neither (text/frame.py).
    asked_prevalence: AskedPrevalence | None = None
    # What the reader did with the question's own HPO ids (mapped alternative ids, refusals).
    notes: tuple[str, ...] = ()
    # Misspelt words read as vocabulary words, each part of a finding.
    corrections: tuple[Correction, ...] = ()
    # The range of ages the question's words allow ("a teenager": 12-19 years).
    age_range: tuple[float, float] | None = None
    # When the findings began ("since childhood"), as HPO onset classes: not the age now.
    onset: tuple[Onset, ...] = ()
    # The question speaks of the asker and of nobody else ("I have a cold and wheeze"), so
    # the person wrote it and is no baby or young child, whatever age it leaves unsaid
    # (text/persons.py asker_alone; the ranker's question_asker_min_age_years).
    asker_alone: bool = False
    # Family history, as evidence for modes of inheritance.
    inheritance: tuple[InheritanceEvidence, ...] = ()
    # A family history denied ("nobody else in the family has it", "no family history",
    # "neither of my parents has it"): an absence, weak evidence against dominant
    # inheritance (rank/inheritance.py denied_ratios; h-family8).
    family_history_denied: tuple[InheritanceEvidence, ...] = ()
    # A blood relative's named disease without a mode ("my mum has lupus"): family history.
    relative_diseases: tuple[RelativeDisease, ...] = ()
    # A disease named alone as what the question is about ("what causes shingles"), or with no
    # course beside the person's findings ("tonsillitis with a fever", h-reader71).
    said_diseases: tuple[SaidDisease, ...] = ()
    # Exposures named ("a tick bite"), negated ones too ("no recent travel"): not findings.
    exposures: tuple[ExposureMention, ...] = ()
    # Findings said of someone other than the patient ("my mum has thyroid problems and I
    # ..."): context, never the patient's findings (text/persons.py).
    others_findings: tuple[RecognizedFinding, ...] = ()
    # Where the category words, the age and the sex were read (offsets into the question).
    category_spans: tuple[tuple[int, int], ...] = ()
    category_of_words: tuple[str, ...] = ()  # the category each of ``category_words`` names
    age_span: tuple[int, int] | None = None
    sex_span: tuple[int, int] | None = None
    # How long the complaint has lasted ("for 3 days"), when the question says.
    course: Course | None = None
    # Clinical modifiers the question names ("at night", "on one side": text/modifiers.py),
    # said of its findings as a whole.
    modifiers: tuple[ModifierMention, ...] = ()
    # Injuries the question describes ("after I went over on it"), denied ones too ("I have
    # not injured it"): outside what whatcauses ranks, said so in the answer (text/injuries.py).
    injuries: tuple[InjuryMention, ...] = ()
    # How far into a pregnancy the person is ("8 weeks pregnant", "in my third trimester":
    # text/gestation.py), weighed against a condition of pregnancy's weeks (rank/model.py).
    gestation: Gestation | None = None
    # Genes the question names ("an FBN1 variant", "a deletion in the DMD gene":
    # text/genes.py), with the diseases HPO's gene table links to each; unknown symbols too.
    genes: tuple[GeneMention, ...] = ()

    def mappings(self) -> list[dict[str, Any]]:
        """Every piece of the question that was understood, with its text span, in the
        order of the question: findings (excluded or not), category words, age, sex, onset,
        family history, exposures and spelling corrections."""
        items: list[dict[str, Any]] = []
        for f in self.findings:
            start, end = f.start, f.end
            if f.cue_span is not None:  # the cue belongs to what was understood
                start, end = min(start, f.cue_span[0]), max(end, f.cue_span[1])
            items.append({"kind": "excluded finding" if f.negated else "finding",
                          "text": self.question[start:end], "span": [start, end],
                          "ids": list(f.ids), "labels": list(f.labels)})
        for text, category, (start, end) in zip(self.category_words, self.category_of_words,
                                                 self.category_spans, strict=False):
            items.append({"kind": "category", "text": text, "span": [start, end],
                          "category": category})
        if self.age is not None and self.age_span is not None:
            start, end = self.age_span
            items.append({"kind": "age", "text": self.question[start:end],
                          "span": [start, end], "age": self.age,
                          "age_range": list(self.age_range) if self.age_range else None})
        if self.sex is not None and self.sex_span is not None:
            start, end = self.sex_span
            items.append({"kind": "sex", "text": self.question[start:end], "span": [start, end],
                          "sex": self.sex})
        if self.course is not None:
            items.append({"kind": "course", "text": self.course.text,
                          "span": [self.course.start, self.course.end],
                          "days": self.course.days})
        for m in self.modifiers:
            items.append({"kind": "modifier", "text": m.text, "span": [m.start, m.end],
                          "ids": [m.id], "labels": [m.label]})
        for o in self.onset:
            items.append({"kind": "onset", "text": o.text, "span": [o.start, o.end],
                          "ids": [o.id], "labels": [o.label]})
        for f in self.others_findings:
            items.append({"kind": "someone else's finding", "text": f.text,
                          "span": [f.start, f.end], "ids": list(f.ids),
                          "labels": list(f.labels)})
        for e in self.inheritance:
            items.append({"kind": "family history", "text": e.text, "span": [e.start, e.end],
                          "ids": list(e.modes), "labels": list(e.labels)})
        for r in self.relative_diseases:
            items.append({"kind": "family history", "text": r.text, "span": [r.start, r.end],
                          "relative": r.relative, "diseases": list(r.diseases),
                          "labels": [r.label]})
        for d in self.said_diseases:
            items.append({"kind": "disease", "text": d.text, "span": [d.start, d.end],
                          "diseases": list(d.diseases), "labels": [d.label]})
        for g in self.genes:
            items.append({"kind": "excluded gene" if g.negated else "gene", "text": g.text,
                          "span": [g.start, g.end], "gene": g.symbol, "known": g.known,
                          "diseases": list(g.diseases)})
        for x in self.exposures:
            items.append({"kind": "excluded exposure" if x.negated else "exposure",
                          "text": x.text, "span": [x.start, x.end], "exposure": x.key,
                          "label": x.label})
        for i in self.injuries:
            items.append({"kind": "excluded injury" if i.negated else "injury", "text": i.text,
                          "span": [i.start, i.end], "injury": i.key, "label": i.label})
        for c in self.corrections:
            items.append({"kind": "spelling", "text": c.text, "span": [c.start, c.end],
                          "corrected": c.corrected})
        return sorted(items, key=lambda item: (item["span"][0], item["span"][1]))

    @property
    def named_diseases(self) -> tuple[str, ...]:
        """The ids of a relative's diseases named alone ("my dad had Huntington's disease";
        text/question.py ``_named_in_family``) and of a disease the question names as its
        subject ("what causes shingles", ``said_diseases``), the question's subject when it
        states no finding."""
        return tuple(dict.fromkeys([*(d for e in self.inheritance for d in e.diseases),
                                    *(d for r in self.relative_diseases for d in r.diseases),
                                    *(d for s in self.said_diseases for d in s.diseases)]))

    @property
    def gene_diseases(self) -> dict[str, tuple[str, ...]]:
        """Gene symbol -> the diseases linked to it, for each gene the question names and
        does not deny (in question order)."""
        return {g.symbol: g.diseases for g in self.genes if g.known and not g.negated}

    @property
    def inheritance_modes(self) -> tuple[str, ...]:
        """The modes the family history points to, all statements combined
        (:func:`whatcauses.text.family.combined_modes`)."""
        return combined_modes([e.modes for e in self.inheritance])

    @property
    def injury_keys(self) -> tuple[str, ...]:
        """The injuries the question describes and does not deny (keys, in question order)."""
        return tuple(dict.fromkeys(i.key for i in self.injuries if not i.negated))

    @property
    def exposure_keys(self) -> tuple[str, ...]:
        """The exposures the question names and does not negate (keys, in question order)."""
        return tuple(dict.fromkeys(x.key for x in self.exposures if not x.negated))

    @property
    def own(self) -> list[RecognizedFinding]:
        """The findings said of the patient (not of a relative)."""
        return [f for f in self.findings if f.relative is None]

    @property
    def present(self) -> list[RecognizedFinding]:
        return [f for f in self.own
                if not f.negated and not f.queried and not f.is_group and not f.known]

    @property
    def excluded(self) -> list[RecognizedFinding]:
        return [f for f in self.own if f.negated]

    @property
    def or_groups(self) -> list[RecognizedFinding]:
        return [f for f in self.own
                if not f.negated and not f.queried and f.is_group and not f.known]

    @property
    def known_conditions(self) -> list[RecognizedFinding]:
        """Conditions the person says they have as who they are ("I'm asthmatic",
        text/known.py): the background of the complaint, not a finding to explain."""
        return [f for f in self.own if f.known and not f.negated]

    @property
    def family_findings(self) -> list[RecognizedFinding]:
        """A blood relative's own conditions ("his dad has asthma"), not negated: family
        history, weighed as a tempered clue (rank/family_findings.py)."""
        return [f for f in self.findings
                if f.relative is not None and not f.negated and not f.queried]

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings if not f.is_group or f.negated],
            "or_groups": [f.to_dict() for f in [*self.or_groups, *self.known_conditions]
                          if f.is_group],
            "category": self.categories[0] if self.categories else None,
            "categories": list(self.categories),
            "age": self.age,
            "sex": self.sex,
            "unrecognized": list(self.unrecognized),
            "red_flags": [r.to_dict() for r in self.red_flags],
            "frame": self.frame,
            "asked_prevalence": self.asked_prevalence,
            "notes": list(self.notes),
            "corrections": [c.to_dict() for c in self.corrections],
            "age_range": list(self.age_range) if self.age_range else None,
            "gestation": self.gestation.to_dict() if self.gestation else None,
            "onset": [o.to_dict() for o in self.onset],
            "course": self.course.to_dict() if self.course else None,
            "modifiers": [m.to_dict() for m in self.modifiers],
            "inheritance": [e.to_dict() for e in self.inheritance],
            "relative_diseases": [r.to_dict() for r in self.relative_diseases],
            "said_diseases": [d.to_dict() for d in self.said_diseases],
            "inheritance_modes": list(self.inheritance_modes),
            "family_history_denied": [e.to_dict() for e in self.family_history_denied],
            "exposures": [x.to_dict() for x in self.exposures],
            "injuries": [i.to_dict() for i in self.injuries],
            "genes": [g.to_dict() for g in self.genes],
            "mappings": self.mappings(),
        }


def check_question(question: object) -> str:
    """Validate a question; raises :class:`QuestionError` with a one-line reason."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if "\x00" in question:
        raise QuestionError("the question contains binary data (NUL bytes)")
    try:  # bytes that were not UTF-8 reach Python as lone surrogates (e.g. in sys.argv)
        question.encode("utf-8")
    except UnicodeEncodeError:
        raise QuestionError("the question is not UTF-8 text") from None
    text = question.strip()
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(text)} characters long; the limit is {MAX_QUESTION_CHARS}"
        )
    return text
