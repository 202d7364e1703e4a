"""Fetching pages, feeds and URL lists from a local HTTP server the tests start (no internet)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from casefile.errors import InputError
from casefile.models import Article
from casefile.read import Fetcher, FetchOptions, iter_articles

ARTICLE = ("<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1><p>"
           + "A man was stabbed in Leeds on Monday night, police said. " * 3
           + "The victim, named as {name}, died at the scene.</p></article></body></html>")


def article(name: str, title: str = "Leeds stabbing", head: str = "") -> bytes:
    return ARTICLE.format(name=name, title=title, head=head).encode("utf-8")


def rss(base: str, *links: tuple[str, str, str]) -> bytes:
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                    for p, t, d in links)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{items}'
            "</channel></rss>").encode()


class Site:
    """Routes of the local server: path -> (status, content type, body, delay in seconds)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, str, bytes, float]] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.lock = threading.Lock()
        self.base = ""
        self.failures: Counter[str] = Counter()  # path -> how many 503s to answer first

    def add(self, path: str, body: bytes, status: int = 200, ctype: str = "text/html",
            delay: float = 0.0) -> str:
        self.routes[path] = (status, ctype, body, delay)
        return self.base + path


@pytest.fixture
def site():
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            with state.lock:
                state.hits[self.path] += 1
                state.agents.append(self.headers.get("User-Agent", ""))
                state.in_flight += 1
                state.most_in_flight = max(state.most_in_flight, state.in_flight)
            counted = True
            try:
                status, ctype, body, delay = state.routes.get(
                    self.path, (404, "text/html", b"<html>not found</html>", 0.0))
                with state.lock:
                    if state.failures[self.path] > 0:
                        state.failures[self.path] -= 1
                        status, body = 503, b"busy"
                if delay:
                    time.sleep(delay)
                # Counted out before the answer goes: once the client has read it, it may
                # start its next request before this thread's `finally` runs, and the
                # count would then show one request more in flight than the client sent.
                with state.lock:
                    state.in_flight -= 1
                    counted = False
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)
            finally:
                if counted:
                    with state.lock:
                        state.in_flight -= 1

        def log_message(self, *args):  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def options(tmp_path):
    return FetchOptions(cache_dir=tmp_path / "cache", timeout=2.0, retries=2, backoff=0.01,
                        user_agent="casefile-test/1.0")


def items(sources, **kwargs) -> list[Article | InputError]:
    return list(iter_articles([str(s) for s in sources], **kwargs))


def test_url_source_is_fetched_and_read(site, options):
    url = site.add("/news/1", article("John Smith", head="<meta name='date' content='2022-01-25'>"),
                   ctype="text/html; charset=utf-8")
    [a] = items([url], fetch=options)
    assert isinstance(a, Article), a
    assert "John Smith" in a.text and a.published == dt.date(2022, 1, 25)
    assert a.url == url and a.source == url
    assert site.agents[-1] == "casefile-test/1.0"


def test_cache_means_a_rerun_fetches_nothing(site, options):
    url = site.add("/news/1", article("John Smith"))
    first = items([url], fetch=options)
    hits = sum(site.hits.values())
    second = items([url], fetch=options)
    assert sum(site.hits.values()) == hits  # neither the page nor robots.txt again
    assert first[0].id == second[0].id


def test_no_cache_fetches_again(site, options, tmp_path):
    url = site.add("/news/1", article("John Smith"))
    no_cache = FetchOptions(cache_dir=None, retries=0, robots=False)
    items([url], fetch=no_cache)
    items([url], fetch=no_cache)
    assert site.hits["/news/1"] == 2
    assert not (tmp_path / "cache").exists()


def test_404_is_not_retried_500_is(site, options):
    gone = site.base + "/gone"
    broken = site.add("/broken", b"oops", status=500)
    result = items([gone, broken], fetch=options)
    assert [type(x).__name__ for x in result] == ["InputError", "InputError"]
    assert "HTTP 404" in result[0].message and result[0].source == gone
    assert "HTTP 500" in result[1].message and "3 tries" in result[1].message
    assert site.hits["/gone"] == 1 and site.hits["/broken"] == 3


def test_retry_after_a_transient_error_succeeds(site):
    url = site.add("/flaky", article("Ann Lee"))
    site.failures["/flaky"] = 2
    with Fetcher(FetchOptions(cache_dir=None, retries=2, backoff=0.01, robots=False)) as fetcher:
        result = fetcher.fetch(url)
    assert not isinstance(result, InputError), result
    assert result.status == 200 and site.hits["/flaky"] == 3


def test_timeout_is_an_error_and_the_rest_continue(site, tmp_path):
    slow = site.add("/slow", article("Slow"), delay=1.5)
    fast = site.add("/fast", article("Fast"))
    opts = FetchOptions(cache_dir=None, timeout=0.3, retries=1, backoff=0.01, robots=False)
    started = time.monotonic()
    result = items([slow, fast], fetch=opts)
    assert time.monotonic() - started < 1.4  # both tries gave up long before the page came
    assert isinstance(result[0], InputError) and "timed out" in result[0].message
    assert isinstance(result[1], Article)


def test_connection_refused(options):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens once closed
    opts = FetchOptions(cache_dir=None, retries=1, backoff=0.01, robots=False)
    [error] = items([f"http://127.0.0.1:{port}/x"], fetch=opts)
    assert "cannot connect" in error.message


def test_robots_txt_is_obeyed(site, options):
    site.add("/robots.txt", b"User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    private = site.add("/private/1", article("Secret"))
    public = site.add("/public/1", article("Open"))
    result = items([private, public], fetch=options)
    assert isinstance(result[0], InputError) and "robots.txt" in result[0].message
    assert isinstance(result[1], Article)
    assert site.hits["/private/1"] == 0 and site.hits["/robots.txt"] == 1


def test_robots_txt_for_our_agent_only(site, options):
    site.add("/robots.txt", b"User-agent: casefile-test\nDisallow: /\n", ctype="text/plain")
    url = site.add("/a", article("A"))
    [error] = items([url], fetch=options)
    assert "robots.txt" in error.message
    [ok] = items([url], fetch=FetchOptions(cache_dir=None, robots=False))
    assert isinstance(ok, Article)


def test_robots_txt_5xx_means_skip_the_site(site, options):
    site.add("/robots.txt", b"down", status=503)
    url = site.add("/a", article("A"))
    [error] = items([url], fetch=options)
    assert "robots.txt" in error.message and site.hits["/a"] == 0


def test_per_host_concurrency_limit(site, tmp_path):
    urls = [site.add(f"/p{i}", article(f"P{i}"), delay=0.1) for i in range(8)]
    opts = FetchOptions(cache_dir=None, per_host=2, concurrency=8, robots=False)
    result = items(urls, fetch=opts)
    assert all(isinstance(x, Article) for x in result)
    assert [a.url for a in result] == urls  # in the given order
    assert site.most_in_flight == 2


def test_rss_feed_entries_fetched_with_feed_dates(site, options):
    site.add("/a", article("Ann Lee", title="First story"))
    site.add("/b", article("Bob Ray", title="Second story"))
    feed_url = site.add("/feed.xml", rss(site.base, ("/a", "First", "Mon, 24 Jan 2022 10:00:00 GMT"),
                                         ("/b", "Second", "Tue, 25 Jan 2022 10:00:00 GMT"),
                                         ("/missing", "Gone", "Tue, 25 Jan 2022 10:00:00 GMT")),
                        ctype="application/rss+xml")
    result = items([feed_url], fetch=options)
    a, b, missing = result
    assert "Ann Lee" in a.text and a.published == dt.date(2022, 1, 24)
    assert "Bob Ray" in b.text and b.published == dt.date(2022, 1, 25)
    assert isinstance(missing, InputError) and "404" in missing.message


def test_local_feed_file(site, options, tmp_path):
    site.add("/a", article("Ann Lee"))
    path = tmp_path / "news.rss"
    path.write_bytes(rss(site.base, ("/a", "First", "Mon, 24 Jan 2022 10:00:00 GMT")))
    [a] = items([path], fetch=options)
    assert "Ann Lee" in a.text and a.published == dt.date(2022, 1, 24)


def test_atom_full_content_used_when_page_fails(site, options, tmp_path):
    path = tmp_path / "news.atom"
    body = ("&lt;p&gt;" + "A woman was shot in Hull on Saturday, police said. " * 4
            + "&lt;/p&gt;")
    path.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>N</title>'
        f'<entry><title>Hull shooting</title><link href="{site.base}/down"/>'
        "<updated>2022-01-22T10:00:00Z</updated><id>1</id>"
        f'<content type="html">{body}</content></entry></feed>', encoding="utf-8")
    [a] = items([path], fetch=options)
    assert isinstance(a, Article), a
    assert "shot in Hull" in a.text and a.published == dt.date(2022, 1, 22)


@pytest.mark.parametrize("content", [b"<html><body>not a feed</body></html>", b"{json: 1}", b""])
def test_not_a_feed(tmp_path, options, content):
    path = tmp_path / "news.xml"
    path.write_bytes(content)
    [error] = items([path], fetch=options)
    assert isinstance(error, InputError)
    assert "not an RSS or Atom feed" in error.message or "empty" in error.message


def test_feed_url_not_xml(site, options):
    url = site.add("/feed", b"<<<garbage", ctype="application/rss+xml")
    [error] = items([url], fetch=options)
    assert "not an RSS or Atom feed" in error.message


def test_url_list(site, options, tmp_path):
    site.add("/a", article("Ann Lee"))
    site.add("/b", b"%PDF-1.4", ctype="application/pdf")
    site.add("/c", article("Cy Dee"))
    path = tmp_path / "list.urls"
    path.write_text(f"# today's links\n{site.base}/a\n\nftp://old.example/x\n{site.base}/b\n"
                    f"{site.base}/c\n", encoding="utf-8")
    result = items([path], fetch=options)
    kinds = [type(x).__name__ for x in result]
    assert kinds == ["Article", "InputError", "InputError", "Article"]
    assert result[1].line == 4 and "not an http(s) URL" in result[1].message
    assert "not a web page" in result[2].message and "application/pdf" in result[2].message


def test_url_list_by_input_format(site, options, tmp_path):
    site.add("/a", article("Ann Lee"))
    path = tmp_path / "links.txt"
    path.write_text(f"{site.base}/a\n", encoding="utf-8")
    [a] = items([path], fetch=options, input_format="urls")
    assert "Ann Lee" in a.text


def test_too_large_response(site, options):
    url = site.add("/huge", b"<html><body>" + b"x" * 50_000 + b"</body></html>")
    opts = FetchOptions(cache_dir=None, robots=False, max_bytes=10_000)
    [error] = items([url], fetch=opts)
    assert "too large" in error.message


def test_cache_entry_is_whole_or_absent(site, options, tmp_path):
    url = site.add("/a", article("Ann Lee"))
    items([url], fetch=options)
    files = list((tmp_path / "cache").rglob("*"))
    assert not [f for f in files if f.suffix == ".tmp"]
    assert [f for f in files if f.suffix == ".http"]
