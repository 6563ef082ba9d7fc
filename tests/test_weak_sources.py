"""Weak sources are rejected wherever a curated file lists its references.

Curated statements rest on PubMed-indexed articles, OMIM, Orphanet or a named guideline;
consumer health sites, commercial point-of-care pages, wikis and conference abstracts are
refused at load time (whatcauses.knowledge.weak_sources), in condition profiles, fact sheets
and the curated prevalence table alike, so that none can come back unnoticed.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tests.test_conditions import PROFILE
from tests.test_curated_prevalence import GOOD
from tests.test_facts import SHEET
from whatcauses.errors import DataError
from whatcauses.knowledge.conditions import validate_profile
from whatcauses.knowledge.curated import parse_prevalence_table
from whatcauses.knowledge.facts import validate_sheet
from whatcauses.knowledge.weak_sources import weak_source


@pytest.mark.parametrize(
    ("reference_id", "title", "host"),
    [
        ("GUIDELINE:visualdx-cubital-tunnel", "Cubital tunnel syndrome", "VisualDx"),
        ("GUIDELINE:patient-info-varicocele", "Varicocele leaflet", "Patient.info"),
        ("GUIDELINE:heat-rash", "Miliaria (Family Practice Notebook, fpnotebook.com)",
         "FPnotebook"),
        ("GUIDELINE:heat-rash", "Heat rash: symptoms and causes (Mayo Clinic)", "Mayo Clinic"),
        ("GUIDELINE:x", "https://www.mayoclinic.org/diseases-conditions/heat-rash", "Mayo Clinic"),
        ("GUIDELINE:x", "Meralgia paresthetica (Medscape / eMedicine)", "Medscape"),
        ("GUIDELINE:x", "Hyperhidrosis (Wikipedia)", "Wikipedia"),
        ("GUIDELINE:x", "https://www.scribd.com/doc/1", "Scribd"),
        ("GUIDELINE:x", "https://www.healthline.com/health/sweat", "Healthline"),
        ("GUIDELINE:x", "https://www.webmd.com/a-to-z-guides/x", "WebMD"),
        ("GUIDELINE:x", "https://www.verywellhealth.com/x", "Verywell Health"),
        ("GUIDELINE:x", "https://www.medicalnewstoday.com/articles/1", "Medical News Today"),
        ("GUIDELINE:x", "Heat rash (Cleveland Clinic health library)", "Cleveland Clinic"),
        ("GUIDELINE:x", "Epidemiology of hyperhidrosis (ISPOR abstract PSS4, 2018)",
         "an ISPOR conference abstract"),
        ("GUIDELINE:pcn-x", "Hyperhidrosis (Primary Care Notebook)", "Primary Care Notebook"),
        ("GUIDELINE:merck-home-adenomyosis", "Uterine adenomyosis",
         "the MSD Manual Consumer Version"),
        ("GUIDELINE:x", "MSD Manual Consumer Version: Uterine adenomyosis (Merck & Co.)",
         "the MSD Manual Consumer Version"),
        ("GUIDELINE:x", "BMJ Best Practice: Giardiasis (BMJ Publishing Group)",
         "BMJ Best Practice"),
        ("GUIDELINE:bmj-bp-ganglion", "Ganglion cyst (wrist)", "BMJ Best Practice"),
        ("GUIDELINE:x", "https://bestpractice.bmj.com/topics/en-gb/984", "BMJ Best Practice"),
    ],
)
def test_weak_hosts_are_recognised_in_id_or_title(reference_id: str, title: str,
                                                  host: str) -> None:
    assert weak_source(reference_id, title) == host


@pytest.mark.parametrize(
    ("reference_id", "title"),
    [
        ("PMID:30710604", "The etiology, diagnosis, and management of hyperhidrosis"),
        ("GUIDELINE:nice-ng136", "NICE NG136: Hypertension in adults (2019, updated 2023)"),
        # an author named Mayo-Wilson is no Mayo Clinic page, a patient information leaflet
        # of a named body is no Patient.info page
        ("GUIDELINE:gip-x", "Social anxiety (Taylor, Mayo-Wilson, Clark and Pilling, 2013)"),
        ("GUIDELINE:x", "Keratosis pilaris: patient information (British Association of "
         "Dermatologists, 2021)"),
        # the professional edition of the manual is not the lay one
        ("GUIDELINE:msd-manual-hiatus-hernia",
         "MSD Manual Professional Version: Hiatus Hernia (Merck & Co.)"),
        # a journal article in The BMJ, and a guideline titled "best practice", are not the
        # point-of-care product
        ("GUIDELINE:bmj-2014-laryngitis-review",
         "Wood JM, Athanasiadis T, Allen J. Laryngitis (clinical review). BMJ 2014;349:g5827"),
        ("PMID:1", "Clinical management guidelines for Friedreich ataxia: best practice in rare "
         "diseases"),
    ],
)
def test_solid_sources_pass(reference_id: str, title: str) -> None:
    assert weak_source(reference_id, title) is None


WEAK_REFERENCE = {"id": "GUIDELINE:visualdx-thing", "title": "Thing (VisualDx)"}


def test_a_profile_citing_a_weak_host_is_rejected() -> None:
    raw: dict[str, Any] = copy.deepcopy(PROFILE)
    raw["references"].append(WEAK_REFERENCE)
    with pytest.raises(DataError, match=r"broken\.yaml: .*cites VisualDx"):
        validate_profile(raw, "broken.yaml")


def test_a_fact_sheet_citing_a_weak_host_is_rejected() -> None:
    raw: dict[str, Any] = copy.deepcopy(SHEET)
    raw["references"] = [*raw["references"], WEAK_REFERENCE]
    with pytest.raises(DataError, match=r"broken\.yaml: .*cites VisualDx"):
        validate_sheet(raw, "broken.yaml")


def test_a_prevalence_entry_citing_a_weak_host_is_rejected() -> None:
    entry: dict[str, Any] = copy.deepcopy(GOOD)
    entry["references"] = [*entry["references"], WEAK_REFERENCE]
    with pytest.raises(DataError, match=r"cites VisualDx"):
        parse_prevalence_table([entry])
