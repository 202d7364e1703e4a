"""What resolve compares: a Report, the few features of one article's record and text."""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from typing import Any

from casefile.models import Article, Record
from casefile.resolve.towns import city_parts, city_size, place_key, place_words
from casefile.resolve.words import (
    INSTITUTION_WORDS,
    NAME_SUFFIXES,
    NOT_SURNAMES,
    NOT_TERMS,
    NOT_TITLE_WORDS,
)

_NICKNAME = re.compile(r"[\"“”][^\"“”]*[\"“”]")
# A double-barrelled name the tokenizer spaced out: "Ann Boyd - Lee" is "Ann Boyd-Lee".
_SPACED_HYPHEN = re.compile(r"(?<=\w)\s+-\s+(?=\w)")
_NOT_ALNUM = re.compile(r"[^\w]|_")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# A capitalised word that does not open a sentence: names of people, streets, places and
# businesses, which two reports of one incident share and reports of others rarely do.
_TERM = re.compile(r"(?<![.!?\n:\"“]\s)(?<!^)\b([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)\b")
_TITLE_WORD = re.compile(r"[A-Za-z][a-z'’]+")
# Only the opening of a long report is read for terms: it names the incident; the rest is
# often a follow-up's recap, related stories or page furniture.
TERM_CHARS = 2500
MAX_TERMS = 40
# A stub (a headline and a line or two, a page that lost its text) has few terms of its
# own: its title's capitalised words (the town, the street, the victim) stand in.
STUB_TERMS = 6
SCORED_ROLES = ("victim", "suspect")


def word_key(word: str) -> str:
    """A word as compared: lower case, possessive and punctuation dropped."""
    return _NOT_ALNUM.sub("", _POSSESSIVE.sub("", word).lower())


def close_hyphens(name: str) -> str:
    """A name with a spaced-out hyphen closed up: "Ann Boyd - Lee" is "Ann Boyd-Lee"."""
    return _SPACED_HYPHEN.sub("-", name)


def name_tokens(name: str | None) -> list[str]:
    """The tokens of a person's name as compared, without nicknames or 'Jr'."""
    tokens = [word_key(t) for t in close_hyphens(_NICKNAME.sub(" ", name or "")).split()]
    return [t for t in tokens if t and t not in NAME_SUFFIXES]


def day_of(iso: str | None) -> int | None:
    """The ordinal day of a full ISO date; None for a month, a year or nothing."""
    if not iso or len(iso) != 10:
        return None
    try:
        return dt.date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


# A run of capitalised words: "Saint Alder Hospital", "Far North Side", "Hollin Square".
_RUN = re.compile(r"\b[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w'’.-]*)*")


def _institution_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a hospital, a police force, a newspaper or a part of town
    ("Saint Alder Hospital", "Brask County Sheriff's Office", "the Far North Side"):
    every report of the place names them, whatever the incident."""
    spans = []
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        if len(words) > 1 and any(word_key(part) in INSTITUTION_WORDS
                                  for word in words for part in word.split("-")):
            spans.append(run.span())
    return spans


# Page furniture that names the writer, the publisher or other stories, not the incident:
# a byline ("By Dana Kowalski"), a line with an address or a link ("Contact Dana
# Kowalski: dkowalski@..."), a photo credit ("View Full Caption Agency/Dana Kowalski"),
# the copyright line, a link to related coverage (another incident's headline). The same
# desk's or site's reports of other incidents share them.
_FURNITURE = re.compile(
    r"^[ \t]*(?:By|BY|Written by|Contact)[ \t]+[A-Z][^\n]{0,80}$"
    r"|^[^\n]*(?:\S@\S|https?://|www\.)[^\n]*$"
    r"|^[ \t]*(?:Copyright|©)[^\n]*$"
    r"|(?:View Full Caption|(?:Related|Complete) Coverage)[^\n]*$",
    re.MULTILINE)


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    """Where the text has a byline, a contact line or a photo credit (_FURNITURE)."""
    return [m.span() for m in _FURNITURE.finditer(text)]


def text_terms(text: str) -> frozenset[str]:
    """The capitalised words of a report's opening, lower-cased, other than the words of
    an institution's name and of page furniture (a byline, a contact line, a credit)."""
    opening = text[:TERM_CHARS]
    skip = _institution_spans(opening) + _furniture_spans(opening)
    terms: dict[str, None] = {}
    for match in _TERM.finditer(opening):
        if any(start <= match.start() < end for start, end in skip):
            continue
        key = word_key(match.group(1))
        if len(key) > 2 and key not in NOT_TERMS:
            terms[key] = None
            if len(terms) >= MAX_TERMS:
                break
    return frozenset(terms)


# A page title often ends with the site's name after a separator ("... - Channel 5 News"):
# that is page furniture that every report of one site shares.
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+.*$")


def headline(title: str) -> str:
    """A page title without the site's name after a separator."""
    return _SITE_SUFFIX.sub("", title)


# Every capitalised word of a title: its first word is often the town ("Brackwell man
# accused of ..."), and a title-case title's ordinary words rarely match another's text.
_TITLE_TERM = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?\b")


def title_terms(title: str) -> frozenset[str]:
    """The capitalised words of a title's headline, as text_terms reads them."""
    keys = (word_key(w) for w in _TITLE_TERM.findall(headline(title)))
    return frozenset(k for k in keys if len(k) > 2 and k not in NOT_TERMS)


def report_terms(article: Article) -> frozenset[str]:
    """The terms of a report: its text's, and its title's as well when the text has
    fewer than STUB_TERMS (tune B-cubed F1 0.949 -> 0.953)."""
    terms = text_terms(article.text)
    if len(terms) < STUB_TERMS:
        terms |= title_terms(article.title)
    return terms


def title_words(title: str) -> frozenset[str]:
    """The content words of a title's headline, lower-cased."""
    words = (word_key(w) for w in _TITLE_WORD.findall(headline(title)))
    return frozenset(w for w in words if len(w) > 3 and w not in NOT_TITLE_WORDS)


# Ordinal day -> one int object for that day, shared by every Report (Report.__post_init__).
# A few thousand days in any archive.
_DAYS: dict[int, int] = {}


@dataclass(frozen=True, slots=True)
class Report:
    """One article as resolve sees it; a plain value, stored as JSON beside the article."""

    article_id: str
    published: int | None  # ordinal day
    day: int | None  # the incident's ordinal day: the record's full date, else published
    city: str
    region: str
    kind: str
    killed: int
    injured: int
    surnames: frozenset[str]  # of named victims and suspects
    names: frozenset[str]  # "first last" of the same people
    terms: frozenset[str]
    title: frozenset[str]
    # The words of its own city and region (place_words): not evidence when two reports
    # share them as terms (the place is compared on its own). Derived, not stored.
    places: frozenset[str] = field(init=False, repr=False, compare=False)
    # The words of its city's county and neighbourhoods (city_parts): reports of any
    # incident in the city name its county's coroner and its parts of town, so two
    # reports of one city sharing them is weak evidence; two towns of one county
    # sharing its name is not. Derived, not stored.
    parts: frozenset[str] = field(init=False, repr=False, compare=False)
    # log10 of its city's population (city_size). Derived, not stored.
    size: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Many reports share a place, a type and a day: one object each for all of them
        # (interned strings, shared ints) is less memory, and the scoring loop, which
        # reads these of every candidate, finds them in the CPU cache more often.
        for name in ("city", "region", "kind"):
            object.__setattr__(self, name, sys.intern(getattr(self, name)))
        for name in ("published", "day"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _DAYS.setdefault(value, value))
        object.__setattr__(self, "places", place_words(self.city, self.region))
        object.__setattr__(self, "parts", city_parts(self.city, self.region))
        object.__setattr__(self, "size", city_size(self.city, self.region))

    @classmethod
    def of(cls, article: Article, record: Record) -> Report:
        """The report of an article and its extracted record."""
        published = article.published.toordinal() if article.published else None
        surnames: set[str] = set()
        names: set[str] = set()
        for person in record.participants:
            if person.role not in SCORED_ROLES:
                continue
            for name in (person.name, *person.aliases):
                tokens = name_tokens(name)
                if not tokens:
                    continue
                surnames.add(tokens[-1])
                if len(tokens) > 1:
                    names.add(f"{tokens[0]} {tokens[-1]}")
        location = record.location
        city = place_key(location.city or location.place) if location else ""
        region = place_key(location.region) if location else ""
        # A "surname" that is the place's own name is the extractor reading a place.
        places = set(city.split()) | set(region.split())
        surnames -= NOT_SURNAMES | places
        names = {n for n in names if n.split()[-1] in surnames}
        return cls(
            article_id=article.id,
            published=published,
            day=day_of(record.date) or published,
            city=city,
            region=region,
            kind=record.incident_type,
            killed=record.killed,
            injured=record.injured,
            surnames=frozenset(surnames),
            names=frozenset(names),
            terms=report_terms(article),
            title=title_words(article.title),
        )

    def to_json(self) -> dict[str, Any]:
        """The report as JSON (sets as sorted lists)."""
        return {
            "article_id": self.article_id, "published": self.published, "day": self.day,
            "city": self.city, "region": self.region, "kind": self.kind,
            "killed": self.killed, "injured": self.injured,
            "surnames": sorted(self.surnames), "names": sorted(self.names),
            "terms": sorted(self.terms), "title": sorted(self.title),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        """The report of its JSON form."""
        return cls(
            article_id=data["article_id"], published=data["published"], day=data["day"],
            city=data["city"], region=data["region"], kind=data["kind"],
            killed=data["killed"], injured=data["injured"],
            surnames=frozenset(data["surnames"]), names=frozenset(data["names"]),
            terms=frozenset(data["terms"]), title=frozenset(data["title"]),
        )
