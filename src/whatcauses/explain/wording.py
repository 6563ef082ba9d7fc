"""Plain words for HPO terms, frequencies and likelihood ratios."""

from __future__ import annotations

import math

from whatcauses.knowledge.ontology import Ontology


def plain_label(ontology: Ontology, term_id: str) -> str:
    """A layperson synonym when the HPO has one, else the term name, in lower case."""
    index = ontology.index(term_id)
    label = ontology.lay_names[index] or ontology.names[index]
    return lower_first(label)


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ("EEG", "IgA")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and sum(ch.isupper() for ch in first) > 1:
        return text
    return text[:1].lower() + text[1:]


def frequency_words(frequency: float | None, sources: tuple[str, ...] = ()) -> str:
    """How often a disease shows a finding, in words. ``sources``: the sources of a frequency
    a curated fact sheet gave (phenotype.hpoa records none); the words then give its HPO
    class, not a percentage (the class value is a point inside a range), and say where the
    figure comes from."""
    if frequency is None:
        return "frequency not recorded"
    if sources:
        words, share = _class_words(frequency)
        return (f"{words} ({share + '; ' if share else ''}figure from a curated fact sheet, "
                f"citing {', '.join(sources)})")
    percent = round(frequency * 100)
    if frequency >= 0.99:
        return "in all reported patients"
    if frequency >= 0.8:
        return f"in most patients, about {percent}%"
    if frequency >= 0.3:
        return f"often, about {percent}%"
    if frequency >= 0.05:
        return f"occasionally, about {percent}%"
    return f"rarely, about {max(percent, 1)}%"


def _class_words(frequency: float) -> tuple[str, str]:
    """The HPO frequency class a class value stands for: its words and its range."""
    if frequency >= 0.99:
        return "in all patients", ""
    if frequency >= 0.8:
        return "in most patients", "80-99%"
    if frequency >= 0.3:
        return "often", "30-79%"
    if frequency >= 0.05:
        return "occasionally", "5-29%"
    return "rarely", "1-4%"


def ratio_words(ratio: float) -> str:
    """How strongly a likelihood ratio moves the odds, in words (with the number)."""
    shown = f"{ratio:.3g}"
    if ratio >= 10:
        return f"strong support (likelihood ratio {shown})"
    if ratio >= 2:
        return f"moderate support (likelihood ratio {shown})"
    if ratio > 1.1:
        return f"weak support (likelihood ratio {shown})"
    if ratio >= 0.9:
        return f"neutral (likelihood ratio {shown})"
    if ratio >= 0.3:
        return f"weighs against it (likelihood ratio {shown})"
    return f"weighs strongly against it (likelihood ratio {shown})"


def join_words(items: list[str], conjunction: str = "and") -> str:
    """"a, b and c" (or another ``conjunction``: "a, b or c")."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


# Life stages by the age (years) at which each ends, for onset ranges in words.
_STAGES = ((28 / 365.25, "the newborn period"), (1.0, "infancy"), (5.0, "early childhood"),
           (12.0, "childhood"), (19.0, "adolescence"), (40.0, "young adulthood"),
           (65.0, "middle age"), (math.inf, "older age"))


def age_words(years: float) -> str:
    """An age as people say it: "3 weeks", "6 months", "70 years"."""
    if years < 28 / 365.25:
        weeks = round(years * 365.25 / 7)
        return f"{weeks} week{'s' if weeks != 1 else ''}" if weeks else "newborn"
    if years < 2:
        months = max(1, round(years * 12))
        return f"{months} month{'s' if months != 1 else ''}"
    return f"{years:g} years"


def life_stage(years: float) -> str:
    """The life stage an age falls in ("adolescence")."""
    return next(name for end, name in _STAGES if years < end)


def onset_words(lower: float, upper: float) -> str:
    """A disease's typical onset range in words: "between 10 and 45 years of age
    (adolescence to young adulthood)", "from birth to 6 months (infancy)", "from 60 years on
    (older age)"."""
    if upper >= 100 or not math.isfinite(upper):
        span = f"from {age_words(lower)} on"
        first, last = life_stage(lower), life_stage(lower)
    elif lower <= 0 or not math.isfinite(lower):
        span = "at birth" if upper <= 0 else f"from birth to {age_words(upper)}"
        first, last = life_stage(0.0), life_stage(max(upper - 1e-9, 0.0))
    else:
        span = f"between {age_words(lower).removesuffix(' years')} and {age_words(upper)}"
        first, last = life_stage(lower), life_stage(max(upper - 1e-9, lower))
    stages = first if first == last else f"{first} to {last}"
    return f"{span} ({stages})"
