"""A blood relative's named common disease (h-relatives2, issue 14): "my mum has lupus" is
read as family history of that disease (text/named_diseases.py), shown in the
interpretation, and lifts that disease by a bounded factor (rank/family_findings.py
RELATIVE_DISEASE_LIFT); the person's own findings still decide."""

from __future__ import annotations

import numpy as np
import pytest

from whatcauses.engine import Engine
from whatcauses.rank.family_findings import RELATIVE_DISEASE_LIFT, relative_disease_lift
from whatcauses.text.named_diseases import build_relative_diseases, relative_disease_entries
from whatcauses.text.normalize import tokenize

from .readings import answer_rank, cli_interpretation

SLE = "OMIM:152700"
SLE_ORPHA = "ORPHA:536"
HAEMOCHROMATOSIS = "MONDO:0021001"
COMMON_COLD = "MONDO:0005709"


def _said(engine: Engine, question: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(r.relative, r.label, r.diseases)
            for r in engine.interpret(question).relative_diseases]


def test_a_relatives_named_disease_is_read_as_family_history(engine: Engine) -> None:
    said = _said(engine, "my mum has lupus and I have a rash on my cheeks")
    assert said == [("mum", "Systemic lupus erythematosus", (SLE, SLE_ORPHA))]
    # Hereditary haemochromatosis's profile gives its recessive mode (h-inherit): a sibling's
    # haemochromatosis is then a recessive family history, as for HPO's Mendelian diseases.
    question = "my brother has haemochromatosis and I am tired all the time"
    assert not _said(engine, question)
    assert "HP:0000007" in engine.interpret(question).inheritance_modes
    assert _said(engine, "my mum has multiple sclerosis and I have a cough")
    # An acronym only as written in capitals ("MS", not "ms").
    assert [d for _, _, d in _said(engine, "my dad has MS and I have numb legs")] == [
        ("MONDO:0005301",)]
    assert not _said(engine, "my dad has ms and I have numb legs")
    # Not a blood relative: no family history.
    assert not _said(engine, "my wife has lupus and I have a rash on my cheeks")
    # The disease's words are not the person's findings, nor unrecognised.
    reading = engine.interpret("my dad has psoriasis and I have a sore throat")
    assert "psoriasis" not in reading.unrecognized
    assert all("psoriasis" not in f.text for f in reading.own)


def test_the_interpretation_shows_it(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = cli_interpretation(engine, monkeypatch, "my mum has lupus and I have sore joints")
    assert shown["relative_diseases"][0]["label"] == "Systemic lupus erythematosus"
    assert any(m["kind"] == "family history" and m["text"] == "lupus"
               for m in shown["mappings"])


def test_the_lift_is_bounded_and_the_persons_findings_decide(engine: Engine) -> None:
    lift = relative_disease_lift(engine.knowledge, [SLE])
    index = engine.knowledge.disease_ids_index
    assert lift[index[SLE]] == lift[index[SLE_ORPHA]] == RELATIVE_DISEASE_LIFT
    assert np.count_nonzero(lift != 1.0) == 2
    # A profile's included records, ranked as one candidate with it, are lifted with it.
    lift = relative_disease_lift(engine.knowledge, ["MONDO:0005301"],
                                 engine.ranker._twin_group)
    assert lift[index["OMIM:126200"]] == RELATIVE_DISEASE_LIFT
    assert RELATIVE_DISEASE_LIFT <= 4
    # Irrelevant to the person's complaint: the complaint's own cause leads.
    cold = "my mum has lupus and I have a sore throat and a runny nose"
    assert answer_rank(engine, cold, SLE) >= 10
    # A cold or an acute sore throat (pharyngitis, MONDO:0020600) explains it.
    assert min(answer_rank(engine, cold, COMMON_COLD),
               answer_rank(engine, cold, "MONDO:0020600")) == 0
    # Relevant: the disease moves up against the same findings without the relative.
    said = answer_rank(engine, "my mum has lupus and I keep getting mouth ulcers and my hair "
                       "is falling out", SLE)
    unsaid = answer_rank(engine, "I keep getting mouth ulcers and my hair is falling out", SLE)
    assert said <= unsaid and said < 3
    # Said alone, the disease is what the question is about.
    assert answer_rank(engine, "my mum has lupus, am I at risk?", SLE) == 0


def test_the_name_table() -> None:
    names = ["Systemic lupus erythematosus", "Influenza (flu)", "Crohn disease", "Gout",
             "Heart block, congenital"]
    ids = [SLE, "MONDO:0005812", "OMIM:266600", "MONDO:0005393", "OMIM:234700"]
    curated = {SLE: ("Systemic lupus erythematosus", "lupus", "SLE"),
               "OMIM:266600": ("Crohn disease",)}
    forms = {name for name, _, _ in relative_disease_entries(names, ids, curated)}
    # Curated: one word of 5 letters or more, the eponym, the bracketed name parts.
    assert {"lupus", "Crohn", "Influenza", "Influenza (flu)"} <= forms
    # An acronym is kept (matched in capitals only); a short lower-case word is not.
    assert "SLE" in forms and "flu" not in forms
    # Short curated words ("gout") and an HPO-only name of one word are left out.
    assert "Gout" not in forms
    table = build_relative_diseases(names, ids, curated)
    tokens = tokenize("has crohn's disease")
    hits = table.find(tokens, range(len(tokens)))
    assert hits and hits[0].diseases == ("OMIM:266600",)
    assert table.labels["OMIM:266600"] == "Crohn disease"
    assert table.find(tokenize("has SLE"), range(2))
    assert not table.find(tokenize("has sle"), range(2))
    assert not table.find(tokenize("HAS SLE"), range(2))
