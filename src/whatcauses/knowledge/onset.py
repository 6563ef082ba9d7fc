"""Age-of-onset classes of the HPO (sub-ontology HP:0003674 "Onset") as age ranges in years.

The bounds follow the term definitions in hp.obo (e.g. HP:0003593 Infantile onset: between
28 days and one year of age; HP:0011463 Childhood onset: between one and five years).
"""

from __future__ import annotations

_DAY = 1.0 / 365.25

# term id -> (name for display, lower bound in years, upper bound in years)
ONSET_CLASSES: dict[str, tuple[str, float, float]] = {
    "HP:0030674": ("antenatal", -1.0, 0.0),
    "HP:0011460": ("embryonal", -1.0, 0.0),
    "HP:0011461": ("fetal", -1.0, 0.0),
    "HP:0034199": ("late first trimester", -1.0, 0.0),
    "HP:0034198": ("second trimester", -1.0, 0.0),
    "HP:0034197": ("third trimester", -1.0, 0.0),
    "HP:0003577": ("congenital", 0.0, 0.0),
    "HP:0003623": ("neonatal", 0.0, 28 * _DAY),
    "HP:0003593": ("infantile", 28 * _DAY, 1.0),
    "HP:0410280": ("pediatric", 0.0, 16.0),
    "HP:0011463": ("childhood", 1.0, 5.0),
    "HP:0003621": ("juvenile", 5.0, 16.0),
    "HP:0003581": ("adult", 16.0, 120.0),
    "HP:0011462": ("young adult", 16.0, 40.0),
    "HP:0025708": ("early young adult", 16.0, 19.0),
    "HP:0025709": ("intermediate young adult", 19.0, 25.0),
    "HP:0025710": ("late young adult", 25.0, 40.0),
    "HP:0003596": ("middle age", 40.0, 60.0),
    "HP:0003584": ("late", 60.0, 120.0),
}


def onset_class_for_age(age_years: float) -> str:
    """The narrowest onset class that contains an age (for display and phenopacket output)."""
    if age_years < 0:
        return "HP:0030674"
    if age_years < 28 * _DAY:
        return "HP:0003623"
    if age_years < 1:
        return "HP:0003593"
    if age_years < 5:
        return "HP:0011463"
    if age_years < 16:
        return "HP:0003621"
    if age_years < 40:
        return "HP:0011462"
    if age_years < 60:
        return "HP:0003596"
    return "HP:0003584"
