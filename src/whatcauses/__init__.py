"""whatcauses: answers "what causes this?" from the Human Phenotype Ontology and cited evidence.

>>> from whatcauses import Engine
>>> engine = Engine.load()                                     # doctest: +SKIP
>>> engine.rank(["HP:0002063", "HP:0003552"], top=3)           # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from whatcauses.errors import (
    CacheError,
    DataError,
    InputError,
    QuestionError,
    ReleaseError,
    UnknownDiseaseError,
    UnknownTermError,
    WhatcausesError,
)
from whatcauses.version import __version__

if TYPE_CHECKING:
    from whatcauses.answer.compose import Answer
    from whatcauses.engine import Engine, EngineInfo
    from whatcauses.explain.disease import DiseaseExplanation
    from whatcauses.rank.model import ModelParameters
    from whatcauses.rank.results import Candidate, FindingEvidence, Query, Ranking
    from whatcauses.text.interpretation import Interpretation

# The engine and result types load on first access (PEP 562), so that importing
# `whatcauses.errors` (as the CLI does before parsing its arguments) stays cheap.
_LAZY = {
    "Answer": "whatcauses.answer.compose",
    "DiseaseExplanation": "whatcauses.explain.disease",
    "Interpretation": "whatcauses.text.question",
    "Engine": "whatcauses.engine",
    "EngineInfo": "whatcauses.engine",
    "ModelParameters": "whatcauses.rank.model",
    "Candidate": "whatcauses.rank.results",
    "FindingEvidence": "whatcauses.rank.results",
    "Query": "whatcauses.rank.results",
    "Ranking": "whatcauses.rank.results",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'whatcauses' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)

__all__ = [
    "Answer",
    "CacheError",
    "Candidate",
    "DataError",
    "DiseaseExplanation",
    "Engine",
    "EngineInfo",
    "FindingEvidence",
    "InputError",
    "Interpretation",
    "ModelParameters",
    "Query",
    "QuestionError",
    "Ranking",
    "ReleaseError",
    "UnknownDiseaseError",
    "UnknownTermError",
    "WhatcausesError",
    "__version__",
]
