"""The vault in team mode (issue #18): blobs in a table, officers' keys, wrapped data keys.

``vault_blob`` holds documents' ciphertext on PostgreSQL (SQLite keeps the files);
``vault_officer_key`` each officer's key pair (private key sealed under their password or
keyring key); ``vault_key_wrap`` the firm's data key wrapped for each officer;
``vault_key.wrapped_for`` the officers it is wrapped for (audited). See
``store/team_keys.py``.

Revision ID: 8300
Revises: 8200
"""

import sqlalchemy as sa
from alembic import op

revision = "8300"
down_revision = "8200"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_blob",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "vault_officer_key",
        sa.Column("login", sa.String(), primary_key=True),
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("sealed_private", sa.String(), nullable=False),
        sa.Column("key_source", sa.String(), nullable=False),
        sa.Column("salt", sa.String(), nullable=False),
        sa.Column("kdf_n", sa.Integer(), nullable=False),
        sa.Column("kdf_r", sa.Integer(), nullable=False),
        sa.Column("kdf_p", sa.Integer(), nullable=False),
    )
    op.create_table(
        "vault_key_wrap",
        sa.Column("vault_id", sa.String(), primary_key=True),
        sa.Column("login", sa.String(), primary_key=True),
        sa.Column("wrapped", sa.String(), nullable=False),
    )
    with op.batch_alter_table("vault_key") as batch:
        batch.add_column(sa.Column("wrapped_for", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("vault_key") as batch:
        batch.drop_column("wrapped_for")
    op.drop_table("vault_key_wrap")
    op.drop_table("vault_officer_key")
    op.drop_table("vault_blob")
