"""``whatcauses interview``: the most informative question, an answer, a new ranking, again.

The loop (:func:`run_interview`) is shared by the terminal interview and ``--simulate``, which
answers from published cases to measure whether the questions help (bench/interview.py):

* a turn ranks the current findings and picks the best question: the one expected to raise
  most the chance that the leading candidate is right, allowing for "don't know" answers
  (:func:`whatcauses.explain.next_question.question_scores`);
* "yes" adds the finding as present, "no" as absent, "skip" (don't know) sets it aside;
* it stops when the leading candidate's probability reaches ``--stop-at``, when no question
  would tell the leaders apart, or after ``--questions`` questions.

``whatcauses report`` writes the printable HTML report of a question or of HPO ids.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.cli.options import (
    AgeOption,
    ExcludeOption,
    JsonFlag,
    PresentOption,
    SexOption,
    option,
)
from whatcauses.cli.output import console, print_json, warn
from whatcauses.cli.startup import load_engine
from whatcauses.errors import InputError, WhatcausesError

if TYPE_CHECKING:
    from whatcauses.engine import Engine
    from whatcauses.explain.next_question import (
        Answer,
        Findings,
        NextQuestion,
        RankingContext,
        StopReason,
    )
    from whatcauses.rank.results import Ranking
    from whatcauses.text.interpretation import Interpretation

# The interview ends once the leading candidate holds this much of the probability.
DEFAULT_STOP_AT = 0.9
DEFAULT_QUESTIONS = 10
MAX_QUESTIONS = 50
# Candidates listed after each answer in the terminal, and kept per step of a transcript.
SHOWN = 5
STEP_CANDIDATES = 10
_REPLIES: dict[str, Answer | None] = {
    "y": "yes", "yes": "yes", "n": "no", "no": "no",
    "s": "unknown", "skip": "unknown", "?": "unknown", "d": "unknown", "dk": "unknown",
    "don't know": "unknown", "dont know": "unknown", "unknown": "unknown",
    "q": None, "quit": None, "stop": None,
}


@dataclass(frozen=True, slots=True)
class Step:
    question: str | None
    label: str | None
    answer: Answer | None
    ranking: Ranking

    def to_dict(self, top: int = STEP_CANDIDATES, detail: bool = False) -> dict[str, Any]:
        shown = self.ranking.candidates[:top]
        result: dict[str, Any] = {"question": self.question, "answer": self.answer,
                                  "candidates": [c.id for c in shown]}
        if detail:
            result["label"] = self.label
            result["probabilities"] = [round(c.probability, 6) for c in shown]
        return result


@dataclass(frozen=True, slots=True)
class InterviewResult:
    findings: Findings
    steps: tuple[Step, ...]
    stopped: StopReason | str
    questions: tuple[NextQuestion, ...] = field(default=())  # those left when it stopped

    @property
    def ranking(self) -> Ranking:
        return self.steps[-1].ranking


Answerer = Callable[["NextQuestion", "Ranking"], "Answer | None"]


def ranker_for(engine: Engine, context: RankingContext, top: int = STEP_CANDIDATES,
               evidence: bool = False) -> Callable[[Findings], Ranking]:
    """Rank a set of findings in this context (deep enough for the questions' leaders)."""
    from whatcauses.explain.next_question import interview_ranker

    return interview_ranker(engine.ranker, context, None, top, evidence).rank


def run_interview(engine: Engine, findings: Findings, context: RankingContext,
                  answer: Answerer,
                  max_questions: int = DEFAULT_QUESTIONS, stop_at: float = DEFAULT_STOP_AT,
                  check: bool = True, interpretation: Interpretation | None = None
                  ) -> InterviewResult:
    """Ask up to ``max_questions`` questions, one at a time, re-ranking after each answer.

    ``answer(question, ranking)`` returns "yes", "no", "unknown" or ``None`` to stop. With
    ``check``, what each question favours is confirmed by re-ranking (shown to people; a
    simulation does not need it). With the ``interpretation`` of the question the findings
    came from, each ranking is the one ``ask`` makes (its family history, genes, exposures
    kept).
    """
    from whatcauses.explain.next_question import interview_ranker, interview_step, stop_reason

    ranker = interview_ranker(engine.ranker, context, interpretation, STEP_CANDIDATES)

    def turn(current: Findings, limit: int) -> tuple[Ranking, list[NextQuestion]]:
        return interview_step(engine.knowledge, ranker.rank, current, limit, check=check,
                              parameters=ranker.parameters)

    ranking, questions = turn(findings, 1 if max_questions else 0)
    steps = [Step(None, None, None, ranking)]
    stopped: StopReason | str
    while True:
        reason: StopReason | None = "asked_enough" if len(steps) > max_questions else None
        reason = reason or stop_reason(ranking, questions, stop_at)
        if reason is not None:
            stopped = reason
            break
        question = questions[0]
        reply = answer(question, ranking)
        if reply is None:
            stopped = "stopped"
            break
        findings = findings.answered(question.hpo_id, reply, question.replaces)
        ranking, questions = turn(findings, 1 if len(steps) < max_questions else 0)
        steps.append(Step(question.hpo_id, question.label, reply, ranking))
    return InterviewResult(findings, tuple(steps), stopped, tuple(questions))


# ---- starting points ----


def _start(engine: Engine, question: str | None, present: list[str], excluded: list[str],
           age: float | None, sex: str | None
           ) -> tuple[Findings, RankingContext, Interpretation | None]:
    from whatcauses.explain.next_question import Findings, RankingContext, findings_of

    interpretation = None
    findings, context = Findings(), RankingContext(prior="prevalence")
    if question is not None:
        interpretation = engine.interpret(question)
        findings, context = findings_of(interpretation, engine.knowledge.ontology,
                                        engine.ranker.model.background)
    given, notes = engine.resolve_terms(present)
    absent, more = engine.resolve_terms(excluded)
    warn(notes + more)
    findings = Findings(
        tuple(dict.fromkeys([*findings.present, *given])),
        tuple(t for t in dict.fromkeys([*findings.excluded, *absent]) if t not in given),
        findings.or_groups,
    )
    if age is not None or sex is not None:
        context = RankingContext(age if age is not None else context.age, sex or context.sex,
                                 context.categories, context.prior)
    if not findings.count:
        raise InputError("no findings to start from: give a question with symptoms, or HPO "
                         "ids with --present")
    return findings, context, interpretation


# ---- the terminal ----


def _read_reply(out: Any, prompt: str) -> Answer | None:
    """A reply from standard input; None at end of input or on "q"."""
    while True:
        try:
            text = out.input(prompt)
        except EOFError:
            return None
        key = text.strip().lower()
        if key in _REPLIES:
            return _REPLIES[key]
        out.print("Please answer y (yes), n (no), s (skip: don't know) or q (quit).")


def _show_ranking(out: Any, ranking: Ranking) -> None:
    from rich.table import Table

    table = Table(expand=False, show_edge=False)
    table.add_column("#", justify="right")
    table.add_column("Candidate")
    table.add_column("Probability", justify="right")
    for c in ranking.candidates[:SHOWN]:
        table.add_row(str(c.rank), c.name, f"{c.probability:.1%}")
    out.print(table)


def _terminal_answerer(out: Any) -> Answerer:
    def answer(question: NextQuestion, ranking: Ranking) -> Answer | None:
        _show_ranking(out, ranking)
        if question.why:
            out.print(f"[dim]{question.why}[/dim]")
        return _read_reply(out, f"[bold]{question.text}[/bold] (y / n / s = skip / q = quit) ")

    return answer


_STOP_WORDS = {
    "confident": "the leading candidate now holds most of the probability",
    "no_question": "no further question would tell the leading candidates apart",
    "asked_enough": "the question limit is reached",
    "stopped": "you stopped the interview",
}


def _transcript(result: InterviewResult, engine: Engine) -> dict[str, Any]:
    return {
        "findings": result.findings.to_dict(),
        "steps": [s.to_dict(detail=True) for s in result.steps],
        "stopped": result.stopped,
        "candidates": [{"id": c.id, "ids": list(c.ids), "name": c.name,
                        "probability": c.probability}
                       for c in result.ranking.candidates[:STEP_CANDIDATES]],
        "data_release": engine.data_release,
    }


def interview(
    question: Annotated[str | None, typer.Argument(
        help="Symptoms in plain words to start from (or give HPO ids with --present).")] = None,
    present: PresentOption = None,
    exclude: ExcludeOption = None,
    age: AgeOption = None,
    sex: SexOption = None,
    questions: Annotated[int, option(
        "--questions", min=0, max=MAX_QUESTIONS, help="Ask at most this many questions.")
    ] = DEFAULT_QUESTIONS,
    stop_at: Annotated[float, option(
        "--stop-at", min=0.05, max=1.0,
        help="Stop once the leading candidate reaches this probability.")] = DEFAULT_STOP_AT,
    simulate: Annotated[Path | None, option(
        "--simulate", help="Phenopackets (JSONL, may be .gz): answer from each case's record.")
    ] = None,
    start: Annotated[int, option(
        "--start", min=1, max=50, help="With --simulate: observed findings to start from.")
    ] = 2,
    seed: Annotated[int, option("--seed", help="With --simulate: seed of the start choice.")
                    ] = 0,
    report: Annotated[Path | None, option(
        "--report", help="Write the printable HTML report of the end state to this file.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Ask the most informative questions, re-rank after each answer.

    Answer y (yes), n (no), s (skip: don't know) or q (quit). It stops when the leading
    candidate reaches --stop-at, when no question is informative, or after --questions.
    --json writes the transcript (prompts go to stderr). --simulate answers from published
    cases instead: one JSON line per case with the top 10 candidates after each question.

    Examples:
    $ whatcauses interview "stiff muscles and painful spasms"
    $ whatcauses interview -p HP:0002063 -p HP:0003552 --questions 5 --json
    $ whatcauses interview --simulate cases.jsonl --start 2 --questions 5 --json
    """
    if simulate is not None:
        failures = _simulate(simulate, start, questions, stop_at, seed, as_json)
        if failures:
            sys.stderr.write(f"{failures} record(s) could not be simulated "
                             "(see their error objects)\n")
            raise typer.Exit(1)
        return
    engine = load_engine(questions=question is not None)
    findings, context, interpretation = _start(engine, question, present or [], exclude or [],
                                               age, sex.value if sex else None)
    out = console(stderr=as_json)
    if interpretation is not None and interpretation.red_flags:
        from rich.panel import Panel

        from whatcauses.answer.safety import urgent_notice

        notice = urgent_notice(interpretation.red_flags)
        if notice is not None:
            out.print(Panel(notice.notice + "\n" + "\n".join(notice.advice), title="URGENT",
                            style="bold red"))
    result = run_interview(engine, findings, context, _terminal_answerer(out), questions,
                           stop_at, interpretation=interpretation)
    out.print(f"\nStopped: {_STOP_WORDS.get(result.stopped, result.stopped)}.")
    _show_ranking(out, result.ranking)
    out.print("[italic]General information from reference data, not medical advice.[/italic]")
    if report is not None:
        _write_report(engine, result.findings, context, report, question, interpretation)
        out.print(f"Report written to {report}")
    if as_json:
        print_json(_transcript(result, engine))


# ---- simulation from published cases ----


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, JSON object or an error message) of a JSONL file (gzip if .gz)."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    yield number, f"line {number} is not JSON: {exc}"
                    continue
                yield number, record if isinstance(record, dict) else f"line {number} is not " \
                    "a JSON object"
    except (OSError, EOFError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


@dataclass(frozen=True, slots=True)
class SimulatedCase:
    """A published case: what its record says is present and absent (current HPO ids)."""

    id: str
    present: tuple[str, ...]
    excluded: tuple[str, ...]


def simulated_case(engine: Engine, record: dict[str, Any]) -> SimulatedCase:
    """A case from a GA4GH phenopacket, or from a line that holds one under "phenopacket"."""
    from whatcauses.phenopackets import read_phenopacket

    packet = record.get("phenopacket", record)
    case = read_phenopacket(packet)
    present, _ = engine.resolve_terms(case.present, strict=False)
    excluded, _ = engine.resolve_terms(case.excluded, strict=False)
    return SimulatedCase(case.id or str(record.get("id", "")), tuple(present),
                         tuple(t for t in excluded if t not in present))


def record_answerer(engine: Engine, case: SimulatedCase) -> Answerer:
    """Answers from the case's record: a finding it lists as present (or a more specific form
    of it) is a yes; one it lists as absent (or a more general form) is a no; else unknown."""
    onto = engine.knowledge.ontology
    implied_yes: set[int] = set()
    for term_id in case.present:
        implied_yes.update(int(a) for a in onto.ancestors(onto.index(term_id)))
    implied_no = {onto.index(t) for t in case.excluded}

    def answer(question: NextQuestion, ranking: Ranking) -> Answer | None:
        term = onto.index(question.hpo_id)
        if term in implied_yes:
            return "yes"
        if any(int(a) in implied_no for a in onto.ancestors(term)):
            return "no"
        return "unknown"

    return answer


def simulate_case(engine: Engine, case: SimulatedCase, start: int, questions: int,
                  stop_at: float, seed: int) -> InterviewResult:
    """The interview of one case, starting from ``start`` of its observed findings (chosen
    at random with a seed per case, so a case starts alike whatever else the file holds)."""
    from whatcauses.explain.next_question import Findings, RankingContext

    if not case.present:
        raise InputError(f"case {case.id!r} lists no observed finding of this HPO release")
    chooser = random.Random(f"{seed}:{case.id}")
    first = tuple(chooser.sample(case.present, min(start, len(case.present))))
    return run_interview(engine, Findings(first), RankingContext(),
                         record_answerer(engine, case),
                         questions, stop_at, check=False)


def _simulate(path: Path, start: int, questions: int, stop_at: float, seed: int,
              as_json: bool) -> int:
    engine = load_engine()
    failures = 0
    for number, record in _records(path):
        case_id = record.get("id") if isinstance(record, dict) else None
        try:
            if isinstance(record, str):
                raise InputError(record)
            case = simulated_case(engine, record)
            result = simulate_case(engine, case, start, questions, stop_at, seed)
        except WhatcausesError as exc:
            failures += 1
            print_json({"id": case_id, "line": number, "error": str(exc)})
            continue
        if as_json:
            print_json({"id": case.id, "steps": [s.to_dict() for s in result.steps]})
        else:
            tops = " -> ".join(s.ranking.candidates[0].id if s.ranking.candidates else "-"
                               for s in result.steps)
            sys.stdout.write(f"{case.id}: {len(result.steps) - 1} question(s), top: {tops}\n")
        sys.stdout.flush()
    return failures


# ---- the printable report ----


def _write_report(engine: Engine, findings: Findings, context: RankingContext,
                  target: Path | None,
                  question: str | None, interpretation: Interpretation | None = None) -> None:
    from whatcauses.explain.next_question import interview_ranker
    from whatcauses.http.report import report_html

    rank = interview_ranker(engine.ranker, context, interpretation, STEP_CANDIDATES,
                            evidence=True).rank
    answer = engine.ask(question) if question is not None else None
    html = report_html(engine, rank(findings), answer=answer)
    if target is None:
        sys.stdout.write(html)
        return
    try:
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc}") from None


def report(
    question: Annotated[str | None, typer.Argument(
        help="A question in plain words (or give HPO ids with --present).")] = None,
    present: PresentOption = None,
    exclude: ExcludeOption = None,
    age: AgeOption = None,
    sex: SexOption = None,
    output: Annotated[Path | None, option(
        "--output", "-o", help="Write the report to this file instead of standard output.")
    ] = None,
) -> None:
    """Write a printable HTML report: findings, ranking, evidence, sources, data release.

    Examples:
    $ whatcauses report "stiff muscles and painful spasms" -o report.html
    $ whatcauses report -p HP:0002063 -p HP:0003552 > report.html
    """
    engine = load_engine(questions=question is not None)
    findings, context, interpretation = _start(engine, question, present or [], exclude or [],
                                               age, sex.value if sex else None)
    _write_report(engine, findings, context, output, question, interpretation)
