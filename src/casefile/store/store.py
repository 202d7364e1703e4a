"""Store: the casefile database of articles and their case records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Literal, TextIO

from sqlalchemy import Engine, exists, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from casefile import settings
from casefile.errors import NotFoundError, StoreError
from casefile.merge import Merged
from casefile.models import Article, Record, text_hash
from casefile.resolve import Report
from casefile.store import incidents
from casefile.store.engine import describe, first_line, make_engine, migrate, parse_url, ping
from casefile.store.export import write_csv, write_incidents_jsonl, write_jsonl
from casefile.store.schema import (
    ArticleRow,
    IncidentRow,
    MemberRow,
    RecordRow,
    RedirectRow,
    RunRow,
    utcnow,
)

if TYPE_CHECKING:
    from typing_extensions import Self

log = logging.getLogger(__name__)

ExportFormat = Literal["jsonl", "csv"]


def _lock(session: Session) -> None:
    """Serialise resolving: one writer at a time decides which incident an article joins.

    Without it two ingests could each see the other's article missing and make two
    incidents of one. PostgreSQL: a transaction-level advisory lock. SQLite: BEGIN
    IMMEDIATE takes the database's write lock before the first read.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": incidents.RESOLVE_LOCK})
    elif connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


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
    def _session(self, action: str, write: bool = False,
                 resolving: bool = False) -> Iterator[Session]:
        """A session whose database errors become StoreError; write=True commits or rolls back.

        resolving=True also takes the resolve lock first (_lock), held until the commit.
        """
        try:
            if write:
                with self._sessions.begin() as session:
                    if resolving:
                        _lock(session)
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
        """Store an article and its record, and file it under its incident; all or nothing.

        The article is resolved against the stored ones and its incident merged again in
        the same transaction, so a crash never leaves an article without its incident.
        """
        if article.id not in record.articles:
            raise StoreError(f"record {record.id} is not a record of article {article.id}")
        location = record.location
        with self._session(f"store article {article.id}", write=True,
                           resolving=True) as session:
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
            session.flush()
            if record.relevant:  # an article that reports no incident is kept, not filed
                incidents.attach(session, Report.of(article, record))

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

    def incidents(self, *, relevant_only: bool = False) -> Iterator[Record]:
        """Every incident's merged record, by first report, streamed."""
        for merged in self.merged_incidents(relevant_only=relevant_only):
            yield merged.record

    def merged_incidents(self, *, relevant_only: bool = False) -> Iterator[Merged]:
        """Every incident's record with every value its reports gave, by first report."""
        query = (select(IncidentRow.data, IncidentRow.values)
                 .order_by(IncidentRow.published, IncidentRow.id))
        if relevant_only:
            query = query.where(IncidentRow.relevant.is_(True))
        with self._session("read the incidents") as session:
            for row in session.execute(query.execution_options(yield_per=500)):
                yield Merged(record=Record.model_validate(row.data), values=row.values or {})

    def incident(self, incident_id: str) -> Merged:
        """One incident's record and every value its reports gave; an old id follows its redirect."""
        with self._session("read the database") as session:
            target = incidents.resolve_target(session, incident_id)
            row = session.get(IncidentRow, target) if target else None
            if row is None:
                raise NotFoundError(f"no incident {incident_id!r} in {self.url}")
            return Merged(record=Record.model_validate(row.data), values=row.values or {})

    def incident_of(self, article_id: str) -> str:
        """The id of the incident an article reports."""
        with self._session("read the database") as session:
            found = session.scalar(select(MemberRow.incident_id)
                                   .where(MemberRow.article_id == article_id))
            if found is None:
                raise NotFoundError(f"no article {article_id!r} in {self.url}")
            return found

    def incident_count(self) -> int:
        """How many incidents are stored."""
        with self._session("read the database") as session:
            return session.scalar(select(func.count()).select_from(IncidentRow)) or 0

    def redirects(self) -> dict[str, str]:
        """Every incident id that went away in a merge, and the id it points to now."""
        with self._session("read the database") as session:
            return dict(session.execute(select(RedirectRow.old_id, RedirectRow.new_id)).all())

    def resolve_pending(self) -> int:
        """File every stored article that has no incident yet (stores from before 0002)."""
        with self._session("read the database") as session:
            waiting = incidents.pending(session)
        for article_id in waiting:
            report = Report.of(self.article(article_id), self.record_of(article_id))
            with self._session(f"resolve article {article_id}", write=True,
                               resolving=True) as session:
                if session.get(MemberRow, article_id) is not None:
                    continue  # another process filed it meanwhile
                incidents.attach(session, report)
        return len(waiting)

    def record_of(self, article_id: str) -> Record:
        """The stored record of an article."""
        with self._session("read the database") as session:
            data = session.scalar(select(RecordRow.data).where(RecordRow.article_id == article_id))
            if data is None:
                raise NotFoundError(f"no record of article {article_id!r} in {self.url}")
            return Record.model_validate(data)

    def export(self, fmt: ExportFormat, out: TextIO, *, relevant_only: bool = True,
               per_article: bool = False) -> int:
        """Write the incidents (or with per_article, each article's record) as JSON lines or CSV.

        By default only relevant ones: an incident is relevant when one of its reports is.
        Returns how many were written.
        """
        writers = {"jsonl": write_jsonl, "csv": write_csv}
        if fmt not in writers:
            raise StoreError(f"cannot export as {fmt!r}; use one of: {', '.join(writers)}")
        if per_article:
            return writers[fmt](self.records(relevant_only=relevant_only), out)
        if fmt == "jsonl":
            return write_incidents_jsonl(self.merged_incidents(relevant_only=relevant_only), out)
        return write_csv(self.incidents(relevant_only=relevant_only), out)

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
