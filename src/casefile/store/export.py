"""Writing records out: JSON lines (the public contract) and a flat CSV for spreadsheets."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from casefile.merge import Merged
from casefile.models import Record

# Several values in one cell are joined with this; names and methods never contain it.
JOIN = ";"

CSV_COLUMNS = [
    "id", "articles", "title", "url", "published", "relevant", "incident_type", "methods",
    "date", "date_text", "location", "place", "city", "region", "country", "killed",
    "injured", "participants", "victims", "suspects", "conflicts", "killed_basis",
    "injured_basis",
]


def _names(record: Record, role: str) -> str:
    return JOIN.join(p.name for p in record.participants if p.role == role and p.name)


def flat_row(record: Record) -> dict[str, Any]:
    """One record as one CSV row (CSV_COLUMNS); victims and suspects are their names."""
    loc = record.location
    return {
        "id": record.id,
        "articles": JOIN.join(record.articles),
        "title": record.title,
        "url": record.url or "",
        "published": record.published or "",
        "relevant": "true" if record.relevant else "false",
        "incident_type": record.incident_type,
        "methods": JOIN.join(record.methods),
        "date": record.date or "",
        "date_text": record.date_text or "",
        "location": loc.text if loc else "",
        "place": (loc.place or "") if loc else "",
        "city": (loc.city or "") if loc else "",
        "region": (loc.region or "") if loc else "",
        "country": (loc.country or "") if loc else "",
        "killed": record.killed,
        "injured": record.injured,
        "participants": len(record.participants),
        "victims": _names(record, "victim"),
        "suspects": _names(record, "suspect"),
        "conflicts": len(record.conflicts),
        "killed_basis": record.killed_basis,
        "injured_basis": record.injured_basis,
    }


def write_jsonl(records: Iterable[Record], out: TextIO) -> int:
    """Write one JSON object per line; returns how many."""
    n = 0
    for record in records:
        out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_incidents_jsonl(incidents: Iterable[Merged], out: TextIO) -> int:
    """Write one JSON object per incident: its record plus `values`; returns how many.

    `values` (every value each report gave, with article, date and evidence) is an added
    field of the public contract, so readers of per-article records read these too.
    """
    n = 0
    for merged in incidents:
        data = {**merged.record.to_json(), "values": merged.values}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[Record], out: TextIO) -> int:
    """Write a header and one row per record; returns how many rows."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(flat_row(record))
        n += 1
    return n
