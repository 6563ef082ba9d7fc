"""How the prevalence prior treats a condition of one sex only (h-sexprior, issue 14).

A profile with ``sex: only`` carries a figure counted in that sex (period pain: 45 in 100
women of reproductive age). For a person of unknown sex the prior takes half of it (the
figure in the whole population); for a person of that sex the sex likelihood ratio (2) gives
the figure back; for the other sex the condition is all but excluded (``other_sex_lr``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from whatcauses.engine import Engine
from whatcauses.rank.model import ModelParameters

CONDITIONS = Path(__file__).parents[1] / "src/whatcauses/knowledge/curated/conditions"
PERIOD_PAIN = "MONDO:1060206"  # primary dysmenorrhoea, sex: only: female
GALLSTONES = "MONDO:0012672"  # a condition of both sexes with a figure above the cap
ABDOMINAL_PAIN = "HP:0002027"
# libyaml's C loader when present: the same safe subset as safe_load, several times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Words of a `population` that count people of one sex (pregnancies count women).
SEX_WORDS = {
    "female": r"\b(women|woman|girls|females?|pregnan\w*|mothers?|breastfeeding)\b",
    "male": r"\b(men|man|boys|males?)\b",
}


def _one_sex_profiles() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(CONDITIONS.glob("*.yaml")):
        profile = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        only = (profile.get("sex") or {}).get("only")
        if only and profile.get("prevalence"):
            found.append((path.stem, only, str(profile["prevalence"]["population"])))
    return found


def test_every_one_sex_figure_counts_people_of_that_sex() -> None:
    # The prior halves a one-sex figure for a person of unknown sex: right only when the
    # figure was counted in that sex, as each profile's population says.
    profiles = _one_sex_profiles()
    assert len(profiles) >= 40
    wrong = [(name, only, population) for name, only, population in profiles
             if not re.search(SEX_WORDS[only], population, re.IGNORECASE)]
    assert not wrong


def _candidate_weight(engine: Engine, sex: str | None, disease: str) -> float | None:
    """The prior weight times the sex likelihood ratio a candidate ranked with."""
    ranking = engine.rank([ABDOMINAL_PAIN], top=400, prior="prevalence", sex=sex)
    for candidate in ranking.candidates:
        if disease in candidate.ids or candidate.id == disease:
            ratio = candidate.sex_fit.likelihood_ratio if candidate.sex_fit else 1.0
            return candidate.prior_weight * ratio
    return None


def test_a_one_sex_figure_counts_half_for_unknown_sex_whole_for_that_sex(
        engine: Engine) -> None:
    share = ModelParameters().one_sex_population_share
    unknown = _candidate_weight(engine, None, PERIOD_PAIN)
    woman = _candidate_weight(engine, "female", PERIOD_PAIN)
    assert unknown is not None and woman is not None
    assert unknown == pytest.approx(woman * share)
    # Both figures are above the cap: for a woman period pain weighs as gallstones do, for a
    # person of unknown sex half as much (the figure in the whole population), not twice.
    stones = _candidate_weight(engine, None, GALLSTONES)
    assert stones is not None
    assert woman == pytest.approx(stones, rel=0.01)
    assert unknown == pytest.approx(stones * share, rel=0.01)


def test_a_one_sex_condition_is_all_but_excluded_in_the_other_sex(engine: Engine) -> None:
    woman = _candidate_weight(engine, "female", PERIOD_PAIN)
    man = _candidate_weight(engine, "male", PERIOD_PAIN)
    assert woman is not None
    assert man is None or man == pytest.approx(
        woman * ModelParameters().other_sex_lr / 2.0)
