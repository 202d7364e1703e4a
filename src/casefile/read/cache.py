"""The on-disk HTTP cache: one file per URL (keyed by its hash), so a re-run fetches nothing."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fetched:
    """One HTTP response: what was asked for, where it ended up, and its body."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    fetched_at: float = 0.0  # seconds since the epoch
    from_cache: bool = False
    retry_after: float = 0.0  # seconds the server asked us to wait before trying again

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def default_cache_dir() -> Path:
    """$CASEFILE_CACHE_DIR, else casefile/http under $XDG_CACHE_HOME or ~/.cache."""
    given = os.environ.get("CASEFILE_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "casefile" / "http"


class Cache:
    """Responses stored as files named by the sha256 of their URL.

    Each file is a JSON header line then the body, written to a temporary file and renamed
    into place, so an interrupted run never leaves a half-written entry behind.
    """

    def __init__(self, directory: str | os.PathLike[str]):
        self.directory = Path(directory)

    def path(self, url: str) -> Path:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / key[:2] / f"{key}.http"

    def get(self, url: str, max_age: float | None = None) -> Fetched | None:
        """The stored response of the URL, unless there is none or it is older than max_age s."""
        path = self.path(url)
        try:
            with open(path, "rb") as fh:
                meta = json.loads(fh.readline())
                body = fh.read()
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("ignoring unreadable cache entry %s", path)
            return None
        if max_age is not None and time.time() - meta.get("fetched_at", 0) > max_age:
            return None
        if meta.get("url") != url:  # a hash collision is vanishingly unlikely; be sure anyway
            return None
        return Fetched(url=url, final_url=meta["final_url"], status=meta["status"],
                       content_type=meta["content_type"], body=body,
                       fetched_at=meta.get("fetched_at", 0.0), from_cache=True)

    def put(self, fetched: Fetched) -> None:
        """Store a response; a cache that cannot be written is logged, never fatal."""
        path = self.path(fetched.url)
        meta = {"url": fetched.url, "final_url": fetched.final_url, "status": fetched.status,
                "content_type": fetched.content_type, "fetched_at": fetched.fetched_at}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(json.dumps(meta).encode("utf-8") + b"\n")
                    out.write(fetched.body)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            log.warning("cannot write the HTTP cache at %s (%s)", path, exc)
