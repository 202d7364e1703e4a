"""The read stage: each format becomes an Article; each bad input becomes one InputError."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

import casefile.read as read_package
from casefile.errors import InputError
from casefile.models import Article, text_hash
from casefile.read import iter_articles, read_articles

STORY = (
    "A man was stabbed to death in Leeds on Monday night, police said.\n\n"
    "The victim, named as John Smith, 38, died at the scene."
)

PAGE = """<!DOCTYPE html>
<html><head>
<title>Man stabbed to death in Leeds | The Example News</title>
<meta property="og:title" content="Man stabbed to death in Leeds">
<meta property="article:published_time" content="2022-01-25T10:00:00Z">
<link rel="canonical" href="https://news.example.com/leeds-stabbing">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Man stabbed to death in Leeds</h1>
<p>A man was stabbed to death in Leeds on Monday night, police said. The victim, named as
John Smith, 38, died at the scene despite the efforts of paramedics.</p>
<p>A 17-year-old boy has been arrested on suspicion of murder and remains in custody,
West Yorkshire Police said on Tuesday.</p>
</article>
<footer>Copyright 2019 The Example News. Subscribe to our newsletter.</footer>
</body></html>
"""


def items(*sources: str, **options) -> list[Article | InputError]:
    return list(iter_articles([str(s) for s in sources], **options))


def only_error(result: list) -> InputError:
    assert len(result) == 1 and isinstance(result[0], InputError), result
    return result[0]


# --- plain text ---------------------------------------------------------------------------

def test_txt_reads_whole_text_with_cli_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY + "\n", encoding="utf-8")
    [article] = items(path, published=dt.date(2022, 1, 25))
    assert isinstance(article, Article)
    assert article.text == STORY
    assert article.published == dt.date(2022, 1, 25)
    assert article.source == str(path)
    assert article.id == text_hash(STORY)  # no URL: the text's hash
    assert article.title == ""  # the first line is a sentence, not a headline


def test_txt_obvious_headline_becomes_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Man stabbed to death in Leeds\n\n" + STORY, encoding="utf-8")
    [article] = items(path)
    assert article.title == "Man stabbed to death in Leeds"
    assert article.text.startswith("Man stabbed")  # the text is kept whole: offsets stay true
    assert article.published is None


def test_txt_crlf_and_bom_normalised(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode("utf-8"))
    [article] = items(path)
    assert article.text == STORY


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("  " + STORY + "\n\n", encoding="utf-8")
    a, b = items(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.id == b.id


def test_stdin_is_plain_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8"))))
    [article] = items("-", published=dt.date(2022, 1, 25))
    assert article.text == STORY
    assert article.source == "-"
    assert article.published == dt.date(2022, 1, 25)


def test_stdin_as_jsonl_with_input_format(monkeypatch):
    line = json.dumps({"id": "s1", "text": STORY}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf-8"))))
    [article] = items("-", input_format="jsonl")
    assert article.id == "s1"


def test_input_format_overrides_extension(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    [article] = items(path, input_format="txt")
    assert article.text == STORY


# --- HTML ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["page.html", "page.HTM"])
def test_html_main_text_title_date_url(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    [article] = items(path, published=dt.date(2030, 1, 1))
    assert isinstance(article, Article), article
    assert "John Smith, 38" in article.text
    assert "17-year-old boy" in article.text
    assert "Subscribe" not in article.text and "Sport" not in article.text  # boilerplate gone
    assert article.title == "Man stabbed to death in Leeds"
    assert article.published == dt.date(2022, 1, 25)  # the page's own date wins
    assert article.url == "https://news.example.com/leeds-stabbing"
    assert article.id != text_hash(article.text)  # identity is the URL


def test_html_without_date_uses_given_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace('<meta property="article:published_time" '
                                 'content="2022-01-25T10:00:00Z">', ""), encoding="utf-8")
    [article] = items(path, published=dt.date(2022, 2, 1))
    assert article.published == dt.date(2022, 2, 1)


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    error = only_error(items(path))
    assert "no article text" in error.message


# --- JSON lines ---------------------------------------------------------------------------

def write_jsonl(path, *lines) -> None:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")


def test_jsonl_fields_and_extra(tmp_path):
    path = tmp_path / "corpus.jsonl"
    write_jsonl(
        path,
        {"article_id": "a1", "title": "Stabbing", "text": STORY, "published": "2022-01-25",
         "url": "https://x.example/1", "incident_id": "inc7"},
        {"id": 42, "text": "A woman was shot in Hull.", "published": None},
        "",
        {"text": "No id here.", "url": "https://x.example/3"},
    )
    a, b, c = items(path, published=dt.date(2022, 2, 2))
    assert (a.id, a.title, a.published, a.url) == ("a1", "Stabbing", dt.date(2022, 1, 25),
                                                  "https://x.example/1")
    assert a.extra == {"incident_id": "inc7"}
    assert a.text == STORY
    assert b.id == "42" and b.published == dt.date(2022, 2, 2)  # no own date: the given one
    assert c.id != text_hash(c.text) and c.url == "https://x.example/3"  # id from the URL
    assert a.source == str(path)


def test_jsonl_bad_lines_reported_rest_read(tmp_path):
    path = tmp_path / "corpus.jsonl"
    write_jsonl(
        path,
        {"id": "good1", "text": STORY},
        "{not json",
        {"id": "notext", "title": "x"},
        {"id": "blank", "text": "   "},
        {"id": "baddate", "text": STORY, "published": "24/01/2022"},
        "[1, 2]",
        {"id": "good2", "text": STORY, "published": "2022-01-24"},
    )
    result = items(path)
    assert [x.id for x in result if isinstance(x, Article)] == ["good1", "good2"]
    errors = [x for x in result if isinstance(x, InputError)]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6]
    assert all(e.source == str(path) for e in errors)
    assert str(errors[0]).startswith(f"{path}:2: not valid JSON")
    assert '"text"' in errors[1].message
    assert "24/01/2022" in errors[3].message and "YYYY-MM-DD" in errors[3].message


def test_jsonl_is_streamed(monkeypatch):
    first = (json.dumps({"id": "a", "text": "one"}) + "\n").encode("utf-8")
    rest = (json.dumps({"id": "b", "text": "two " * 50_000}) + "\n").encode("utf-8")
    data = io.BytesIO(first + rest)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": data})())
    stream = iter_articles(["-"], input_format="jsonl")
    assert next(stream).id == "a"
    assert data.tell() == len(first)  # nothing past the first line read yet
    assert next(stream).id == "b"


def test_jsonl_invalid_utf8_line_reports_line_and_offset(tmp_path):
    path = tmp_path / "corpus.jsonl"
    first = b'{"id": "a", "text": "ok"}\n'
    second = b'{"id": "b", "text": "caf\xe9"}\n'
    path.write_bytes(first + second + b'{"id": "c", "text": "ok"}\n')
    result = items(path)
    assert [x.id for x in result if isinstance(x, Article)] == ["a", "c"]
    [error] = [x for x in result if isinstance(x, InputError)]
    assert error.line == 2
    offset = len(first) + second.index(b"\xe9")
    assert f"offset {offset}" in error.message


# --- bad inputs ---------------------------------------------------------------------------

def test_missing_file(tmp_path):
    error = only_error(items(tmp_path / "nope.txt"))
    assert error.source.endswith("nope.txt") and "no such file" in error.message


def test_missing_file_of_unknown_type_says_missing(tmp_path):
    assert "no such file" in only_error(items(tmp_path / "nope.csv")).message


@pytest.mark.parametrize("fmt", [None, "jsonl"])
def test_directory(tmp_path, fmt):
    (tmp_path / "d.txt").mkdir()
    assert "directory" in only_error(items(tmp_path / "d.txt", input_format=fmt)).message


@pytest.mark.parametrize("name,content", [
    ("empty.txt", b""), ("blank.txt", b"  \n\n "), ("empty.html", b""), ("empty.jsonl", b""),
    ("blank.jsonl", b"\n\n"),
])
def test_empty_file(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert "empty" in only_error(items(path)).message


@pytest.mark.parametrize("name", ["image.txt", "image.html", "image.jsonl"])
def test_binary_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary" in only_error(items(path)).message


def test_invalid_utf8_reports_byte_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owner stabbed".encode("latin-1"))
    error = only_error(items(path))
    assert "UTF-8" in error.message and "offset 3" in error.message
    assert error.line is None


def test_too_large_file(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    monkeypatch.setattr(read_package, "MAX_BYTES", 1024)  # the module constant is the default
    error = only_error(items(path))
    assert "2.0 KB" in error.message and "1.0 KB" in error.message


def test_default_size_limit_is_10_mb(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as out:
        out.truncate(10 * 1024 * 1024 + 1)  # sparse: no need to write 10 MB
    error = only_error(items(path))
    assert "too large" in error.message and "10.0 MB" in error.message


def test_too_large_jsonl_line_others_read(tmp_path):
    path = tmp_path / "corpus.jsonl"
    write_jsonl(path, {"id": "a", "text": "x" * 5000}, {"id": "b", "text": "short"})
    result = list(iter_articles([str(path)], max_bytes=1024))
    assert isinstance(result[0], InputError) and result[0].line == 1
    assert "too large" in result[0].message
    assert result[1].id == "b"


def test_too_large_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * 100)))
    assert "too large" in only_error(list(iter_articles(["-"], max_bytes=10))).message


@pytest.mark.parametrize("name", ["report.pdf", "README"])
def test_unknown_extension(tmp_path, name):
    path = tmp_path / name
    path.write_text(STORY, encoding="utf-8")
    error = only_error(items(path))
    for accepted in (".txt", ".html", ".htm", ".jsonl", "input_format"):
        assert accepted in error.message


def test_unknown_input_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    assert "unknown input format" in only_error(items(path, input_format="pdf")).message


def test_bad_input_does_not_stop_the_rest(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.txt").write_text("Another report of a shooting.", encoding="utf-8")
    result = items(tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "bin.txt",
                   tmp_path / "c.txt")
    assert [type(x).__name__ for x in result] == ["Article", "InputError", "InputError", "Article"]


def test_read_articles_raises_first_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles([str(tmp_path / "missing.txt")])
