"""Which kind of question is asked: about a person, or about diseases in general.

* ``person``: "I'm always tired and cold", "my dad is 70 and his hand shakes" — what is most
  likely *for this person*, so how common each disease is weighs fully.
* ``knowledge``: "What autoimmune disease causes muscle stiffness?", "which disorders present
  with ..." — which diseases are *known for* a finding, so the diseases the finding
  characterises come first and common ones are named as such.

A question that talks about someone (a pronoun, a relative, an age, a patient) is a person
question even when it starts with "what causes"; a question about diseases that names nobody
is a knowledge question; a bare list of findings is about the person who typed it.

Two words of a question about causes override that rule (:func:`read_asked_prevalence`): a
question that asks for the *common* cause ("what is the most common cause of ...", "what usually
causes ...", "what common condition causes ...") asks what is most likely, so it is a person
question, with how common each disease is weighed fully; a question that asks for a *rare*
disease ("what rare disease causes ...", "a rare cause of ...") asks which rare diseases are
known for the findings, so it is a knowledge question even when it names someone ("what rare
disease could my son have ...").
"""

from __future__ import annotations

import re
from typing import Literal

from whatcauses.text.normalize import fold

Frame = Literal["person", "knowledge"]
AskedPrevalence = Literal["common", "rare"]

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
# A student's textbook wording (h-student1, issue 14): the words between the asking word and
# the disease word may be hyphenated ("which X-linked recessive disorder", "what late-onset
# disease"), and a question may open with the kind it asks for, "A/An <kind> disease with /
# causing / characterised by ..." ("An autosomal recessive lysosomal storage disease with a
# cherry-red spot", "A maternally inherited disorder causing loss of vision"): a description
# of a disease, not of a person, unless it names one (the person rule comes first). Only the
# nouns of a disease: "a viral infection with fever", "an illness with a rash" may describe
# what someone has.
_KNOWLEDGE = re.compile(
    r"\b(?:what|which|name|list)\b(?:\s+[\w'-]+){0,3}?\s+" + _DISEASE_WORD + r"\b"
    r"|\b" + _DISEASE_WORD + r"\s+(?:that|which)\s+(?:cause|present|produce|lead|give|are)"
    r"|\b(?:known for|characteri[sz]ed by|presents? with|associated with)\b"
    r"|^\W*an?(?:\s+[\w'-]+){0,4}?\s+(?:diseases?|disorders?|conditions?|syndromes?)"
    r"\s+(?:with|causing|that|which|presenting|featuring|characteri[sz]ed|marked)\b"
)


# A cause asked for as common or as rare: the prevalence word right before a disease word or
# "cause"/"reason", at most two words apart ("the most common cause of", "what common skin
# condition", "what usually causes", "which rare genetic disorder", "a rare cause of"). Words
# of a finding ("a common cold", "an unusual rash", "rarely dizzy", "frequent infections") are
# no such word.
_CAUSE_WORD = r"(?:" + _DISEASE_WORD + r"|reasons?|explanations?)"
_ASKED_COMMON = re.compile(
    r"\b(?:most\s+(?:common(?:ly)?|frequent(?:ly)?|likely|usual(?:ly)?|often)|commonest|"
    r"common(?:ly)?|usual(?:ly)?|typical(?:ly)?)"
    r"(?:\s+\w+){0,2}?\s+" + _CAUSE_WORD + r"\b"
)
_ASKED_RARE = re.compile(
    r"\b(?:rare|rarer|rarest|uncommon)(?:\s+\w+){0,2}?\s+" + _CAUSE_WORD + r"\b"
)


def read_asked_prevalence(question: str) -> AskedPrevalence | None:
    """``common`` when the question asks for the common cause of its findings, ``rare`` when it
    asks for a rare disease, ``None`` when it asks for neither or both."""
    text = fold(question)
    common = _ASKED_COMMON.search(text) is not None
    rare = _ASKED_RARE.search(text) is not None
    if common == rare:
        return None
    return "common" if common else "rare"


def read_frame(question: str) -> Frame:
    """``person`` or ``knowledge``, by the rules in the module docstring."""
    asked = read_asked_prevalence(question)
    if asked is not None:
        return "person" if asked == "common" else "knowledge"
    text = fold(question)
    if _PERSON.search(text):
        return "person"
    if _KNOWLEDGE.search(text):
        return "knowledge"
    return "person"
