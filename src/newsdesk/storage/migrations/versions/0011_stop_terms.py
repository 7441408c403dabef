"""stop terms: a term in too many stories keeps its document frequency, not its body postings

At 100,000 stories about 400 terms occur in more than 8,000 stories each and hold 7.3 of the
17.4 million ``story_terms`` rows. A suggestion never reads them: with the default tuning it
reads at most 8,000 postings a call (``Tuning.posting_budget``), so a term past that is always
left out. ``stop`` marks such a term once its document frequency crosses the threshold
(``storage.terms.STOP_DF``); its postings from story bodies are then no longer stored (those
from headlines are, for the related panel's headline search) and suggestions skip it. The mark
stays when the frequency falls back, because the postings are gone; a rebuild of the index
(``related --reindex``) starts over. The column starts false and nothing is purged here, so the
upgrade stays fast on a large archive: terms already past the threshold keep their postings
(suggestions skip them by the budget, as before) until the index is rebuilt; terms crossing it
from now on are marked.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("story_term_stats", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stop", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("story_term_stats", schema=None) as batch_op:
        batch_op.drop_column("stop")
