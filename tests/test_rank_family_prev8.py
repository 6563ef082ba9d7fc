"""h-prev8 (issue 12): a recessive-only disease keeps the whole ratio of a relative's finding
only when the relative (or the family history) fits recessive inheritance: a parent's
condition is no near-decisive clue to it (rank/ranker.py, Ranker._relatives_mendelian). A
passing illness dated "N weeks ago" before "now" is no finding now (text/preceding.py)."""

from __future__ import annotations

from whatcauses.engine import Engine

from .readings import answer_rank

ADPKD, APRT_DEFICIENCY = "ORPHA:730", "OMIM:614723"


def test_a_fathers_kidney_failure_lifts_the_dominant_not_the_recessive_disease(
        engine: Engine) -> None:
    question = ("I'm 42, I have high blood pressure, pain in my side and blood in my pee; "
                "my dad had kidney failure")
    # Adenine phosphoribosyltransferase deficiency (recessive) no longer passes the dominant
    # polycystic kidney disease on the father's kidney failure.
    assert answer_rank(engine, question, ADPKD) < answer_rank(engine, question, APRT_DEFICIENCY)
    assert answer_rank(engine, question, ADPKD) <= 2


def test_a_siblings_finding_keeps_the_recessive_diseases_whole_ratio(engine: Engine) -> None:
    ranker = engine.ranker
    term = engine.knowledge.ontology.index("HP:0000083")  # Renal insufficiency
    index = engine.knowledge.disease_ids_index[APRT_DEFICIENCY]
    assert ranker._relatives_mendelian(term, "sister")[index]
    assert not ranker._relatives_mendelian(term, "dad")[index]
    # A family history pointing to recessive inheritance restores it.
    assert ranker._relatives_mendelian(term, "dad", ("HP:0000007",))[index]


def test_a_cold_some_weeks_ago_before_now_is_no_finding_now(engine: Engine) -> None:
    # text/preceding.py: a passing illness dated "N weeks ago" before "now" is set aside, as
    # one in the distant past ("last year ... and now") is.
    reading = engine.interpret("my 4 year old had a cold two weeks ago and now has tiny "
                               "purple-red dots on his legs and bruises everywhere")
    ids = {i for f in reading.findings for i in f.ids}
    assert "HP:0012384" not in ids  # Rhinitis: the cold is over
    assert "HP:0000967" in ids  # Petechiae
    # A trouble of another kind dated so stays a finding.
    kept = engine.interpret("I lost the sight in one eye two weeks ago and now my legs are numb")
    assert any("sight" in f.text or "eye" in f.text for f in kept.findings)


def test_staring_into_space_reads_as_absence_seizures(engine: Engine) -> None:
    reading = engine.interpret("my 7 year old keeps staring into space for a few seconds")
    assert "HP:0002121" in {i for f in reading.findings for i in f.ids}
