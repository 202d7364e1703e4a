"""One mention of a person (Mention), and the marks of written names every finder shares.

The finders of names (extract/names.py), of name-shaped words that are no people
(nonpeople.py) and of descriptions and pronouns (mentions.py) all use these, and so do
the later stages; they live alone so that no two of those modules import each other
(a circle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Span, Token

from casefile.lexicons import lexicon

NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
# \x92 is the Windows-1252 apostrophe that some pages carry undecoded.
POSSESSIVE = {"'s", "’s", "'", "’", "\x92s", "\x92"}
QUOTE_MARKS = {'"', "“", "”"}
# Pronouns that point back to one person, with the gender they carry.
PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}

def _age_number_pattern() -> str:
    """Digits, or a number in words: "ten", "nineteen", "twenty-one" (lexicon age_*_words)."""
    units = "|".join(sorted(lexicon()["age_number_words"], key=len, reverse=True))
    tens = "|".join(lexicon()["age_tens_words"])
    return rf"\d{{1,3}}|(?:{tens})(?:[- ](?:{units}))?|{units}"


# "26-year-old", "ten-year-old"; an infant's "4-month-old", "3-week-old" or "2-day-old"
# (the number is group 1, the unit group 2; age_value reads the number)
AGE_NUMBER = _age_number_pattern()
AGE_RE = re.compile(rf"\b({AGE_NUMBER})[- ](year|yr|month|week|day)s?[- ]old\b", re.IGNORECASE)


def age_value(number: str) -> int:
    """The value of an age's number as AGE_RE finds it: "26", "ten", "twenty-one"."""
    if number.isdigit():
        return int(number)
    words = lexicon()
    *tens, unit = re.split(r"[- ]", number.lower())
    if tens:
        return words["age_tens_words"][tens[0]] + words["age_number_words"][unit]
    return words["age_number_words"].get(unit) or words["age_tens_words"][unit]


@dataclass
class Mention:
    """One mention of a person; `kind` is name, desc (a description) or pron (a pronoun)."""

    span: Span
    kind: str
    name_tokens: list[str] = field(default_factory=list)  # for names: cleaned tokens
    title: list[str] = field(default_factory=list)  # titles before a name, lower-case
    head: str = ""  # for descriptions: the head noun's lemma, e.g. "driver"
    age: int | None = None
    age_span: tuple[int, int] | None = None  # char span of the age's evidence
    gender: str | None = None
    definite: bool = False  # "the driver" (refers back) vs "a man" (introduces someone)
    nicknames: list[str] = field(default_factory=list)  # Jane "JD" Doe: ["JD"]

    @property
    def start(self) -> int:
        return self.span.start_char

    @cached_property
    def root(self) -> Token:
        root = self.span.root
        if root.dep_ in ("aux", "auxpass", "neg", "cc", "punct") and len(self.span) > 1:
            # "Will Doe was struck": the parser read a first name as a verb's auxiliary;
            # the name's head is its last word that hangs outside it
            outside = [t for t in self.span if t.head.i not in range(self.span.start, self.span.end)
                       and t.dep_ not in ("aux", "auxpass", "neg", "cc", "punct")]
            return outside[-1] if outside else root
        return root

    @cached_property
    def source(self) -> bool:
        """Whether the mention is the object of "according to": the one who tells the
        clause ("According to Jo Doe, the 30-year-old driver fled"), not one it is about."""
        head = self.root.head
        if self.root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "accord":
            return True
        # the parser may make the name the subject of the clause after it: read back over
        # the capitalised words before it ("According to Doe County Coroner Jo Doe, ...")
        if self.kind != "name":
            return False
        doc, i = self.span.doc, self.span.start - 1
        while i >= 0 and doc[i].text[:1].isupper() and self.span.start - i <= 6:
            i -= 1
        return i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "according"

    @property
    def surname(self) -> str:
        toks = [t for t in self.name_tokens if t.lower() not in NAME_SUFFIXES]
        return toks[-1].lower() if toks else ""

    @property
    def first(self) -> str | None:
        toks = [t for t in self.name_tokens if t.lower() not in NAME_SUFFIXES]
        return toks[0].lower() if len(toks) > 1 else None

    @property
    def name(self) -> str:
        return " ".join(self.name_tokens)
