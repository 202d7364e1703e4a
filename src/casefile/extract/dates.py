"""The incident's date: date expressions found, resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from casefile.extract.evidence import EvidenceBank


@dataclass
class DateResult:
    date: str  # ISO 8601, as precise as supported: "2022", "2022-01", "2022-01-24"
    text: str  # the expression as written
    evidence: list[str] = field(default_factory=list)


def find_incident_date(
    doc: Doc, published: dt.date | None, bank: EvidenceBank
) -> DateResult | None:
    """The date of the incident the article reports, or None."""
    return None  # TODO(dates): implemented by the dates work
