"""Plain labels of HPO terms, as answers show them to patients and families."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.explain.wording import plain_label


@pytest.mark.parametrize(("term_id", "dated"), [
    ("HP:0010864", "retardation"),  # Intellectual disability, severe
    ("HP:0003510", "dwarfism"),  # Severe short stature
    ("HP:0008873", "dwarfism"),  # Disproportionate short-limb short stature
])
def test_dated_layperson_synonyms_are_passed_over(engine: Engine, term_id: str,
                                                  dated: str) -> None:
    label = plain_label(engine.knowledge.ontology, term_id)
    assert dated not in label.lower()
    assert label  # a later layperson synonym or the term name, never empty


def test_the_next_layperson_synonym_replaces_a_dated_one(engine: Engine) -> None:
    ontology = engine.knowledge.ontology
    assert plain_label(ontology, "HP:0010864") == "intellectual disability, severe"
    assert plain_label(ontology, "HP:0003510") == "severe short stature"


def test_a_layperson_synonym_without_dated_words_is_still_preferred(engine: Engine) -> None:
    # HP:0002187 "Intellectual disability, profound": HPO's layperson synonym is kept.
    assert plain_label(engine.knowledge.ontology, "HP:0002187") == "IQ less than 20"
