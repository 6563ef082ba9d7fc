"""Whether a finding read in a clause is negated or uncertain, from the cue words around it.

NegEx-style (Chapman et al., J Biomed Inform 2001; PMID 12123149): a cue negates a finding
when it stands within a few words before it (or just after it) in the same clause, with
nothing between but function words, other findings, frame words and "transparent" words
("no history of seizures").
"""

from __future__ import annotations

from whatcauses.text.cues import Cues
from whatcauses.text.normalize import MARKS, STOPWORDS, Token

# A cue before a finding reaches it from at most this many words back ("no fever, rash or
# joint pain" reaches "joint pain").
NEGATION_LOOKBACK_WORDS = 6
# A cue after a finding ("ANA negative", "reflexes absent") counts within this many tokens
# (words or punctuation) after the finding's last word.
NEGATION_LOOKAHEAD_TOKENS = 3
# An uncertainty cue ("maybe", "possibly") counts within this many tokens (words or
# punctuation) before the finding.
UNCERTAINTY_LOOKBACK_TOKENS = 4


def negated(
    cues: Cues,
    tokens: list[Token],
    clause: list[int],
    consumed: set[int],
    first: int,
    last: int | None = None,
) -> bool:
    """True when the finding at token positions ``first``..``last`` of ``clause`` is negated.

    ``consumed`` holds the positions already read as parts of findings or category words:
    they let a cue reach across them ("no fever or joint pain"), and a negation word inside
    a finding ("not putting on weight") is no cue.
    """
    before = [i for i in clause if i < first and tokens[i].is_word]
    words = [tokens[i].folded for i in before]
    if any(words[-len(phrase) :] == list(phrase) for phrase in cues.words.negation_phrases_before):
        return True
    for i in reversed(before[-NEGATION_LOOKBACK_WORDS:]):
        token = tokens[i]
        if token.folded in cues.words.negation_before and i not in consumed:
            return True
        explained = (
            i in consumed
            or not cues.is_content(token)
            or cues.is_frame(token)
            or token.folded in cues.words.negation_transparent
            or token.folded.isdigit()
        )
        if not explained:
            break
    end = first if last is None else last
    after = [tokens[i].folded for i in clause if i > end][:NEGATION_LOOKAHEAD_TOKENS]
    return any(word in cues.words.negation_after for word in after)


def uncertain(cues: Cues, tokens: list[Token], clause: list[int], first: int) -> bool:
    """True when an uncertainty cue stands just before the finding starting at ``first``."""
    before = [tokens[i].folded for i in clause if i < first]
    return any(word in cues.words.uncertainty for word in before[-UNCERTAINTY_LOOKBACK_TOKENS:])


def loose_negation(cues: Cues, tokens: list[Token], positions: list[int]) -> bool:
    """True when a phrase holding "no"/"can't" skips words or spans "and"/"or": "can't feel
    my toes" is not "absent toes", and "eyelids and I can't" is not "absent eyelids"."""
    if not any(tokens[p].stem in MARKS for p in positions):
        return False
    first, last = min(positions), max(positions)
    between = [k for k in range(first + 1, last) if tokens[k].is_word and k not in positions]
    return cues.coordinated(tokens, first, last) or any(
        tokens[k].folded not in STOPWORDS for k in between
    )
