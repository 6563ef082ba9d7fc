"""``whatcauses ask`` and ``whatcauses explain``: plain-language answers and disease sheets."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from whatcauses.cli.options import AskTopOption, JsonFlag
from whatcauses.cli.output import candidate_ids, console, print_json
from whatcauses.cli.startup import load_engine
from whatcauses.errors import QuestionError, UnknownDiseaseError

if TYPE_CHECKING:
    from whatcauses.knowledge.ontology import Ontology

# Longest question read from standard input: far above any question's length limit, low enough
# that piping a large file in fails at once instead of filling memory.
MAX_STDIN_BYTES = 64 * 1024


def _read_question(question: str | None) -> str:
    """The question from the argument, or from standard input when it is '-' or absent."""
    if question is not None and question != "-":
        return question
    if sys.stdin is None or sys.stdin.isatty():
        raise QuestionError("no question given: pass it as an argument or on standard input")
    raw = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(raw) > MAX_STDIN_BYTES:
        raise QuestionError("the question on standard input is too long")
    if b"\x00" in raw:
        raise QuestionError("standard input contains binary data, not a question")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise QuestionError("standard input is not UTF-8 text") from None


def _render_answer(answer: Any, ontology: Ontology) -> None:
    from rich.panel import Panel
    from rich.table import Table

    from whatcauses.explain.evidence import (
        course_words,
        describe_age,
        describe_course,
        describe_sex,
        describe_unnamed_exposure,
        describe_unnamed_hallmarks,
        lift_lines,
    )

    out = console()
    if answer.urgent is not None:
        out.print(Panel(answer.urgent.notice + "\n" + "\n".join(answer.urgent.advice),
                        title="URGENT", style="bold red"))
    if answer.injury is not None:  # h-injury: before the causes, which are not its diagnosis
        out.print(Panel("\n".join([answer.injury.notice,
                                   *(line.text for line in answer.injury.advice)]),
                        title="INJURY", style="yellow"))
    interpretation = answer.interpretation
    out.print("[bold]Understood:[/bold] ", end="")
    out.print("; ".join(_understood(f) for f in interpretation.findings) or "no findings",
              markup=False)
    extras = []
    if interpretation.categories:
        extras.append("category: " + ", ".join(interpretation.categories))
    if interpretation.age is not None:
        low, high = interpretation.age_range or (interpretation.age, interpretation.age)
        extras.append(f"age: {interpretation.age:g} years" if low == high
                      else f"age: {low:g}-{high:g} years ({interpretation.age_text})")
    if interpretation.sex:
        extras.append(f"sex: {interpretation.sex}")
    for onset in interpretation.onset:
        extras.append(f"onset: {onset.text} -> {onset.label}")
    if interpretation.course is not None:
        extras.append(f"course: {interpretation.course.text} -> "
                      f"{course_words(interpretation.course.days)}")
    for evidence in interpretation.inheritance:
        extras.append(f"family history: {evidence.text} -> {' | '.join(evidence.labels)}")
    for said in interpretation.relative_diseases:
        extras.append(f"family history: {said.relative} \u2014 {said.label}")
    for named in interpretation.said_diseases:
        extras.append(f"disease named: {named.text} \u2014 {named.label}")
    for gene in interpretation.genes:
        linked = (f"{len(gene.diseases)} linked disease(s)" if gene.known
                  else "not in HPO's gene table")
        extras.append(f"gene: {gene.text} -> {gene.symbol}, {linked}"
                      + (" (excluded)" if gene.negated else ""))
    for exposure in interpretation.exposures:
        extras.append(f"exposure: {exposure.text} -> {exposure.label}"
                      + (" (excluded)" if exposure.negated else ""))
    for injury in interpretation.injuries:
        extras.append(f"injury: {injury.text} -> {injury.label}"
                      + (" (excluded)" if injury.negated else ""))
    for correction in interpretation.corrections:
        extras.append(f"corrected: {correction.text} -> {correction.corrected}")
    if interpretation.unrecognized:
        extras.append("not understood: " + ", ".join(interpretation.unrecognized))
    extras.extend(interpretation.notes)
    if extras:
        out.print("; ".join(extras), style="dim", markup=False)
    if answer.ranking.candidates:
        table = Table(title="Candidates", expand=False)
        table.add_column("#", justify="right")
        table.add_column("Disease")
        table.add_column("p", justify="right")
        table.add_column("Why")
        explanations = {e.id: e for e in answer.candidate_explanations}
        for c in answer.ranking.candidates:
            why = explanations.get(c.id)
            reason = why.supporting[0].text if why and why.supporting else ""
            # The person's age or sex counting against it: said beside the finding.
            person = [describe_age(c.age_fit, ()) if c.age_fit else None,
                      describe_sex(c.sex_fit, ()) if c.sex_fit else None,
                      describe_unnamed_exposure(c.unnamed_exposures, ())
                      if c.unnamed_exposures else None,
                      describe_course(c.course_fit, ()) if c.course_fit else None,
                      describe_unnamed_hallmarks(ontology, c.unnamed_hallmarks)
                      if c.unnamed_hallmarks else None]
            # The body sites and clinical modifiers that lifted it (rank/sites.py, modifiers.py).
            lifted = [line.text for line in lift_lines(ontology, c) if line.text != reason]
            reason = "\n".join([reason] * bool(reason) + lifted
                               + [line.text for line in person if line and not line.supports])
            if c.genes:  # a named gene HPO links it to (rank/genes.py)
                reason += (("\n" if reason else "") + "linked to the named gene "
                           + ", ".join(c.genes) + " (HPO genes_to_phenotype, release "
                           + answer.ranking.data_release + ")")
            if c.family_history:  # a relative's condition that lifted it (not the patient's)
                reason += (("\n" if reason else "") + "family history: "
                           + ", ".join(c.family_history))
            table.add_row(str(c.rank), f"{c.name}\n[dim]{candidate_ids(c.ids)}[/dim]",
                          f"{c.probability:.3f}", reason)
        out.print(table)
    out.print()
    out.print(answer.answer)
    cited = [c for c in answer.citations if c.in_answer]
    if cited:
        out.print("\n[bold]Sources[/bold]")
        for citation in cited:
            out.print(f"[{citation.n}] {citation.title} ({citation.id})"
                      + (f" {citation.url}" if citation.url else ""), markup=False)
        more = len(answer.citations) - len(cited)
        if more:
            out.print(f"({more} more sources back the evidence of each candidate: --json)")
    if answer.coverage:
        out.print(f"\n{answer.coverage}", markup=False)
    out.print(f"\n[italic]{answer.disclaimer}[/italic] Data: HPO release "
              f"{answer.ranking.data_release}.")


def _understood(finding: Any) -> str:
    """One finding as read: "no fever -> Fever (excluded)", "joint pain -> Arthralgia |
    Arthritis", "maybe a rash -> Skin rash (uncertain)"."""
    marks = [mark for mark, on in (("excluded", finding.negated),
                                   ("uncertain", finding.uncertain),
                                   ("queried, not weighed", finding.queried),
                                   (f"family history, {finding.relative}",
                                    finding.relative is not None)) if on]
    shown = f"{finding.phrase} -> {' | '.join(finding.labels)}"
    return shown + (f" ({', '.join(marks)})" if marks else "")


def ask(
    question: Annotated[str | None, typer.Argument(
        help="The question in plain words; '-' or nothing reads standard input.")] = None,
    top: AskTopOption = 10,
    as_json: JsonFlag = False,
) -> None:
    """Answer a plain-language "what causes ...?" question, with cited sources.

    Examples:
    $ whatcauses ask "What autoimmune disease causes muscle stiffness?"
    $ echo "rash and swollen knees in a child" | whatcauses ask --json
    """
    text = _read_question(question)
    engine = load_engine(questions=True)
    answer = engine.ask(text, top=top)
    if as_json:
        print_json(answer.to_dict())
    else:
        _render_answer(answer, engine.knowledge.ontology)


def explain(
    disease_id: Annotated[str, typer.Argument(
        help="OMIM:..., ORPHA:..., MONDO:... or a disease name ('heart attack').")],
    as_json: JsonFlag = False,
) -> None:
    """What whatcauses knows about one disease: fact sheet, annotations, categories.

    Examples:
    $ whatcauses explain OMIM:184850
    $ whatcauses explain ORPHA:3198 --json
    $ whatcauses explain "heart attack"
    """
    engine = load_engine()
    if ":" not in disease_id:
        hits = engine.search_diseases(disease_id, 5)
        if not hits:
            raise UnknownDiseaseError(f"no disease is named like {disease_id!r}")
        if len(hits) > 1 and not as_json:
            others = "; ".join(f"{h.name} ({h.id})" for h in hits[1:])
            sys.stderr.write(f"note: {disease_id!r} read as {hits[0].name}; also: {others}\n")
        disease_id = hits[0].id
    details = engine.explain(disease_id)
    if as_json:
        print_json(details.to_dict())
        return
    _render_explanation(details)


def _render_explanation(details: Any) -> None:
    out = console()
    out.print(f"[bold]{details.name}[/bold] ({', '.join(details.ids)}) {details.url}")
    sheet = details.fact_sheet
    if sheet is not None:
        for name in ("summary", "findings", "mechanism", "diagnosis", "management", "red_flags"):
            statements = sheet.section(name)
            if statements:
                out.print(f"\n[bold]{name.replace('_', ' ').title()}[/bold]")
                for s in statements:
                    out.print(f"- {s.text} [{', '.join(s.sources)}]", markup=False)
        if sheet.distinguishing:
            out.print("\n[bold]How it differs from look-alikes[/bold]")
            for s in sheet.distinguishing:
                out.print(f"- {s.text} [{', '.join(s.sources)}]", markup=False)
    out.print(f"\n{details.data_summary}")
    if details.prevalence is not None:
        figure = details.prevalence
        sources = ", ".join(figure.references) if figure.source != "Orphanet" else (
            ", ".join(["Orphanet", *figure.references[:1]]))
        out.print(f"How common: {figure.phrase} [{sources or figure.source}]", markup=False)
    if details.inheritance:
        out.print("Inheritance: " + ", ".join(details.inheritance))
    if details.onset:
        out.print("Onset: " + ", ".join(details.onset))
    out.print("\n[bold]Categories[/bold]")
    for reason in details.categories:
        out.print(f"- {reason.category}: {reason.source} {reason.evidence}", markup=False)
    out.print("\n[bold]Annotations (most frequent first)[/bold]")
    for a in details.annotations[:40]:
        freq = a.frequency_text or "-"
        if a.frequency_sources:  # phenotype.hpoa records none: a curated fact sheet's figure
            freq += f" (curated fact sheet: {', '.join(a.frequency_sources)})"
        flag = "NOT " if a.negated else ""
        out.print(f"- {flag}{a.hpo_label} ({a.hpo_id}) {freq} [{'; '.join(a.references)}]",
                  markup=False)
    if len(details.annotations) > 40:
        out.print(f"... and {len(details.annotations) - 40} more (use --json for all)")
    out.print(f"\nData: HPO release {details.data_release}.")
