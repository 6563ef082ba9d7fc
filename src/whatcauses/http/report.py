"""The printable report: findings, ranking, per-finding evidence, sources, data release, date.

One self-contained HTML page (inline styles, no scripts, nothing fetched), written by
``whatcauses report`` / ``interview --report`` and served by ``GET /api/report``; the web page's
"Print" button prints the page itself with its print stylesheet. This module only renders:
it imports no web framework, so the command line can use it without loading FastAPI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from whatcauses.explain.wording import frequency_words
from whatcauses.knowledge.ids import reference_url
from whatcauses.rank.results import Candidate, FindingEvidence, Ranking

if TYPE_CHECKING:
    from whatcauses.answer.compose import Answer
    from whatcauses.engine import Engine

# What the knowledge covers, said on every result (counts come from the loaded release).
COVERAGE = (
    "whatcauses ranks the {diseases:,} conditions it knows: the rare diseases annotated in the "
    "Human Phenotype Ontology (release {release}) and curated profiles of common conditions. "
    "A condition outside these cannot appear in the list."
)
NOT_ADVICE = (
    "General information from medical reference data, not medical advice: it cannot diagnose "
    "anyone. Please talk to a doctor about symptoms; in an emergency call your local emergency "
    "number."
)
_MATCH_WORDS = {
    "exact": "listed for this condition",
    "implied": "listed, as a more specific finding ({matched})",
    "more_specific": "a more specific form of a finding it shows ({matched})",
    "none": "not listed for this condition",
    "contradicted": "recorded as absent in this condition",
}
_STYLE = """
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; line-height: 1.45; color: #16202a; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccd4dc;
  padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .note { color: #4a5865; font-size: .9rem; }
.injury { border-left: 4px solid #0b5cad; background: #eef2f6; padding: .6rem .9rem; }
.urgent { border: 2px solid #b3261e;
  background: #fdecea; padding: .6rem .9rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .3rem 0 .8rem; }
th, td { text-align: left; padding: .3rem .45rem; border-bottom: 1px solid #dde3e9;
  vertical-align: top; }
td.num { text-align: right; white-space: nowrap; } .candidate { break-inside: avoid; }
a { color: #0b5cad; } ol.sources li { margin: .2rem 0; word-break: break-word; }
@media print { body { padding: 0; } a { color: inherit; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: #4a5865; } }
"""


def percent(p: float) -> str:
    if p >= 0.995:
        return ">99%"
    if p < 0.001:
        return "<0.1%"
    return f"{p * 100:.1f}%" if p < 0.1 else f"{p * 100:.0f}%"


def strength_words(p: float) -> str:
    """How the probability reads in plain words (the page uses the same bands)."""
    if p >= 0.5:
        return "Most likely"
    if p >= 0.2:
        return "Likely"
    if p >= 0.05:
        return "Possible"
    if p >= 0.01:
        return "One of many possibilities"
    return "Less likely"


def ratio_text(lr: float) -> str:
    """A likelihood ratio a reader can take in: 2 significant digits, thousands grouped."""
    if lr >= 100:
        return f"{float(f'{lr:.2g}'):,.0f}"
    if lr >= 1:
        return f"{lr:.2g}" if lr < 10 else f"{lr:.0f}"
    return f"{lr:.2g}"


def _link(reference: str) -> str:
    url = reference_url(reference)
    shown = f"PubMed {reference[5:]}" if reference.startswith("PMID:") else reference
    if url is None:
        return escape(shown)
    return f'<a href="{escape(url)}">{escape(shown)}</a>'


def _evidence_row(item: FindingEvidence) -> str:
    matched = (item.matched_label or "").lower()
    how = _MATCH_WORDS.get(item.match, item.match).format(matched=escape(matched))
    finding = ("no " if item.excluded else "") + escape(item.label)
    frequency = ("–" if item.frequency is None
                 else escape(frequency_words(item.frequency, item.frequency_sources)))
    refs = ", ".join(_link(r) for r in item.references[:4]) or "–"
    return (f"<tr><td>{finding}<br><span class='meta'>{escape(item.hpo_id)}</span></td>"
            f"<td>{how}</td><td>{frequency}</td><td class='num'>{ratio_text(item.likelihood_ratio)}"
            f"</td><td>{refs}</td></tr>")


def _candidate(candidate: Candidate) -> str:
    ids = " · ".join(_link(i) for i in candidate.ids)
    common = ""
    if candidate.prevalence is not None:
        common = f"<br>How common: {escape(candidate.prevalence.phrase)}"
    rows = "".join(_evidence_row(e) for e in candidate.evidence)
    table = ("<table><thead><tr><th>Finding</th><th>In this condition</th><th>Frequency</th>"
             "<th>LR</th><th>Sources</th></tr></thead>"
             f"<tbody>{rows}</tbody></table>") if rows else ""
    return (f"<section class='candidate'><h3>{candidate.rank}. {escape(candidate.name)}</h3>"
            f"<p class='meta'>{strength_words(candidate.probability)}: "
            f"{percent(candidate.probability)} · combined likelihood ratio "
            f"{ratio_text(candidate.likelihood_ratio)} · {ids}{common}</p>{table}</section>")


def _findings(engine: Engine, ranking: Ranking) -> str:
    onto = engine.knowledge.ontology
    query = ranking.query
    items = [f"<li>present: {escape(onto.name(t))} <span class='meta'>{t}</span></li>"
             for t in query.present]
    items += [f"<li>any of: {escape(' or '.join(onto.name(t) for t in group))} "
              f"<span class='meta'>{' | '.join(group)}</span></li>" for group in query.or_groups]
    items += [f"<li>absent: {escape(onto.name(t))} <span class='meta'>{t}</span></li>"
              for t in query.excluded]
    person = []
    if query.age is not None:
        person.append(f"age {query.age:g} years")
    if query.sex is not None:
        person.append(f"sex {query.sex}")
    extra = f"<p class='meta'>Also weighed: {escape(', '.join(person))}.</p>" if person else ""
    return f"<ul>{''.join(items) or '<li>none</li>'}</ul>{extra}"


def _narrative(answer: Answer, current: bool) -> str:
    stale = "" if current else (
        "<p class='note'>This summary was written for the question as first asked; the "
        "findings have changed since, and the ranking above follows the current findings.</p>")
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>"
                         for p in answer.answer.split("\n\n") if p.strip())
    return f"<h2>Summary with sources</h2>{stale}{paragraphs}"


def _sources(answer: Answer | None, candidates: Sequence[Candidate]) -> str:
    items = []
    seen: set[str] = set()
    if answer is not None:
        for c in answer.citations:
            seen.add(c.id)
            title = c.title if c.title and c.title != c.id else ""
            shown = _link(c.id) if c.url is None or c.id.startswith("PMID:") else (
                f'<a href="{escape(c.url)}">{escape(c.id)}</a>')
            items.append(f"<li value='{c.n}'>{escape(title) + ' · ' if title else ''}{shown}</li>")
    extra = [r for c in candidates for e in c.evidence for r in e.references if r not in seen]
    rest = [f"<li>{_link(r)}</li>" for r in dict.fromkeys(extra)]
    numbered = f"<ol class='sources'>{''.join(items)}</ol>" if items else ""
    others = (f"<h3>Cited by the annotations in the evidence tables</h3><ul class='sources'>"
              f"{''.join(rest)}</ul>") if rest else ""
    return f"<h2>Sources</h2>{numbered}{others}" if numbered or others else ""


def report_html(engine: Engine, ranking: Ranking, *, answer: Answer | None = None,
                generated: dt.datetime | None = None) -> str:
    """The report of one ranking (with evidence); ``answer`` adds the question, its urgent
    notice and its cited narrative."""
    from whatcauses.version import __version__

    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    release = ranking.data_release
    title = "whatcauses report"
    parts = [f"<h1>{title}</h1>",
             f"<p class='meta'>Generated {when} · HPO data release {escape(release)} · "
             f"whatcauses {escape(__version__)}</p>"]
    if answer is not None:
        parts.append(f"<p><strong>Question:</strong> {escape(answer.question)}</p>")
        if answer.urgent is not None:
            advice = "".join(f"<p>{escape(a)}</p>" for a in answer.urgent.advice)
            parts.append(f"<div class='urgent' role='alert'><strong>This may be an emergency."
                         f"</strong><p>{escape(answer.urgent.notice)}</p>{advice}</div>")
        if answer.injury is not None:  # h-injury: injuries are outside what is ranked
            lines = [answer.injury.notice, *(a.text for a in answer.injury.advice)]
            parts.append("<div class='injury'><strong>About injuries.</strong>"
                         + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</div>")
    parts.append(f"<p class='note'><strong>Not medical advice.</strong> {NOT_ADVICE}</p>")
    parts.append(f"<h2>Findings</h2>{_findings(engine, ranking)}")
    parts.append("<h2>Ranked conditions</h2>")
    if ranking.candidates:
        parts.append("<p class='meta'>Percentages are each condition's share of the probability "
                     "over all conditions known, given these findings and how common each "
                     "condition is; LR is the likelihood ratio of the findings (above 1 speaks "
                     "for the condition, below 1 against).</p>")
        parts.extend(_candidate(c) for c in ranking.candidates)
    else:
        parts.append("<p>No condition could be ranked for these findings.</p>")
    if answer is not None and answer.answer:
        current = {c.id for c in answer.ranking.candidates} == {c.id for c in ranking.candidates}
        parts.append(_narrative(answer, current))
    parts.append(_sources(answer, ranking.candidates))
    info = engine.info()
    parts.append(f"<h2>What this covers</h2><p>{escape(coverage_text(info.diseases, release))}"
                 f"</p>")
    body = "\n".join(parts)
    return ("<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{title} · {escape(when)}</title><style>{_STYLE}</style></head>"
            f"<body>\n{body}\n</body></html>\n")


def coverage_text(diseases: int, release: str) -> str:
    return COVERAGE.format(diseases=diseases, release=release)


__all__ = ["COVERAGE", "coverage_text", "percent", "ratio_text", "report_html", "strength_words"]
