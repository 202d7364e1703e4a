"""WARC and WARC.gz: each HTML response an article; truncation reported, earlier records kept."""

from __future__ import annotations

import io

import pytest

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import iter_articles

PAGE = ("<html><head><title>Story {i}</title>"
        "<link rel='canonical' href='https://news.example.com/story-{i}'></head><body><article>"
        "<h1>Story {i}</h1><p>" + "A man was stabbed in Leeds on Monday night, police said. " * 4
        + "The victim, {i}, died at the scene.</p></article></body></html>")


def write_warc(path, records, gzip=True) -> None:
    """records: (uri, record type, HTTP status, content type, body bytes)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
        for uri, kind, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, kind, payload=io.BytesIO(body),
                http_headers=headers if kind in ("response", "request") else None))


def pages(n: int):
    return [(f"https://news.example.com/s{i}", "response", "200 OK", "text/html; charset=utf-8",
             PAGE.format(i=i).encode()) for i in range(n)]


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False),
                                       ("CRAWL.WARC.GZ", True)])
def test_each_html_response_is_an_article(tmp_path, name, gzip):
    path = tmp_path / name
    mixed = pages(3) + [
        ("https://news.example.com/logo.png", "response", "200 OK", "image/png", b"\x89PNG"),
        ("https://news.example.com/old", "response", "301 Moved", "text/html", b"<a>moved</a>"),
        ("https://news.example.com/s0", "request", "200 OK", "text/html", b""),
    ]
    write_warc(path, mixed, gzip=gzip)
    result = list(iter_articles([str(path)]))
    assert all(isinstance(a, Article) for a in result), result
    assert [a.url for a in result] == [f"https://news.example.com/story-{i}" for i in range(3)]
    assert [a.title for a in result] == ["Story 0", "Story 1", "Story 2"]
    assert all(a.source == str(path) for a in result)


def test_target_uri_when_page_has_no_canonical(tmp_path):
    path = tmp_path / "c.warc.gz"
    body = PAGE.format(i=1).replace("<link rel='canonical' href='https://news.example.com/"
                                    "story-1'>", "").encode()
    write_warc(path, [("https://x.example/a", "response", "200 OK", "text/html", body)])
    [article] = iter_articles([str(path)])
    assert article.url == "https://x.example/a"


def test_latin1_record_uses_its_http_charset(tmp_path):
    path = tmp_path / "c.warc.gz"
    body = PAGE.format(i="José").encode("latin-1")
    write_warc(path, [("https://x.example/a", "response", "200 OK",
                       "text/html; charset=ISO-8859-1", body)])
    [article] = iter_articles([str(path)])
    assert "José" in article.text


def test_bad_record_reported_with_offset_and_uri_rest_read(tmp_path):
    path = tmp_path / "c.warc.gz"
    recs = pages(3)
    recs[1] = ("https://x.example/empty", "response", "200 OK", "text/html",
               b"<html><body></body></html>")
    write_warc(path, recs)
    result = list(iter_articles([str(path)]))
    assert [type(x).__name__ for x in result] == ["Article", "InputError", "Article"]
    error = result[1]
    assert "record 3" in error.message and "https://x.example/empty" in error.message
    assert "byte offset" in error.message and "no article text" in error.message


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_file_keeps_records_before_the_break(tmp_path, gzip):
    full = tmp_path / ("full.warc.gz" if gzip else "full.warc")
    write_warc(full, pages(6), gzip=gzip)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.75)])
    result = list(iter_articles([str(cut)]))
    articles = [x for x in result if isinstance(x, Article)]
    assert 2 <= len(articles) < 6
    assert isinstance(result[-1], InputError) and "truncated" in result[-1].message
    assert f"the {len(articles) + 1} records before it were read" in result[-1].message  # +warcinfo
    assert sum(isinstance(x, InputError) for x in result) == 1


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive\n", encoding="utf-8")
    [error] = iter_articles([str(path)])
    assert isinstance(error, InputError) and "not a WARC" in error.message


def test_warc_without_pages(tmp_path):
    path = tmp_path / "c.warc.gz"
    write_warc(path, [("https://x.example/l.png", "response", "200 OK", "image/png", b"x")])
    [error] = iter_articles([str(path)])
    assert "no HTML response records" in error.message


def test_oversized_record_reported_rest_read(tmp_path):
    path = tmp_path / "c.warc.gz"
    recs = pages(2)
    recs.insert(1, ("https://x.example/big", "response", "200 OK", "text/html",
                    b"<html><body><p>" + b"x" * 5000 + b"</p></body></html>"))
    write_warc(path, recs)
    result = list(iter_articles([str(path)], max_bytes=2000))
    assert [type(x).__name__ for x in result] == ["Article", "InputError", "Article"]
    assert "too large" in result[1].message and "https://x.example/big" in result[1].message


def test_warc_is_streamed(tmp_path, monkeypatch):
    """Reading the first article reads only the start of a large file."""
    path = tmp_path / "c.warc"
    write_warc(path, pages(300), gzip=False)
    opened = []
    real_open = open

    def spy(file, *args, **kwargs):
        handle = real_open(file, *args, **kwargs)
        if str(file) == str(path):
            opened.append(handle)
        return handle

    monkeypatch.setattr("builtins.open", spy)
    stream = iter_articles([str(path)])
    assert isinstance(next(stream), Article)
    assert opened[0].tell() < path.stat().st_size / 10
    stream.close()
