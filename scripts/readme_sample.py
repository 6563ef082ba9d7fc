"""Write the README's sample output from the real output of the commands it shows.

    python scripts/readme_sample.py          # rewrite the marked blocks of README.md
    python scripts/readme_sample.py --check  # exit 1 when README.md is out of date

A block is marked ``<!-- sample: ARGS -->`` ... ``<!-- /sample -->``; ARGS are the arguments
of ``whatcauses`` (shell-quoted). The terminal width is fixed so that the tables wrap the same
way on every machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- sample: (?P<args>.+?) -->\n)(?P<body>.*?)(<!-- /sample -->)", re.S)
WIDTH = "100"


def run(args: str) -> str:
    env = {**os.environ, "COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run([sys.executable, "-m", "whatcauses.cli", *shlex.split(args)],
                          capture_output=True, text=True, env=env, check=False, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"whatcauses {args} failed ({done.returncode}): {done.stderr}")
    lines = [line.rstrip() for line in done.stdout.splitlines()]
    return "\n".join(lines).strip() + "\n"


def render(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        args = match.group("args")
        body = f"```text\n$ whatcauses {args}\n{run(args)}```\n"
        return f"{match.group(1)}{body}{match.group(4)}"

    return BLOCK.sub(block, text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, exit 1 if stale")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print("README.md sample output is out of date: run python scripts/readme_sample.py",
                  file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
