"""From a plain-language question to findings, OR-groups, negations, a category, age and sex.

Pipeline: tokenise -> mark age/sex words -> split into clauses -> find the longest known
phrases in each clause (category words first, then the lexicon) -> decide negation and
uncertainty per phrase from cue words in its clause (NegEx-style, Chapman et al. 2001) ->
report the content words nothing explained as unrecognised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whatcauses.errors import QuestionError
from whatcauses.knowledge.curated import category_vocabulary, red_flags
from whatcauses.text.context import read_person
from whatcauses.text.lexicon import Lexicon, LexiconEntry
from whatcauses.text.normalize import (
    MARKS,
    NEGATION_WORDS,
    STOPWORDS,
    Token,
    phrase_key,
    tokenize,
)

MAX_QUESTION_CHARS = 2000
_SINGLE_WORD_CONFIDENCE = 0.95

_CLAUSE_BREAKS = frozenset(".;!?,:()[]")
_CLAUSE_WORDS = frozenset(
    ["but", "however", "although", "though", "yet", "except", "whereas", "while"]
)
# Cue words before a finding that negate it: the shared negation words (less the ones that
# only follow a finding, "ANA negative", "reflexes absent"), plus contractions.
_PRE_NEGATION = (NEGATION_WORDS - {"negative", "absent"}) | frozenset(
    ["lacking", "absence", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't",
     "weren't", "hasn't", "haven't", "hadn't", "won't"]
)
_POST_NEGATION = frozenset(["negative", "absent", "normal", "excluded"])
_UNCERTAIN = frozenset(
    [
        "maybe",
        "possibly",
        "possible",
        "perhaps",
        "probably",
        "might",
        "may",
        "sometimes",
        "occasionally",
        "occasional",
        "suspected",
        "query",
        "questionable",
    ]
)
# Words of the question frame: neither findings nor unrecognised.
_FRAME = frozenset(
    [
        "cause",
        "causes",
        "caused",
        "causing",
        "disease",
        "diseases",
        "condition",
        "conditions",
        "disorder",
        "disorders",
        "illness",
        "illnesses",
        "problem",
        "problems",
        "syndrome",
        "syndromes",
        "reason",
        "reasons",
        "explain",
        "explains",
        "mean",
        "means",
        "symptom",
        "symptoms",
        "sign",
        "signs",
        "type",
        "types",
        "kind",
        "kinds",
        "lead",
        "leads",
        "leading",
        "result",
        "results",
        "responsible",
        "behind",
        "associated",
        "link",
        "linked",
        "give",
        "gives",
        "giving",
        "make",
        "makes",
        "making",
        "common",
        "rare",
        "usually",
        "often",
        "typically",
        "known",
        "called",
        "name",
        "named",
        "diagnosis",
        "diagnose",
        "diagnosed",
        "differential",
        "likely",
        "possible",
        "cases",
        "case",
        "patient",
        "patients",
        "person",
        "people",
        "someone",
        "somebody",
        "anyone",
        "everyone",
        "year",
        "years",
        "old",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "age",
        "aged",
        "yo",
        "feel",
        "feels",
        "feeling",
        "felt",
        "keep",
        "keeps",
        "kept",
        "start",
        "started",
        "starting",
        "begin",
        "began",
        "developed",
        "develop",
        "developing",
        "experience",
        "experiencing",
        "notice",
        "noticed",
        "suffer",
        "suffers",
        "suffering",
        "show",
        "shows",
        "showing",
        "present",
        "presents",
        "presenting",
        "positive",
        "test",
        "tested",
        "result",
        "please",
        "doctor",
        "tell",
        "which",
        "what",
        "why",
        "whats",
        "who",
    ]
)
# Words a negation reaches across ("no history of seizures", "no signs of a rash"); any other
# unexplained content word ends its scope ("not there and acts out dreams").
_NEGATION_TRANSPARENT = frozenset(
    {
        "history",
        "evidence",
        "episode",
        "episodes",
        "complaint",
        "complaints",
        "trouble",
        "further",
        "previous",
        "prior",
        "recent",
        "known",
        "obvious",
        "real",
        "other",
        "new",
        "current",
        "sudden",
    }
)
_COORDINATORS = frozenset({"and", "or", "&", "plus"})
_LAB_HINTS = frozenset(
    [
        "anti",
        "antibody",
        "antibodies",
        "level",
        "levels",
        "high",
        "low",
        "raised",
        "elevated",
        "positive",
        "titre",
        "titer",
        "count",
    ]
)


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

    @property
    def is_group(self) -> bool:
        return len(self.ids) > 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.ids[0],
            "label": self.labels[0],
            "ids": list(self.ids),
            "labels": list(self.labels),
            "text": self.text,
            "negated": self.negated,
            "uncertain": self.uncertain,
            "kind": self.kind,
            "span": [self.start, self.end],
        }


@dataclass(frozen=True, slots=True)
class RedFlagHit:
    text: str
    advice: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "advice": self.advice}


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

    @property
    def present(self) -> list[RecognizedFinding]:
        return [f for f in self.findings if not f.negated and not f.is_group]

    @property
    def excluded(self) -> list[RecognizedFinding]:
        return [f for f in self.findings if f.negated]

    @property
    def or_groups(self) -> list[RecognizedFinding]:
        return [f for f in self.findings if not f.negated and f.is_group]

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings if not f.is_group or f.negated],
            "or_groups": [f.to_dict() for f in self.or_groups],
            "category": self.categories[0] if self.categories else None,
            "categories": list(self.categories),
            "age": self.age,
            "sex": self.sex,
            "unrecognized": list(self.unrecognized),
            "red_flags": [r.to_dict() for r in self.red_flags],
        }


def check_question(question: object) -> str:
    """Validate a question; raises :class:`QuestionError` with a one-line reason."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if "\x00" in question:
        raise QuestionError("the question contains binary data (NUL bytes)")
    text = question.strip()
    if not text:
        raise QuestionError("the question is empty")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(text)} characters long; the limit is {MAX_QUESTION_CHARS}"
        )
    return text


class QuestionReader:
    """Immutable; built once per engine from its lexicon."""

    def __init__(self, lexicon: Lexicon, label: Any):
        self.lexicon = lexicon
        self._label = label
        vocabulary = category_vocabulary()
        self._categories: dict[str, str] = {}
        for category, words in vocabulary.words.items():
            for word in words:
                key = phrase_key(word)
                if key:
                    self._categories.setdefault(key, category)
        self._red_flags: dict[str, str] = {}
        self._red_flag_ids: dict[str, str] = {}
        for flag in red_flags():
            key = phrase_key(flag.phrase)
            if key:
                self._red_flags.setdefault(key, flag.advice)
            for hpo in flag.hpo:
                self._red_flag_ids.setdefault(hpo, flag.advice)
        self._max_special = max(
            (k.count(" ") + 1 for k in [*self._categories, *self._red_flags]), default=1
        )

    def read(self, question: str) -> Interpretation:
        text = check_question(question)
        tokens = tokenize(text)
        person = read_person(text)
        person_chars = {i for a, b in person.spans for i in range(a, b)}
        clauses = _clauses(tokens)
        findings: list[RecognizedFinding] = []
        categories: list[str] = []
        category_words: list[str] = []
        flags: list[RedFlagHit] = []
        consumed: set[int] = set()
        for clause in clauses:
            content = [
                i
                for i in clause
                if tokens[i].is_word
                and _is_content(tokens[i])
                and tokens[i].start not in person_chars
            ]
            # Category words first: "muscle disease" names a category, not a finding; but
            # "chest infections" is a finding that merely contains a category word.
            for start, end, key in _longest_matches(
                tokens, content, self._categories, self._max_special
            ):
                if self._inside_finding(tokens, content, start, end):
                    continue
                category = self._categories[key]
                if category not in categories:
                    categories.append(category)
                category_words.append(_span_text(text, tokens, content[start:end]))
                consumed.update(content[start:end])
            for start, end, key in _longest_matches(
                tokens, content, self._red_flags, self._max_special
            ):
                if not _negated(tokens, clause, consumed, content[start]):
                    flags.append(
                        RedFlagHit(
                            _span_text(text, tokens, content[start:end]), self._red_flags[key]
                        )
                    )
            remaining = [i for i in content if i not in consumed and not _is_frame(tokens[i])]
            # Negation words may start or sit inside a known phrase ("absent reflexes");
            # elsewhere they only mark negation.
            window = sorted(
                remaining
                + [i for i in clause if tokens[i].is_word and _is_negation_word(tokens[i])]
            )
            lexicon_keys = _LexiconView(self.lexicon)
            matched: list[tuple[list[int], LexiconEntry]] = []
            # Multi-word phrases first, then pairs of nearby words, then single words, so that
            # "swollen, stiff finger joints" reads as joint swelling, not as oedema.
            for start, end, key in _longest_matches(
                tokens, window, lexicon_keys, self.lexicon.max_words, min_words=2
            ):
                positions = window[start:end]
                if not any(_is_content(tokens[p]) for p in positions):
                    continue
                if _loose_negation(tokens, positions):
                    continue
                entry = self.lexicon.lookup(key)
                assert entry is not None  # _longest_matches only yields known keys
                consumed.update(positions)
                matched.append((positions, entry))
            leftover = [i for i in remaining if i not in consumed]
            # Pairs may span "and" when coordination distributes ("weak thighs and
            # shoulders"), not when it joins two findings of their own ("nausea and vomiting").
            for first, second in _skip_pairs(tokens, leftover):
                if first in consumed or second in consumed:
                    continue
                if _coordinated(tokens, first, second) and all(
                        self.lexicon.lookup(tokens[p].stem) for p in (first, second)):
                    continue
                key = " ".join(sorted((tokens[first].stem, tokens[second].stem)))
                entry = self.lexicon.lookup(key)
                if entry is not None:
                    consumed.update((first, second))
                    matched.append(([first, second], entry))
            for position in [i for i in remaining if i not in consumed]:
                entry = self.lexicon.lookup(tokens[position].stem)
                # A lone word must be a name or a close synonym: loose (related, broad)
                # synonyms of one word misread everyday words ("a power cut").
                if entry is not None and entry.confidence >= _SINGLE_WORD_CONFIDENCE:
                    consumed.add(position)
                    matched.append(([position], entry))
            # Negation is decided once the clause is read: its scope runs across the other
            # findings of the clause ("no fever or joint pain").
            findings.extend(
                self._finding(text, tokens, clause, positions, entry, consumed)
                for positions, entry in matched
            )
        for finding in findings:
            if finding.negated:
                continue
            for hpo in finding.ids[:1]:
                advice = self._red_flag_ids.get(hpo)
                if advice and not any(f.text == finding.text for f in flags):
                    flags.append(RedFlagHit(finding.text, advice))
        unrecognized = _unrecognized(text, tokens, clauses, consumed, person_chars)
        findings = _deduplicate(findings)
        return Interpretation(
            question=text,
            findings=tuple(findings),
            categories=tuple(categories),
            category_words=tuple(category_words),
            age=person.age,
            age_text=person.age_text,
            sex=person.sex,
            unrecognized=tuple(unrecognized),
            red_flags=tuple(flags),
        )

    def _inside_finding(
        self, tokens: list[Token], content: list[int], start: int, end: int
    ) -> bool:
        """True when a known phrase joins the category words with a neighbouring word."""
        for lo, hi in ((start - 1, end), (start, end + 1)):
            if lo < 0 or hi > len(content):
                continue
            span = content[lo:hi]
            extra = span[0] if lo < start else span[-1]
            if _is_frame(tokens[extra]) or span[-1] - span[0] > 2 * len(span):
                continue
            if self.lexicon.lookup(" ".join(sorted(tokens[p].stem for p in span))) is not None:
                return True
        return False

    def _finding(
        self,
        text: str,
        tokens: list[Token],
        clause: list[int],
        positions: list[int],
        entry: LexiconEntry,
        consumed: set[int],
    ) -> RecognizedFinding:
        first, last = min(positions), max(positions)
        return RecognizedFinding(
            text=text[tokens[first].start : tokens[last].end],
            ids=entry.ids,
            labels=tuple(self._label(i) for i in entry.ids),
            negated=_negated(tokens, clause, consumed, first, last),
            uncertain=_uncertain(tokens, clause, first),
            source=entry.source,
            kind=entry.kind,
            start=tokens[first].start,
            end=tokens[last].end,
        )


class _LexiconView:
    """Lets the lexicon be used like the small special-phrase dicts."""

    def __init__(self, lexicon: Lexicon):
        self._lexicon = lexicon

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lexicon.lookup(key) is not None


def _is_content(token: Token) -> bool:
    word = token.text.lower()
    return not (
        word in STOPWORDS
        or word in NEGATION_WORDS
        or word in _PRE_NEGATION
        or word in _UNCERTAIN
        or word in _CLAUSE_WORDS
        or token.stem in MARKS
    )


def _is_frame(token: Token) -> bool:
    return token.text.lower() in _FRAME


def _clauses(tokens: list[Token]) -> list[list[int]]:
    clauses: list[list[int]] = [[]]
    for i, token in enumerate(tokens):
        word = token.text.lower()
        if (not token.is_word and token.text in _CLAUSE_BREAKS) or word in _CLAUSE_WORDS:
            clauses.append([])
            if token.is_word:
                clauses[-1].append(i)
            continue
        clauses[-1].append(i)
    return [c for c in clauses if c]


def _longest_matches(
    tokens: list[Token], positions: list[int], known: Any, max_words: int, min_words: int = 1
) -> list[tuple[int, int, str]]:
    """Greedy left-to-right longest matches of order-free keys over contiguous content words."""
    result = []
    i = 0
    while i < len(positions):
        found = None
        for j in range(min(len(positions), i + max_words), i + min_words - 1, -1):
            # Content words must be near each other in the text (at most 3 tokens apart).
            if any(positions[k + 1] - positions[k] > 4 for k in range(i, j - 1)):
                continue
            key = " ".join(sorted(tokens[p].stem for p in positions[i:j]))
            if key in known and not _splits_better(tokens, positions, i, j, known, max_words):
                found = (i, j, key)
                break
        if found:
            result.append(found)
            i = found[1]
        else:
            i += 1
    return result


def _splits_better(
    tokens: list[Token], positions: list[int], i: int, j: int, known: Any, max_words: int
) -> bool:
    """True when a phrase spanning "and"/"or" is better read as two findings: the words
    before the coordinator are a known phrase and a known phrase starts after it ("cramps and
    muscle pain", "nausea and vomiting"; but "pins and needles" stays whole)."""
    for m in range(i + 1, j):
        if not _coordinated(tokens, positions[m - 1], positions[m]):
            continue
        left = " ".join(sorted(tokens[p].stem for p in positions[i:m]))
        if left not in known:
            return False
        return any(
            " ".join(sorted(tokens[p].stem for p in positions[m:k])) in known
            for k in range(m + 1, min(len(positions), m + max_words) + 1)
        )
    return False


def _skip_pairs(tokens: list[Token], positions: list[int]) -> list[tuple[int, int]]:
    """Pairs of leftover content words close together ("muscles in my legs are stiff"),
    nearest pairs first."""
    pairs = [(a, b) for n, a in enumerate(positions) for b in positions[n + 1 :] if b - a <= 6]
    return sorted(pairs, key=lambda pair: (pair[1] - pair[0], pair[0]))


def _is_negation_word(token: Token) -> bool:
    word = token.text.lower()
    return word in NEGATION_WORDS or word in _PRE_NEGATION or token.stem in MARKS


def _loose_negation(tokens: list[Token], positions: list[int]) -> bool:
    """True when a phrase holding "no"/"can't" skips words or spans "and"/"or": "can't feel
    my toes" is not "absent toes", and "eyelids and I can't" is not "absent eyelids"."""
    if not any(tokens[p].stem in MARKS for p in positions):
        return False
    first, last = min(positions), max(positions)
    between = [k for k in range(first + 1, last) if tokens[k].is_word and k not in positions]
    return _coordinated(tokens, first, last) or any(
        tokens[k].text.lower() not in STOPWORDS for k in between
    )


def _coordinated(tokens: list[Token], first: int, last: int) -> bool:
    """True when "and"/"or" stands between two token positions."""
    return any(tokens[k].text.lower() in _COORDINATORS for k in range(first + 1, last))


def _negated(
    tokens: list[Token], clause: list[int], consumed: set[int], first: int, last: int | None = None
) -> bool:
    """NegEx-style: a cue up to six words before the phrase, with nothing but function words,
    other findings of the clause or frame words between (or a cue just after it)."""
    before = [i for i in clause if i < first and tokens[i].is_word]
    words = [tokens[i].text.lower() for i in before]
    if words[-2:] == ["free", "of"] or words[-2:] == ["absence", "of"]:
        return True
    for i in reversed(before[-6:]):
        token = tokens[i]
        word = token.text.lower()
        if word in _PRE_NEGATION and i not in consumed:  # "not" inside a finding is no cue
            return True
        explained = (
            i in consumed
            or not _is_content(token)
            or _is_frame(token)
            or word in _NEGATION_TRANSPARENT
            or word.isdigit()
        )
        if not explained:
            break
    end = first if last is None else last
    after = [tokens[i].text.lower() for i in clause if i > end][:3]
    return any(word in _POST_NEGATION for word in after)


def _uncertain(tokens: list[Token], clause: list[int], first: int) -> bool:
    before = [tokens[i].text.lower() for i in clause if i < first]
    return any(word in _UNCERTAIN for word in before[-4:])


def _span_text(text: str, tokens: list[Token], positions: list[int]) -> str:
    return text[tokens[min(positions)].start : tokens[max(positions)].end]


def _unrecognized(
    text: str,
    tokens: list[Token],
    clauses: list[list[int]],
    consumed: set[int],
    person_chars: set[int],
) -> list[str]:
    """Runs of content words that nothing explained (never silently dropped)."""
    runs: list[str] = []
    for clause in clauses:
        run: list[int] = []
        for i in [*clause, -1]:
            token = tokens[i] if i >= 0 else None
            keep = (
                token is not None
                and token.is_word
                and _is_content(token)
                and not _is_frame(token)
                and i not in consumed
                and token.start not in person_chars
                and not token.text.isdigit()
            )
            if keep:
                run.append(i)
            elif run:
                runs.append(_span_text(text, tokens, run))
                run = []
    return runs


def _deduplicate(findings: list[RecognizedFinding]) -> list[RecognizedFinding]:
    seen: set[tuple[tuple[str, ...], bool]] = set()
    result = []
    for finding in findings:
        key = (finding.ids, finding.negated)
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result
