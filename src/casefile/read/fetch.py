"""Fetching web pages politely: per-host concurrency, timeouts, retries with backoff,
robots.txt, a configurable User-Agent and an on-disk cache.

The client is httpx's async one, run on an event loop in a thread of its own, so the
synchronous reading pipeline (and any caller, even one inside an event loop) drives it
through plain futures. Results come back in the order the URLs were given.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import urllib.robotparser
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from casefile import __version__ as _version
from casefile.errors import InputError
from casefile.read.cache import Cache, Fetched, default_cache_dir
from casefile.read.source import MAX_BYTES, human_size

log = logging.getLogger(__name__)

# Sites ask crawlers to say who they are; users should add a contact (--user-agent).
DEFAULT_USER_AGENT = f"casefile/{_version} (news research crawler)"
# Worth another try: the server or the way to it may recover. 4xx other than 408/429 won't.
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_MAX_WAIT = 60.0  # seconds; a longer Retry-After is not worth holding a run for
_ROBOTS_MAX_AGE = 24 * 3600.0  # robots.txt is re-read once a day, as crawlers commonly do
FEED_MAX_AGE = 15 * 60.0  # a feed is a changing index of articles; an article is stable


def is_url(source: str) -> bool:
    """Whether a source names an http(s) address rather than a file."""
    return source.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch: politeness, patience and where to keep what was fetched."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0  # seconds for one try, connection to last byte
    retries: int = 3  # further tries after a timeout, a lost connection or a 5xx/429
    backoff: float = 1.0  # seconds before the first retry; doubled before each next one
    per_host: int = 2  # requests in flight to one host at a time
    concurrency: int = 16  # requests in flight in all
    robots: bool = True  # obey robots.txt
    cache_dir: str | Path | None = field(default_factory=default_cache_dir)  # None: no cache
    max_age: float | None = None  # seconds a cached page stays fresh; None: for ever
    feed_max_age: float = FEED_MAX_AGE  # the same for feeds
    max_bytes: int = MAX_BYTES  # a larger response is refused


def _is_feed_type(content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return kind.endswith(("rss+xml", "atom+xml", "/xml", "rdf+xml"))


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Fetcher:
    """A pool of HTTP connections with its own event loop; close() it (or use `with`)."""

    def __init__(self, options: FetchOptions | None = None):
        self.options = options or FetchOptions()
        self.cache = Cache(self.options.cache_dir) if self.options.cache_dir else None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="casefile-fetch",
                                        daemon=True)
        self._thread.start()
        self._client = None
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._all: asyncio.Semaphore | None = None
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self.requests = 0  # made over the network (not from the cache), retries included

    # --- the synchronous face -------------------------------------------------------------

    def fetch(self, url: str) -> Fetched | InputError:
        """The page at the URL (a 2xx response), or why it could not be had."""
        return self._submit(url).result()

    def fetch_many(self, urls: Iterable[str | InputError],
                   window: int | None = None) -> Iterator[tuple[str, Fetched | InputError]]:
        """(url, page or error) for each URL, in the given order, fetched concurrently.

        An InputError among the URLs (a bad line of a list) is passed through in its place.
        At most `window` URLs are taken ahead of the one being yielded, so a list of a
        million URLs is never held in memory.
        """
        window = window or self.options.concurrency * 4
        pending: deque[tuple[str, Future | InputError]] = deque()
        it = iter(urls)
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < window:
                    url = next(it, None)
                    if url is None:
                        exhausted = True
                    elif isinstance(url, InputError):
                        pending.append((url.source, url))
                    else:
                        pending.append((url, self._submit(url)))
                if not pending:
                    return
                url, job = pending.popleft()
                yield url, job if isinstance(job, InputError) else job.result()
        finally:
            for _, job in pending:  # the caller stopped early: abandon what is in flight
                if isinstance(job, Future):
                    job.cancel()

    def close(self) -> None:
        """Close the connections and stop the loop's thread."""
        if self._loop.is_closed():
            return
        if self._client is not None:
            asyncio.run_coroutine_threadsafe(self._client.aclose(), self._loop).result()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _submit(self, url: str) -> Future:
        return asyncio.run_coroutine_threadsafe(self._page(url), self._loop)

    # --- on the loop ----------------------------------------------------------------------

    def _max_age(self, cached: Fetched) -> float | None:
        return self.options.feed_max_age if _is_feed_type(cached.content_type) else (
            self.options.max_age)

    async def _page(self, url: str) -> Fetched | InputError:
        if self.cache is not None:
            cached = self.cache.get(url)
            if cached is not None:
                max_age = self._max_age(cached)
                if max_age is None or time.time() - cached.fetched_at <= max_age:
                    return cached
        if self.options.robots:
            refusal = await self._robots_refusal(url)
            if refusal:
                return InputError(url, refusal)
        result = await self._get(url)
        if isinstance(result, InputError):
            return result
        if not result.ok:
            return InputError(url, f"HTTP {result.status} {_status_text(result.status)}"
                              + _tries_note(result.status, self.options.retries))
        if self.cache is not None:
            self.cache.put(result)
        return result

    def _ensure_client(self):
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(
                headers={"User-Agent": self.options.user_agent},
                timeout=httpx.Timeout(self.options.timeout),
                follow_redirects=True,
                limits=httpx.Limits(max_connections=self.options.concurrency),
            )
            self._all = asyncio.Semaphore(self.options.concurrency)
        return self._client

    async def _get(self, url: str) -> Fetched | InputError:
        """One response, after retries; an InputError only when none came at all."""
        import httpx

        client = self._ensure_client()
        assert self._all is not None
        host = urlsplit(url).netloc.lower()
        per_host = self._hosts.setdefault(host, asyncio.Semaphore(self.options.per_host))
        problem = "no try made"
        for attempt in range(self.options.retries + 1):
            wait = self.options.backoff * (2 ** attempt)
            async with self._all, per_host:
                self.requests += 1
                try:
                    result = await asyncio.wait_for(self._once(client, url),
                                                    self.options.timeout)
                except (asyncio.TimeoutError, httpx.TimeoutException):
                    problem = f"timed out after {self.options.timeout:g} s"
                except httpx.TooManyRedirects:
                    return InputError(url, "too many redirects; give the page's final address")
                except httpx.InvalidURL as exc:
                    return InputError(url, f"not a valid URL ({exc})")
                except (httpx.TransportError, OSError) as exc:
                    problem = f"cannot connect ({_reason(exc)})"
                else:
                    if isinstance(result, InputError):
                        return result
                    if result.status not in RETRY_STATUSES or attempt == self.options.retries:
                        return result
                    problem = f"HTTP {result.status}"
                    wait = max(wait, result.retry_after)
            log.debug("fetching %s: %s; try %d of %d", url, problem, attempt + 1,
                      self.options.retries + 1)
            if attempt < self.options.retries:
                await asyncio.sleep(min(wait, _MAX_WAIT))
        tries = self.options.retries + 1
        return InputError(url, f"{problem} ({tries} {'try' if tries == 1 else 'tries'}); "
                          "check the address, or raise the timeout or retries")

    async def _once(self, client, url: str) -> Fetched | InputError:
        limit = self.options.max_bytes
        async with client.stream("GET", url) as response:
            body = bytearray()
            if 200 <= response.status_code < 300:
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > limit:  # stop reading: never hold more than the limit
                        return InputError(url, f"too large (over the {human_size(limit)} "
                                          "limit); raise max_bytes to read it")
            return Fetched(url=url, final_url=str(response.url), status=response.status_code,
                           content_type=response.headers.get("content-type", ""),
                           body=bytes(body), fetched_at=time.time(),
                           retry_after=_retry_after(response.headers.get("retry-after")))

    async def _robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids the URL, or None when it may be fetched."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}".lower()
        if root not in self._robots:
            lock = self._robots_locks.setdefault(root, asyncio.Lock())
            async with lock:
                if root not in self._robots:
                    self._robots[root] = await self._load_robots(root)
        rules = self._robots[root]
        if isinstance(rules, str):
            return rules
        if rules.can_fetch(self.options.user_agent, url):
            return None
        return (f"disallowed by {root}/robots.txt for this User-Agent; casefile obeys "
                "robots.txt (robots=False / --ignore-robots only with the site's permission)")

    async def _load_robots(self, root: str) -> urllib.robotparser.RobotFileParser | str:
        """The site's rules, or (as a string) why the whole site is off limits."""
        url = f"{root}/robots.txt"
        cached = self.cache.get(url, _ROBOTS_MAX_AGE) if self.cache is not None else None
        result = cached or await self._get(url)
        parser = urllib.robotparser.RobotFileParser(url)
        if isinstance(result, InputError):
            # RFC 9309: an unreachable robots.txt means the site may not be crawled.
            return f"robots.txt could not be fetched ({result.message}), so the site is skipped"
        if result.status >= 500:
            return f"robots.txt answered HTTP {result.status}, so the site is skipped (RFC 9309)"
        if result.status >= 400:
            # No robots.txt: everything may be fetched. RobotFileParser.read() sets this same
            # attribute on a 4xx; typeshed does not declare it.
            parser.allow_all = True  # type: ignore[attr-defined]
        else:
            if self.cache is not None and cached is None:
                self.cache.put(result)
            parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
        return parser


def _retry_after(value: str | None) -> float:
    """Seconds a Retry-After header asks us to wait, else 0."""
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0  # an HTTP date: rare enough to fall back on our own backoff


def _status_text(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _tries_note(status: int, retries: int) -> str:
    if status in RETRY_STATUSES:
        return f" ({retries + 1} tries); the server may recover: try again later"
    if status == 404:
        return "; the page is gone or the address is wrong"
    if status in (401, 403):
        return "; the site refuses access (a paywall or a block on crawlers)"
    return ""
