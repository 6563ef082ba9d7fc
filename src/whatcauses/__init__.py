"""whatcauses: answers "what causes this?" from the Human Phenotype Ontology and cited evidence.

>>> from whatcauses import Engine
>>> engine = Engine.load()                                     # doctest: +SKIP
>>> engine.rank(["HP:0002063", "HP:0003552"], top=3)           # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from whatcauses.engine import Engine, EngineInfo
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
from whatcauses.rank.model import ModelParameters
from whatcauses.rank.results import Candidate, FindingEvidence, Query, Ranking

__all__ = [
    "CacheError",
    "Candidate",
    "DataError",
    "Engine",
    "EngineInfo",
    "FindingEvidence",
    "InputError",
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
