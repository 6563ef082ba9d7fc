"""The typo corrector (text/spelling.py) on lists of real misspellings and of real words.

    python bench/typos.py --misspellings codespell_lib/data/dictionary.txt \
        --words /usr/share/dict/american-english-large

``--misspellings``: lines ``typo->correction`` (codespell's dictionary.txt; pip download
codespell and unzip the wheel). A typo of a vocabulary word should be corrected to it; a typo
of another word should become no vocabulary word. ``--words``: one real word a line (Debian's
wamerican-large); those the English dictionary and the vocabulary both lack should stay as
typed. Only words the reader would hand to the corrector count (5 letters or more, unknown
to both). A correction counts when its stem is in the lexicon, as the reader keeps it. About
a minute; neither list is shipped.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import OSA

from whatcauses.engine import Engine
from whatcauses.text.normalize import stem
from whatcauses.text.spelling import MIN_TYPO_LETTERS, english_words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misspellings", type=Path, required=True)
    parser.add_argument("--words", type=Path)
    args = parser.parse_args()
    reader = Engine.load().reader
    lexicon = reader.lexicon
    corrector = reader._spelling()  # the reader's own: the vocabulary and its finding words
    stems = lexicon.stems()
    english = english_words()

    def unknown(word: str) -> bool:
        return (len(word) >= MIN_TYPO_LETTERS and word.isalpha() and word not in english
                and word not in corrector)

    def kept(word: str) -> str | None:
        # As the question reader does with no word near (text/question.py _correct_typos):
        # a word naming a finding on its own when the nearest names none.
        found = corrector.correct(word)
        if found is None or lexicon.lookup(stem(found)) is None:
            found = corrector.correct_to_finding(word) or found
        return found if found is not None and stem(found) in stems else None

    pairs = []
    for line in args.misspellings.read_text(encoding="utf-8").splitlines():
        typo, _, fixes = line.strip().lower().partition("->")
        words = [w.strip() for w in fixes.split(",") if w.strip()]
        if len(words) == 1 and typo.isalpha() and words[0].isalpha() and unknown(typo):
            pairs.append((typo, words[0]))
    outcome: Counter[tuple[int, str]] = Counter()
    others = [0, 0]
    for typo, word in pairs:
        found = kept(typo)
        if word in corrector:
            verdict = ("none" if found is None
                       else "right" if stem(found) == stem(word) else "wrong")
            outcome[(min(OSA.distance(typo, word), 3), verdict)] += 1
        elif stem(word) not in stems:
            others[0] += found is not None
            others[1] += 1
    print("typos of vocabulary words      right  wrong   none")
    for distance in (1, 2, 3):
        label = f"{distance} edit{'s' if distance > 1 else ''}{' or more' if distance == 3 else ''}"
        print(f"  {label:27s} {outcome[(distance, 'right')]:6d} {outcome[(distance, 'wrong')]:6d}"
              f" {outcome[(distance, 'none')]:6d}")
    print(f"typos of other words read as a vocabulary word: {others[0]} of {others[1]}")
    if args.words:
        real = {w.strip() for w in args.words.read_text(encoding="utf-8").splitlines()}
        real = {w for w in real if w.islower() and unknown(w) and stem(w) not in stems}
        changed = sum(kept(w) is not None for w in real)
        print(f"real words unknown to the dictionary, corrected: {changed} of {len(real)}")


if __name__ == "__main__":
    main()
