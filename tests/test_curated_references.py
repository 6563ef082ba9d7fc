"""Curated references keep their kind honest (issues 12, 13): a journal article is cited by its
PubMed id, not dressed as a ``GUIDELINE:`` (scripts/audit_references.py lists the looser cases).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .conftest import load_repo_module

audit = load_repo_module("scripts/audit_references.py")


@cache
def _references() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The curated references, read once for all tests here (loading them takes seconds)."""
    found: dict[str, list[tuple[str, dict[str, Any]]]] = audit.curated_references()
    return found

# GUIDELINE: references that cite a journal article or a StatPearls chapter, left as they were
# because the search tool's corpora show the paper but never its PubMed id. Fix one by citing
# PMID:<digits> (title and year checked) and take it off this list; add none.
KNOWN_ARTICLES = {
    "GUIDELINE:aafp-2019-bartholin",
    "GUIDELINE:bmj-2014-laryngitis-review",
    "GUIDELINE:cdc-mmwr-2010-giardiasis-surveillance",
    "GUIDELINE:cossrow-2016-bed-prevalence",
    "GUIDELINE:das-dave-2020-chalazion",
    "GUIDELINE:kim-2016-wrist-ganglion-review",
    "GUIDELINE:sathiamoorthi-2019-cnldo-incidence",
    "GUIDELINE:suen-2013-ganglion-treatment",
    "GUIDELINE:wilfley-2016-bed-criteria",
    "GUIDELINE:statpearls-acrochordon",
    "GUIDELINE:statpearls-herald-patch",
    "GUIDELINE:statpearls-specific-phobia",
    "GUIDELINE:statpearls-subacromial-bursitis",
}


# GUIDELINE: references (mostly web pages: NHS, CDC, NICE CKS) that give no year, because the
# stored copies the search tool shows carry no date for them. Fix one by giving the year the page
# or document itself states (its issuing body named in the title) and take it off this list; add
# none: a new reference gives its year.
KNOWN_YEARLESS = {
    "GUIDELINE:5mcc-bursitis",
    "GUIDELINE:cdc-bv-fact-sheet",
    "GUIDELINE:cdc-bv-statistics",
    "GUIDELINE:cdc-giardia-illness",
    "GUIDELINE:cdc-head-lice",
    "GUIDELINE:cdc-impetigo-clinical",
    "GUIDELINE:cdc-shingles-symptoms",
    "GUIDELINE:cdc-strep-throat-clinical",
    "GUIDELINE:college-optometrists-chalazion",
    "GUIDELINE:college-optometrists-cmg-photokeratitis",
    "GUIDELINE:consultant360-lingual-lesions-3",
    "GUIDELINE:etg-binge-eating",
    "GUIDELINE:etg-cppd",
    "GUIDELINE:etg-primary-hyperhidrosis",
    "GUIDELINE:leeds-child-teeth",
    "GUIDELINE:mandell-acute-laryngitis",
    "GUIDELINE:msf-oral-candidiasis",
    "GUIDELINE:nathnac-giardiasis",
    "GUIDELINE:nci-pdq-childhood-all",
    "GUIDELINE:nhs-bnssg-icp",
    "GUIDELINE:nhs-devon-ganglia-lipoma-ultrasound",
    "GUIDELINE:nhs-giardiasis",
    "GUIDELINE:nhs-gum-disease",
    "GUIDELINE:nhs-keratosis-pilaris",
    "GUIDELINE:nhs-motion-sickness",
    "GUIDELINE:nhs-pneumonia",
    "GUIDELINE:nhs-post-herpetic-neuralgia",
    "GUIDELINE:nhs-roseola",
    "GUIDELINE:nhs-sunburn",
    "GUIDELINE:nhs-tayside-de-quervain",
    "GUIDELINE:nhs-threadworms",
    "GUIDELINE:nice-cks-aphthous-ulcer",
    "GUIDELINE:nice-cks-herpes-oral",
    "GUIDELINE:nice-cks-lichen-planus",
    "GUIDELINE:nice-cks-pid",
    "GUIDELINE:nice-cks-prostatitis-acute",
    "GUIDELINE:nice-cks-shoulder-pain",
    "GUIDELINE:nice-cks-threadworm",
    "GUIDELINE:nice-ipg665",
    "GUIDELINE:nice-qs77",
    "GUIDELINE:ocp-hcc",
    "GUIDELINE:statpearls-acrochordon",
    "GUIDELINE:usatine-atlas-hordeolum-chalazion",
    "GUIDELINE:wrist-ganglia-incidence",
}


def _article_guidelines() -> set[str]:
    found = set()
    for ref_id, entries in _references().items():
        title = str(entries[0][1].get("title") or "")
        if ref_id.startswith("GUIDELINE:") and (
                audit.cites_article(title) or "statpearls" in title.lower()):
            found.add(ref_id)
    return found


def test_no_new_journal_article_is_labelled_a_guideline():
    new = _article_guidelines() - KNOWN_ARTICLES
    assert not new, (f"{sorted(new)} cite a journal article (authors, volume and pages, a DOI or "
                     "StatPearls) as GUIDELINE:; cite it as PMID:<digits>, title and year checked")


def test_known_list_only_names_references_still_to_fix():
    fixed = KNOWN_ARTICLES - _article_guidelines()
    assert not fixed, f"{sorted(fixed)} no longer cite an article as GUIDELINE:; drop them here"


def test_article_cues():
    assert audit.cites_article("Wood JM, Athanasiadis T, Allen J. Laryngitis. BMJ 2014;349:g5827")
    assert audit.cites_article("Cossrow N et al. Estimating the Prevalence of Binge Eating "
                               "Disorder: Comparing DSM-IV-TR and DSM-5 Criteria")
    # a guideline that names its authors or its journal is still a guideline
    assert not audit.cites_article("Varma M, Rafferty J, Buie WD. Practice Parameters for the "
                                   "Management of Rectal Prolapse. Dis Colon Rectum 2011;54:1339")
    assert not audit.cites_article("ACG Clinical Guideline: Acute Diarrheal Infections in Adults "
                                   "(Am J Gastroenterol 2016;111:602-622)")
    assert not audit.cites_article("NICE NG136: Hypertension in adults (2019)")
    assert audit.journal_kind("PMID:1", "Wood JM, Allen J. Laryngitis. BMJ 2014;349:g5827") is None


def test_guideline_references_with_a_year_in_their_title_give_it():
    missing = [
        ref_id for ref_id, entries in _references().items()
        if ref_id.startswith("GUIDELINE:")
        for _, ref in entries
        if not ref.get("year") and audit.stated_year(str(ref.get("title") or "")) is not None
    ]
    assert not missing, f"{sorted(set(missing))} state a year in their title but give none"


def _yearless(prefix: str) -> set[str]:
    return {
        ref_id for ref_id, entries in _references().items()
        if ref_id.startswith(prefix) and any(not ref.get("year") for _, ref in entries)
    }


def test_every_pubmed_reference_gives_its_year() -> None:
    missing = _yearless("PMID:")
    assert not missing, f"{sorted(missing)} give no year; a PubMed record always has one"


def test_no_new_guideline_reference_without_a_year() -> None:
    new = _yearless("GUIDELINE:") - KNOWN_YEARLESS
    assert not new, (f"{sorted(new)} give no year; give the year the guideline or page states "
                     "(its publication, last review or update)")


def test_known_yearless_list_only_names_references_still_to_fix() -> None:
    fixed = KNOWN_YEARLESS - _yearless("GUIDELINE:")
    assert not fixed, f"{sorted(fixed)} now give a year (or are gone); drop them here"


def test_every_dataset_reference_gives_its_year() -> None:
    # A registry's or survey's page (DATASET:) is no guideline: its title names the body that
    # keeps it, and it gives the year the page states (h-profiles77).
    missing = _yearless("DATASET:")
    assert not missing, f"{sorted(missing)} give no year; give the year the page states"


def test_a_registry_page_is_cited_as_a_dataset_not_a_guideline() -> None:
    # The Dutch FaMe-Net general-practice registry's page on tonsillitis (R76) gives the
    # registry's figures and course; it was cited as a GUIDELINE: before h-profiles77.
    references = _references()
    assert "DATASET:famenet-r76-tonsillitis" in references
    assert not any(ref_id.startswith("GUIDELINE:famenet") for ref_id in references)
