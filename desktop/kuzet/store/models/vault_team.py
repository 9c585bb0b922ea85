"""The vault in team mode (issue #18): blobs in a table, officers' keys, wrapped data keys.

* ``VaultBlob``: a document's ciphertext (PostgreSQL; SQLite keeps files, ``store/blobs.py``).
* ``VaultOfficerKey``: an officer's X25519 key pair; the private key is sealed with a
  key-encryption key derived from the officer's password (scrypt) or kept in their OS
  keyring. The public key lets any officer who holds the data key wrap it for them.
* ``VaultKeyWrap``: the firm's data key wrapped for one officer. Rotating the key
  (``store/vault.py:rotate_key``) deletes every wrap and writes new ones; the rotation is
  audited through ``VaultKey`` (``key_check`` and ``wrapped_for`` change).

None of these is a register record: the trail records who can read (``VaultKey``), and
the documents' own rows, never key material or ciphertext.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class VaultBlob(SQLModel, table=True):
    __tablename__ = "vault_blob"

    name: str = Field(primary_key=True)  # the blob name (uuid hex) documents refer to
    data: bytes = Field(sa_column=sa.Column(sa.LargeBinary(), nullable=False))


class VaultOfficerKey(SQLModel, table=True):
    __tablename__ = "vault_officer_key"

    login: str = Field(primary_key=True)
    key_id: str  # keyring user name (service "Kuzet officer key"), and associated data
    public_key: str  # hex, X25519 raw
    sealed_private: str  # hex: nonce + AES-GCM of the raw private key under the KEK
    key_source: str  # passphrase or keyring
    salt: str = ""  # hex (passphrase only)
    kdf_n: int = 0
    kdf_r: int = 0
    kdf_p: int = 0


class VaultKeyWrap(SQLModel, table=True):
    __tablename__ = "vault_key_wrap"

    vault_id: str = Field(primary_key=True)
    login: str = Field(primary_key=True)
    wrapped: str  # hex: ephemeral public key + nonce + AES-GCM of the data key
