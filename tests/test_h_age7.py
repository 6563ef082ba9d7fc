"""Fact sheets' and prevalence.yaml entries' onset ages (h-age7, issues 14 and 12).

A fact sheet or a prevalence.yaml entry may give the ages at which its disease usually starts
(``onset``: min_years, max_years, sources), for a disease whose phenotype.hpoa and Orphanet
records give none: rheumatoid arthritis (adult onset), ankylosing spondylitis (19-45 years)
and Barrett oesophagus (16-70) had no onset at all, so a child's swollen knee, back pain or
heartburn weighed them as in an adult. The ranking weighs a
question's age against the sheet's range as it does against HPO's and Orphanet's onset classes
(not as a condition profile's), and the answer cites the sheet's sources for it.
"""

from __future__ import annotations

import pytest

from whatcauses.engine import Engine
from whatcauses.errors import DataError
from whatcauses.knowledge.curated import parse_prevalence_table, prevalence_table
from whatcauses.knowledge.facts import fact_sheets, validate_sheet

SHEET = {
    "id": "OMIM:100001",
    "name": "Alpha disease",
    "categories": ["genetic"],
    "summary": [{"text": "A made-up disease.", "sources": ["OMIM:100001"]}],
    "references": [{"id": "OMIM:100001", "title": "ALPHA DISEASE"}],
}
ONSET = {"min_years": 20, "max_years": 60, "sources": ["OMIM:100001"]}


def test_a_sheet_reads_its_onset_range_and_sources() -> None:
    sheet = validate_sheet({**SHEET, "onset": ONSET}, "alpha.yaml")
    assert sheet.onset == (20.0, 60.0)
    assert sheet.onset_sources == ("OMIM:100001",)
    assert validate_sheet(SHEET, "alpha.yaml").onset is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"min_years": 70}, r"onset: min_years 70 exceeds max_years 60"),
        ({"max_years": 130}, r"onset\.max_years: must be a number from 0 to 120"),
        ({"min_years": "adult"}, r"onset\.min_years: must be a number"),
        ({"min_years": True}, r"onset\.min_years: must be a number"),
        ({"sources": []}, r"onset\.sources: needs at least one source"),
        ({"sources": ["PMID:1"]}, r"onset\.sources: source PMID:1 is not listed"),
        ({"peak_years": 30}, r"onset: unknown keys \['peak_years'\]"),
    ],
)
def test_onset_violations_name_the_file_and_key(change: dict[str, object],
                                                 message: str) -> None:
    with pytest.raises(DataError, match=rf"^broken\.yaml {message}"):
        validate_sheet({**SHEET, "onset": {**ONSET, **change}}, "broken.yaml")


ENTRY = {
    "id": "OMIM:145500",
    "name": "Essential hypertension",
    "per_100000": 31100,
    "kind": "point prevalence",
    "population": "adults worldwide",
    "text": "About a third of adults have high blood pressure.",
    "sources": ["PMID:32024986"],
    "references": [{"id": "PMID:32024986", "title": "The global epidemiology of hypertension",
                    "year": 2020}],
}


def test_a_prevalence_table_entry_may_give_its_onset() -> None:
    onset = {"min_years": 18, "max_years": 90, "sources": ["PMID:32024986"]}
    (row,) = parse_prevalence_table([{**ENTRY, "onset": onset}])
    assert (row.onset, row.onset_sources) == ((18.0, 90.0), ("PMID:32024986",))
    assert parse_prevalence_table([ENTRY])[0].onset is None
    for broken, message in (({**onset, "sources": ["PMID:1"]}, "not listed in references"),
                            ({**onset, "min_years": 95}, "min_years 95 exceeds max_years 90"),
                            ({**onset, "peak": 40}, r"onset\.peak")):
        with pytest.raises(DataError, match=message):
            parse_prevalence_table([{**ENTRY, "onset": broken}])


def test_a_curated_onset_is_given_only_where_the_records_give_none(engine: Engine) -> None:
    """The ranking reads a sheet's or prevalence entry's range only for an id without an HPO
    onset annotation or a profile's range: one given beside them would never count
    (facts/SCHEMA.md, "Onset ages"). A sheet whose figure is an annual incidence (an illness
    that begins when it is counted: Kawasaki disease) is weighed as a profile's range
    (h-age17); the others as HPO's onset classes."""
    model = engine.ranker.question_ranker.model
    lower, upper = model.onset_bounds
    index = engine.knowledge.disease_ids_index
    ranges = [(s.file, s.id, s.onset) for s in fact_sheets() if s.onset is not None]
    ranges += [("prevalence.yaml", r.id, r.onset) for r in prevalence_table()
               if r.onset is not None]
    assert len(ranges) >= 3
    for where, disease_id, onset in ranges:
        d = index[disease_id]
        assert (lower[d], upper[d]) == onset, where
        incidence = engine.knowledge.curated_prevalence.get(disease_id)
        acute = incidence is not None and incidence[3] == "annual incidence"
        assert model.profile_onset[d] == acute, where


def test_a_child_s_swollen_knee_weighs_rheumatoid_arthritis_down(engine: Engine) -> None:
    question = "my 8 year old daughter's knee has been swollen and stiff every morning"
    candidates = engine.ask(question).ranking.candidates
    ra = next(c for c in candidates if c.id == "OMIM:180300")
    assert ra.age_fit is not None
    assert (ra.age_fit.onset_from, ra.age_fit.onset_to) == (16.0, 120.0)
    assert ra.age_fit.likelihood_ratio < 0.2
    adult = engine.ask("I'm 45 and my knee has been swollen and stiff every morning")
    assert next(c for c in adult.ranking.candidates if c.id == "OMIM:180300").age_fit is None


def test_a_child_s_heartburn_weighs_barrett_oesophagus_down(engine: Engine) -> None:
    answer = engine.ask("my 7 year old has heartburn and regurgitates food")
    barrett = next(c for c in answer.ranking.candidates if c.id == "OMIM:614266")
    assert barrett.rank > 1
    assert barrett.age_fit is not None and barrett.age_fit.likelihood_ratio < 0.2
    explanation = next(e for e in answer.candidate_explanations if e.id == "OMIM:614266")
    cited = {answer.citations[n - 1].id for s in explanation.opposing
             if "usually begins" in s.text for n in s.citations}
    assert {"PMID:1397881", "PMID:32683588"} <= cited


def test_the_answer_cites_the_sheet_s_onset_sources(engine: Engine) -> None:
    answer = engine.ask("my 10 year old has low back pain and stiffness, worst in the morning")
    explanation = next((e for e in answer.candidate_explanations if e.id == "OMIM:106300"),
                       None)
    assert explanation is not None
    age_lines = [s for s in explanation.opposing if "usually begins" in s.text]
    assert age_lines
    cited = {answer.citations[n - 1].id for s in age_lines for n in s.citations}
    assert "PMID:34260699" in cited
