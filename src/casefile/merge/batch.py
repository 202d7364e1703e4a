"""Resolve and merge in memory: articles and their records in, merged incidents out.

The store does the same one article at a time (store/incidents.py); both name an
incident after its first report, so both give the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from casefile.merge.incident import Merged, merge_records
from casefile.models import Article, Record
from casefile.resolve import Report, resolve

_LAST = dt.date.max


def incident_id(first_article: str) -> str:
    """The id of an incident whose first report is this article."""
    return "inc_" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:16]


def first_article(articles: Sequence[Article]) -> Article:
    """An incident's first report: the earliest published, then the smallest id."""
    return min(articles, key=lambda a: (a.published or _LAST, a.id))


def incidents_of(articles: Sequence[Article], records: Sequence[Record]) -> list[Merged]:
    """Group the articles into incidents and merge each; records[i] is articles[i]'s."""
    by_id: dict[str, tuple[Article, Record]] = {}
    for article, record in zip(articles, records, strict=True):
        by_id.setdefault(article.id, (article, record))  # one article listed twice
    groups = resolve(Report.of(a, r) for a, r in by_id.values())
    merged = []
    for group in groups:
        first = first_article([by_id[a][0] for a in group])
        merged.append(merge_records(incident_id(first.id), [by_id[a][1] for a in group]))
    return merged
