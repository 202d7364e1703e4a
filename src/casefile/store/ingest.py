"""ingest: read articles into the store, extracting each new one's record exactly once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from casefile.errors import InputError, StoreError
from casefile.models import Article, Record
from casefile.store.store import Store

log = logging.getLogger(__name__)


class RecordExtractor(Protocol):
    """Anything that turns one article into its record (casefile.extract.Extractor)."""

    def extract(self, article: Article) -> Record: ...


@dataclass(frozen=True)
class Failure:
    """One input that could not be ingested, and why."""

    where: str  # the source (and line) of an unreadable input, else the article's id
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class IngestSummary:
    """What an ingest did: every input read is added, skipped or failed."""

    read: int = 0
    added: int = 0  # stored, relevant or not
    skipped_existing: int = 0
    skipped_irrelevant: int = 0  # of those added: stored as not reporting an incident
    failed: list[Failure] = field(default_factory=list)
    run_id: int | None = None

    @property
    def ok(self) -> bool:
        """Whether every input was added or already stored."""
        return not self.failed

    def __str__(self) -> str:
        return (f"{self.read} read, {self.added - self.skipped_irrelevant} added, "
                f"{self.skipped_irrelevant} skipped as not relevant, {self.skipped_existing} "
                f"already stored, {len(self.failed)} failed")


def _where(article: Article) -> str:
    return f"{article.source} (article {article.id})" if article.source else f"article {article.id}"


def ingest(
    items: Iterable[Article | InputError],
    store: Store,
    extractor: RecordExtractor,
    *,
    model: str | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_article: Callable[[Article, Record | None], None] | None = None,
) -> IngestSummary:
    """Extract and store every article not yet stored; unreadable inputs count as failed.

    Each article, its record and its incident (resolve and merge) are stored in one
    transaction, so an interrupted ingest leaves no half-written article and no article
    outside an incident, and re-running it picks up where it stopped.
    An article judged not to report a violent incident (record.relevant false) is stored
    with its record, so it is not read again, but filed under no incident.
    `model` is written to the audit trail; `on_failure` hears of each failure as it happens,
    `on_article` of each article read with its new record (None when already stored).
    """
    summary = IngestSummary()

    def fail(where: str, reason: str) -> None:
        failure = Failure(where, reason)
        summary.failed.append(failure)
        # Not warning: with logging unconfigured Python would print it beside on_failure's.
        log.info("ingest failed: %s", failure)
        if on_failure is not None:
            on_failure(failure)

    summary.run_id = store.start_run("ingest", model)
    try:
        # A store written before incidents existed has articles to file first.
        store.resolve_pending()
        for item in items:
            summary.read += 1
            if isinstance(item, InputError):
                where = f"{item.source}:{item.line}" if item.line is not None else item.source
                fail(where, item.message)
                continue
            if store.has_article(item.id):
                summary.skipped_existing += 1
                if on_article is not None:
                    on_article(item, None)
                continue
            try:
                record = extractor.extract(item)
            except Exception as exc:  # one bad article must not stop a long ingest
                log.debug("extraction failed for article %s", item.id, exc_info=True)
                fail(_where(item), f"extraction failed: {type(exc).__name__}: {exc}")
                continue
            try:
                store.add(item, record, model=model, run_id=summary.run_id)
            except StoreError as exc:
                # Another ingest may have stored the same article since we looked.
                if store.has_article(item.id):
                    summary.skipped_existing += 1
                    continue
                fail(_where(item), str(exc))
                continue
            summary.added += 1
            summary.skipped_irrelevant += not record.relevant
            if on_article is not None:
                on_article(item, record)
    finally:
        store.finish_run(summary.run_id, read=summary.read, added=summary.added,
                         skipped=summary.skipped_existing, failed=len(summary.failed))
    log.info("ingest: %s", summary)
    return summary
