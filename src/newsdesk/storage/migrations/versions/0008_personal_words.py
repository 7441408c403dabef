"""personal word list for the spell checker

Revision ID: 0008
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_words",
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("word", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_words")),
        sa.UniqueConstraint("owner", "word", name=op.f("uq_personal_words_owner_word")),
        sa.UniqueConstraint("uuid", name=op.f("uq_personal_words_uuid")),
    )


def downgrade() -> None:
    op.drop_table("personal_words")
