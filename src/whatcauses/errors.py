"""The one exception tree of whatcauses.

    WhatcausesError
    ├── InputError               bad input from a user (maps to CLI exit 2, HTTP 4xx)
    │   ├── UnknownTermError     an HPO id that is malformed or not in the ontology
    │   ├── UnknownDiseaseError  a disease id that is not in the annotations
    │   └── QuestionError        a question that is empty, too long or not text
    └── DataError                the knowledge data is missing, corrupt or inconsistent
        ├── CacheError           a compiled cache could not be read or trusted
        └── ReleaseError         a data release could not be fetched, verified or activated
"""

from __future__ import annotations


class WhatcausesError(Exception):
    """Base class of every error whatcauses raises on purpose."""

    code = "error"


class InputError(WhatcausesError):
    """The caller's input cannot be used as given."""

    code = "bad_input"


class UnknownTermError(InputError):
    """An HPO term id is malformed or unknown to the loaded ontology."""

    code = "unknown_term"


class UnknownDiseaseError(InputError):
    """A disease id is malformed or not annotated in the loaded data."""

    code = "unknown_disease"


class QuestionError(InputError):
    """A question is empty, too long, or not readable text."""

    code = "bad_question"


class DataError(WhatcausesError):
    """Knowledge data is missing, corrupt or inconsistent."""

    code = "data_error"


class CacheError(DataError):
    """A compiled cache file could not be read or failed its checksum."""

    code = "cache_error"


class ReleaseError(DataError):
    """A data release could not be downloaded, verified, installed or activated."""

    code = "release_error"
