"""The runner's options: the ``tool_specific_configuration_options`` of PhEval's config.yaml.

```yaml
tool: whatcauses
tool_version: 0.1.0
variant_analysis: false
gene_analysis: false
disease_analysis: true
tool_specific_configuration_options:
  top: 100                 # candidates written per case
  prior: uniform           # or "prevalence": how common each disease is, from Orphanet
  excluded_findings: true  # use the phenopackets' excluded features
```
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from whatcauses.errors import InputError

Prior = Literal["uniform", "prevalence"]
PRIORS: tuple[Prior, ...] = ("uniform", "prevalence")

# PhEval's rank statistics stop at the top 10 and its curves use every result written; 100
# candidates keep the true disease's rank for nearly every solved case at a small file size.
DEFAULT_TOP = 100
MAX_TOP = 20_000  # more than the ~12,700 annotated diseases: "all of them"


@dataclass(frozen=True, slots=True)
class WhatcausesSettings:
    """How whatcauses ranks each case of a PhEval corpus."""

    top: int = DEFAULT_TOP
    prior: Prior = "uniform"
    excluded_findings: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"top": self.top, "prior": self.prior,
                "excluded_findings": self.excluded_findings}


def parse_settings(options: Mapping[str, Any] | None) -> WhatcausesSettings:
    """Read the tool-specific options; an unknown key or a bad value is an :class:`InputError`."""
    if options is None:
        return WhatcausesSettings()
    if not isinstance(options, Mapping):
        raise InputError("tool_specific_configuration_options must be a mapping of options")
    known = {"top", "prior", "excluded_findings"}
    unknown = sorted(str(key) for key in options if key not in known)
    if unknown:
        raise InputError(f"unknown whatcauses option(s): {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(known))})")
    top = options.get("top", DEFAULT_TOP)
    # bool is an int subclass: `top: true` must not mean one candidate.
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_TOP:
        raise InputError(f"top must be a whole number from 1 to {MAX_TOP}, not {top!r}")
    prior = options.get("prior", "uniform")
    if prior not in PRIORS:
        raise InputError(f"prior must be one of {', '.join(PRIORS)}, not {prior!r}")
    excluded = options.get("excluded_findings", True)
    if not isinstance(excluded, bool):
        raise InputError(f"excluded_findings must be true or false, not {excluded!r}")
    return WhatcausesSettings(top=top, prior=cast(Prior, prior), excluded_findings=excluded)
