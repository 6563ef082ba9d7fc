"""A tiny PhEval corpus written in a test: an input dir with config.yaml, phenopackets/ cases.

The cases use real HPO terms and the diseases they are typical of, so that the expected ranks
are what a clinician would expect, not values read off a previous run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class TinyCase:
    name: str
    present: tuple[str, ...]
    excluded: tuple[str, ...]
    disease_id: str
    disease_label: str
    sex: str
    age: str  # ISO 8601 duration at the last encounter


TINY_CASES = (
    # Ectopia lentis, arachnodactyly, aortic root aneurysm, tall stature; no intellectual
    # disability. The diagnosis is given by its OMIM id.
    TinyCase("marfan-case", ("HP:0001083", "HP:0001166", "HP:0002616", "HP:0000098"),
             ("HP:0001249",), "OMIM:154700", "Marfan syndrome", "MALE", "P12Y"),
    # Muscle stiffness, rigidity, muscle spasms, an exaggerated startle and autoimmunity (the
    # picture that tells it from tetanus and hyperekplexia). The diagnosis is given by its
    # Orphanet id, while whatcauses names the disease by its OMIM twin: PhEval maps both to
    # MONDO.
    TinyCase("stiff-person-case", ("HP:0003552", "HP:0002063", "HP:0003394", "HP:0002267",
                                   "HP:0002960"), (),
             "ORPHA:3198", "Stiff-person syndrome", "FEMALE", "P45Y"),
    # A well-formed id that no HPO release has: nothing to rank on, so a miss.
    TinyCase("unknown-terms-case", ("HP:9999999",), (), "OMIM:184850",
             "Stiff-Person syndrome", "FEMALE", "P40Y"),
)  # fmt: skip


def phenopacket(case: TinyCase) -> dict[str, Any]:
    """A GA4GH Phenopacket v2 message as PhEval corpora hold them (diagnosis included)."""
    features: list[dict[str, Any]] = [{"type": {"id": term, "label": term}}
                                      for term in case.present]
    features += [{"type": {"id": term, "label": term}, "excluded": True}
                 for term in case.excluded]
    return {
        "id": case.name,
        "subject": {"id": f"{case.name}-proband", "sex": case.sex,
                    "timeAtLastEncounter": {"age": {"iso8601duration": case.age}}},
        "phenotypicFeatures": features,
        "interpretations": [{
            "id": f"{case.name}-interpretation",
            "progressStatus": "SOLVED",
            "diagnosis": {"disease": {"id": case.disease_id, "label": case.disease_label}},
        }],
        "metaData": {
            "created": "2025-01-16T00:00:00Z",
            "createdBy": "whatcauses tests",
            "phenopacketSchemaVersion": "2.0",
            "resources": [{
                "id": "hp", "name": "human phenotype ontology",
                "url": "http://purl.obolibrary.org/obo/hp.owl", "version": "2025-01-16",
                "namespacePrefix": "HP", "iriPrefix": "http://purl.obolibrary.org/obo/HP_",
            }],
        },
    }


def write_corpus(testdata_dir: Path, cases: tuple[TinyCase, ...] = TINY_CASES) -> Path:
    """``testdata_dir/phenopackets/<case>.json``, the layout PhEval's runners read."""
    phenopacket_dir = testdata_dir / "phenopackets"
    phenopacket_dir.mkdir(parents=True)
    for case in cases:
        (phenopacket_dir / f"{case.name}.json").write_text(json.dumps(phenopacket(case)))
    return phenopacket_dir


def write_input_dir(input_dir: Path, options: dict[str, Any] | None = None,
                    *, gene_analysis: bool = False) -> Path:
    """PhEval's input directory: a config.yaml naming the tool and its options."""
    input_dir.mkdir(parents=True)
    config = {
        "tool": "whatcauses",
        "tool_version": "0.1.0",
        "variant_analysis": False,
        "gene_analysis": gene_analysis,
        "disease_analysis": True,
        "tool_specific_configuration_options": options,
    }
    (input_dir / "config.yaml").write_text(yaml.safe_dump(config))
    return input_dir
