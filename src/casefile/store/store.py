"""Store: the casefile database of articles and their case records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal, TextIO

from sqlalchemy import Engine, exists, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from casefile import settings
from casefile.errors import NotFoundError, StoreError
from casefile.models import Article, Record, text_hash
from casefile.store.engine import describe, first_line, make_engine, migrate, parse_url, ping
from casefile.store.export import write_csv, write_jsonl
from casefile.store.schema import ArticleRow, RecordRow, RunRow, utcnow

if TYPE_CHECKING:
    from typing_extensions import Self

log = logging.getLogger(__name__)

ExportFormat = Literal["jsonl", "csv"]


class Store:
    """Articles and their records in one SQLite or PostgreSQL database."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url_or_path: str | None = None) -> Store:
        """Open (creating and migrating as needed) the database at a URL or SQLite path."""
        url = parse_url(settings.DB.value(url_or_path))
        engine = make_engine(url)
        try:
            ping(engine)
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        log.debug("opened store %s", describe(url))
        return cls(engine)

    @property
    def url(self) -> str:
        """The database URL, without its password."""
        return describe(self.engine.url)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _session(self, action: str, write: bool = False) -> Iterator[Session]:
        """A session whose database errors become StoreError; write=True commits or rolls back."""
        try:
            if write:
                with self._sessions.begin() as session:
                    yield session
            else:
                with self._sessions() as session:
                    yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot {action}: {first_line(exc)}") from None

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self._session("read the database") as session:
            return bool(session.scalar(select(exists().where(ArticleRow.id == article_id))))

    def add(self, article: Article, record: Record, *, model: str | None = None,
            run_id: int | None = None) -> None:
        """Store an article and its record in one transaction: both or neither."""
        if article.id not in record.articles:
            raise StoreError(f"record {record.id} is not a record of article {article.id}")
        location = record.location
        with self._session(f"store article {article.id}", write=True) as session:
            session.add(ArticleRow(
                id=article.id,
                url=article.url,
                title=article.title,
                published=article.published,
                source=article.source,
                text=article.text,
                content_hash=text_hash(article.text),
                extra=article.model_dump(mode="json")["extra"],
                ingested_at=utcnow(),
                run_id=run_id,
            ))
            # The article row must exist before the record's foreign key points at it.
            session.flush()
            session.add(RecordRow(
                id=record.id,
                article_id=article.id,
                relevant=record.relevant,
                incident_type=record.incident_type,
                date=record.date,
                city=location.city if location else None,
                region=location.region if location else None,
                country=location.country if location else None,
                killed=record.killed,
                injured=record.injured,
                data=record.to_json(),
                model=model,
                created_at=utcnow(),
                run_id=run_id,
            ))

    def article(self, article_id: str) -> Article:
        """The stored article with this id."""
        with self._session("read the database") as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError(f"no article {article_id!r} in {self.url}")
            return Article(id=row.id, text=row.text, title=row.title, published=row.published,
                           url=row.url, source=row.source, extra=row.extra or {})

    def record(self, record_id: str) -> Record:
        """The stored record with this id."""
        with self._session("read the database") as session:
            row = session.get(RecordRow, record_id)
            if row is None:
                raise NotFoundError(f"no record {record_id!r} in {self.url}")
            return Record.model_validate(row.data)

    def records(self, *, relevant_only: bool = False) -> Iterator[Record]:
        """Every stored record, oldest first, streamed rather than loaded at once."""
        query = select(RecordRow.data).order_by(RecordRow.created_at, RecordRow.id)
        if relevant_only:
            query = query.where(RecordRow.relevant.is_(True))
        with self._session("read the records") as session:
            for data in session.scalars(query.execution_options(yield_per=500)):
                yield Record.model_validate(data)

    def count(self) -> int:
        """How many records are stored."""
        with self._session("read the database") as session:
            return session.scalar(select(func.count()).select_from(RecordRow)) or 0

    def export(self, fmt: ExportFormat, out: TextIO, *, relevant_only: bool = True) -> int:
        """Write the records (by default the relevant ones) as JSON lines or CSV; returns how many."""
        writers = {"jsonl": write_jsonl, "csv": write_csv}
        if fmt not in writers:
            raise StoreError(f"cannot export as {fmt!r}; use one of: {', '.join(writers)}")
        return writers[fmt](self.records(relevant_only=relevant_only), out)

    def start_run(self, command: str, model: str | None = None) -> int:
        """Record the start of a run (e.g. an ingest) and return its id."""
        with self._session("record the run", write=True) as session:
            run = RunRow(command=command, model=model, started_at=utcnow())
            session.add(run)
            session.flush()
            return run.id

    def finish_run(self, run_id: int, *, read: int, added: int, skipped: int,
                   failed: int) -> None:
        """Record the end of a run and its counts."""
        with self._session("record the run", write=True) as session:
            run = session.get(RunRow, run_id)
            if run is None:
                raise NotFoundError(f"no run {run_id} in {self.url}")
            run.finished_at = utcnow()
            run.read, run.added, run.skipped, run.failed = read, added, skipped, failed
