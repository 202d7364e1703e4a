"""Ages and genders of people, read off the words around their mentions."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from casefile.extract.mention import AGE_NUMBER, age_value
from casefile.extract.mentions import AGE_RE, Mention
from casefile.extract.pipeline import text_of

# A police release's race and sex code after a name: "Jane Doe, B/F, 43" (F: female)
_CODE = r"\s*,\s*[A-Z]{1,2}/[MF](?![\w/])"
_RACE_SEX = re.compile("^" + _CODE)
# "Jane Doe, 43," / "Jane Doe (43)" / "Jane Doe, aged 43" / "Jane Doe, 43 years old"
# (a race and sex code may stand between: "Jane Doe, B/F, 43,")
# (a suffix's period the name mention left out may come first: "Jo Doe Sr., 61,")
_AFTER_NAME = re.compile(
    rf"^(?:[’']s|\.(?=,))?(?:{_CODE})?" r"\s*(?:,\s*(?:aged?\s+)?|\(\s*(?:aged?\s+)?)(\d{1,3})(?=\s*(?:,|\)|\.|;|\s+and\b|\s+years?\b|\s+of\b|\s+[-–—]|\s+who\b|\s+was\b|\s+is\b|\s+were\b|\s+had\b|\s+has\b|$))"
)
# "43-year-old Jane Doe", "43-year-old mother Jane Doe" (or "14-month-old") / "Jane Doe, a
# 43-year-old" (not "the 17-year-old and Jane Doe": two people)
_BEFORE_NAME = re.compile(rf"\b({AGE_NUMBER})[- ](year|yr|month|week)s?[- ]old\s+"
                          r"(?:(?!(?:and|or|but|with|to|of|from|by)\s)[a-z]+\s+){0,2}$",
                          re.IGNORECASE)
_APPOS_AGE = re.compile(rf"^\s*,\s*(?:an?|the)\s+({AGE_NUMBER})[- ](?:year|yr)s?[- ]old\b", re.IGNORECASE)
# "Jane Doe, W/F, age 43 Suspect: ...": the word "age" says it, whatever follows
# (not "age 2 months": a baby's age in months is no age in years)
_AGE_WORD = re.compile(rf"^(?:{_CODE})?" r"\s*,\s*aged?\s+(\d{1,3})\b"
                       r"(?!\s*(?:months?|weeks?|days?)\b)")
# "Jane Doe, who was 43, ..."
_WHO_AGE = re.compile(r"^\s*,\s*who\s+(?:was|is)\s+(\d{1,3})(?:\s+years?\s+old)?(?=\s*[,.;])")


def name_age(doc: Doc, m: Mention) -> tuple[int, tuple[int, int]] | None:
    """The age written right next to a name mention, with its character span."""
    text = text_of(doc)
    after = text[m.span.end_char: m.span.end_char + 40]
    hit = _AFTER_NAME.match(after) or _APPOS_AGE.match(after) or _WHO_AGE.match(after) \
        or _AGE_WORD.match(after)
    if hit:
        age = age_value(hit.group(1))
        if 0 < age < 120:
            base = m.span.end_char
            return age, (base + hit.start(1), base + hit.end(1))
    before = text[max(0, m.start - 40): m.start]
    hit = _BEFORE_NAME.search(before)
    if hit:
        # "14-month-old Jo Doe" is 1 in years, as the archives give it; "3-week-old" 0
        unit = hit.group(2).lower()
        number = age_value(hit.group(1))
        age = number // 12 if unit == "month" else 0 if unit == "week" else number
        if 0 <= age < 120 and (age or unit != "year"):
            base = max(0, m.start - 40)
            return age, (base + hit.start(1), base + hit.end(0))
    return None


def set_name_ages(doc: Doc, mentions: list[Mention]) -> None:
    """Fill in the age of every name mention that has one beside it, and the sex of one
    a police release's race and sex code follows."""
    text = text_of(doc)
    for m in mentions:
        if m.kind == "name" and m.age is None:
            found = name_age(doc, m)
            if found:
                m.age, m.age_span = found
        if m.kind == "name" and m.gender is None:
            code = _RACE_SEX.match(text[m.span.end_char: m.span.end_char + 12])
            if code:
                m.gender = "male" if code.group().endswith("M") else "female"


def best_gender(votes: Counter[str]) -> str | None:
    """The gender the votes agree on; None when they disagree or there are none."""
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    if rest and rest[0][1] * 3 > n:
        return None
    return top


__all__ = ["AGE_RE", "best_gender", "name_age", "set_name_ages"]
