"""WARC and WARC.gz (Common Crawl News and the like): each HTML response record an article.

Streamed record by record with warcio, so memory stays flat whatever the file's size; a
truncated or corrupt file is reported once, naming where it broke, after the records
before the break have been read.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import zlib
from collections.abc import Iterator
from stat import S_ISREG

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import html
from casefile.read.encoding import charset_of
from casefile.read.source import STDIN, open_binary, too_large

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _HTML_TYPES


def _where(number: int, offset: int | None, uri: str | None) -> str:
    at = f" at byte offset {offset}" if offset is not None else ""
    return f"record {number}{at}" + (f" ({uri})" if uri else "")


def _before(number: int) -> str:
    return (f"the {number - 1} records before it were read" if number > 1
            else "no record could be read")


def _size(stream) -> int | None:
    """The size of a regular file, or None for a pipe."""
    try:
        stat = os.fstat(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return stat.st_size if S_ISREG(stat.st_mode) else None


def _article(record, source: str, *, published: dt.date | None,
             max_bytes: int) -> Article | InputError | None:
    """The article of one record; None for a record that is not an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None  # requests, metadata, warcinfo: not pages
    uri = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode() or ""
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not status.startswith("2") or not _is_html(content_type):
        log.debug("skipping %s: HTTP %s, %s", uri, status, content_type)
        return None  # redirects, errors, images, scripts: a crawl is full of them
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return too_large(source, None, max_bytes)
    return html.parse_bytes(data, source, charset=charset_of(content_type),
                            published=published, url=uri)


def read(source: str, *, published: dt.date | None = None,
         max_bytes: int) -> Iterator[Article | InputError]:
    """Each article of a WARC file; an InputError for each bad record or a broken file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = open_binary(source)
    if isinstance(stream, InputError):
        yield stream
        return
    number = 0
    offset = 0
    found = False
    try:
        records = ArchiveIterator(stream)
        for record in records:
            number += 1
            if record.format != "warc":
                # warcio also takes old ARC files, and so reads any text's first line as one.
                yield InputError(source, f"not a WARC file (record {number} is not a WARC "
                                 "record); give a .warc or .warc.gz file, e.g. from Common Crawl")
                return
            item = _article(record, source, published=published, max_bytes=max_bytes)
            # Only now: warcio finds the offset by reading the record to its end.
            offset = records.get_record_offset()
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if record.raw_stream.limit > 0:  # the file ended inside this record
                yield InputError(source, f"truncated WARC: {_where(number, offset, uri)} is cut "
                                 f"short ({record.raw_stream.limit} bytes missing); "
                                 f"{_before(number)}")
                return
            if item is None:
                continue
            found = True
            yield InputError(source, f"{_where(number, offset, uri)}: {item.message}") if (
                isinstance(item, InputError)) else item
        # warcio ends quietly at a gzip member cut short: bytes left over mean a broken tail.
        end = records.offset
        size = _size(stream)
        if size is not None and end < size:
            yield InputError(source, f"truncated or corrupt WARC after byte offset {end} "
                             f"({size - end} bytes could not be read as a record); "
                             f"{_before(number + 1)}")
            return
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        # Corrupt files fail to decompress or parse.
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield InputError(source, f"truncated or corrupt WARC at record {number + 1}, after "
                         f"byte offset {offset} ({detail}); {_before(number + 1)}")
        return
    except OSError as exc:
        yield InputError(source, f"cannot be read ({exc.strerror or exc})")
        return
    finally:
        if source != STDIN:
            stream.close()
    if not found:
        yield InputError(source, f"has no HTML response records ({number} records read); "
                         "a WARC of crawled news pages is expected")
