"""The runner's options as written in PhEval's config.yaml."""

from __future__ import annotations

from typing import Any

import pytest
from whatcauses.errors import InputError

from pheval_whatcauses.settings import DEFAULT_TOP, WhatcausesSettings, parse_settings


def test_no_options_means_the_defaults() -> None:
    assert parse_settings(None) == WhatcausesSettings(DEFAULT_TOP, "uniform", True)
    assert parse_settings({}) == parse_settings(None)


def test_options_are_read() -> None:
    settings = parse_settings({"top": 10, "prior": "prevalence", "excluded_findings": False})
    assert settings == WhatcausesSettings(top=10, prior="prevalence", excluded_findings=False)
    assert settings.to_dict() == {"top": 10, "prior": "prevalence", "excluded_findings": False}


@pytest.mark.parametrize(("options", "message"), [
    ({"top": 0}, "top must be a whole number from 1 to 20000, not 0"),
    ({"top": True}, "top must be a whole number"),
    ({"top": "10"}, "top must be a whole number"),
    ({"prior": "flat"}, "prior must be one of uniform, prevalence, not 'flat'"),
    ({"excluded_findings": "yes"}, "excluded_findings must be true or false"),
    ({"topn": 10}, "unknown whatcauses option(s): topn"),
    (["top", 10], "must be a mapping"),
])
def test_bad_options_are_input_errors(options: Any, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_settings(options)
    assert message in str(caught.value)
