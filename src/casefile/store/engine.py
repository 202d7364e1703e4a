"""Turning a database URL or SQLite path into a connected, migrated SQLAlchemy engine."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from casefile.errors import StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
CONNECT_TIMEOUT_S = 10
# Alembic keeps the running migration in module globals, so only one thread may migrate.
_MIGRATING = threading.Lock()


def parse_url(url_or_path: str) -> URL:
    """The SQLAlchemy URL of a database URL, or of a SQLite file given as a plain path."""
    if "://" not in url_or_path:
        return URL.create("sqlite", database=str(Path(url_or_path).expanduser()))
    try:
        url = make_url(url_or_path)
    except ArgumentError:
        raise StoreError(
            f"{url_or_path!r} is not a database URL; use a file path, sqlite:///casefile.db "
            "or postgresql+psycopg://user:password@host/dbname"
        ) from None
    # psycopg (3) is the driver we ship in the extras; SQLAlchemy's default for a bare
    # postgresql:// is psycopg2, which is usually not installed.
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _sqlite_foreign_keys(dbapi_connection, _record) -> None:
    # SQLite ignores foreign keys unless asked, per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: URL) -> Engine:
    """An engine for url, with SQLite set up to behave like the server databases."""
    kwargs: dict = {}
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        # An in-memory database lives as long as its one connection, so share one.
        kwargs = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    elif url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        # Without it an unreachable host hangs for minutes before the error comes.
        kwargs = {"connect_args": {"connect_timeout": CONNECT_TIMEOUT_S}}
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            f"cannot use database {describe(url)}: no driver for "
            f"{url.drivername!r} ({exc}); use sqlite:/// or postgresql+psycopg://"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def describe(url: URL) -> str:
    """The URL as shown in messages: no password."""
    return url.render_as_string(hide_password=True)


def first_line(exc: BaseException) -> str:
    """The first line of a database error: drivers add SQL and links on later lines."""
    inner = getattr(exc, "orig", None) or exc
    lines = str(inner).strip().splitlines()
    return lines[0] if lines else type(inner).__name__


def _upgrade(engine: Engine, config: Config) -> None:
    with _MIGRATING, engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # pysqlite runs DDL outside a transaction unless one is open; taking the write
            # lock first makes the migration atomic and makes other processes wait for it.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def migrate(engine: Engine) -> None:
    """Bring the database's schema to the newest migration (creating it when new)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        try:
            _upgrade(engine, config)
        except DBAPIError:
            # Two processes opening a new database at once (parallel ingest workers) both
            # try to create the tables; the loser's retry finds them made and does nothing.
            log.info("migration clashed, retrying once", exc_info=True)
            _upgrade(engine, config)
    except CommandError as exc:
        # Typically a database written by a newer casefile (unknown revision).
        raise StoreError(
            f"cannot migrate database {describe(engine.url)}: {exc}; "
            "is it from a newer casefile? Upgrade casefile"
        ) from None
    except DBAPIError as exc:
        raise StoreError(
            f"cannot open database {describe(engine.url)}: {first_line(exc)}"
        ) from None
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database {describe(engine.url)}: {exc}") from None


def ping(engine: Engine) -> None:
    """Fail early with one clean line when the server is unreachable or the file unusable."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as exc:
        raise StoreError(
            f"cannot open database {describe(engine.url)}: {first_line(exc)}"
        ) from None
