"""Incidents: merged records, which article reports which incident, blocking keys, redirects.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index(op.f("ix_incidents_relevant"), "incidents", ["relevant"])
    op.create_index(op.f("ix_incidents_published"), "incidents", ["published"])
    op.create_index(op.f("ix_incidents_date"), "incidents", ["date"])
    op.create_table(
        "incident_articles",
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("incident_id", sa.String(length=64), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_incident_articles_article_id_articles"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"],
            name=op.f("fk_incident_articles_incident_id_incidents"),
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_incident_articles")),
    )
    op.create_index(op.f("ix_incident_articles_incident_id"), "incident_articles",
                    ["incident_id"])
    op.create_table(
        "block_keys",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_block_keys_article_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "article_id", name=op.f("pk_block_keys")),
    )
    op.create_index("ix_block_keys_key_day", "block_keys", ["key", "day"])
    op.create_table(
        "redirects",
        sa.Column("old_id", sa.String(length=64), nullable=False),
        sa.Column("new_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("old_id", name=op.f("pk_redirects")),
    )
    op.create_index(op.f("ix_redirects_new_id"), "redirects", ["new_id"])


def downgrade() -> None:
    op.drop_table("redirects")
    op.drop_table("block_keys")
    op.drop_table("incident_articles")
    op.drop_table("incidents")
