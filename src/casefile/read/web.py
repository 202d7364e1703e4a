"""Reading what is fetched: pages, feeds and lists of URLs, each page an article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from html import escape

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import feed, html, text
from casefile.read.cache import Fetched
from casefile.read.encoding import charset_of, decode_page
from casefile.read.fetch import Fetcher, is_url
from casefile.read.source import STDIN, open_binary

_HTML = ("text/html", "application/xhtml+xml")
_TEXT = ("text/plain",)


def kind_of(fetched: Fetched) -> str | None:
    """"html", "feed" or "txt" by Content-Type, else by a look at the body; None if neither."""
    content_type = fetched.content_type.split(";")[0].strip().lower()
    if content_type in _HTML:
        return "html"
    if content_type.endswith(("rss+xml", "atom+xml", "rdf+xml", "/xml")):
        return "feed"
    if content_type in _TEXT:
        return "txt"
    head = fetched.body[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "feed"
    return None


def _page(fetched: Fetched, *, published: dt.date | None, title: str = "",
          kind: str | None = None) -> Article | InputError:
    """The article of one fetched page."""
    kind = kind or kind_of(fetched)
    charset = charset_of(fetched.content_type)
    if kind == "html":
        return html.parse_bytes(fetched.body, fetched.url, charset=charset, published=published,
                                url=fetched.final_url, title=title)
    if kind == "txt":
        article = text.parse(decode_page(fetched.body, charset), fetched.url, published=published)
        if isinstance(article, Article):
            article = article.model_copy(update={"url": fetched.final_url,
                                                 "title": article.title or title})
        return article
    shown = fetched.content_type or "no Content-Type"
    return InputError(fetched.url, f"not a web page ({shown}); casefile reads HTML pages, "
                      "RSS/Atom feeds and plain text")


def _as_page(entry: feed.Entry) -> str:
    """A full-content entry's HTML as a page: trafilatura finds no text in a bare fragment."""
    return (f"<html><head><title>{escape(entry.title)}</title></head><body><article>"
            f"{entry.content}</article></body></html>")


def read_fetched(fetched: Fetched, fetcher: Fetcher, *, published: dt.date | None = None,
                 kind: str | None = None) -> Iterator[Article | InputError]:
    """The article of a fetched page, or the articles of a fetched feed."""
    kind = kind or kind_of(fetched)
    if kind == "feed":
        yield from read_feed(fetched.body, fetched.url, fetcher, published=published)
    else:
        yield _page(fetched, published=published, kind=kind)


def read_feed(data: bytes, source: str, fetcher: Fetcher, *,
              published: dt.date | None = None) -> Iterator[Article | InputError]:
    """The article of each entry of a feed: its page fetched, else the entry's own content."""
    found = feed.entries(data, source)
    if isinstance(found, InputError):
        yield found
        return
    by_link = {entry.link: entry for entry in found if entry.link}
    for entry in found:
        if not entry.link and entry.content:
            yield html.parse(_as_page(entry), source, published=entry.published or published,
                             title=entry.title)
    for url, result in fetcher.fetch_many(feed.links(found)):
        entry = by_link[url]
        date = entry.published or published
        if isinstance(result, InputError):
            # A full-content feed still gives the article when its page cannot be had.
            yield (html.parse(_as_page(entry), url, published=date, url=url, title=entry.title)
                   if entry.content else result)
        elif kind_of(result) == "feed":
            yield InputError(url, "a feed entry links to another feed, not to an article")
        else:
            yield _page(result, published=date, title=entry.title)


def _list_lines(source: str) -> Iterator[str | InputError]:
    """The URLs of a list, one a line (# comments and blank lines ignored), read lazily."""
    stream = open_binary(source)
    if isinstance(stream, InputError):
        yield stream
        return
    found = False
    try:
        for number, raw in enumerate(stream, 1):
            line = raw.decode("utf-8", errors="replace").strip()
            if not line or line.startswith("#"):
                continue
            found = True
            if not is_url(line) or any(c.isspace() for c in line):
                yield InputError(source, f"not an http(s) URL: {line[:80]!r}; give one address "
                                 "a line, e.g. https://news.example.com/story", number)
            else:
                yield line
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
    finally:
        if source != STDIN:
            stream.close()
    if not found:
        yield InputError(source, "has no URLs; give one http(s) address a line")


def read_url_list(source: str, fetcher: Fetcher, *,
                  published: dt.date | None = None) -> Iterator[Article | InputError]:
    """The article of each URL in a list file (feeds among them give all their entries)."""
    yield from read_urls(_list_lines(source), fetcher, published=published)


def read_urls(urls: Iterable[str | InputError], fetcher: Fetcher, *,
              published: dt.date | None = None,
              kind: str | None = None) -> Iterator[Article | InputError]:
    """The articles of the URLs, fetched concurrently, in the given order."""
    for _, result in fetcher.fetch_many(urls):
        if isinstance(result, InputError):
            yield result
        else:
            yield from read_fetched(result, fetcher, published=published, kind=kind)
