"""Text-to-HPO extraction on bench/data/text_gold.yaml, whatcauses beside peer extractors.

    python bench/text_extraction.py [--verbose] [--worst 15] [--no-peer] [--json]

Each gold sentence lists the HPO ids a clinician would code as ``present`` and ``excluded``.
A system's findings are scored per channel (present, excluded) and combined, micro-averaged
over all sentences: precision, recall and F1.

Scoring rules:

- strict: a predicted id counts when it is a gold id of the same channel;
- lenient: it also counts when it is a parent or a child (distance 1) of such a gold id;
- an OR-group (an ambiguous phrase read as several terms) is one prediction, correct when ANY
  member is a gold id (under the rule in force); predictions and gold ids are paired one to
  one (maximum bipartite matching), so a group cannot be counted for two gold ids;
- an excluded finding counts only if it is predicted excluded: a negated phrase that a system
  reports as present is a present false positive and an excluded false negative.

Peers (each reads the same sentences, none sees the gold):

- FastHPOCR (PyPI ``fasthpocr``, Groza et al.), run from its own venv in the user cache dir
  (it pins nothing, but imports ``pronto`` without declaring it, so both are installed);
  its index is built once (about 15 s, see ``_PEER_WORKER`` for a speed-up that keeps its
  output) from the same embedded hp.obo whatcauses reads, restricted to
  HP:0000118 Phenotypic abnormality, 3-letter acronyms allowed, and it annotates with
  ``longestMatch=True`` (nested shorter matches dropped). It has no negation detection: all
  of its annotations are present findings.
- exact-synonym: a plain matcher, no stemming, no negation: every HPO name or synonym
  (under HP:0000118, 3+ characters) found verbatim, on word boundaries, lower-cased, longest
  first without overlaps.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import yaml

from whatcauses.engine import Engine
from whatcauses.knowledge.compile import PHENOTYPIC_ABNORMALITY
from whatcauses.knowledge.ontology import Ontology

GOLD = Path(__file__).parent / "data" / "text_gold.yaml"
PEER_HOME = Path(platformdirs.user_cache_dir("whatcauses")) / "bench" / "fasthpocr"
TARGET_F1 = 0.90

# One prediction: the ids it may mean (one id, or the members of an OR-group).
Prediction = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Extraction:
    present: tuple[Prediction, ...]
    excluded: tuple[Prediction, ...]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Score:
    """Counts per rule ("strict", "lenient") and channel ("present", "excluded", "combined")."""

    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)

    def get(self, rule: str, channel: str) -> Counts:
        return self.counts.setdefault((rule, channel), Counts())


# ---- scoring ----


def match_count(predictions: Sequence[Prediction], gold: Sequence[str],
                accepts: Callable[[str, str], bool]) -> int:
    """Size of a maximum one-to-one pairing of predictions with gold ids they hit."""
    edges = [[g for g, gold_id in enumerate(gold) if any(accepts(p, gold_id) for p in pred)]
             for pred in predictions]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for g in edges[i]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(predictions)))


def channel_counts(predictions: Sequence[Prediction], gold: Sequence[str],
                   accepts: Callable[[str, str], bool]) -> Counts:
    unique = list(dict.fromkeys(tuple(p) for p in predictions))
    gold = list(dict.fromkeys(gold))
    tp = match_count(unique, gold, accepts)
    return Counts(tp, len(unique) - tp, len(gold) - tp)


class Neighbourhood:
    """Parent/child (distance 1) relation over the ontology, for the lenient rule."""

    def __init__(self, ontology: Ontology):
        self._onto = ontology

    def near(self, predicted: str, gold: str) -> bool:
        if predicted == gold:
            return True
        onto = self._onto
        if predicted not in onto or gold not in onto:
            return False
        p, g = onto.index(predicted), onto.index(gold)
        return g in onto.parents(p).tolist() or p in onto.parents(g).tolist()


def score_sentence(extraction: Extraction, item: dict[str, Any],
                   neighbourhood: Neighbourhood) -> Score:
    score = Score()
    rules: dict[str, Callable[[str, str], bool]] = {
        "strict": lambda p, g: p == g,
        "lenient": neighbourhood.near,
    }
    for rule, accepts in rules.items():
        present = channel_counts(extraction.present, item["present"], accepts)
        excluded = channel_counts(extraction.excluded, item["excluded"], accepts)
        score.get(rule, "present").add(present)
        score.get(rule, "excluded").add(excluded)
        score.get(rule, "combined").add(present)
        score.get(rule, "combined").add(excluded)
    return score


# ---- systems ----


def whatcauses_extractor(engine: Engine) -> Callable[[list[str]], list[Extraction]]:
    def run(texts: list[str]) -> list[Extraction]:
        result = []
        for text in texts:
            reading = engine.interpret(text)
            present = [f.ids for f in reading.present] + [f.ids for f in reading.or_groups]
            result.append(Extraction(tuple(present), tuple(f.ids for f in reading.excluded)))
        return result

    return run


def exact_synonym_extractor(engine: Engine) -> Callable[[list[str]], list[Extraction]]:
    onto = engine.knowledge.ontology
    root = onto.index(PHENOTYPIC_ABNORMALITY)
    phrases: dict[str, set[str]] = {}
    for i, term_id in enumerate(onto.ids):
        if i == root or not onto.is_ancestor(root, i):
            continue
        for text in [onto.names[i], *(s[0] for s in onto.synonyms(i))]:
            if len(text) >= 3:
                phrases.setdefault(text.lower(), set()).add(term_id)
    longest = max(len(p.split()) for p in phrases)

    def run(texts: list[str]) -> list[Extraction]:
        result = []
        for text in texts:
            words = re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text.lower())
            found: list[Prediction] = []
            i = 0
            while i < len(words):
                for n in range(min(longest, len(words) - i), 0, -1):
                    ids = phrases.get(" ".join(words[i : i + n]))
                    if ids:
                        found.append(tuple(sorted(ids)))
                        i += n
                        break
                else:
                    i += 1
            result.append(Extraction(tuple(found), ()))
        return result

    return run


# The FastHPOCR worker, run by the peer venv's python: builds the index when missing, then
# annotates one JSON-encoded sentence per stdin line, answering one JSON list per line.
# FastHPOCR 0.1.4 gathers each cluster's tokens by scanning its whole 573,507-token vocabulary
# once per cluster (CRIndexKB.compileClusterList), which took over 30 CPU minutes here; the
# worker swaps in a one-pass grouping with the same result (same tokens, same order). The
# index is written to a scratch folder and renamed into place, so runs never see half a file.
_PEER_WORKER = r"""
import contextlib, io, json, os, sys, tempfile
from FastHPOCR.cr.CRIndexKB import CRIndexKB
from FastHPOCR.IndexHPO import IndexHPO
from FastHPOCR.HPOAnnotator import HPOAnnotator

def prepare_clusters(self, base_clusters):
    for token, cluster in self.invertedClusters.items():
        self.clusters[cluster] = [token]
    members = {}
    for token, cluster in base_clusters.items():
        members.setdefault(cluster, []).append(token)
    for cluster, own in self.clusters.items():
        merged = list(members.get(cluster, []))
        merged += [token for token in own if token not in merged]
        self.clusters[cluster] = merged

CRIndexKB.prepareClustersToSerialise = prepare_clusters
obo, folder = sys.argv[1], sys.argv[2]
index = os.path.join(folder, "hp.index")
if not os.path.exists(index):
    os.makedirs(folder, exist_ok=True)
    scratch = tempfile.mkdtemp(dir=folder)
    config = {"rootConcepts": ["HP:0000118"], "allow3LetterAcronyms": True}
    with contextlib.redirect_stdout(io.StringIO()):
        IndexHPO(obo, scratch, indexConfig=config).index()
    built = os.path.join(scratch, "hp.index")
    if not os.path.exists(built):
        sys.exit("FastHPOCR did not write an index")
    os.replace(built, index)
    os.rmdir(scratch)
annotator = HPOAnnotator(index)
for line in sys.stdin:
    found = annotator.annotate(json.loads(line), longestMatch=True)
    print(json.dumps([a.getHPOUri() for a in found]), flush=True)
"""


def _peer_python() -> Path:
    """The FastHPOCR venv's python, created (pip install fasthpocr pronto) on first use."""
    home = PEER_HOME / "venv"
    python = home / "bin" / "python"
    ready = home / ".ready"
    if not ready.exists():
        print(f"creating the FastHPOCR venv in {home} (needs PyPI once) ...", file=sys.stderr)
        venv.create(home, with_pip=True, clear=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "fasthpocr", "pronto"],
                       check=True, stdout=subprocess.DEVNULL)
        ready.write_text("ok\n")
    return python


def peer_version(python: Path) -> str:
    done = subprocess.run([str(python), "-m", "pip", "show", "fasthpocr"], capture_output=True,
                          text=True, check=False)
    return next((line.split(":", 1)[1].strip() for line in done.stdout.splitlines()
                 if line.startswith("Version:")), "?")


def fasthpocr_extractor(obo: Path) -> tuple[Callable[[list[str]], list[Extraction]], str]:
    python = _peer_python()
    stamp = f"{obo.stat().st_size}-{int(obo.stat().st_mtime)}"
    folder = PEER_HOME / f"index-{stamp}"
    if not (folder / "hp.index").exists():
        print(f"building the FastHPOCR index of {obo.name} once into {folder} (minutes) ...",
              file=sys.stderr)

    def run(texts: list[str]) -> list[Extraction]:
        lines = "".join(json.dumps(t) + "\n" for t in texts)
        with tempfile.TemporaryDirectory() as scratch:
            done = subprocess.run(
                [str(python), "-c", _PEER_WORKER, str(obo), str(folder)],
                input=lines, capture_output=True, text=True, check=False, cwd=scratch,
                env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        if done.returncode != 0:
            raise RuntimeError(f"FastHPOCR failed: {done.stderr.strip()[-500:]}")
        answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("[")]
        return [Extraction(tuple((i,) for i in dict.fromkeys(ids)), ()) for ids in answers]

    return run, f"FastHPOCR {peer_version(python)}"


# ---- report ----


def evaluate(name: str, extract: Callable[[list[str]], list[Extraction]],
             gold: list[dict[str, Any]], neighbourhood: Neighbourhood
             ) -> tuple[Score, list[tuple[Extraction, Score]], float]:
    start = time.perf_counter()
    extractions = extract([str(item["text"]) for item in gold])
    elapsed = time.perf_counter() - start
    if len(extractions) != len(gold):
        raise RuntimeError(f"{name} answered {len(extractions)} of {len(gold)} sentences")
    total = Score()
    per_sentence = []
    for extraction, item in zip(extractions, gold, strict=True):
        score = score_sentence(extraction, item, neighbourhood)
        per_sentence.append((extraction, score))
        for key, counts in score.counts.items():
            total.get(*key).add(counts)
    return total, per_sentence, elapsed


def print_table(results: list[tuple[str, Score, float]], n: int) -> None:
    header = (f"{'system':<26}{'channel':<10}{'strict P':>9}{'R':>7}{'F1':>7}"
              f"{'lenient P':>11}{'R':>7}{'F1':>7}{'TP/FP/FN strict':>18}")
    print(header)
    print("-" * len(header))
    for name, score, _ in results:
        for channel in ("present", "excluded", "combined"):
            s, le = score.get("strict", channel), score.get("lenient", channel)
            print(f"{name:<26}{channel:<10}{s.precision:>9.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                  f"{le.precision:>11.3f}{le.recall:>7.3f}{le.f1:>7.3f}"
                  f"{f'{s.tp}/{s.fp}/{s.fn}':>18}")
    print()
    for name, _, elapsed in results:
        print(f"{name}: {elapsed * 1000 / n:.1f} ms per sentence ({n} sentences, start-up "
              "excluded for whatcauses, included for peers)")


def describe(ids: Iterable[str], onto: Ontology) -> str:
    return ", ".join(f"{i} {onto.name(i) if i in onto else '?'}" for i in ids) or "-"


def print_worst(gold: list[dict[str, Any]], per_sentence: list[tuple[Extraction, Score]],
                onto: Ontology, limit: int) -> None:
    ranked = sorted(range(len(gold)), key=lambda k: (
        per_sentence[k][1].get("strict", "combined").f1, k))
    print(f"\nworst {limit} sentences for whatcauses (strict combined F1 per sentence):")
    for k in ranked[:limit]:
        extraction, score = per_sentence[k]
        item = gold[k]
        f1 = score.get("strict", "combined").f1
        if f1 == 1.0:
            break
        print(f"\n  [{f1:.2f}] {item['text']}")
        print(f"    gold present:  {describe(item['present'], onto)}")
        if item["excluded"]:
            print(f"    gold excluded: {describe(item['excluded'], onto)}")
        for label, predictions in (("got present", extraction.present),
                                   ("got excluded", extraction.excluded)):
            if predictions:
                shown = ["|".join(p) + f" {onto.name(p[0]) if p[0] in onto else '?'}"
                         for p in predictions]
                print(f"    {label + ':':<15}{'; '.join(shown)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also print the worst sentences of whatcauses")
    parser.add_argument("--worst", type=int, default=15, help="how many worst sentences")
    parser.add_argument("--no-peer", action="store_true", help="skip FastHPOCR")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    for item in gold:
        item["present"] = [str(i) for i in item.get("present") or []]
        item["excluded"] = [str(i) for i in item.get("excluded") or []]
    engine = Engine.load()
    onto = engine.knowledge.ontology
    engine.interpret("warm up the lexicon")
    neighbourhood = Neighbourhood(onto)
    systems: list[tuple[str, Callable[[list[str]], list[Extraction]]]] = [
        ("whatcauses", whatcauses_extractor(engine)),
    ]
    notes = []
    if not args.no_peer:
        obo = engine.knowledge.files.obo if engine.knowledge.files else None
        try:
            if obo is None:
                raise RuntimeError("the loaded release has no hp.obo file to index")
            run, label = fasthpocr_extractor(obo)
            systems.append((label, run))
        except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
            notes.append(f"FastHPOCR skipped: {exc}")
    systems.append(("exact-synonym (baseline)", exact_synonym_extractor(engine)))

    results = []
    ours: list[tuple[Extraction, Score]] = []
    for name, run in systems:
        try:
            total, per_sentence, elapsed = evaluate(name, run, gold, neighbourhood)
        except RuntimeError as exc:
            notes.append(str(exc))
            continue
        results.append((name, total, elapsed))
        if name == "whatcauses":
            ours = per_sentence

    if args.json:
        payload = {
            name: {f"{rule}/{channel}": {"precision": c.precision, "recall": c.recall,
                                         "f1": c.f1, "tp": c.tp, "fp": c.fp, "fn": c.fn}
                   for (rule, channel), c in sorted(score.counts.items())}
            | {"ms_per_sentence": elapsed * 1000 / len(gold)}
            for name, score, elapsed in results
        }
        print(json.dumps({"sentences": len(gold), "systems": payload, "notes": notes}, indent=1))
        return 0
    print(f"text extraction on {GOLD.name}: {len(gold)} sentences, "
          f"{sum(len(i['present']) for i in gold)} present and "
          f"{sum(len(i['excluded']) for i in gold)} excluded gold findings; HPO "
          f"{engine.data_release}")
    print("strict: exact id; lenient: parent or child of a gold id also counts; an OR-group "
          "counts when any member is a gold id; excluded counts only when predicted excluded\n")
    print_table(results, len(gold))
    for note in notes:
        print(f"note: {note}")
    ours_f1 = results[0][1].get("strict", "combined").f1
    print(f"\nwhatcauses strict combined F1 {ours_f1:.3f} (target >= {TARGET_F1})")
    if args.verbose:
        print_worst(gold, ours, onto, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
