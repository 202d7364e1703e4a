"""Alembic migrations of the casefile store; run on Store.open (see store/migrate.py)."""
