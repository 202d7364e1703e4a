"""The incident's date: date expressions found, resolved against the publication date.

Expressions are found with precompiled regular expressions built from data/dates.json
(explicit dates, datelines, weekdays, "yesterday", "last month", …) and widened to the
spaCy DATE/TIME entity that contains them, for the evidence. Each is resolved against a
reference day: the publication date, else a dateline date that carries a year. A year is
never invented: without a reference day, a month-day without a year and every relative
expression stay unresolved, and the article gets no date unless the text names a year.
The incident's date is the best-scored candidate: expressions in sentences about the
violent act (the lexicon's method and harm words) and early in the article win; those in
sentences about courts, arrests or funerals, and those after the reference day, lose.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc

from casefile import lexicons
from casefile.extract.evidence import EvidenceBank
from casefile.extract.pipeline import text_of
from casefile.extract.tokens import tokens_of


@dataclass
class DateResult:
    date: str  # ISO 8601, as precise as supported: "2022", "2022-01", "2022-01-24"
    text: str  # the expression as written; "" when basis is "published"
    evidence: list[str] = field(default_factory=list)
    basis: str = "text"  # "text": an expression of the article; "published": the fallback


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str  # explicit, numeric, dateline, weekday, relative, month
    iso: str
    day: dt.date | None  # set when the candidate is day-precise
    score: float = 0.0
    features: dict[str, Any] = field(default_factory=dict)


# Weights of the candidate's features; measured on gva-dev's tune split.
WEIGHTS: dict[str, float] = {
    "explicit": 4.0, "numeric": 2.0, "weekday": 4.5, "weekday_part": 4.5, "relative": -1.0, "today": -1.0,
    "month": -3.0, "dateline": 4.0,
    "violent_sentence": 1.0,  # the sentence speaks of the violent act
    "followup_sentence": -2.0,  # … or of courts, arrests, funerals
    "violent_head": 2.0,  # the date modifies a violence word: "shot a woman Wednesday"
    "report_head": -3.0,  # … or a reporting verb: "police said Saturday"
    "death_head": 0.0,  # … or a death, which may come days after: "died Thursday"
    "early": 3.0, "early_step": 0.25,  # bonus of the first sentence, shrinking a sentence
    # A day close to the reference day loses a little: reports name recent days by weekday
    # and older ones by date, so an explicit older date is the incident's more often.
    "recent": -1.0,
    "old": -2.0,  # an explicit date over old_days before the reference day is history
    "old_days": 400,
}
_DATELINE_CHARS = 200  # a dateline stands within the first characters of the text


@cache
def _data() -> dict[str, Any]:
    text = resources.files("casefile.data").joinpath("dates.json").read_text("utf-8")
    return json.loads(text)


def _alternation(words: list[str], *, capitalised: bool) -> str:
    forms: set[str] = set()
    for w in words:
        forms.update((w.capitalize(), w.upper()) if capitalised else (w,))
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    d = _data()
    months = _alternation(list(d["months"]), capitalised=True)
    full_months = _alternation([m for m in d["months"] if len(m) > 4 or m == "may"],
                               capitalised=True)
    weekdays = _alternation([w for w in d["weekdays"] if len(w) > 5], capitalised=True)
    mods = _alternation(d["weekday_modifiers"] + d["future_modifiers"], capitalised=False)
    parts = _alternation(d["day_parts"], capitalised=False)
    rel = _alternation(list(d["relative_days"]) + list(d["relative_months"]),
                       capitalised=False)
    year = r"(?P<y>(?:19|20)\d{2})(?!\d)"
    month = rf"(?P<m>{months})(?![A-Za-z])\.?"
    day = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
    return {
        "mdy": re.compile(rf"\b{month}\s+{day}(?:,?\s+{year})?"),
        "dmy": re.compile(rf"\b{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?"),
        "my": re.compile(rf"\b{month},?\s+(?:of\s+)?{year}"),
        "in_month": re.compile(rf"\b(?:[Ii]n|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+"
                               rf"(?P<m>{full_months})(?![A-Za-z])"),
        "numeric": re.compile(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
                              r"/(?P<y>(?:19|20)?\d{2})(?![\d/])"),
        "weekday": re.compile(rf"\b(?:(?P<mod>{mods})\s+)?(?P<w>{weekdays})(?![A-Za-z])"
                              rf"(?:\s+(?P<part>{parts})\b)?"),
        "relative": re.compile(rf"\b(?P<rel>{rel})\b", re.IGNORECASE),
    }


@cache
def _cue_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """Single violence words, multi-word violence phrases, follow-up words, reporting verbs."""
    words: set[str] = set(lexicons.words("harm_killed"))
    for ws in lexicons.methods().values():
        words.update(ws)
    single = frozenset(w for w in words if " " not in w)
    phrases = tuple(sorted(w for w in words if " " in w))
    return (single, phrases, frozenset(_data()["followup_words"]),
            frozenset(_data()["report_verbs"]))


@cache
def _death_verbs() -> frozenset[str]:
    return frozenset(_data()["death_verbs"])


def _year_for(month: int, day: int, ref: dt.date) -> int:
    """The year of a month-day: the reference year, unless that puts it after the reference."""
    try:
        return ref.year if dt.date(ref.year, month, day) <= ref else ref.year - 1
    except ValueError:  # 29 February
        return ref.year - 1


def _make_day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_back(ref: dt.date, months: int) -> str:
    n = ref.year * 12 + ref.month - 1 - months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _explicit(text: str, ref: dt.date | None) -> list[_Candidate]:
    """Candidates with a month name or numeric date; ref may be None."""
    p = _patterns()
    months = _data()["months"]
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for name in ("mdy", "dmy", "numeric"):
        for m in p[name].finditer(text):
            if not free(m.start(), m.end()):
                continue
            month = int(m["m"]) if name == "numeric" else months[m["m"].rstrip(".").lower()]
            dd = int(m["d"])
            y = m["y"]
            if y is not None:
                year = int(y) + (2000 if len(y) == 2 else 0)
            elif ref is not None:
                year = _year_for(month, dd, ref)
            else:
                continue  # no year in the text and none to infer it from
            day = _make_day(year, month, dd)
            if day is None:
                continue
            kind = "numeric" if name == "numeric" else "explicit"
            taken.append((m.start(), m.end()))
            out.append(_Candidate(m.start(), m.end(), kind, day.isoformat(), day))
    for m in p["my"].finditer(text):
        if free(m.start(), m.end()):
            month = months[m["m"].rstrip(".").lower()]
            taken.append((m.start(), m.end()))
            out.append(_Candidate(m.start(), m.end(), "month", f"{m['y']}-{month:02d}", None))
    if ref is not None:
        for m in p["in_month"].finditer(text):
            if free(m.start(), m.end()):
                month = months[m["m"].lower()]
                year = ref.year if month <= ref.month else ref.year - 1
                out.append(_Candidate(m.start(), m.end(), "month", f"{year}-{month:02d}", None))
    return out


def _relative(text: str, ref: dt.date, taken: list[_Candidate]) -> list[_Candidate]:
    """Weekday and relative-day candidates resolved against the reference day."""
    p = _patterns()
    d = _data()
    future = set(d["future_modifiers"])
    out: list[_Candidate] = []
    spans = [(c.start, c.end) for c in taken]

    def near_explicit(s: int, e: int) -> bool:
        # "Saturday, March 4": the weekday only repeats the explicit date
        return any(s <= b and e + 3 >= a for a, b in spans)

    for m in p["weekday"].finditer(text):
        if (m["mod"] or "").lower() in future or near_explicit(m.start(), m.end()):
            continue
        back = (ref.weekday() - d["weekdays"][m["w"].lower()]) % 7
        day = ref - dt.timedelta(days=back)
        kind = "weekday_part" if m["part"] or m["mod"] else "weekday"
        out.append(_Candidate(m.start(), m.end(), kind, day.isoformat(), day))
    for m in p["relative"].finditer(text):
        rel = m["rel"].lower()
        if rel in d["relative_days"]:
            if m["rel"][0] == "T" and m.start() > 0 and text[m.start() - 1] == " " \
                    and text[max(0, m.start() - 2)].isupper():
                continue  # "USA Today": a name, not a day
            back = d["relative_days"][rel]
            day = ref - dt.timedelta(days=back)
            kind = "relative" if back else "today"
            out.append(_Candidate(m.start(), m.end(), kind, day.isoformat(), day))
        else:
            out.append(_Candidate(m.start(), m.end(), "month",
                                  _month_back(ref, d["relative_months"][rel]), None))
    return out


def _dateline_day(cands: list[_Candidate]) -> dt.date | None:
    for c in cands:
        if c.start < _DATELINE_CHARS and c.day is not None and c.kind == "explicit":
            return c.day
    return None


def _widen(doc: Doc, c: _Candidate) -> tuple[int, int]:
    """The span of the spaCy DATE/TIME entity containing the candidate, if a short one."""
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and ent.start_char <= c.start \
                and ent.end_char >= c.end and ent.end_char - ent.start_char <= 40 \
                and "\n" not in ent.text:
            return ent.start_char, ent.end_char
    return c.start, c.end


def candidates(doc: Doc, published: dt.date | None) -> list[_Candidate]:
    """Every resolvable date expression of the Doc, scored."""
    text = text_of(doc)
    cands = _explicit(text, published)
    ref = published
    if ref is None:
        ref = _dateline_day(cands)
        if ref is not None:  # a dateline gives the year that month-days lack
            cands = _explicit(text, ref)
    if ref is not None:
        cands += _relative(text, ref, cands)
    if not cands:
        return []
    _score(doc, cands, ref)
    return cands


def _governor(doc: Doc, c: _Candidate, single: frozenset[str],
               report: frozenset[str]) -> str | None:
    """What the expression modifies: "violent" ("the Friday night shooting", "shot a woman
    Wednesday"), "death" ("died Thursday"), "report" ("police said Saturday") or None,
    looking a few steps up."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma in _death_verbs():
            return "death"
        if lemma in single or tok.lower_ in single:
            return "violent"
        if tok.pos_ in ("VERB", "AUX"):
            return "report" if lemma in report else None
    return None


def _score(doc: Doc, cands: list[_Candidate], ref: dt.date | None) -> None:
    single, phrases, followup, report = _cue_words()
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    cue: dict[int, tuple[bool, bool]] = {}
    for c in cands:
        i = max(0, bisect.bisect_right(starts, c.start) - 1)
        if i not in cue:
            sent = sents[i]
            table = tokens_of(doc)  # the words without a Token object each
            lemmas = set(table.lower[sent.start: sent.end]) | {
                lemma.lower() for lemma in table.lemma[sent.start: sent.end]}
            low = sent.text.lower()
            violent = bool(lemmas & single) or any(ph in low for ph in phrases)
            cue[i] = (violent, bool(lemmas & followup))
        violent, after = cue[i]
        kind = c.kind
        if kind == "explicit" and c.start < _DATELINE_CHARS and i == 0 and not violent:
            kind = "dateline"
        age = (ref - c.day).days if ref is not None and c.day is not None else None
        c.features = {"kind": kind, "sentence": i, "violent": violent, "after": after,
                      "head": _governor(doc, c, single, report), "age": age}
        c.score = weigh(c.features)


def weigh(f: dict[str, Any], w: dict[str, float] = WEIGHTS) -> float:
    """The score of a candidate from its features."""
    score = w[f["kind"]] + max(0.0, w["early"] - w["early_step"] * f["sentence"])
    if f["violent"]:
        score += w["violent_sentence"]
    if f["after"]:
        score += w["followup_sentence"]
    if f["head"] == "violent":
        score += w["violent_head"]
    elif f["head"] == "report":
        score += w["report_head"]
    elif f["head"] == "death":
        score += w["death_head"]
    age = f["age"]
    if age is not None:
        if age < 0:
            score -= 100  # a date after the report is not the incident's
        elif age > w["old_days"]:
            score += w["old"]
        else:
            score += w["recent"] * max(0.0, 1 - age / 7)
    return score


def find_incident_date(
    doc: Doc, published: dt.date | None, bank: EvidenceBank
) -> DateResult | None:
    """The date of the incident the article reports, or None."""
    cands = [c for c in candidates(doc, published) if c.score > -50]
    if not cands:
        # Measured on gva-dev (tune split): for articles without a usable expression the
        # publication day is the incident's day 44% of the time, the day before 27%.
        if published is None:
            return None
        return DateResult(date=published.isoformat(), text="", basis="published")
    best = max(cands, key=lambda c: (c.score, c.day is not None, -c.start))
    start, end = _widen(doc, best)
    return DateResult(date=best.iso, text=text_of(doc)[start:end], evidence=[bank.add(start, end)])
