"""HTML pages: main text, title, date and canonical URL via trafilatura, not hand-written parsing."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import lexicon
from casefile.read.encoding import decode_page
from casefile.read.text import normalise

log = logging.getLogger(__name__)

# Only dates the page states: an "extensive" search falls back to any date-like string
# on the page (copyright years, today's date), which would date the incident wrongly.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_EXTRA_FIELDS = ("author", "sitename")
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_STUB_SCAN_CHARS = 200_000  # how much of a page without text is scanned for wall phrases


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        log.debug("ignoring unparsable page date %r", value)
        return None


def stub_kind(text: str) -> str | None:
    """The kind of stub ("paywall", "cookie wall", …) a short page's text is, else None."""
    if len(text.split()) >= lexicon.STUB_MAX_WORDS:
        return None
    lower = " ".join(text.lower().split())
    for kind, phrases in lexicon.STUBS.items():
        if any(phrase in lower for phrase in phrases):
            return kind
    return None


def _stub_error(source: str, kind: str) -> InputError:
    return InputError(source, f"looks like a {kind}, not an article; save the page as a "
                      "reader who has passed it sees it, or give the article's text as .txt")


def parse(content: str, source: str, *, published: dt.date | None = None,
          url: str | None = None, title: str = "") -> Article | InputError:
    """The Article of an HTML page.

    `published`, `url` and `title` are used when the page states none of its own (a feed
    entry's date and title, the address a page was fetched from).
    """
    import trafilatura  # slow to import: only when there is HTML to read

    try:
        result = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # a parser failure on one odd page must not stop the others
        log.debug("trafilatura failed on %s", source, exc_info=True)
        return InputError(source, f"cannot be parsed as HTML ({type(exc).__name__}); "
                          "give the article's text as .txt instead")
    page: dict[str, Any] = (result if isinstance(result, dict)
                            else result.as_dict() if result is not None else {})
    text = normalise(page.get("text") or "")
    if not text:
        # A wall often has no main text at all: say so rather than "no text" alone.
        visible = _TAGS.sub(" ", content[:_STUB_SCAN_CHARS])
        kind = stub_kind(visible)
        if kind:
            return _stub_error(source, kind)
        return InputError(source, "no article text found in this HTML page; "
                          "save the article's own page, or give its text as .txt")
    kind = stub_kind(text)
    if kind:
        return _stub_error(source, kind)
    return Article.make(
        text,
        title=normalise(page.get("title") or "") or title,
        published=_date(page.get("date")) or published,
        url=page.get("url") or url or None,
        source=source,
        extra={name: page[name] for name in _EXTRA_FIELDS if page.get(name)},
    )


def parse_bytes(data: bytes, source: str, *, charset: str | None = None,
                published: dt.date | None = None, url: str | None = None,
                title: str = "") -> Article | InputError:
    """The Article of an HTML page's bytes, decoded by `charset` (from HTTP), its <meta>, or
    detection."""
    if not data.strip():
        return InputError(source, "is empty (no bytes in the page's body)")
    return parse(decode_page(data, charset), source, published=published, url=url, title=title)
