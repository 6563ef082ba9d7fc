"""A gene the question names lifts the diseases HPO links to it ("an FBN1 variant": Marfan
syndrome and the other fibrillinopathies; text/genes.py reads it, knowledge/genes.py holds the
links from HPO's genes_to_phenotype.txt).

Naming a gene is a test result: a genetic test found a variant in it. Its likelihood ratio for
a disease linked to the gene, against one that is not, is :data:`GENE_LINK_LR` = 100, a
strong but bounded ratio:

* a person with a monogenic disease whose gene was tested names one of its genes (most linked
  diseases have one to three), so ``P(gene named | linked disease)`` is high;
* a disease not linked to the gene is named with it when the variant is incidental or of
  uncertain significance, or when the link is newer than the release: rare, but not
  negligible (the ACMG/AMP guideline on interpreting sequence variants, Richards et al.,
  Genet Med 2015, PMID:25741868, says a variant of uncertain significance should not be used
  in clinical decision making). The ratio therefore never removes a disease: findings that
  fit no linked disease still rank their own causes.

Measured on the h-genes1 probe (bench/data/probe_h-genes1.yaml: 11 questions that name a
gene, one that names a word that is a symbol too), top-1/3/10 of 12 (before the reader read
genes: 3/7/9): LR 1 (genes read, nothing lifted) 4/8/10, 10: 8/10/10, 30: 9/10/10, 100:
9/11/11, 300: 10/11/11, 1000: 10/11/12. 100 puts the linked disease first or second
wherever the reader reads the findings that fit it; the gain beyond (a child's "fractures",
read as falls, at 300; febrile seizures against Dravet syndrome at 1000) is findings the
reader missed being overruled by the gene alone, which a stronger ratio would do to every
question. The dev questions and probes name no gene: unchanged at any value.

A disease linked to several named genes is lifted once (the genes are usually alternatives
the asker names: "COL1A1 or COL1A2"), as are the records ranked as one candidate with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from whatcauses.knowledge.base import Knowledge
from whatcauses.rank.family_findings import named_disease_rows

Vector = np.ndarray[Any, Any]

GENE_LINK_LR = 100.0


def gene_weights(knowledge: Knowledge, genes: Mapping[str, Sequence[str]],
                 twin_group: Vector | None = None) -> Vector | None:
    """Per disease, :data:`GENE_LINK_LR` for the diseases linked to any of the named
    ``genes`` (symbol -> disease ids) and the records ranked as one candidate with them, 1 for
    every other; None when no named gene links a disease."""
    linked = [d for diseases in genes.values() for d in diseases]
    if not linked:
        return None
    weights: Vector = np.ones(knowledge.n_diseases)
    weights[named_disease_rows(knowledge, linked, twin_group)] = GENE_LINK_LR
    return weights


def linked_genes(knowledge: Knowledge, genes: Mapping[str, Sequence[str]],
                 members: Sequence[int], twin_group: Vector | None = None) -> tuple[str, ...]:
    """The named genes (symbols, in question order) linked to one of the diseases at
    ``members`` (a candidate's records)."""
    wanted = set(members)
    return tuple(symbol for symbol, diseases in genes.items()
                 if diseases and wanted.intersection(
                     named_disease_rows(knowledge, diseases, twin_group)))
