"""read: every input format (plain text, HTML, JSON lines, stdin) becomes the same Article."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import html, jsonl, text
from casefile.read.source import MAX_BYTES, STDIN, check_path, read_source

__all__ = ["EXTENSIONS", "FORMATS", "MAX_BYTES", "iter_articles", "read_articles"]

# Format name -> the extensions that select it; the one table both lookup and errors use.
FORMATS: dict[str, tuple[str, ...]] = {
    "txt": (".txt",),
    "html": (".html", ".htm"),
    "jsonl": (".jsonl",),
}
EXTENSIONS: dict[str, str] = {ext: fmt for fmt, exts in FORMATS.items() for ext in exts}


def _accepted() -> str:
    return ", ".join(EXTENSIONS)


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
    ext = os.path.splitext(source)[1].lower()
    if ext in EXTENSIONS:
        return EXTENSIONS[ext]
    shown = repr(ext) if ext else "no extension"
    return InputError(source, f"unknown file type ({shown}); accepted: {_accepted()}, or - for "
                      "stdin; to read it anyway give its format with input_format "
                      f"(--input-format {'|'.join(FORMATS)})")


def iter_articles(
    sources: Iterable[str],
    *,
    published: dt.date | None = None,
    input_format: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[Article | InputError]:
    """Each article in the sources, in order; an unreadable input yields an InputError instead.

    `published` dates plain text and any article that carries no date of its own.
    `max_bytes` (default MAX_BYTES) caps one article: a whole .txt/.html file, one JSONL line.
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    for source in sources:
        # A missing path or a directory is the clearer error than its (lack of) extension.
        fmt = check_path(source) or _format_of(source, input_format)
        if isinstance(fmt, InputError):
            yield fmt
        elif fmt == "jsonl":
            # Streamed: one bad line is reported and the rest of the file still read.
            yield from jsonl.read(source, published=published, max_bytes=limit)
        else:
            content = read_source(source, limit)
            if isinstance(content, InputError):
                yield content
            elif fmt == "html":
                yield html.parse(content, source, published=published)
            else:
                yield text.parse(content, source, published=published)


def read_articles(sources: Iterable[str], **options) -> list[Article]:
    """All articles in the sources; raises the first InputError met."""
    articles = []
    for item in iter_articles(sources, **options):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles
