"""Orphanet's own type of inheritance for Orphanet entries, which phenotype.hpoa annotates with
none, when a family history is weighed (rank/inheritance.py; h-family3, issue 14)."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.prevalence import orphanet_inheritance, parse_inheritance
from whatcauses.rank.inheritance import FITTING_LR, NOT_FITTING_LR, inheritance_ratios

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
CALPAIN3_LGMD = "ORPHA:267"  # Orphanet: autosomal recessive
DUCHENNE = "OMIM:310200"  # HPO: X-linked recessive
XXYY = "ORPHA:10"  # 48,XXYY syndrome: Orphanet "Not applicable|Unknown"


def test_the_packaged_table_reads_orphanets_words_as_hpo_modes() -> None:
    modes = orphanet_inheritance()
    assert modes[CALPAIN3_LGMD] == (RECESSIVE,)
    assert XXYY not in modes
    assert modes["ORPHA:7"] == (RECESSIVE, "HP:0001419")  # AR | X-linked recessive


def test_an_unknown_orphanet_word_is_a_data_error() -> None:
    with pytest.raises(DataError):
        parse_inheritance("orpha_id\tinheritance\nORPHA:1\tSometimes dominant\n")


def test_an_orphanet_entry_takes_orphanets_mode_for_a_family_history(engine: Engine) -> None:
    knowledge = engine.knowledge
    lgmd = knowledge.disease_index(CALPAIN3_LGMD)
    duchenne = knowledge.disease_index(DUCHENNE)
    recessive = inheritance_ratios(knowledge, [RECESSIVE])
    x_linked = inheritance_ratios(knowledge, [X_LINKED])
    assert recessive is not None and x_linked is not None
    assert recessive[lgmd] == FITTING_LR
    assert x_linked[lgmd] == NOT_FITTING_LR
    # HPO's own annotations are unchanged.
    assert x_linked[duchenne] == FITTING_LR
    assert recessive[duchenne] == NOT_FITTING_LR
    # An entry whose inheritance Orphanet does not give stays unweighed.
    assert recessive[knowledge.disease_index(XXYY)] == 1.0


def test_affected_maternal_uncles_put_duchenne_above_a_recessive_dystrophy(
        engine: Engine) -> None:
    question = ("My son's legs are weak, he walks on his toes and his calves are big. Both my "
                "brothers have it too")
    ids = [c.id for c in engine.ask(question, top=5).ranking.candidates]
    assert DUCHENNE in ids
    assert CALPAIN3_LGMD not in ids or ids.index(DUCHENNE) < ids.index(CALPAIN3_LGMD)
