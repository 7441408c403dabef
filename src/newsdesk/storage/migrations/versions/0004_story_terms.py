"""story terms for related-story suggestions

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-29

The tables start empty: ``RelatedService`` indexes stories that are missing from them on its
first call (and ``newsdesk related --reindex`` rebuilds them), so the upgrade itself stays fast
on a large archive.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_terms",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("title_tf", sa.Integer(), nullable=False),
        sa.Column("body_tf", sa.Integer(), nullable=False),
        sa.Column("doc_length", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_story_terms_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "term", name=op.f("pk_story_terms")),
    )
    with op.batch_alter_table("story_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_story_terms_term_article_id_title_tf_body_tf_doc_length"),
            ["term", "article_id", "title_tf", "body_tf", "doc_length"],
            unique=False,
        )
    op.create_table(
        "story_term_stats",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_story_term_stats")),
    )
    op.create_table(
        "story_term_totals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("total_length", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_term_totals")),
    )


def downgrade() -> None:
    op.drop_table("story_term_totals")
    op.drop_table("story_term_stats")
    with op.batch_alter_table("story_terms", schema=None) as batch_op:
        batch_op.drop_index(
            batch_op.f("ix_story_terms_term_article_id_title_tf_body_tf_doc_length")
        )
    op.drop_table("story_terms")
