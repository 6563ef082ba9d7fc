"""The README shows real output: its sample blocks equal what the commands print now."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_readme_sample_output_is_current(cli_env: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_sample.py"), "--check"],
                          capture_output=True, text=True, env=cli_env, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
