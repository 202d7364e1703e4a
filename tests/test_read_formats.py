"""Readers of saved pages, CSV and mapped exports: metadata, encodings, stubs, bad rows."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import FieldMapError, describe_formats, iter_articles, parse_map

BODY = (
    "<p>A man was stabbed to death in Leeds on Monday night, police said. The victim, named as "
    "John Smith, 38, died at the scene despite the efforts of paramedics.</p>"
    "<p>A 17-year-old boy has been arrested on suspicion of murder and remains in custody, "
    "West Yorkshire Police said on Tuesday.</p>"
)


def page(body: str = BODY, head: str = "", title: str = "Man stabbed in Leeds") -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright 2019</footer></body></html>")


def items(*sources, **options) -> list[Article | InputError]:
    return list(iter_articles([str(s) for s in sources], **options))


def only(result: list):
    assert len(result) == 1, result
    return result[0]


# --- encodings ----------------------------------------------------------------------------

def test_html_cp1252_labelled_utf8_is_read(tmp_path):
    path = tmp_path / "page.html"
    text = BODY.replace("John Smith", "Zoë Müller").replace("said.", "said – “awful”.")
    path.write_bytes(page(text, head='<meta charset="utf-8">').encode("cp1252"))
    article = only(items(path))
    assert isinstance(article, Article), article
    assert "Zoë Müller" in article.text and "“awful”" in article.text


@pytest.mark.parametrize("label", ['<meta charset="iso-8859-1">', ""])
def test_html_latin1_declared_or_not(tmp_path, label):
    path = tmp_path / "page.html"
    path.write_bytes(page(BODY.replace("John Smith", "José Núñez"), head=label).encode("latin-1"))
    article = only(items(path))
    assert "José Núñez" in article.text


def test_mojibake_is_repaired(tmp_path):
    path = tmp_path / "page.html"
    broken = "José Núñez".encode().decode("latin-1")  # "JosÃ© NÃºÃ±ez"
    path.write_text(page(BODY.replace("John Smith", broken)), encoding="utf-8")
    assert "José Núñez" in only(items(path)).text


def test_txt_mojibake_repaired_but_quotes_kept(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The cafÃ© owner said: “It was awful.” Police arrived.", encoding="utf-8")
    assert only(items(path)).text == "The café owner said: “It was awful.” Police arrived."


# --- HTML metadata and stubs --------------------------------------------------------------

def test_html_canonical_url_beats_nothing_and_title_from_og(tmp_path):
    path = tmp_path / "page.html"
    head = ('<meta property="og:title" content="Boy arrested after Leeds stabbing">'
            '<meta name="date" content="2022-01-25">'
            '<link rel="canonical" href="https://news.example.com/leeds">')
    path.write_text(page(head=head), encoding="utf-8")
    article = only(items(path))
    assert article.url == "https://news.example.com/leeds"
    assert article.published == dt.date(2022, 1, 25)
    assert article.title


@pytest.mark.parametrize("body,kind", [
    ("<p>Subscribe to continue reading. Already a subscriber? Sign in.</p>", "paywall"),
    ("<p>We use cookies to improve your experience. Accept all cookies or manage settings.</p>",
     "cookie wall"),
    ("<noscript>Please enable JavaScript to view this page.</noscript><script>x=1;</script>",
     "JavaScript"),
])
def test_wall_stubs_are_errors(tmp_path, body, kind):
    path = tmp_path / "stub.html"
    path.write_text(page(body), encoding="utf-8")
    error = only(items(path))
    assert isinstance(error, InputError), error
    assert kind in error.message and "not an article" in error.message


def test_long_article_mentioning_subscribers_is_kept(tmp_path):
    path = tmp_path / "page.html"
    body = BODY * 6 + "<p>Already a subscriber? Sign in.</p>"
    path.write_text(page(body), encoding="utf-8")
    assert isinstance(only(items(path)), Article)


def test_page_full_of_scripts_and_large(tmp_path):
    path = tmp_path / "big.html"
    scripts = "<script>" + "var a = 'x';" * 50_000 + "</script>"
    path.write_text(page(scripts + BODY + scripts), encoding="utf-8")
    article = only(items(path))
    assert isinstance(article, Article), article
    assert "var a" not in article.text and "John Smith" in article.text


def test_page_over_the_limit(tmp_path):
    path = tmp_path / "big.html"
    path.write_text(page(BODY * 100), encoding="utf-8")
    assert "too large" in only(items(path, max_bytes=1000)).message


# --- CSV and mapping ----------------------------------------------------------------------

def test_csv_default_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('id,title,text,published,url,incident_id\n'
                    'a1,Stabbing,"A man was stabbed, police said.",2022-01-25,https://x.example/1,i7\n'
                    '\n'
                    'a2,,"Second, with a ""quote"".",,,\n', encoding="utf-8")
    a, b = items(path, published=dt.date(2022, 2, 2))
    assert (a.id, a.title, a.published, a.url) == ("a1", "Stabbing", dt.date(2022, 1, 25),
                                                  "https://x.example/1")
    assert a.extra == {"incident_id": "i7"}
    assert b.text == 'Second, with a "quote".' and b.published == dt.date(2022, 2, 2)


def test_csv_mapping_bom_and_bad_rows(tmp_path):
    path = tmp_path / "gva.csv"
    path.write_bytes("\ufeffuid,headline,body,date\n"
                     "1,One,A woman was shot in Hull.,\"January 24, 2022\"\n"
                     "2,Two,,2022-01-24\n"
                     "3,Three,A man was shot.,24/01/2022\n"
                     "4,Four,A boy was stabbed.,Mon, 24 Jan 2022 10:00:00 GMT\n".encode("utf-8"))
    mapping = {"id": "uid", "title": "headline", "text": "body", "published": "date"}
    result = items(path, fields=mapping)
    good = [x for x in result if isinstance(x, Article)]
    assert [(a.id, a.title, a.published) for a in good] == [
        ("1", "One", dt.date(2022, 1, 24))]
    errors = [x for x in result if isinstance(x, InputError)]
    assert [e.line for e in errors] == [3, 4, 5]
    assert '"body"' in errors[0].message
    assert "24/01/2022" in errors[1].message


def test_csv_missing_text_column_names_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("headline,body\nA,B\n", encoding="utf-8")
    error = only(items(path))
    assert "headline, body" in error.message and "--map text=" in error.message
    assert isinstance(only(items(path, fields={"text": "body"})), Article)


def test_csv_latin1_row_is_reported(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"text\nfine row here\ncaf\xe9 row\n")
    result = items(path)
    assert isinstance(result[0], Article)
    assert "UTF-8" in result[-1].message


def test_csv_long_field(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text('text\n"' + "word " * 60_000 + '"\n', encoding="utf-8")
    assert isinstance(only(items(path)), Article)


def test_jsonl_mapping(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"body": "A man was stabbed.", "text": "ignored",
                                "link": "https://x.example/9", "when": "2022-01-24T08:00:00Z"})
                    + "\n", encoding="utf-8")
    article = only(items(path, fields=parse_map(["text=body", "url=link", "published=when"])))
    assert article.text == "A man was stabbed."
    assert article.url == "https://x.example/9" and article.published == dt.date(2022, 1, 24)


@pytest.mark.parametrize("pairs,message", [
    (["body"], "FIELD=COLUMN"), (["txt=body"], "unknown field"), (["text="], "FIELD=COLUMN"),
])
def test_bad_mapping_raises(pairs, message):
    with pytest.raises(FieldMapError, match=message):
        parse_map(pairs)


def test_bad_mapping_raises_from_iter_articles(tmp_path):
    with pytest.raises(FieldMapError):
        items(tmp_path / "x.csv", fields={"body": "text"})


def test_every_format_is_described():
    described = describe_formats()
    for fmt in ("txt", "html", "jsonl", "csv", "warc", "feed", "urls", ".warc.gz"):
        assert fmt in described
