"""Plain words for HPO terms, frequencies and likelihood ratios."""

from __future__ import annotations

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


def frequency_words(frequency: float | None) -> str:
    if frequency is None:
        return "frequency not recorded"
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


def join_words(items: list[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
