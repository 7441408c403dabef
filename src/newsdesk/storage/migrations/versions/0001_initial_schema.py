"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authors",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authors")),
        sa.UniqueConstraint("slug", name=op.f("uq_authors_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_authors_uuid")),
    )
    op.create_table(
        "export_runs",
        sa.Column("target", sa.String(length=50), nullable=False),
        sa.Column("destination", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_runs")),
        sa.UniqueConstraint("uuid", name=op.f("uq_export_runs_uuid")),
    )
    with op.batch_alter_table("export_runs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_runs_target_started_at"), ["target", "started_at"], unique=False
        )

    op.create_table(
        "front_pages",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_front_pages")),
        sa.UniqueConstraint("name", name=op.f("uq_front_pages_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_front_pages_uuid")),
    )
    op.create_table(
        "media_assets",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("credit", sa.String(length=300), nullable=False),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_assets")),
        sa.UniqueConstraint("sha256", name=op.f("uq_media_assets_sha256")),
        sa.UniqueConstraint("uuid", name=op.f("uq_media_assets_uuid")),
    )
    op.create_table(
        "sections",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sections")),
        sa.UniqueConstraint("slug", name=op.f("uq_sections_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sections_uuid")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settings")),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_settings_uuid")),
    )
    op.create_table(
        "tags",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("key", name=op.f("uq_tags_key")),
        sa.UniqueConstraint("slug", name=op.f("uq_tags_slug")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tags_uuid")),
    )
    op.create_table(
        "articles",
        sa.Column("headline", sa.Text(), nullable=False),
        sa.Column("kicker", sa.String(length=200), nullable=False),
        sa.Column("dek", sa.Text(), nullable=False),
        sa.Column("slug", sa.String(length=250), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("dateline", sa.String(length=200), nullable=False),
        sa.Column("featured_media_id", sa.Integer(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("editor_note", sa.Text(), nullable=False),
        sa.Column("embargo_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("publish_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trashed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("source_id", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'submitted', 'editing', 'ready', 'published', 'corrected', 'killed')",
            name=op.f("ck_articles_status"),
        ),
        sa.CheckConstraint("priority BETWEEN 1 AND 5", name=op.f("ck_articles_priority")),
        sa.ForeignKeyConstraint(
            ["featured_media_id"],
            ["media_assets.id"],
            name=op.f("fk_articles_featured_media_id_media_assets"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["sections.id"],
            name=op.f("fk_articles_section_id_sections"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("uuid", name=op.f("uq_articles_uuid")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_articles_published_at"), ["published_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_articles_section_id_published_at"),
            ["section_id", "published_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_articles_slug"), ["slug"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_source_url"), ["source_url"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_articles_status_updated_at"), ["status", "updated_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_articles_trashed_at"), ["trashed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "article_authors",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_authors_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["authors.id"],
            name=op.f("fk_article_authors_author_id_authors"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("article_id", "author_id", name=op.f("pk_article_authors")),
    )
    with op.batch_alter_table("article_authors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_authors_author_id"), ["author_id"], unique=False
        )

    op.create_table(
        "article_tags",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_tags_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_article_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("article_id", "tag_id", name=op.f("pk_article_tags")),
    )
    with op.batch_alter_table("article_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "corrections",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_corrections_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
        sa.UniqueConstraint("uuid", name=op.f("uq_corrections_uuid")),
    )
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_corrections_article_id"), ["article_id"], unique=False)

    op.create_table(
        "front_page_slots",
        sa.Column("front_page_id", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("fill_rule", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "article_id IS NOT NULL OR fill_rule <> ''",
            name=op.f("ck_front_page_slots_article_or_rule"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_front_page_slots_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["front_page_id"],
            ["front_pages.id"],
            name=op.f("fk_front_page_slots_front_page_id_front_pages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_front_page_slots")),
        sa.UniqueConstraint(
            "front_page_id",
            "zone",
            "position",
            name=op.f("uq_front_page_slots_front_page_id_zone_position"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_front_page_slots_uuid")),
    )
    with op.batch_alter_table("front_page_slots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_front_page_slots_article_id"), ["article_id"], unique=False
        )

    op.create_table(
        "related_links",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "origin IN ('pinned', 'suggestion', 'imported')", name=op.f("ck_related_links_origin")
        ),
        sa.CheckConstraint("article_id <> target_id", name=op.f("ck_related_links_not_self")),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_related_links_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["articles.id"],
            name=op.f("fk_related_links_target_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_related_links")),
        sa.UniqueConstraint(
            "article_id", "target_id", name=op.f("uq_related_links_article_id_target_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_related_links_uuid")),
    )
    with op.batch_alter_table("related_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_related_links_target_id"), ["target_id"], unique=False)

    op.create_table(
        "revisions",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("article_version", sa.Integer(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('manual', 'autosave', 'status', 'restore', 'import')",
            name=op.f("ck_revisions_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_revisions_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_revisions_uuid")),
    )
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revisions_article_id_created_at"),
            ["article_id", "created_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revisions_article_id_created_at"))

    op.drop_table("revisions")
    with op.batch_alter_table("related_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_related_links_target_id"))

    op.drop_table("related_links")
    with op.batch_alter_table("front_page_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_front_page_slots_article_id"))

    op.drop_table("front_page_slots")
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_corrections_article_id"))

    op.drop_table("corrections")
    with op.batch_alter_table("article_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_tags_tag_id"))

    op.drop_table("article_tags")
    with op.batch_alter_table("article_authors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_authors_author_id"))

    op.drop_table("article_authors")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_updated_at"))
        batch_op.drop_index(batch_op.f("ix_articles_trashed_at"))
        batch_op.drop_index(batch_op.f("ix_articles_status_updated_at"))
        batch_op.drop_index(batch_op.f("ix_articles_source_url"))
        batch_op.drop_index(batch_op.f("ix_articles_source_id"))
        batch_op.drop_index(batch_op.f("ix_articles_slug"))
        batch_op.drop_index(batch_op.f("ix_articles_section_id_published_at"))
        batch_op.drop_index(batch_op.f("ix_articles_published_at"))

    op.drop_table("articles")
    op.drop_table("tags")
    op.drop_table("settings")
    op.drop_table("sections")
    op.drop_table("media_assets")
    op.drop_table("front_pages")
    with op.batch_alter_table("export_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_runs_target_started_at"))

    op.drop_table("export_runs")
    op.drop_table("authors")
