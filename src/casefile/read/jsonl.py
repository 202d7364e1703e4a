"""JSON lines: one article per line, read as a stream; a bad line is reported, the rest read."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from casefile.errors import InputError
from casefile.models import Article
from casefile.read.fields import parse_date, remap
from casefile.read.source import STDIN, decode, open_binary, too_large
from casefile.read.text import normalise

KNOWN_KEYS = ("article_id", "id", "title", "text", "published", "url")
_EXAMPLE = '{"id": "a1", "title": "…", "text": "…", "published": "2022-01-24", "url": null}'
_CHUNK = 1024 * 1024
_SNIFF = 8192  # bytes looked at to tell a binary file


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, int, int, bytes | None]]:
    """(line number, byte offset, size, bytes) per line; bytes is None for a line over the limit."""
    offset = 0
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        start = offset
        offset += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            # Skip the rest of the oversized line without holding it in memory.
            while True:
                more = stream.readline(_CHUNK)
                offset += len(more)
                if not more or more.endswith(b"\n"):
                    break
            yield number, start, offset - start, None
        else:
            yield number, start, len(line), line


def parse_line(obj: Any, source: str, line: int, *, published: dt.date | None = None,
               fields: Mapping[str, str] | None = None) -> Article | InputError:
    """The Article of one decoded JSON line (or CSV row); `fields` maps columns to fields."""
    if not isinstance(obj, dict):
        return InputError(source, f"each line must be a JSON object like {_EXAMPLE}", line)
    obj = remap(obj, fields or {})
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        column = (fields or {}).get("text", "text")
        return InputError(source, f'no "{column}" (the article\'s text as a string); e.g. '
                          f"{_EXAMPLE}, or map another column to text (--map text=COLUMN)", line)
    try:
        date = parse_date(obj.get("published"))
    except (TypeError, ValueError):
        return InputError(source, f"bad published value {obj.get('published')!r}; "
                          "use YYYY-MM-DD, e.g. 2022-01-24 (or an ISO or RFC 2822 timestamp), "
                          "or null", line)
    ident = obj.get("article_id", obj.get("id"))
    url = obj.get("url")
    return Article.make(
        normalise(text),
        id=str(ident) if ident not in (None, "") else None,
        title=str(obj.get("title") or ""),
        published=date or published,
        url=str(url) if url else None,
        source=source,
        extra={k: v for k, v in obj.items() if k not in KNOWN_KEYS},
    )


def read(source: str, *, published: dt.date | None = None, max_bytes: int,
         fields: Mapping[str, str] | None = None) -> Iterator[Article | InputError]:
    """Each article of a JSONL source, or an InputError for each bad line (or the whole file)."""
    stream = open_binary(source)
    if isinstance(stream, InputError):
        yield stream
        return
    found = False
    try:
        # A binary file fails on every "line"; sniff its start to report it once.
        head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
        binary = decode(head, source) if b"\x00" in head else None  # names the NUL's offset
        if isinstance(binary, InputError):
            yield binary
            return
        for number, offset, size, data in _lines(stream, max_bytes):
            if data is None:
                found = True
                yield too_large(source, size, max_bytes, number)
                continue
            if not data.strip():
                continue  # blank lines between records are harmless
            found = True
            line = decode(data, source, number, offset)
            if isinstance(line, InputError):
                yield line
                if b"\x00" in data:
                    return  # binary from here on: every further line would fail the same way
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(source, f"not valid JSON ({exc.msg} at column {exc.colno}); "
                                 f"each line must be one object like {_EXAMPLE}", number)
                continue
            yield parse_line(obj, source, number, published=published, fields=fields)
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
    finally:
        if source != STDIN:
            stream.close()
    if not found:
        yield InputError(source, f"is empty; give one JSON object per line, e.g. {_EXAMPLE}")
