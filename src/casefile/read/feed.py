"""RSS and Atom feeds (feedparser): each entry's page is fetched and read as an article."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

from casefile.errors import InputError

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 50 * 1024 * 1024  # a feed lists articles: larger than one, smaller than this


@dataclass(frozen=True)
class Entry:
    """What a feed says of one article: where it is, and the date and title to fall back on."""

    link: str | None
    title: str
    published: dt.date | None
    content: str  # HTML of a full-content feed's entry; "" when the feed has only summaries


def _date(entry) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.timezone.utc).date()


def entries(data: bytes, source: str) -> list[Entry] | InputError:
    """The entries of a feed's bytes, or why they are not a feed."""
    import feedparser

    # Bytes in a stream, never a string: feedparser fetches a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).strip() or type(problem).__name__})" if problem else ""
        return InputError(source, f"not an RSS or Atom feed{detail}; give the feed's own "
                          "address (often …/feed or …/rss.xml), or --input-format html")
    found = []
    for entry in parsed.entries:
        content = entry.get("content") or []
        found.append(Entry(
            link=entry.get("link") or None,
            title=(entry.get("title") or "").strip(),
            published=_date(entry),
            content=content[0].get("value", "") if content else "",
        ))
    if not found:
        return InputError(source, "feed has no entries")
    return found


def links(items: list[Entry]) -> Iterator[str]:
    """The distinct article links of the entries, in feed order."""
    seen: set[str] = set()
    for entry in items:
        if entry.link and entry.link not in seen:
            seen.add(entry.link)
            yield entry.link
