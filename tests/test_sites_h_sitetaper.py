"""A taper of the site weight (h-sitetaper, issue 14): a body site that more than
SITE_PROFILES_MAX condition profiles name weighs less the more name it, down to nothing past
SITE_PROFILES_KEPT, in place of a cliff at SITE_PROFILES_MAX (one more profile naming the
feet took diabetic peripheral neuropathy's lift away from burning feet); the weight an
explanation shows is the one applied.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import SITE_PROFILES_KEPT, SITE_PROFILES_MAX, site_keys
from whatcauses.rank.sites import SITE_WEIGHT, site_weight, site_weights

from .readings import answer_rank

DIABETIC_NEUROPATHY = "MONDO:0001583"
ERYTHEMA_NODOSUM = "MONDO:0850231"
SOLES = "burning and numbness in the soles of both feet at night"


def test_the_weight_is_whole_up_to_the_limit_and_tapers_past_it() -> None:
    assert all(site_weight(n) == SITE_WEIGHT for n in range(1, SITE_PROFILES_MAX + 1))
    tapered = [site_weight(n) for n in range(SITE_PROFILES_MAX, SITE_PROFILES_KEPT + 1)]
    assert all(a > b > 1.0 for a, b in pairwise(tapered))
    # One more profile lowers the weight a little, not to nothing.
    assert site_weight(SITE_PROFILES_MAX + 1) > 0.85 * SITE_WEIGHT
    assert site_weight(SITE_PROFILES_KEPT + 1) == 1.0


def test_a_site_past_the_limit_is_kept_with_its_count(engine: Engine) -> None:
    (feet,) = site_keys("feet", body_sites())
    naming = engine.knowledge.curated_site_naming
    assert SITE_PROFILES_MAX < naming[DIABETIC_NEUROPATHY][feet] <= SITE_PROFILES_KEPT
    (shin,) = site_keys("shin", body_sites())
    assert naming[ERYTHEMA_NODOSUM][shin] <= SITE_PROFILES_MAX


def test_the_weight_shown_is_the_one_applied(engine: Engine) -> None:
    (feet,) = site_keys("feet", body_sites())
    ranking = engine.ask(SOLES).ranking
    candidate = next(c for c in ranking.candidates if DIABETIC_NEUROPATHY in c.ids)
    (fit,) = candidate.site_fits
    count = engine.knowledge.curated_site_naming[DIABETIC_NEUROPATHY][feet]
    assert fit.key == feet and fit.likelihood_ratio == site_weight(count) < SITE_WEIGHT
    weights = site_weights(engine.knowledge, (feet,))
    assert weights is not None
    index = engine.knowledge.disease_ids_index[DIABETIC_NEUROPATHY]
    assert weights[index] == pytest.approx(fit.likelihood_ratio)


def test_burning_soles_still_lift_diabetic_neuropathy(engine: Engine,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from whatcauses.rank import ranker
    weighed = answer_rank(engine, SOLES, DIABETIC_NEUROPATHY)
    monkeypatch.setattr(ranker, "site_weights", lambda *args: None)
    assert 0 < weighed < answer_rank(engine, SOLES, DIABETIC_NEUROPATHY)
