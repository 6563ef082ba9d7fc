"""Body sites the curated fact sheets name (h-sheetsites, issues 13/14): a sheet's name, lay
names and summary are read for sites as a profile's are (knowledge/curated_diseases.py), and a
candidate lifted by one says which summary statement names it (rank/sites.py, site_fits)."""

from __future__ import annotations

from whatcauses.engine import Engine
from whatcauses.knowledge.conditions import load_condition_profiles
from whatcauses.knowledge.curated import body_sites
from whatcauses.knowledge.curated_diseases import SITE_PROFILES_MAX, site_keys
from whatcauses.knowledge.facts import fact_sheets
from whatcauses.rank.sites import SITE_WEIGHT, site_weight

LAMBERT_EATON = "ORPHA:43393"
GAUCHER_1 = "OMIM:230800"
HEAD_LICE = "MONDO:0003471"
SCALP = "scalp"


def test_a_fact_sheet_summary_site_enters_the_site_table(engine: Engine) -> None:
    keys = engine.knowledge.curated_site_naming
    assert "spleen|splenic" in keys[GAUCHER_1]
    assert any("shoulder" in key for key in keys[LAMBERT_EATON])


def test_a_sheet_site_lifts_its_disease_and_cites_the_summary(engine: Engine) -> None:
    question = ("weak shoulders and hips, a dry mouth, and my strength briefly gets better "
                "after I exercise")
    ranking = engine.ask(question).ranking
    assert LAMBERT_EATON in ranking.candidates[0].ids
    # the mouth of "a dry mouth" fits too, at the lower weight of a site many name
    fit = next(f for f in ranking.candidates[0].site_fits if f.site == "shoulders")
    naming = engine.knowledge.curated_site_naming[LAMBERT_EATON][fit.key]
    assert fit.likelihood_ratio == site_weight(naming) > 1.0
    sheet = next(s for s in fact_sheets() if s.id == LAMBERT_EATON)
    stated = sheet.section("summary")[0]
    assert fit.statement == stated.text and fit.sources == tuple(stated.sources)


def test_a_big_spleen_puts_gaucher_disease_first(engine: Engine) -> None:
    question = "What causes a huge spleen, bone pain, low platelets and anaemia?"
    assert GAUCHER_1 in engine.ask(question).ranking.candidates[0].ids


def test_sheets_do_not_take_a_site_from_the_profiles(engine: Engine) -> None:
    # The scalp is named by SITE_PROFILES_MAX profiles or fewer, and by more than that with
    # the sheets: the profiles keep it in full (counted over the profiles, as before), the
    # sheets at the lower weight of its count over both (h-sitetaper: before, not at all).
    sites = body_sites()
    profiled = {d for p in load_condition_profiles() for d in p.ids}
    profiles_naming = [p for p in load_condition_profiles() if SCALP in site_keys(" ".join(
        [p.name, *p.lay_names, *(t.text for t in p.summary)]), sites)]
    sheets_naming = [s for s in fact_sheets() if SCALP in site_keys(" ".join(
        [s.name, *s.lay_names, *(t.text for t in s.section("summary"))]), sites)]
    assert len(profiles_naming) <= SITE_PROFILES_MAX < len(profiles_naming) + len(sheets_naming)
    naming = engine.knowledge.curated_site_naming
    assert site_weight(naming[HEAD_LICE][SCALP]) == SITE_WEIGHT
    both = len(profiles_naming) + len(sheets_naming)
    sheet_only = [d for s in sheets_naming for d in s.ids if d not in profiled]
    assert sheet_only and all(naming[d][SCALP] == both for d in sheet_only)
    assert site_weight(both) < SITE_WEIGHT
