"""Opening a source safely: size limit, binary and encoding checks, one clear error each."""

from __future__ import annotations

import os
import sys
from typing import BinaryIO, cast

from casefile.errors import InputError

MAX_BYTES = 10 * 1024 * 1024  # one article larger than this is surely not a news report
STDIN = "-"


def human_size(n: int) -> str:
    """A byte count as people read it: 512 bytes, 3.2 KB, 10.0 MB."""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def too_large(source: str, size: int | None, limit: int, line: int | None = None) -> InputError:
    """The error for an input over the size limit."""
    what = (f"{human_size(size)}; the limit is {human_size(limit)}" if size is not None
            else f"over the {human_size(limit)} limit")
    return InputError(source, f"too large ({what}); split it into smaller files "
                      "or raise max_bytes", line)


def check_path(source: str) -> InputError | None:
    """Why a path cannot be read as a file (missing, a directory), else None."""
    if source == STDIN:
        return None
    if os.path.isdir(source):
        return InputError(source, "is a directory; give the files in it (e.g. DIR/*.txt)")
    if not os.path.exists(source):
        return InputError(source, "no such file; check the path")
    return None


def open_binary(source: str) -> BinaryIO | InputError:
    """The source opened for binary reading (stdin for '-'), or why it cannot be."""
    if source == STDIN:
        buffer = getattr(sys.stdin, "buffer", None)
        return buffer if buffer is not None else cast(BinaryIO, _TextAsBytes(sys.stdin))
    problem = check_path(source)
    if problem is not None:
        return problem
    try:
        return open(source, "rb")
    except FileNotFoundError:
        return InputError(source, "no such file; check the path")
    except OSError as exc:
        return InputError(source, f"cannot be read ({exc.strerror or exc}); check its permissions")


class _TextAsBytes:
    """A text stream (as some test harnesses give for stdin) read as UTF-8 bytes."""

    def __init__(self, stream):
        self.stream = stream

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size).encode("utf-8")

    def readline(self, size: int = -1) -> bytes:
        return self.stream.readline(size).encode("utf-8")

    def close(self) -> None:  # never close the process's stdin
        pass


def decode(data: bytes, source: str, line: int | None = None, offset: int = 0) -> str | InputError:
    """UTF-8 text of the bytes, or an error naming the first NUL or undecodable byte's offset."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return InputError(source, f"looks like a binary file (NUL byte at byte offset "
                          f"{offset + nul}); give plain text, HTML or JSON lines", line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # No guessing of encodings: the user converts the file, e.g. with iconv.
        return InputError(source, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte "
                          f"offset {offset + exc.start}); convert it, e.g. "
                          "iconv -f latin1 -t utf-8", line)
    return text.removeprefix("\ufeff")  # a BOM is not part of the article


def read_bytes(source: str, limit: int) -> bytes | InputError:
    """The whole bytes of a source, checked: exists, is a file, within the limit, not empty."""
    if source != STDIN:
        try:
            size = os.stat(source).st_size
        except OSError:
            size = None  # open_binary names the problem
        if size is not None and size > limit and os.path.isfile(source):
            return too_large(source, size, limit)
    stream = open_binary(source)
    if isinstance(stream, InputError):
        return stream
    try:
        data = stream.read(limit + 1)  # stdin has no size to stat: read one byte past the limit
    except OSError as exc:
        return InputError(source, f"cannot be read ({exc.strerror or exc})")
    finally:
        if source != STDIN:
            stream.close()
    if len(data) > limit:
        return too_large(source, None, limit)
    if not data.strip():
        return InputError(source, "is empty; give a file with the article's text")
    return data


def read_source(source: str, limit: int) -> str | InputError:
    """The whole text of a source, checked: exists, is a file, within the limit, UTF-8."""
    data = read_bytes(source, limit)
    return data if isinstance(data, InputError) else decode(data, source)
