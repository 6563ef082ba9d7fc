"""Contrasts between candidates: from the evidence, and from curated look-alike statements.

Three kinds, each traceable to a source:

* evidence contrasts - for a runner-up, the finding its annotations explain worst compared
  with the leading candidate (likelihood ratios and the annotations behind them);
* curated look-alikes - ``distinguishing`` statements of the leading candidates' fact sheets,
  and statements of other sheets that name a leading candidate as their look-alike;
* category neighbours - curated diseases of the category the question names that come up in
  the ranking but fit less well; their annotations say what they show instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from whatcauses.explain.wording import join_words, lower_first, plain_label
from whatcauses.knowledge.facts import FactSheet, Statement, fact_sheet_index, fact_sheets
from whatcauses.knowledge.ontology import Ontology
from whatcauses.rank.results import Candidate


@dataclass(frozen=True, slots=True)
class Contrast:
    """A sentence contrasting candidates, with the sources it rests on."""

    text: str
    sources: tuple[str, ...]
    about: tuple[str, ...]  # disease ids it speaks of
    kind: str  # "evidence" | "curated" | "category"


def evidence_contrasts(ontology: Ontology, leader: Candidate, others: list[Candidate],
                       limit: int = 2) -> list[Contrast]:
    result: list[Contrast] = []
    lead = {e.hpo_id: e for e in leader.evidence}
    for other in others:
        worst = None
        for item in other.evidence:
            mine = lead.get(item.hpo_id)
            if mine is None or item.excluded:
                continue
            gap = mine.likelihood_ratio / max(item.likelihood_ratio, 1e-9)
            if gap > 1.5 and (worst is None or gap > worst[0]):
                worst = (gap, item, mine)
        if worst is None:
            continue
        _, item, mine = worst
        label = plain_label(ontology, item.hpo_id)
        if item.match in {"none", "contradicted"}:
            how = "its annotations do not list it"
            if item.match == "contradicted":
                how = "its annotations record it as absent"
        elif item.matched_label:
            how = f"its annotations only come close with '{lower_first(item.matched_label)}'"
        else:
            how = "its annotations match it only loosely"
        text = (
            f"{other.name} fits {label} less well than {leader.name}: {how} "
            f"(likelihood ratio {item.likelihood_ratio:.3g} against {mine.likelihood_ratio:.3g})."
        )
        sources = tuple(dict.fromkeys([*item.references, *mine.references])) or (other.id,)
        result.append(Contrast(text, sources, (other.id, leader.id), "evidence"))
        if len(result) >= limit:
            break
    return result


def curated_lookalikes(leaders: list[Candidate], preferred: set[str],
                       limit: int = 4) -> list[Contrast]:
    """Distinguishing statements about the leading candidates (both directions)."""
    index = fact_sheet_index()
    lead_ids = {i for c in leaders for i in c.ids}
    found: list[tuple[int, Statement, FactSheet]] = []
    for position, candidate in enumerate(leaders):
        sheet = next((index[i] for i in candidate.ids if i in index), None)
        if sheet is None:
            continue
        for statement in sheet.distinguishing:
            found.append((position, statement, sheet))
    for sheet in fact_sheets():
        if lead_ids & set(sheet.ids):
            continue
        for statement in sheet.distinguishing:
            if lead_ids & set(statement.versus):
                position = min(i for i, c in enumerate(leaders) if set(c.ids) & set(statement.versus))
                found.append((position, statement, sheet))

    def priority(item: tuple[int, Statement, FactSheet]) -> tuple[int, int, str]:
        position, statement, sheet = item
        named = set(statement.versus) | set(sheet.ids)
        return (0 if named & preferred else 1, position, sheet.file)

    result: list[Contrast] = []
    seen_texts: set[str] = set()
    for _, statement, sheet in sorted(found, key=priority):
        if statement.text in seen_texts:
            continue
        seen_texts.add(statement.text)
        result.append(Contrast(statement.text, statement.sources,
                               (sheet.id, *statement.versus), "curated"))
        if len(result) >= limit:
            break
    return result


def category_neighbours(ontology: Ontology, leader: Candidate, neighbours: list[Candidate],
                        category: str, limit: int = 2) -> list[Contrast]:
    """Curated diseases of the named category that rank lower: what they show instead."""
    index = fact_sheet_index()
    result: list[Contrast] = []
    for other in neighbours:
        sheet = next((index[i] for i in other.ids if i in index), None)
        if sheet is None:
            continue
        weak = [e for e in other.evidence if not e.excluded and e.match in {"related", "none"}]
        if not weak:
            continue
        instead = sorted({lower_first(e.matched_label) for e in weak if e.matched_label})
        asked = join_words([plain_label(ontology, e.hpo_id) for e in weak])
        shown = [lower_first(s.text.rstrip(".")) for s in sheet.section("findings")[:1]]
        if instead:
            text = (f"{sheet.name} comes up among {category} diseases because its annotations "
                    f"involve {join_words(instead)}, but they do not describe {asked}.")
        else:
            text = (f"{sheet.name} is a {category} disease, but its annotations do not "
                    f"describe {asked}.")
        sources = tuple(dict.fromkeys(r for e in weak for r in e.references)) or (other.id,)
        result.append(Contrast(text, sources, (other.id, leader.id), "category"))
        if shown:
            statement = sheet.section("findings")[0]
            result.append(Contrast(f"What it typically shows instead: {shown[0]}.",
                                   statement.sources, (other.id,), "category"))
        if len(result) >= 2 * limit:
            break
    return result
