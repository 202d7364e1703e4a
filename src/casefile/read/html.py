"""HTML pages: main text, title, date and canonical URL via trafilatura, not hand-written parsing."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from casefile.errors import InputError
from casefile.models import Article
from casefile.read.text import normalise

log = logging.getLogger(__name__)

# Only dates the page states: an "extensive" search falls back to any date-like string
# on the page (copyright years, today's date), which would date the incident wrongly.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_EXTRA_FIELDS = ("author", "sitename")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        log.debug("ignoring unparsable page date %r", value)
        return None


def parse(content: str, source: str, *, published: dt.date | None = None) -> Article | InputError:
    """The Article of an HTML page; `published` is used when the page states no date."""
    import trafilatura  # slow to import: only when there is HTML to read

    try:
        result = trafilatura.bare_extraction(
            content, with_metadata=True, include_comments=False,
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
        return InputError(source, "no article text found in this HTML page; "
                          "save the article's own page, or give its text as .txt")
    return Article.make(
        text,
        title=(page.get("title") or "").strip(),
        published=_date(page.get("date")) or published,
        url=page.get("url") or None,
        source=source,
        extra={name: page[name] for name in _EXTRA_FIELDS if page.get(name)},
    )
