"""Plain data passed between stages: Article in, Record out (the public JSON contract)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any, Literal

from pydantic import BaseModel, Field

Role = Literal["victim", "suspect", "witness", "official", "lawyer", "relative", "other"]
Status = Literal[
    "killed", "injured", "unharmed", "arrested", "charged", "released", "convicted", "acquitted"
]
Gender = Literal["female", "male"]
# Where a count came from: "text" (a number the article states; evidence: its sentence),
# "title" (the headline's number: the title is not in the text, so no span), "people" (the
# people found with that harm; evidence: their mentions), "inferred" (worked out from several
# of these, e.g. people shot less those killed) or "none" (nothing says anyone was: 0).
CountBasis = Literal["text", "title", "people", "inferred", "none"]
# Where the date came from: "text" (an expression of the article, with evidence), "title"
# (one of the headline's), "published" (nothing dates the incident: the publication day,
# the likeliest guess, or the day before it for a report of an arrest, charges or a name)
# or "none" (no date, or a record made before the field existed).
DateBasis = Literal["text", "title", "published", "none"]
Method = Literal[
    "shooting", "stabbing", "vehicle", "beating", "strangulation", "arson", "explosion",
    "other", "unknown",
]

_SPACE = re.compile(r"\s+")


def text_hash(text: str) -> str:
    """Stable id of a text: sha1 of its whitespace-normalised, lower-cased form."""
    normal = _SPACE.sub(" ", text).strip().lower()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """One news report, whatever it was read from."""

    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    url: str | None = None
    source: str = ""  # where it was read from: a path, "-" or a URL
    extra: dict[str, Any] = Field(default_factory=dict)  # e.g. a gold incident id

    @classmethod
    def make(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str = "",
        published: dt.date | None = None,
        url: str | None = None,
        source: str = "",
        extra: dict[str, Any] | None = None,
    ) -> Article:
        """Build an Article; its id is the given id, else the URL's hash, else the text's."""
        if not id:
            id = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] if url else text_hash(text)
        return cls(id=id, text=text, title=title, published=published, url=url,
                   source=source, extra=extra or {})


class Evidence(BaseModel):
    """A span of an article's text that supports a value."""

    article: str
    start: int
    end: int
    text: str


class Event(BaseModel):
    type: Status
    date: str | None = None
    evidence: list[str] = Field(default_factory=list)


class Participant(BaseModel):
    id: str
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None  # "the driver", "a 17-year-old boy" for unnamed people
    age: int | None = None
    gender: Gender | None = None
    role: Role = "other"
    status: list[Status] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)


class Location(BaseModel):
    text: str
    place: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    evidence: list[str] = Field(default_factory=list)


class Quote(BaseModel):
    speaker: str | None = None  # participant id
    text: str
    evidence: list[str] = Field(default_factory=list)


class ConflictValue(BaseModel):
    value: Any
    evidence: list[str] = Field(default_factory=list)


class Conflict(BaseModel):
    participant: str | None = None
    field: str
    kind: Literal["value", "spelling"]
    values: list[ConflictValue]


class Record(BaseModel):
    """The case record of one article (extract) or one incident (export)."""

    id: str
    articles: list[str]
    title: str = ""
    published: str | None = None
    url: str | None = None
    relevant: bool = True
    relevance: float = 1.0
    skip_reason: str | None = None  # why an article is not filed as an incident report
    incident_type: Method = "unknown"
    methods: list[Method] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    date_evidence: list[str] = Field(default_factory=list)
    date_basis: DateBasis = "none"
    location: Location | None = None
    killed: int = 0
    injured: int = 0
    killed_basis: CountBasis = "none"
    killed_evidence: list[str] = Field(default_factory=list)
    injured_basis: CountBasis = "none"
    injured_evidence: list[str] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    evidence: dict[str, Evidence] = Field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The public JSON form (DESIGN.md)."""
        return self.model_dump(mode="json")
