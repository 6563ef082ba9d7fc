"""The sex a question's findings imply when its words name none.

Some findings occur in one sex only: irregular periods, vaginal discharge and painful sex in a
woman; testicular pain and erectile dysfunction in a man. A question made of them is about a
person of that sex even when it names no person ("Irregular periods, spots on my jaw and dark
hairs on my upper lip"). Without the sex the ranker weighs a condition of one sex only by the
share of people of that sex (``ModelParameters.one_sex_population_share``) and ignores the
curated ratios of affected women to men, so a condition that only women have stands at half
its weight beside one that both sexes have, in a question that can only be a woman's.

A finding implies a sex when its HPO term lies under one of that sex's roots below and under
none of the other's (a term of both, as ambiguous genitalia may be, implies nothing); the
question implies a sex when some finding implies it and none implies the other. Pregnancy
history is left out: it is asked about a baby as often as about its mother.
"""

from __future__ import annotations

from collections.abc import Iterable

from whatcauses.knowledge.ontology import Ontology
from whatcauses.rank.results import Sex

# HPO branches whose terms only one sex can show (hp.obo: the female and male genitalia,
# reproductive physiology and genital neoplasms; the fertility and gonad terms HPO files
# under a branch of both sexes or under "Pain" alone; and terms hp.obo defines for one sex).
SEX_ROOTS: dict[Sex, tuple[str, ...]] = {
    "female": (
        "HP:0010460",  # Abnormality of the female genitalia
        "HP:0030012",  # Abnormal female reproductive system physiology
        "HP:0033020",  # Female reproductive system neoplasm
        "HP:0000868",  # Decreased fertility in females
        "HP:0012204",  # Recurrent vulvovaginal candidiasis
        "HP:0034493",  # Tubo-ovarian abscess
        "HP:0410022",  # Vaginal fish odor
    ),
    "male": (
        "HP:0010461",  # Abnormality of the male genitalia
        "HP:0012874",  # Abnormal male reproductive system physiology
        "HP:0033019",  # Male reproductive system neoplasm
        "HP:0012041",  # Decreased fertility in males
        "HP:0033839",  # Testicular pain
        "HP:0033403",  # Testicular ischemia
        "HP:0025020",  # Elevated prostate-specific antigen level
        "HP:0000771",  # Gynecomastia (hp.obo: "mammary glands in males")
    ),
}


def term_sex(ontology: Ontology, term: str) -> Sex | None:
    """The sex a finding's term implies (module docstring), ``None`` for most terms."""
    if term not in ontology:
        return None
    lineage = {ontology.ids[a] for a in ontology.ancestors(ontology.index(term)).tolist()}
    implied = [sex for sex, roots in SEX_ROOTS.items() if lineage.intersection(roots)]
    return implied[0] if len(implied) == 1 else None


def implied_sex(ontology: Ontology, findings: Iterable[Iterable[str]]) -> Sex | None:
    """The sex the findings imply together: each finding is given by its readings (the
    terms of an ambiguous word: a finding implies a sex only when all of them do)."""
    sexes: set[Sex] = set()
    for readings in findings:
        each = {term_sex(ontology, term) for term in readings}
        if len(each) == 1 and (sex := each.pop()) is not None:
            sexes.add(sex)
    return sexes.pop() if len(sexes) == 1 else None
