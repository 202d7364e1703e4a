"""Alembic environment: migrates the connection casefile hands over, or the ini's URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from casefile.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate Store.open's connection, or (from the alembic command line) the ini's URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # No logging.config.fileConfig here: it would replace the application's logging.
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///casefile.db")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
