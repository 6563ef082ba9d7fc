"""An excluded finding said in a person's question weighs by question_excluded_check_odds
(rank/model.py): a frequent feature the person says is absent counts against a disease, while
in a coded case report it counts only when (nearly) obligate."""

from __future__ import annotations

from whatcauses.engine import Engine

PAIN = "HP:0012531"
HEMATURIA = "HP:0000790"
KIDNEY_STONES = "MONDO:0008171"


def _pain_ratio(candidates: object, disease: str) -> float:
    for candidate in candidates:  # type: ignore[attr-defined]
        if disease in candidate.ids:
            return next(e.likelihood_ratio for e in candidate.evidence
                        if e.excluded and e.hpo_id == PAIN)
    raise AssertionError(f"{disease} not ranked")


def test_no_pain_in_a_question_counts_against_a_painful_disease(engine: Engine) -> None:
    answer = engine.ask("blood in my urine but no pain at all", top=30)
    assert _pain_ratio(answer.ranking.candidates, KIDNEY_STONES) < 0.5


def test_no_pain_in_a_case_report_counts_only_for_an_obligate_feature(engine: Engine) -> None:
    ranking = engine.rank([HEMATURIA], excluded=[PAIN], top=60, prior="prevalence")
    assert _pain_ratio(ranking.candidates, KIDNEY_STONES) > 0.9
