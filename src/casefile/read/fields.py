"""Mapping the columns (CSV) or keys (JSONL) of other tools' exports onto Article fields."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from typing import Any

from casefile.errors import CasefileError

# The Article fields an export can fill, and what each means (for help and errors).
FIELDS: dict[str, str] = {
    "id": "the article's own id (default: its URL's hash, else its text's)",
    "text": "the article's text (required)",
    "title": "its headline",
    "published": "its publication date",
    "url": "its address",
}
_MONTH_NAME = re.compile(r"[A-Za-z]{3}")
_YEAR = re.compile(r"\b\d{4}\b")


class FieldMapError(CasefileError, ValueError):
    """A field mapping names a field that Article does not have, or is malformed."""


def parse_map(pairs: Mapping[str, str] | list[str] | tuple[str, ...] | None) -> dict[str, str]:
    """A {field: column} mapping from a dict or from "field=column" strings; checked."""
    if not pairs:
        return {}
    if isinstance(pairs, Mapping):
        items = list(pairs.items())
    else:
        items = []
        for pair in pairs:
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise FieldMapError(f"bad mapping {pair!r}; write FIELD=COLUMN, e.g. text=body")
            items.append((field.strip(), column.strip()))
    mapping: dict[str, str] = {}
    for field, column in items:
        if field == "article_id":
            field = "id"
        if field not in FIELDS:
            raise FieldMapError(f"unknown field {field!r} in mapping {field}={column}; "
                                f"map one of {', '.join(FIELDS)}, e.g. text=body")
        mapping[field] = column
    return mapping


def remap(obj: dict[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """The object with mapped columns renamed to their fields; the other keys kept as they are.

    A key that has a field's name but is not the mapped column for it is dropped, so a
    stray "text" column never stands in for the mapped "body".
    """
    if not mapping:
        return obj
    columns = set(mapping.values())
    out = {k: v for k, v in obj.items() if k not in columns and k not in mapping}
    for field, column in mapping.items():
        if column in obj:
            out[field] = obj[column]
    return out


def parse_date(value: Any) -> dt.date | None:
    """A publication date: ISO 8601 (date or timestamp), RFC 2822 (feeds, email), or a form
    with a month name ("January 24, 2022"); raises ValueError for anything else, since
    "01/02/2022" could be either day first or month first."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise TypeError(value)
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    # Both a month name and a year: dateutil fills anything missing from today, which
    # would invent a date ("Monday" alone).
    if _MONTH_NAME.search(value) and _YEAR.search(value):
        from dateutil import parser

        try:
            return parser.parse(value).date()
        except (ValueError, OverflowError):
            pass
    raise ValueError(value)
