"""Onset ages and a source kind fixed in existing profiles (h-profiles77, issue 14).

Intussusception is most common from 3 months to 3 years of age (the Qingdao case series,
PMID:36997992), so its onset range starts at 3 months, not at birth; reflux disease begins at
any age from infancy (NICE NG1 and its BMJ summary, PMID:25591811), so its range no longer starts
at 18; the Dutch FaMe-Net registry page that the tonsillitis profile cites is a DATASET:, not a
guideline."""

from __future__ import annotations

from whatcauses.knowledge.conditions import condition_profile_index

INTUSSUSCEPTION = "MONDO:0007835"
REFLUX = "MONDO:0007186"
TONSILLITIS = "MONDO:0001039"


def test_intussusception_starts_at_three_months() -> None:
    onset = condition_profile_index()[INTUSSUSCEPTION].onset
    assert (onset.min_years, onset.max_years) == (0.25, 3)
    assert "PMID:36997992" in onset.sources


def test_reflux_disease_starts_in_infancy_with_its_sources() -> None:
    onset = condition_profile_index()[REFLUX].onset
    assert onset.min_years == 0
    assert {"PMID:25591811", "GUIDELINE:nice-ng1"} <= set(onset.sources)


def test_tonsillitis_cites_the_registry_page_as_a_dataset() -> None:
    profile = condition_profile_index()[TONSILLITIS]
    cited = {source for finding in profile.findings for source in finding.sources}
    assert "DATASET:famenet-r76-tonsillitis" in cited
    assert not any(source.startswith("GUIDELINE:famenet") for source in cited)
