"""Category membership rules and the graded prior of several categories (mini fixture)."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.knowledge.base import Knowledge
from whatcauses.knowledge.categories import Categories


def test_one_category_weighs_its_members_by_the_weight(mini_knowledge: Knowledge) -> None:
    categories = Categories(mini_knowledge)
    genetic = categories.mask("genetic")
    prior = categories.prior(["genetic"], {"genetic": 20.0})
    assert np.all(prior[genetic] == 20.0) and np.all(prior[~genetic] == 1.0)


def test_kinds_named_together_multiply_as_independent_evidence(
        mini_knowledge: Knowledge) -> None:
    categories = Categories(mini_knowledge)
    both = categories.prior(["genetic", "neuromuscular"], {"genetic": 2.0, "neuromuscular": 8.0})
    genetic = categories.mask("genetic")
    neuromuscular = categories.mask("neuromuscular")
    expected = np.where(genetic, 2.0, 1.0) * np.where(neuromuscular, 8.0, 1.0)
    assert np.allclose(both, expected)
    assert categories.prior(["genetic", "genetic"], {"genetic": 16.0}).tolist() == \
        categories.prior(["genetic"], {"genetic": 16.0}).tolist()


def test_each_category_weighs_its_measured_odds() -> None:
    """A category the reference table measures has its own weight; the others the default."""
    from whatcauses.rank.model import ModelParameters

    p = ModelParameters()
    assert p.category_weight("autoimmune") > p.category_weight("genetic") > 1.0
    assert p.category_weight("eye") == p.category_prior_weight


def test_a_name_that_names_the_kind_is_a_class(mini_knowledge: Knowledge) -> None:
    """Gamma myopathy's name names its kind (neuromuscular), with the name as the reason."""
    categories = Categories(mini_knowledge)
    names = mini_knowledge.disease_names
    members = {names[i] for i in np.flatnonzero(categories.mask("neuromuscular"))}
    assert "Gamma myopathy" in members
    reasons = categories.of(mini_knowledge.disease_index("OMIM:100003"))
    assert any(r.category == "neuromuscular" and r.source == "name" for r in reasons)


@pytest.mark.slow
def test_one_stray_annotation_does_not_make_a_category(engine: Engine) -> None:
    """Hereditary angioedema has one peripheral-neuropathy annotation: not neuromuscular."""
    categories = engine.categories
    index = engine.knowledge.disease_index("OMIM:106100")
    assert not categories.mask("neuromuscular")[index]
    assert all(r.category != "neuromuscular" for r in categories.of(index))


def test_a_sheet_decided_against_weighs_the_against_weight(mini_knowledge: Knowledge) -> None:
    """Members weigh the weight, diseases decided against weigh ``against``, the rest 1."""
    categories = Categories(mini_knowledge)
    genetic = categories.mask("genetic")
    decided = categories.decided_against("genetic")
    assert not np.any(genetic & decided)
    prior = categories.prior(["genetic"], {"genetic": 4.0}, {"genetic": 0.25})
    assert np.all(prior[genetic] == 4.0) and np.all(prior[decided] == 0.25)
    assert np.all(prior[~genetic & ~decided] == 1.0)
    # a system category is never decided against: a sheet need not list every system
    assert not categories.decided_against("skin").any()


def test_against_weights_are_below_one_and_only_for_causes() -> None:
    from whatcauses.knowledge.categories import CAUSE_CATEGORIES
    from whatcauses.rank.model import ModelParameters

    p = ModelParameters()
    assert all(0.0 < w <= 1.0 and c in CAUSE_CATEGORIES for c, w in p.category_against_weights)
    assert p.category_against_weight("skin") == 1.0


@pytest.mark.slow
def test_a_common_condition_whose_profile_is_not_genetic_weighs_less_under_genetic(
        engine: Engine) -> None:
    """Pityriasis alba's profile names its causes, not genetic: asked for "what genetic
    condition", it weighs less than an unlisted disease, and no longer leads."""
    index = engine.knowledge.disease_index("MONDO:0024349")
    assert engine.categories.decided_against("genetic")[index]
    answer = engine.ask("My baby has seizures and pale leaf-shaped patches on his skin. "
                        "What genetic condition could this be?")
    assert answer.interpretation.categories == ("genetic",)
    assert answer.ranking.candidates[0].id != "MONDO:0024349"
