"""story sketches: each story's near-duplicate sketch, so an import needs no re-shingling

An import compared each candidate near-duplicate by reading its text back and shingling it
again, and built its candidate index by shingling the whole archive at the start. The table
starts empty: the first import makes the missing sketches once (``ImportService``) and keeps
them up to date after that, so the upgrade itself stays fast on a large archive.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_sketches",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("article_version", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sketch", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_story_sketches_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_story_sketches")),
    )


def downgrade() -> None:
    op.drop_table("story_sketches")
