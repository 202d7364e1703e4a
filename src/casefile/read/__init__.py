"""read: every input format (text, HTML, WARC, feeds, URL lists, CSV, JSON lines, stdin,
http(s) addresses) becomes the same Article."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterable, Iterator, Mapping

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import html, jsonl, table, text, warc
from casefile.read.fetch import Fetcher, FetchOptions, is_url
from casefile.read.fields import FIELDS, FieldMapError, parse_map
from casefile.read.source import MAX_BYTES, STDIN, check_path, read_bytes, read_source

__all__ = [
    "EXTENSIONS", "FIELDS", "FORMATS", "MAX_BYTES", "FetchOptions", "Fetcher", "FieldMapError",
    "describe_formats", "expected_count", "iter_articles", "parse_map", "read_articles",
]

# Format name -> the extensions that select it; the one table both lookup and errors use.
FORMATS: dict[str, tuple[str, ...]] = {
    "txt": (".txt",),
    "html": (".html", ".htm"),
    "jsonl": (".jsonl",),
    "csv": (".csv",),
    "warc": (".warc", ".warc.gz"),
    "feed": (".rss", ".atom", ".xml"),
    "urls": (".urls",),
}
EXTENSIONS: dict[str, str] = {ext: fmt for fmt, exts in FORMATS.items() for ext in exts}
# Longest first, so "x.warc.gz" is a WARC and not an unknown ".gz".
_BY_LENGTH = sorted(EXTENSIONS, key=len, reverse=True)
# What each format is, for --help and docs.
DESCRIPTIONS: dict[str, str] = {
    "txt": "plain text, one article a file (and stdin, -)",
    "html": "a saved web page",
    "jsonl": "JSON lines, one article a line",
    "csv": "CSV with a header row, one article a row",
    "warc": "a web archive (.warc or .warc.gz); each HTML response an article",
    "feed": "an RSS or Atom feed; each entry's page is fetched",
    "urls": "a list of http(s) addresses, one a line; each page is fetched",
}


def describe_formats() -> str:
    """One line per format: its name, extensions and what it is."""
    return "\n".join(f"{fmt} ({', '.join(FORMATS[fmt])}): {DESCRIPTIONS[fmt]}" for fmt in FORMATS)


def _accepted() -> str:
    return ", ".join(EXTENSIONS)


def _extension(source: str) -> str:
    lower = source.lower()
    for ext in _BY_LENGTH:
        if lower.endswith(ext):
            return ext
    return os.path.splitext(lower)[1]


def _format_of(source: str, input_format: str | None) -> str | InputError:
    """The format to read a source as, or why it cannot be chosen."""
    if input_format is not None:
        fmt = input_format.lower().lstrip(".")
        fmt = EXTENSIONS.get("." + fmt, fmt)  # an extension's spelling ("htm") names its format
        if fmt not in FORMATS:
            return InputError(source, f"unknown input format {input_format!r}; "
                              f"use one of {', '.join(FORMATS)}")
        return fmt
    if source == STDIN:
        return "txt"
    ext = _extension(source)
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    shown = repr(ext) if ext else "no extension"
    return InputError(source, f"unknown file type ({shown}); accepted: {_accepted()}, an "
                      "http(s) address, or - for stdin; to read it anyway give its format with "
                      f"input_format (--input-format {'|'.join(FORMATS)})")


class _LazyFetcher:
    """Starts a Fetcher (a thread and a connection pool) only when a source needs the web."""

    def __init__(self, fetch: FetchOptions | Fetcher | None):
        self.given = fetch if isinstance(fetch, Fetcher) else None
        self.options = fetch if isinstance(fetch, FetchOptions) else None
        self.started: Fetcher | None = None

    def get(self) -> Fetcher:
        if self.given is not None:
            return self.given
        if self.started is None:
            self.started = Fetcher(self.options)
        return self.started

    def close(self) -> None:
        if self.started is not None:  # one we were given is its owner's to close
            self.started.close()


def iter_articles(
    sources: Iterable[str],
    *,
    published: dt.date | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
    fields: Mapping[str, str] | None = None,
    fetch: FetchOptions | Fetcher | None = None,
) -> Iterator[Article | InputError]:
    """Each article in the sources, in order; an unreadable input yields an InputError instead.

    `published` dates plain text and any article that carries no date of its own.
    `max_bytes` (default MAX_BYTES) caps one article: a whole .txt/.html file, one JSONL line
    or CSV row, one WARC record, one fetched page.
    `fields` maps Article fields to the columns (CSV) or keys (JSONL) holding them, e.g.
    {"text": "body", "published": "date"}; see parse_map.
    `fetch` says how to fetch http(s) sources, feeds and URL lists (FetchOptions), or gives
    a Fetcher to share; by default pages are cached under default_cache_dir().
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    mapping = parse_map(fields)  # a bad mapping is the caller's mistake: raise it now
    web = _LazyFetcher(fetch)
    try:
        # Consecutive addresses are fetched together, so they are fetched concurrently.
        for fetching, group in itertools.groupby(sources, key=is_url):
            if fetching:
                kind = input_format if input_format in ("html", "feed", "txt") else None
                yield from _web().read_urls(group, web.get(), published=published, kind=kind)
                continue
            for source in group:
                yield from _read_file(source, web, published=published,
                                      input_format=input_format, limit=limit, fields=mapping)
    finally:
        web.close()


def expected_count(sources: Iterable[str], input_format: str | None = None) -> int | None:
    """How many articles the sources hold, when that is known before reading (each is one
    text or HTML file or address); None when any holds many (JSONL, CSV, WARC, feeds)."""
    count = 0
    for source in sources:
        fmt = "html" if is_url(source) and input_format is None else _format_of(source,
                                                                                input_format)
        if fmt not in ("txt", "html"):
            return None
        count += 1
    return count


def _web():
    from casefile.read import web  # imports httpx: only when something is fetched

    return web


def _read_file(source: str, web: _LazyFetcher, *, published: dt.date | None,
               input_format: str | None, limit: int,
               fields: Mapping[str, str]) -> Iterator[Article | InputError]:
    # A missing path or a directory is the clearer error than its (lack of) extension.
    fmt = check_path(source) or _format_of(source, input_format)
    if isinstance(fmt, InputError):
        yield fmt
    elif fmt == "jsonl":
        # Streamed: one bad line is reported and the rest of the file still read.
        yield from jsonl.read(source, published=published, max_bytes=limit, fields=fields)
    elif fmt == "csv":
        yield from table.read(source, published=published, max_bytes=limit, fields=fields)
    elif fmt == "warc":
        yield from warc.read(source, published=published, max_bytes=limit)
    elif fmt == "urls":
        yield from _web().read_url_list(source, web.get(), published=published)
    elif fmt == "feed":
        from casefile.read.feed import MAX_FEED_BYTES

        data = read_bytes(source, MAX_FEED_BYTES)
        if isinstance(data, InputError):
            yield data
        else:
            yield from _web().read_feed(data, source, web.get(), published=published)
    elif fmt == "html":
        data = read_bytes(source, limit)
        if isinstance(data, InputError):
            yield data
        elif _nul(data) is not None:
            yield InputError(source, f"looks like a binary file (NUL byte at byte offset "
                             f"{_nul(data)}); give plain text, HTML or JSON lines")
        else:
            yield html.parse_bytes(data, source, published=published)
    else:
        content = read_source(source, limit)
        yield content if isinstance(content, InputError) else text.parse(
            content, source, published=published)


def _nul(data: bytes) -> int | None:
    """Where a NUL byte in the page's start shows it to be binary; UTF-16 pages have many."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    nul = data.find(b"\x00", 0, 8192)
    return nul if nul >= 0 else None


def read_articles(sources: Iterable[str], **options) -> list[Article]:
    """All articles in the sources; raises the first InputError met."""
    articles = []
    for item in iter_articles(sources, **options):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles
