"""Why rare answers fall behind common condition profiles: counts only (issues 12 and 14).

    python bench/balance.py                          # every dev file: questions_dev + probes
    python bench/balance.py bench/data/probe_x.yaml

For every question whose accepted answer is rare (a general-population figure below 50 in
100,000, or none) and misses the top 3 while ranked within the first 100, with a common
condition profile (a MONDO profile of 50 in 100,000 or more) first: whether the leader's
product of likelihood ratios is the larger (so not the prior alone), split by whether the
answer is an OMIM/Orphanet entry or grouped with a curated profile of its own, and by whether
the answer explains every finding read (exactly or through a narrower annotation); then the
summed log10 ratio gap of the misses whose leader's ratio is the larger, by how each finding
met the leader and the answer (a finding the answer does not list, another reading of an
ambiguous word, a refinement, frequencies of findings both list). Questions whose answer
ranks beyond 100 are counted apart (the answer explains little of what was read: a reading
miss, mostly).

Only counts are printed, never a question, so that the lead can run it on the held-out sets
(as bench/frozen.py); helpers run it on the development files. The diagnosis it gave on
questions_dev and the dev probes (h-balance1) is in rank/model.py, ModelParameters, at
``question_profile_observed_floor``.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from probes import CHECK_SETS  # bench/probes.py, beside this file
from whatcauses.engine import Engine
from whatcauses.rank.results import COMMON_PER_100000, Candidate

DATA = Path(__file__).parent / "data"
DEPTH = 100  # candidates asked for (limits.MAX_ASK_TOP)
CUTOFF = 3


def dev_files() -> list[Path]:
    """questions_dev.yaml and every probe that is not a check set (bench/probes.py)."""
    return [DATA / "questions_dev.yaml",
            *sorted(p for p in DATA.glob("probe_*.yaml") if p.name not in CHECK_SETS)]


def log10(x: float) -> float:
    return math.log10(max(x, 1e-300))


def is_profile(candidate: Candidate) -> bool:
    return any(i.startswith("MONDO:") for i in candidate.ids)


def figure(candidate: Candidate) -> float | None:
    return candidate.prevalence.per_100000 if candidate.prevalence else None


def finding_kind(leader: str | None, answer: str | None) -> str:
    """How one finding met the leader and the answer, in the words of the report."""
    if answer is None or leader is None:
        return "another reading of an ambiguous word"
    if answer in ("none", "contradicted"):
        return "the answer does not list it" if leader != "none" else "neither lists it"
    if answer == "more_specific":
        return "the answer shows only a broader term (refinement)"
    return "both list it (frequencies)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="*", help="question files (default: dev)")
    args = parser.parse_args()
    engine = Engine.load()
    counts: Counter[tuple[str, str, str]] = Counter()
    gap: defaultdict[str, float] = defaultdict(float)
    beyond = rare_misses = 0
    for path in args.files or dev_files():
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            accepted = {str(a) for a in item.get("accepted") or []}
            if not accepted:
                continue
            candidates = engine.ask(str(item["question"]), top=DEPTH).ranking.candidates
            place = next((i for i, c in enumerate(candidates)
                          if (set(c.ids) | {c.id}) & accepted), None)
            if place is not None and place < CUTOFF:
                continue
            if place is None:
                beyond += 1
                continue
            answer = candidates[place]
            share = figure(answer)
            if share is not None and share >= COMMON_PER_100000:
                continue
            rare_misses += 1
            leader = candidates[0]
            if not (is_profile(leader) and (figure(leader) or 0.0) >= COMMON_PER_100000):
                continue
            explains = all(e.excluded or e.match in ("exact", "implied") for e in answer.evidence)
            larger = leader.likelihood_ratio > answer.likelihood_ratio
            counts[("grouped with a profile" if is_profile(answer) else "OMIM/Orphanet only",
                    "explains every finding" if explains else "leaves a finding unexplained",
                    "leader's ratio larger" if larger else "answer's ratio larger")] += 1
            if not larger:
                continue
            mine = {(e.hpo_id, e.excluded): e for e in leader.evidence}
            theirs = {(e.hpo_id, e.excluded): e for e in answer.evidence}
            for key in mine.keys() | theirs.keys():
                lead, ans = mine.get(key), theirs.get(key)
                difference = ((log10(lead.likelihood_ratio) if lead else 0.0)
                              - (log10(ans.likelihood_ratio) if ans else 0.0))
                gap[finding_kind(lead.match if lead else None,
                                 ans.match if ans else None)] += difference
    print(f"misses of the top {CUTOFF} with a rare answer ranked within {DEPTH}: {rare_misses}"
          f" (answer beyond {DEPTH}, any figure: {beyond})")
    print(f"of them led by a common condition profile: {sum(counts.values())}")
    for (kind, explained, which), n in sorted(counts.items()):
        print(f"  {n:>4}  {kind:<24} {explained:<30} {which}")
    print("summed log10 gap where the leader's ratio is the larger, by finding:")
    for kind, total in sorted(gap.items(), key=lambda x: -x[1]):
        print(f"  {total:>8.2f}  {kind}")


if __name__ == "__main__":
    main()
