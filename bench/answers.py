"""Answer quality over the development questions (bench/data/questions_dev.yaml).

    python bench/answers.py

For every question that yields candidates: the share of narrative sentences that end with a
citation marker, whether the answer has a contrast and a next question, how many sources it
cites, and the time to compose it. Also prints the seed question's full answer.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

import yaml

from whatcauses.engine import Engine

DATA = Path(__file__).parent / "data" / "questions_dev.yaml"
SEED = "What autoimmune disease causes muscle stiffness?"
_SENTENCE = re.compile(r"(?<=[.!?\]])\s+(?=[A-Z])")
_CITED = re.compile(r"\[\d+\]\s*$")


def sentences(text: str) -> list[str]:
    return [s for p in text.split("\n\n") for s in _SENTENCE.split(p) if s.strip()]


def main() -> int:
    questions = [str(q["question"]) for q in yaml.safe_load(DATA.read_text(encoding="utf-8"))]
    engine = Engine.load()
    engine.ask(SEED)
    total = cited = answered = with_contrast = with_next = 0
    citations: list[int] = []
    times: list[float] = []
    for question in questions:
        start = time.perf_counter()
        answer = engine.ask(question)
        times.append(time.perf_counter() - start)
        if not answer.ranking.candidates:
            continue
        answered += 1
        parts = sentences(answer.answer)
        total += len(parts)
        cited += sum(bool(_CITED.search(p)) for p in parts)
        with_contrast += bool(answer.sections.get("contrasts"))
        with_next += bool(answer.next_questions)
        citations.append(len(answer.citations))
    print(f"{'answers with candidates':<40}{answered:>8}")
    print(f"{'narrative sentences cited':<40}{cited / total:>8.1%}  ({cited}/{total})")
    print(f"{'answers with a contrast':<40}{with_contrast / answered:>8.1%}")
    print(f"{'answers with a next question':<40}{with_next / answered:>8.1%}")
    print(f"{'sources per answer (median)':<40}{statistics.median(citations):>8.0f}")
    print(f"{'ask time per question (median, ms)':<40}{statistics.median(times) * 1000:>8.1f}")
    print(f"{'ask time per question (max, ms)':<40}{max(times) * 1000:>8.1f}")
    print(f"\nSeed question: {SEED}\n")
    print(engine.ask(SEED).answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
