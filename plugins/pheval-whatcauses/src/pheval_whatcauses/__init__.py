"""PhEval runner for whatcauses: disease prioritisation from phenopackets.

Registered with PhEval through the ``pheval.plugins`` entry point; run it with
``pheval run --runner whatcausesphevalrunner --input-dir DIR --testdata-dir DIR --output-dir DIR``.
The runner class is imported from :mod:`pheval_whatcauses.runner` (it needs PhEval); the
ranking and raw-result modules work with whatcauses alone.
"""

from pheval_whatcauses.settings import WhatcausesSettings, parse_settings

__all__ = ["WhatcausesSettings", "parse_settings"]
