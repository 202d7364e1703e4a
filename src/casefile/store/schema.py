"""The database tables, as SQLAlchemy 2 typed declarative models.

Changing a table here needs a new migration in migrations/versions/ as well.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let later migrations drop or alter them by name on every backend
# (SQLite's batch mode needs the names).
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time in UTC, timezone-aware."""
    return dt.datetime.now(dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RunRow(Base):
    """One run of a command that wrote to the store (an ingest), for the audit trail."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    read: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class ArticleRow(Base):
    """One news report as read; its id is the Article id (URL hash or text hash)."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))


class RecordRow(Base):
    """The machine's case record of one article.

    The full Record lives in `data`; the columns beside it are copies for filtering and
    blocking (resolve) without parsing JSON. Human review decisions will live in their own
    table on top of this one, so re-extracting may replace a row here without losing them.
    """

    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), unique=True
    )
    relevant: Mapped[bool] = mapped_column(Boolean, index=True)
    incident_type: Mapped[str] = mapped_column(String(32))
    # ISO 8601 as precise as known ("2022", "2022-01", "2022-01-24"), hence a string.
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    city: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text, index=True)
    killed: Mapped[int] = mapped_column(Integer, default=0)
    injured: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    model: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))


class IncidentRow(Base):
    """One incident: the merged record of its reports (resolve + merge).

    Its id comes from its first report, so it is the same whatever order the reports were
    ingested in; when incidents merge, the ids that go away are kept in `redirects`.
    """

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    relevant: Mapped[bool] = mapped_column(Boolean, index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)  # of the first report
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    articles: Mapped[int] = mapped_column(Integer, default=1)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the merged Record
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # every value seen
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class MemberRow(Base):
    """Which incident an article reports, and the features resolve compares it by."""

    __tablename__ = "incident_articles"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    report: Mapped[dict[str, Any]] = mapped_column(JSON)  # casefile.resolve.Report


class BlockKeyRow(Base):
    """One blocking key of one article: resolve compares articles that share a key."""

    __tablename__ = "block_keys"
    __table_args__ = (Index("ix_block_keys_key_day", "key", "day"),)

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[int] = mapped_column(Integer)


class RedirectRow(Base):
    """An incident id that went away when its incident merged into another."""

    __tablename__ = "redirects"

    old_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    new_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
