"""Bytes of web pages to text: declared charset first, then detection; mojibake repaired."""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">;
# browsers only look at the first 1024 bytes, we look a little further for sloppy pages.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
_DETECT_BYTES = 256 * 1024  # charset detection on a sample: its cost grows with the input
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)


def charset_of(content_type: str | None) -> str | None:
    """The charset named in a Content-Type header value, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec of a charset label, or None when the label is unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        log.debug("ignoring unknown charset label %r", label)
        return None
    # As browsers do (WHATWG Encoding): a page labelled latin-1 or ASCII is really cp1252,
    # whose curly quotes and dashes sit where latin-1 has control characters.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _detect(data: bytes) -> str:
    """The best guess of the text's encoding (charset_normalizer), else cp1252."""
    from charset_normalizer import from_bytes  # comes with trafilatura

    matches = from_bytes(data[:_DETECT_BYTES])
    best = matches.best()
    if best is None:
        return "cp1252"
    # A few accented letters in mostly-ASCII text fit every Latin code page equally well
    # (cp775, cp1250, cp1257…); cp1252 is by far the most common on the web, so it wins
    # whenever it fits about as well as the best.
    for match in matches:
        if match.encoding == "cp1252" and match.percent_chaos <= best.percent_chaos + 1.0:
            return "cp1252"
    return best.encoding


def decode_page(data: bytes, declared: str | None = None) -> str:
    """The text of a page's bytes: BOM, else the declared (HTTP or <meta>) charset if the
    bytes agree with it, else UTF-8 if they are valid UTF-8, else a detected encoding.

    Never fails: undecodable bytes become U+FFFD, since one bad byte must not lose a page.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    for label in (declared, _meta_charset(data)):
        named = _codec(label)
        if named is None:
            continue
        try:
            return data.decode(named)
        except UnicodeDecodeError:
            # The label is wrong (typically cp1252 bytes labelled UTF-8): detect instead.
            log.debug("bytes do not match their declared charset %r", label)
            break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _detect(data)
    if codec in ("ascii", "latin_1", "iso8859_1"):
        codec = "cp1252"
    return data.decode(codec, errors="replace")


def fix_mojibake(text: str) -> str:
    """The text with mojibake ("cafÃ©" for "café") and stray control characters repaired.

    Only encoding repairs: quotes, ligatures, widths and line breaks stay as written, so a
    quote's evidence span reads exactly as the source printed it.
    """
    import ftfy

    return ftfy.fix_text(text, _FTFY_CONFIG)


def _ftfy_config():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
        fix_character_width=False, fix_line_breaks=False, normalization=None,
    )


_FTFY_CONFIG = _ftfy_config()
