"""Every finding the reader takes from each question, with the words it was read from.

    python bench/readings.py [--data FILE ...] [TEXT ...]

For reviewing false readings (issue 14: a word read in the wrong sense). Each line is
``[span text] -> label (id) source/kind``, excluded findings marked ``NOT``, OR-groups joined
by ``|``. With no file and no text it reads bench/data/questions_dev.yaml.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from whatcauses.engine import Engine

DATA = Path(__file__).parent / "data" / "questions_dev.yaml"


def describe(engine: Engine, text: str) -> list[str]:
    reading = engine.interpret(text)
    lines = []
    found = [(f, "") for f in reading.present] + [(f, "") for f in reading.or_groups]
    found += [(f, "NOT ") for f in reading.excluded]
    for finding, mark in sorted(found, key=lambda pair: pair[0].start):
        labels = " | ".join(f"{label} ({id_})" for id_, label in zip(finding.ids, finding.labels,
                                                                      strict=True))
        lines.append(f"  {mark}[{text[finding.start:finding.end]}] -> {labels} "
                     f"{finding.source}/{finding.kind}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, action="append", default=[])
    parser.add_argument("text", nargs="*")
    args = parser.parse_args()
    texts = list(args.text)
    files = args.data or ([] if texts else [DATA])
    for path in files:
        texts += [str(item["question"]) for item in yaml.safe_load(path.read_text())]
    engine = Engine.load()
    for text in texts:
        print(text)
        for line in describe(engine, text):
            print(line)


if __name__ == "__main__":
    main()
