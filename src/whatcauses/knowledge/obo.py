"""A small, complete-enough reader for the OBO 1.4 flat file format of hp.obo.

A hand-written reader rather than fastobo/pronto: hp.obo uses a narrow, regular subset of
OBO, the reader runs only when the compiled cache is (re)built, and it parses the 10 MB
release in well under a second without a compiled dependency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from whatcauses.errors import DataError

_QUOTED = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*(.*)$')
_SCOPES = ("EXACT", "RELATED", "BROAD", "NARROW")


@dataclass(frozen=True, slots=True)
class Synonym:
    """One synonym of a term, with its OBO scope and optional type (e.g. ``layperson``)."""

    text: str
    scope: str
    kind: str | None = None


@dataclass(slots=True)
class OboTerm:
    """One ``[Term]`` stanza as read from the file."""

    id: str
    name: str = ""
    definition: str = ""
    comment: str = ""
    synonyms: list[Synonym] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    alt_ids: list[str] = field(default_factory=list)
    xrefs: list[str] = field(default_factory=list)
    subsets: list[str] = field(default_factory=list)
    obsolete: bool = False
    replaced_by: list[str] = field(default_factory=list)
    consider: list[str] = field(default_factory=list)


@dataclass(slots=True)
class OboDocument:
    """The header facts and every term of an OBO file."""

    data_version: str
    terms: list[OboTerm]

    @property
    def release(self) -> str:
        """The release date, e.g. ``2025-01-16`` from ``hp/releases/2025-01-16``."""
        match = re.search(r"(\d{4}-\d{2}-\d{2})", self.data_version)
        return match.group(1) if match else self.data_version


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", " ").replace("\\\\", "\\")


def _strip_comment(value: str) -> str:
    # "is_a: HP:0001276 ! Hypertonia": the part after " ! " is a human comment.
    cut = value.find(" ! ")
    return (value[:cut] if cut >= 0 else value).strip()


def _parse_synonym(value: str) -> Synonym:
    match = _QUOTED.match(value)
    if not match:
        raise DataError(f"malformed synonym line: {value[:80]!r}")
    text, rest = _unescape(match.group(1)), match.group(2)
    words = rest.split("[", 1)[0].split()
    scope = words[0] if words and words[0] in _SCOPES else "RELATED"
    kind = words[1] if len(words) > 1 else None
    return Synonym(text=text, scope=scope, kind=kind)


def _stanzas(lines: Iterable[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    kind = "header"
    tags: list[tuple[str, str]] = []
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line or line.startswith("!"):
            continue
        if line.startswith("[") and line.endswith("]"):
            yield kind, tags
            kind, tags = line[1:-1], []
            continue
        tag, sep, value = line.partition(":")
        if sep:
            tags.append((tag, value.strip()))
    yield kind, tags


def parse_obo(lines: Iterable[str]) -> OboDocument:
    """Parse OBO text given as lines. Raises :class:`DataError` on a malformed file."""
    data_version = ""
    terms: list[OboTerm] = []
    saw_header = False
    for kind, tags in _stanzas(lines):
        if kind == "header":
            saw_header = True
            for tag, value in tags:
                if tag == "data-version":
                    data_version = value
            continue
        if kind != "Term":
            continue
        term = _term_from_tags(tags)
        terms.append(term)
    if not saw_header or not terms:
        raise DataError("hp.obo has no terms: the file is empty or not in OBO format")
    return OboDocument(data_version=data_version, terms=terms)


def _term_from_tags(tags: list[tuple[str, str]]) -> OboTerm:
    ids = [value for tag, value in tags if tag == "id"]
    if len(ids) != 1:
        raise DataError(f"a [Term] stanza must have exactly one id, found {ids!r}")
    term = OboTerm(id=ids[0])
    for tag, value in tags:
        if tag == "name":
            term.name = value
        elif tag == "def":
            match = _QUOTED.match(value)
            term.definition = _unescape(match.group(1)) if match else value
        elif tag == "comment":
            term.comment = value
        elif tag == "synonym":
            term.synonyms.append(_parse_synonym(value))
        elif tag == "is_a":
            term.parents.append(_strip_comment(value))
        elif tag == "alt_id":
            term.alt_ids.append(_strip_comment(value))
        elif tag == "xref":
            term.xrefs.append(_strip_comment(value).split(" ", 1)[0])
        elif tag == "subset":
            term.subsets.append(value)
        elif tag == "is_obsolete":
            term.obsolete = value.lower() == "true"
        elif tag == "replaced_by":
            term.replaced_by.append(_strip_comment(value))
        elif tag == "consider":
            term.consider.append(_strip_comment(value))
    return term
