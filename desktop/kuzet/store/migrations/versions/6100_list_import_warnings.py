"""Watchlist versions keep the warnings of their import: what the file held irregular but
was kept (an AFM 10-digit national identifier, an irregular birth date).

Revision ID: 6100
Revises: 5000, 4000 (the screening tables)
"""

import sqlalchemy as sa
from alembic import op

from kuzet.store.audit import audit_rows

revision = "6100"
# watchlist_version is made by 4000, which is not an ancestor of 5000: this revision joins
# both, so it never runs before the table exists.
down_revision = ("5000", "4000")
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("watchlist_version") as batch:
        batch.add_column(
            sa.Column("import_warnings", sa.String(), nullable=False, server_default="[]")
        )
    # The versions' rows gained a column: the trail records their new state.
    conn = op.get_bind()
    version = sa.Table("watchlist_version", sa.MetaData(), autoload_with=conn)
    ids = [row[0] for row in conn.execute(sa.select(version.c.id))]
    if ids:
        audit_rows(conn, version, ids, reason="schema 6100: import warnings", action="migrate")


def downgrade() -> None:
    with op.batch_alter_table("watchlist_version") as batch:
        batch.drop_column("import_warnings")
