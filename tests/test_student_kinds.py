"""A student's textbook wording (h-student1, issue 14): a mode of inheritance named outright
("an X-linked recessive disorder", "an AR disorder") is one mode, a question that opens with
the kind of disease it asks for is a knowledge question, and kinds named by their mechanism
("lysosomal storage", "ciliopathy", "trinucleotide repeat") are categories whose members come
from Orphanet's classification or a cited list."""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import category_vocabulary
from whatcauses.knowledge.prevalence import (
    GROUPS_COLUMNS,
    ORPHANET_KIND_HEADINGS,
    orphanet_groups,
    parse_groups,
)
from whatcauses.text.frame import read_frame

from .readings import answer_rank, modes, present_ids

DOMINANT = "HP:0000006"
RECESSIVE = "HP:0000007"
X_LINKED = "HP:0001417"
MITOCHONDRIAL = "HP:0001427"


def test_x_linked_recessive_is_one_mode_not_also_autosomal_recessive(engine: Engine) -> None:
    assert modes(engine, "Which X-linked recessive disorder causes bleeding into the joints?") \
        == {X_LINKED}
    assert modes(engine, "an X-linked dominant condition with hair loss") == {X_LINKED}


@pytest.mark.parametrize(("question", "mode"), [
    ("An AR disorder with recurrent chest infections", RECESSIVE),
    ("an AD condition with kidney cysts", DOMINANT),
    ("inherited as AD, with tall stature", DOMINANT),
    ("an XLR disease with eczema and low platelets", X_LINKED),
    ("a mitochondrially inherited disease with deafness", MITOCHONDRIAL),
])
def test_textbook_abbreviations_of_a_mode_are_read_beside_a_kind_noun(
        engine: Engine, question: str, mode: str) -> None:
    assert modes(engine, question) == {mode}


@pytest.mark.parametrize("question", [
    "my dad has AD and forgets things",  # Alzheimer disease
    "a murmur of AR and AD",  # aortic regurgitation
])
def test_a_bare_abbreviation_names_no_mode(engine: Engine, question: str) -> None:
    assert modes(engine, question) == set()


@pytest.mark.parametrize("question", [
    "Which X-linked recessive disorder presents with muscle weakness?",
    "An autosomal recessive lysosomal storage disease with a cherry-red spot",
    "A maternally inherited disorder causing loss of vision in a young man",
    "A skin condition with silvery plaques on the elbows",
])
def test_a_question_that_opens_with_the_kind_it_asks_for_is_about_diseases(
        question: str) -> None:
    assert read_frame(question) == "knowledge"


@pytest.mark.parametrize("question", [
    "a viral infection with fever",  # what someone has
    "A cold with a cough",
    "A condition causing my knee to swell",  # names the person
])
def test_an_opening_illness_or_a_person_stays_a_person_question(question: str) -> None:
    assert read_frame(question) == "person"


@pytest.mark.parametrize(("question", "kind"), [
    ("What trinucleotide repeat disorder causes chorea?", "repeat expansion"),
    ("which polyglutamine disease causes ataxia", "repeat expansion"),
    ("A ciliopathy characterised by obesity and polydactyly", "ciliary"),
    ("Which peroxisomal disorder presents in a newborn with hypotonia?", "peroxisomal"),
    ("an autosomal recessive lysosomal storage disease with a cherry-red spot", "lysosomal"),
    ("Which mitochondrial disorder causes stroke-like episodes?", "mitochondrial"),
    ("Which channelopathy causes attacks of paralysis with low potassium?", "ion channel"),
])
def test_kinds_named_by_their_mechanism_are_categories(
        engine: Engine, question: str, kind: str) -> None:
    assert kind in engine.interpret(question).categories


def test_a_ciliary_flush_is_no_kind(engine: Engine) -> None:
    assert engine.interpret("ciliary flush and eye pain").categories == ()


def test_a_name_that_merely_contains_a_listed_disease_is_no_channelopathy(
        engine: Engine) -> None:
    index = engine.knowledge.disease_index("ORPHA:2575")  # CF-gastritis-megaloblastic anaemia
    assert not engine.categories.mask("ion channel")[index]


@pytest.mark.parametrize(("kind", "disease", "source"), [
    ("lysosomal", "ORPHA:845", "orphanet"),  # Tay-Sachs disease
    ("lysosomal", "OMIM:272800", "orphanet"),  # its OMIM entry, mapped exactly by Orphanet
    ("ciliary", "ORPHA:110", "orphanet"),  # Bardet-Biedl syndrome
    ("peroxisomal", "ORPHA:912", "orphanet"),  # Zellweger syndrome
    ("mitochondrial", "ORPHA:104", "orphanet"),  # Leber hereditary optic neuropathy
    ("mitochondrial", "OMIM:535000", "orphanet"),  # its OMIM entry, equated by MONDO
    ("repeat expansion", "OMIM:143100", "curated"),  # Huntington disease
    ("repeat expansion", "ORPHA:95", "curated"),  # Friedreich ataxia
    ("ion channel", "OMIM:192500", "curated"),  # Long QT syndrome type 1, by its name
    ("ion channel", "OMIM:219700", "curated"),  # Cystic fibrosis
])
def test_members_come_from_orphanets_classification_or_a_cited_list(
        engine: Engine, kind: str, disease: str, source: str) -> None:
    index = engine.knowledge.disease_index(disease)
    assert engine.categories.mask(kind)[index]
    assert source in {r.source for r in engine.categories.of(index) if r.category == kind}


def test_a_disease_of_another_mechanism_is_no_member(engine: Engine) -> None:
    duchenne = engine.knowledge.disease_index("OMIM:310200")
    for kind in ("lysosomal", "peroxisomal", "ciliary", "repeat expansion", "ion channel"):
        assert not engine.categories.mask(kind)[duchenne]


def test_the_curated_kinds_use_known_headings_and_sourced_members(engine: Engine) -> None:
    vocabulary = category_vocabulary()
    headings = {g.id for groups in vocabulary.orphanet_groups.values() for g in groups}
    assert headings <= set(ORPHANET_KIND_HEADINGS)
    for members in vocabulary.members.values():
        for member in members:
            assert engine.knowledge.has_disease(member.id), member.id
            assert "PMID:" in member.why or "doi:" in member.why
    for names in vocabulary.member_names.values():
        for member in names:
            assert "doi:" in member.why or "PMID:" in member.why


def test_the_groups_table_lists_both_ids_and_rejects_unknown_headings() -> None:
    groups = orphanet_groups()
    assert "ORPHA:68366" in groups["OMIM:272800"]
    header = "\t".join(GROUPS_COLUMNS)
    with pytest.raises(DataError):
        parse_groups(f"{header}\nORPHA:1\tORPHA:2\t\t\n")


def test_the_kind_lifts_the_disease_of_that_mechanism(engine: Engine) -> None:
    # Chorea and dementia fit several diseases; a repeat expansion among them is Huntington.
    assert answer_rank(engine, "which polyglutamine disease causes chorea, personality change "
                               "and dementia?", "OMIM:143100") == 0


@pytest.mark.parametrize(("question", "term"), [
    ("a young man with a Romberg sign and absent ankle jerks", "HP:0002403"),
    ("tingling in the fingers with a Tinel sign at the wrist", "HP:0033672"),
    ("swan neck deformity of the fingers and ulnar deviation", "HP:0006150"),
    ("Hutchinson teeth and a saddle nose", "HP:0033782"),
    ("a Trendelenburg gait and calf hypertrophy", "HP:0002515"),
    ("spherocytes on the blood film and jaundice", "HP:0004444"),
    ("raised very long chain fatty acids and adrenal insufficiency", "HP:0033643"),
    ("a high anion gap metabolic acidosis", "HP:0031962"),
    ("anti-centromere antibodies and tight skin on the fingers", "HP:0030873"),
    ("raised alpha-fetoprotein and telangiectasia", "HP:0006254"),
])
def test_eponymous_signs_and_textbook_lab_phrases_are_read(
        engine: Engine, question: str, term: str) -> None:
    assert term in present_ids(engine, question)


def test_a_negative_sign_is_denied(engine: Engine) -> None:
    assert "HP:0002403" not in present_ids(engine, "unsteady gait, Romberg sign negative")
