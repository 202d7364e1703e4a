"""CSV exports of other tools: one article per row, columns mapped onto Article fields."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping

from casefile.errors import InputError
from casefile.models import Article
from casefile.read.jsonl import parse_line
from casefile.read.source import STDIN, open_binary

_SNIFF = 8192


def _raise_field_limit(max_bytes: int) -> None:
    # The csv module refuses fields over 128 KiB by default; an article may be longer.
    # The limit is process-wide, so only ever raise it.
    if csv.field_size_limit() < max_bytes:
        csv.field_size_limit(max_bytes)


def read(source: str, *, published: dt.date | None = None, max_bytes: int,
         fields: Mapping[str, str] | None = None) -> Iterator[Article | InputError]:
    """Each article of a CSV source (header row first), or an InputError per bad row."""
    stream = open_binary(source)
    if isinstance(stream, InputError):
        yield stream
        return
    _raise_field_limit(max_bytes)
    mapping = dict(fields or {})
    text: io.TextIOWrapper | None = None
    try:
        head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
        nul = head.find(b"\x00")
        if nul >= 0:
            yield InputError(source, f"looks like a binary file (NUL byte at byte offset {nul}); "
                             "give a CSV file with a header row")
            return
        # utf-8-sig: spreadsheet programs start their CSV with a BOM. Undecodable bytes are
        # kept as surrogates so that only the rows holding them are reported.
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape",  # type: ignore[arg-type]
                                newline="")
        rows = csv.DictReader(text)
        header = rows.fieldnames
        bad = _bad_byte(header or [])
        if bad is not None:
            yield _not_utf8(source, bad, 1)
            return
        if not header:
            yield InputError(source, "is empty; give a CSV file with a header row "
                             "(e.g. id,title,text,published,url)")
            return
        wanted = mapping.get("text", "text")
        if wanted not in header:
            shown = ", ".join(header[:12]) + (", …" if len(header) > 12 else "")
            yield InputError(source, f"has no {wanted!r} column (columns: {shown}); map the "
                             "article text's column with --map text=COLUMN (fields={'text': …})")
            return
        missing = [c for c in mapping.values() if c not in header]
        if missing:
            yield InputError(source, f"has no column {missing[0]!r} named in the mapping; "
                             f"columns: {', '.join(header[:12])}")
            return
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputError(source, f"not valid CSV ({exc})", rows.line_num)
                continue
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue  # blank rows are harmless
            size = sum(len(v) for v in row.values() if isinstance(v, str))
            if size > max_bytes:
                yield InputError(source, "row too large; split it or raise max_bytes",
                                 rows.line_num)
                continue
            row.pop(None, None)  # the extra cells of a row longer than the header
            bad = _bad_byte(row.values())
            if bad is not None:
                yield _not_utf8(source, bad, rows.line_num)
                continue
            yield parse_line(row, source, rows.line_num, published=published, fields=mapping)
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
    finally:
        if source == STDIN and text is not None:
            text.detach()  # the wrapper would close the process's stdin when collected
        elif source != STDIN:
            stream.close()


_SURROGATE = re.compile("[\udc80-\udcff]")


def _bad_byte(values) -> int | None:
    """The first undecodable byte (kept as a surrogate) among the values, else None."""
    for value in values:
        if isinstance(value, str):
            found = _SURROGATE.search(value)
            if found:
                return ord(found.group()) - 0xDC00
    return None


def _not_utf8(source: str, byte: int, line: int | None) -> InputError:
    return InputError(source, f"is not valid UTF-8 (byte 0x{byte:02x}); convert it, "
                      "e.g. iconv -f latin1 -t utf-8", line)
