"""Plain text (.txt and stdin): the text as given; a title only when the first line is one."""

from __future__ import annotations

import datetime as dt

from casefile.errors import InputError
from casefile.models import Article
from casefile.read.encoding import fix_mojibake

_MAX_TITLE = 160  # characters; a longer first line is a paragraph, not a headline


def normalise(text: str) -> str:
    """Mojibake repaired, unified line ends and no surrounding blank space.

    Done once here, before any offset is taken, so evidence spans match on every platform.
    """
    return fix_mojibake(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def guess_title(text: str) -> str:
    """The first line if it is plainly a headline: short, unpunctuated, and set apart by a blank line."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if not sep or not rest.startswith("\n") or not rest.strip():
        return ""
    if not first or len(first) > _MAX_TITLE or first[-1] in ".,;:":
        return ""
    return first


def parse(content: str, source: str, *, published: dt.date | None = None) -> Article | InputError:
    """The Article of a plain-text document."""
    text = normalise(content)
    if not text:
        return InputError(source, "is empty; give a file with the article's text")
    return Article.make(text, title=guess_title(text), published=published, source=source)
