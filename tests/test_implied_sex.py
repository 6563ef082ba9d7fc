"""The sex a question's findings imply when its words name none (rank/implied_sex.py).

Checked on the embedded HPO data (the sex roots are HPO terms)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from whatcauses.engine import Engine
from whatcauses.rank.implied_sex import SEX_ROOTS, implied_sex, term_sex

from .test_cli import cli

__all__ = ["cli"]  # the fixture, shared with test_cli

IRREGULAR_PERIODS, VAGINAL_DISCHARGE = "HP:0000858", "HP:0034269"
TESTICULAR_PAIN, ERECTILE_DYSFUNCTION = "HP:0033839", "HP:0100639"
HEADACHE, AMBIGUOUS_GENITALIA, INFERTILITY = "HP:0002315", "HP:0000062", "HP:0000789"

pytestmark = pytest.mark.slow


def test_every_root_is_a_current_term(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    for roots in SEX_ROOTS.values():
        for root in roots:
            assert root in onto
            assert term_sex(onto, root) is not None


@pytest.mark.parametrize(("term", "sex"), [
    (IRREGULAR_PERIODS, "female"), (VAGINAL_DISCHARGE, "female"),
    (TESTICULAR_PAIN, "male"), (ERECTILE_DYSFUNCTION, "male"), ("HP:0000771", "male"),
    # Neither: a finding of both sexes, and genitalia that may be either.
    (HEADACHE, None), (AMBIGUOUS_GENITALIA, None), (INFERTILITY, None),
    ("HP:9999999", None),  # not in the ontology
])
def test_a_term_implies_the_sex_of_its_branch(engine: Engine, term: str,
                                              sex: str | None) -> None:
    assert term_sex(engine.knowledge.ontology, term) == sex


def test_the_findings_imply_a_sex_only_when_none_says_the_other(engine: Engine) -> None:
    onto = engine.knowledge.ontology
    assert implied_sex(onto, [[HEADACHE], [IRREGULAR_PERIODS]]) == "female"
    assert implied_sex(onto, [[HEADACHE]]) is None
    assert implied_sex(onto, [[IRREGULAR_PERIODS], [TESTICULAR_PAIN]]) is None
    # An ambiguous word implies a sex only when all its readings do.
    assert implied_sex(onto, [[INFERTILITY, "HP:0008222"]]) is None
    assert implied_sex(onto, [[IRREGULAR_PERIODS, VAGINAL_DISCHARGE]]) == "female"


def test_a_question_of_one_sexs_findings_is_ranked_for_that_sex(engine: Engine) -> None:
    """No word names the person, yet irregular periods are a woman's: the ranking is for a
    woman (conditions with a curated ratio of women to men are weighed for one)."""
    answer = engine.ask("Irregular periods and dark hairs on my upper lip.", top=20)
    assert answer.interpretation.sex is None
    assert answer.ranking.query.sex == "female"
    weighed = [c.sex_fit for c in answer.ranking.candidates if c.sex_fit is not None]
    assert weighed and all(fit.sex == "female" for fit in weighed)


def test_the_words_of_the_question_win_over_the_findings(engine: Engine) -> None:
    answer = engine.ask("My husband has testicular pain and a headache.", top=5)
    assert answer.interpretation.sex == "male"
    assert answer.ranking.query.sex == "male"
    plain = engine.ask("Headache and a fever.", top=5)
    assert plain.ranking.query.sex is None


def test_the_command_line_answer_weighs_the_implied_sex(cli: Any) -> None:
    """Through the command line: the JSON candidates' sex evidence is for a woman."""
    done = cli(["ask", "--json", "--top", "20",
                "Irregular periods and dark hairs on my upper lip."])
    assert done.code == 0, done.stderr
    fits = [c["sex_fit"] for c in json.loads(done.stdout)["candidates"] if c.get("sex_fit")]
    assert fits and all(fit["sex"] == "female" for fit in fits)
