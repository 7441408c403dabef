"""rendered bodies: Markdown rendered at save time, keyed by body hash, for fast exports

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rendered_bodies",
        sa.Column("body_hash", sa.String(length=64), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("body_hash", name=op.f("pk_rendered_bodies")),
    )


def downgrade() -> None:
    op.drop_table("rendered_bodies")
