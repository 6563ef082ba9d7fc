"""`whatcauses ask` and `whatcauses explain`."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from whatcauses.errors import QuestionError


def _read_question(question: str | None) -> str:
    """The question from the argument, or from standard input when it is '-' or absent."""
    if question is not None and question != "-":
        return question
    if sys.stdin is None or sys.stdin.isatty():
        raise QuestionError("no question given: pass it as an argument or on standard input")
    raw = sys.stdin.buffer.read(64 * 1024 + 1)
    if len(raw) > 64 * 1024:
        raise QuestionError("the question on standard input is too long")
    if b"\x00" in raw:
        raise QuestionError("standard input contains binary data, not a question")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise QuestionError("standard input is not UTF-8 text") from None


def _render_answer(answer: Any) -> None:
    from rich.console import Console
    from rich.panel import Panel
    from rich.table import Table

    console = Console(highlight=False)
    if answer.urgent is not None:
        console.print(Panel(answer.urgent.notice + "\n" + "\n".join(answer.urgent.advice),
                            title="URGENT", style="bold red"))
    interpretation = answer.interpretation
    understood = [
        f"{'no ' if f.negated else ''}{f.text} -> {' | '.join(f.labels)}"
        for f in interpretation.findings
    ]
    console.print("[bold]Understood:[/bold] " + ("; ".join(understood) or "no findings"))
    extras = []
    if interpretation.categories:
        extras.append("category: " + ", ".join(interpretation.categories))
    if interpretation.age is not None:
        extras.append(f"age: {interpretation.age:g} years")
    if interpretation.sex:
        extras.append(f"sex: {interpretation.sex}")
    if interpretation.unrecognized:
        extras.append("not understood: " + ", ".join(interpretation.unrecognized))
    if extras:
        console.print("[dim]" + "; ".join(extras) + "[/dim]")
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
            table.add_row(str(c.rank), f"{c.name}\n[dim]{' '.join(c.ids)}[/dim]",
                          f"{c.probability:.3f}", reason)
        console.print(table)
    console.print()
    console.print(answer.answer)
    if answer.citations:
        console.print("\n[bold]Sources[/bold]")
        for citation in answer.citations:
            console.print(f"[{citation.n}] {citation.title} ({citation.id})"
                          + (f" {citation.url}" if citation.url else ""), markup=False)
    console.print(f"\n[italic]{answer.disclaimer}[/italic] Data: HPO release "
                  f"{answer.ranking.data_release}.")


def register(app: typer.Typer) -> None:
    @app.command()
    def ask(
        question: Annotated[str | None, typer.Argument(
            help="The question in plain words; '-' or nothing reads standard input.")] = None,
        top: Annotated[int, typer.Option("--top", "-n", min=1, max=100,
                                         help="How many candidates.")] = 10,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ) -> None:
        """Answer a plain-language "what causes ...?" question, with cited sources."""
        from whatcauses.engine import Engine

        text = _read_question(question)
        answer = Engine.load().ask(text, top=top)
        if as_json:
            sys.stdout.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        else:
            _render_answer(answer)

    @app.command()
    def explain(
        disease_id: Annotated[str, typer.Argument(help="OMIM:... or ORPHA:...")],
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ) -> None:
        """What whatcauses knows about one disease: fact sheet, annotations, categories."""
        from whatcauses.engine import Engine

        details = Engine.load().explain(disease_id)
        if as_json:
            sys.stdout.write(json.dumps(details.to_dict(), ensure_ascii=False) + "\n")
            return
        _render_explanation(details)


def _render_explanation(details: Any) -> None:
    from rich.console import Console

    console = Console(highlight=False)
    console.print(f"[bold]{details.name}[/bold] ({', '.join(details.ids)}) {details.url}")
    sheet = details.fact_sheet
    if sheet is not None:
        for name in ("summary", "findings", "mechanism", "diagnosis", "management", "red_flags"):
            statements = sheet.section(name)
            if statements:
                console.print(f"\n[bold]{name.replace('_', ' ').title()}[/bold]")
                for s in statements:
                    console.print(f"- {s.text} [{', '.join(s.sources)}]", markup=False)
        if sheet.distinguishing:
            console.print("\n[bold]How it differs from look-alikes[/bold]")
            for s in sheet.distinguishing:
                console.print(f"- {s.text} [{', '.join(s.sources)}]", markup=False)
    console.print(f"\n{details.data_summary}")
    if details.inheritance:
        console.print("Inheritance: " + ", ".join(details.inheritance))
    if details.onset:
        console.print("Onset: " + ", ".join(details.onset))
    console.print("\n[bold]Categories[/bold]")
    for reason in details.categories:
        console.print(f"- {reason.category}: {reason.source} {reason.evidence}", markup=False)
    console.print("\n[bold]Annotations (most frequent first)[/bold]")
    for a in details.annotations[:40]:
        freq = a.frequency_text or "-"
        flag = "NOT " if a.negated else ""
        console.print(f"- {flag}{a.hpo_label} ({a.hpo_id}) {freq} [{'; '.join(a.references)}]",
                      markup=False)
    if len(details.annotations) > 40:
        console.print(f"... and {len(details.annotations) - 40} more (use --json for all)")
    console.print(f"\nData: HPO release {details.data_release}.")
