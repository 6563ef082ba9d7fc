"""Which kind of question is asked: about a person, or about diseases in general.

* ``person``: "I'm always tired and cold", "my dad is 70 and his hand shakes" — what is most
  likely *for this person*, so how common each disease is weighs fully.
* ``knowledge``: "What autoimmune disease causes muscle stiffness?", "which disorders present
  with ..." — which diseases are *known for* a finding, so the diseases the finding
  characterises come first and common ones are named as such.

A question that talks about someone (a pronoun, a relative, an age, a patient) is a person
question even when it starts with "what causes"; a question about diseases that names nobody
is a knowledge question; a bare list of findings is about the person who typed it.
"""

from __future__ import annotations

import re
from typing import Literal

from whatcauses.text.normalize import fold

Frame = Literal["person", "knowledge"]

# Someone the question is about: the asker, a relative, a patient, an age or sex given.
_PERSON = re.compile(
    r"\b(i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|our|us|"
    r"he|she|him|her|his|hers|they're|"
    r"mum|mom|mother|dad|father|son|daughter|child|baby|husband|wife|partner|brother|sister|"
    r"grandma|grandmother|grandpa|grandfather|boyfriend|girlfriend|friend|toddler|kid|"
    r"patient|pt|client|"
    r"\d{1,3}\s*(?:-|\s)?(?:years?|yrs?|y/?o|months?|mo)\b|\d{1,3}\s*[mf]\b|"
    r"year[\s-]old|month[\s-]old)\b"
)
# A question about diseases as a class: "what/which disease(s) cause ...", "conditions that".
_DISEASE_WORD = (r"(?:diseases?|disorders?|conditions?|syndromes?|illnesses?|infections?|"
                 r"cancers?|deficienc(?:y|ies)|causes?)")
_KNOWLEDGE = re.compile(
    r"\b(?:what|which|name|list)\b(?:\s+\w+){0,3}?\s+" + _DISEASE_WORD + r"\b"
    r"|\b" + _DISEASE_WORD + r"\s+(?:that|which)\s+(?:cause|present|produce|lead|give|are)"
    r"|\b(?:known for|characteri[sz]ed by|presents? with|associated with)\b"
)


def read_frame(question: str) -> Frame:
    """``person`` or ``knowledge``, by the rule in the module docstring."""
    text = fold(question)
    if _PERSON.search(text):
        return "person"
    if _KNOWLEDGE.search(text):
        return "knowledge"
    return "person"
