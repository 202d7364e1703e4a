"""Mentions of people in one Doc: names (extract/names.py), descriptions ("the 26-year-old
man") and pronouns, in text order.

Mention and the marks of written names live in extract/mention.py; they are exported
here too, for the stages that read mentions.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from casefile.extract.mention import (
    AGE_RE,
    NAME_SUFFIXES,
    POSSESSIVE,
    PRONOUNS,
    QUOTE_MARKS,
    Mention,
    age_value,
)
from casefile.extract.names import named_mentions
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import tokens_of
from casefile.lexicons import words

__all__ = [
    "AGE_RE",
    "NAME_SUFFIXES",
    "POSSESSIVE",
    "PRONOUNS",
    "QUOTE_MARKS",
    "Mention",
    "description_mentions",
    "find_mentions",
    "named_mentions",
    "pronoun_mentions",
]


_AGE_UNITS = ("year", "month", "week")  # "a 26-year-old", "a 4-month-old": a person


def _age_near(span: Span) -> tuple[int, tuple[int, int]] | None:
    """An age written inside a description: "a 26-year-old man"."""
    m = AGE_RE.search(span.text)
    if not m:
        return None
    # in years, as the archives give it: "14-month-old" is 1, "3-week-old" 0
    unit = m.group(2).lower()
    number = age_value(m.group(1))
    age = number // 12 if unit == "month" else 0 if unit in ("week", "day") else number
    if not 0 <= age < 120 or age == 0 and unit in ("year", "yr"):
        return None
    start = span.start_char + m.start(1)
    return age, (start, span.start_char + m.end())


def _listed_by_copula(tok: Token) -> bool:
    """Whether what a copula says is one of several people its plural subject stands for:
    "The victims were a 17-year-old boy and a 19-year-old woman" (not "He was a driver",
    which describes the one told of)."""
    verb = tok.head
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS", "CD")
                               or c.lower_ in words("plural_harmed_words"))
        for c in verb.children)


def _holiday(doc: Doc, i: int) -> bool:
    """Whether a capitalised person noun names a day, with a possessive and "Day" after
    it ("Mother's Day", "Father's Day")."""
    return doc[i].text[:1].isupper() and i + 2 < len(doc) and doc[i + 1].text in POSSESSIVE \
        and doc[i + 2].text == "Day"


def description_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Singular noun phrases that describe a person: "the driver", "a 17-year-old boy"."""
    person_nouns = words("person_nouns")
    female, male = words("female_nouns"), words("male_nouns")
    found: list[Mention] = []
    table = tokens_of(doc)  # a Token is built only for a word that can head a description
    lower, pos, ent, dep = table.lower, table.pos, table.ent_type, table.dep
    for i, word in enumerate(lower):
        if word not in person_nouns and word != "old" or i in taken \
                or table.tag[i] in ("NNS", "NNPS"):
            continue
        # the tests below on the columns, as they are made on the Token further down
        if word not in person_nouns and not (i >= 2 and lower[i - 2] in _AGE_UNITS) \
                or pos[i] not in ("NOUN", "PROPN", "ADJ") or ent[i] in ("ORG", "GPE") \
                or dep[i] in ("attr", "oprd", "acomp") and not _listed_by_copula(doc[i]):
            continue
        tok = doc[i]
        lemma = tok.lower_
        is_age_only = tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 2].lower_ in _AGE_UNITS
        if lemma not in person_nouns and not is_age_only:
            continue
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.ent_type_ in ("ORG", "GPE"):
            continue
        if is_age_only and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in person_nouns | {"-"}:
            continue  # the noun after "26-year-old" heads this description
        if tok.dep_ == "compound" and tok.head.i in taken and tok.i + 1 not in taken:
            continue  # "Deputy Coroner Jo Doe": a word of a title, not someone else
        if _holiday(doc, tok.i):
            continue  # "the Mother's Day shooting": a day, not a mother
        left = tok.left_edge.i
        # Keep the noun phrase up to its head: drop relative clauses and preps to the right.
        span = doc[left: tok.i + 1]
        if len(span) > 8:
            # a run-on left edge ("COUNTY, VA - A 15-year-old male"): from the last
            # determiner, else the word before the noun
            det = max((t.i for t in span[:-1] if t.tag_ == "DT"), default=tok.i - 1)
            span = doc[det: tok.i + 1] if tok.i + 1 - det <= 8 else doc[tok.i - 1: tok.i + 1]
        if tok.dep_ in ("attr", "oprd", "acomp") and not _listed_by_copula(tok) or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("than", "as", "like")):
            continue  # "considered a witness rather than a suspect" describes, not introduces
        first = span[0].lower_
        if first in ("two", "three", "four", "both", "several", "many", "other", "some") \
                and not (len(span) > 2 and span[1].text == "-"):  # "two-year-old boy": one
            continue
        if first in ("neither", "no", "each", "every", "either", "any"):
            continue  # "Neither officer was hit": nobody, or everybody, not one person
        mention = Mention(span=span, kind="desc", head="person" if is_age_only else lemma)
        aged = _age_near(doc[max(left, tok.i - 8): tok.i + 1])
        if aged:
            mention.age, mention.age_span = aged
        if lemma in female:
            mention.gender = "female"
        elif lemma in male:
            mention.gender = "male"
        mention.definite = first in ("the", "this", "that") or span[0].dep_ == "poss"
        found.append(mention)
    return found


def pronoun_mentions(doc: Doc) -> list[Mention]:
    """Singular third-person pronouns."""
    table = tokens_of(doc)
    return [Mention(span=doc[i: i + 1], kind="pron", gender=PRONOUNS[table.lower[i]])
            for i in table.where_lower(PRONOUNS) if table.pos[i] in ("PRON", "DET")]


_QUOTED = re.compile(r"[“\"][^“”\"\n]*(?:[”\"]|$)"
                     # a quote in single marks (‘He was executed’, 'He was executed'),
                     # not an apostrophe: no letter before the opening mark or after the
                     # closing one
                     r"|(?<!\w)[‘'](?=[A-Z])[^‘’'\n]*[’'](?!\w)", re.MULTILINE)


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks (to the paragraph's end when a
    quote runs on unclosed)."""
    return [m.span() for m in _QUOTED.finditer(text_of(doc))]


def find_mentions(doc: Doc) -> list[Mention]:
    """All person mentions of a Doc in text order."""
    names = named_mentions(doc)
    taken = {i for m in names for i in range(m.span.start, m.span.end)}
    quoted = quoted_spans(doc)
    # "when a person dies" inside a quotation speaks of anyone, not of someone in the story.
    descs = [d for d in description_mentions(doc, taken)
             if d.definite or d.age is not None
             or not any(a <= d.start < b for a, b in quoted)]
    mentions = names + descs + pronoun_mentions(doc)
    mentions.sort(key=lambda m: m.start)
    return mentions
