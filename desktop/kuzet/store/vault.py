"""The encrypted document vault: blobs in a blob store (``store/blobs.py``: files under
``kuzet.paths.vault_dir(database)`` in SQLite mode, a table on PostgreSQL).

Each document is one blob (in SQLite mode ``<vault dir>/<2 hex>/<blob name>.kzv``):
``KZV1``, a random 96-bit nonce, then the AES-256-GCM ciphertext and tag of the whole
file. The associated data binds the blob to its vault and name, so blobs cannot be
swapped unnoticed. Blobs are written atomically and never overwritten. The plaintext is
never written under the data directory: opening a document decrypts it to memory, or to
a temporary file in the system's temporary folder that is removed afterwards
(``TempCopies``).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlmodel import Session

from ..i18n import tr
from . import keys, team_keys
from .blobs import BLOB_SUFFIX, BlobMissing, BlobStore, Fence, FileBlobs, blob_store
from .keys import VaultError
from .location import location_of
from .models.vault_key import VaultKey

MAGIC = b"KZV1"
__all__ = [
    "BLOB_SUFFIX",
    "MAGIC",
    "Vault",
    "adopt_vault",
    "create_vault",
    "open_vault",
    "rotate_key",
]
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024  # a product limit: scans and PDFs, not archives


class DocumentUnreadable(VaultError):
    pass


@dataclass(frozen=True)
class StoredBlob:
    blob_name: str
    sha256: str
    size: int


class Vault:
    """An unlocked vault: encrypts into and decrypts from its blob store."""

    def __init__(
        self, blobs: BlobStore | Path, vault_id: str, key: bytes, team: bool = False
    ) -> None:
        self.blobs: BlobStore = FileBlobs(blobs) if isinstance(blobs, Path) else blobs
        self.vault_id = vault_id
        self._aead = AESGCM(key)
        # A team vault's key is rotated when an officer leaves: a vault opened before that
        # must not store new blobs under the old key (``_key_current``).
        self._fence: Fence | None = partial(_key_current, vault_id, key) if team else None

    @property
    def team(self) -> bool:
        """A team vault (its data key wrapped per officer, ``store/team_keys.py``)."""
        return self._fence is not None

    def path_of(self, blob_name: str) -> Path:
        """The blob's file (SQLite mode's file store only)."""
        if not isinstance(self.blobs, FileBlobs):
            raise VaultError(tr("This vault keeps its documents in the database."))
        return self.blobs.path_of(blob_name)

    def _aad(self, blob_name: str) -> bytes:
        return f"kuzet-vault/{self.vault_id}/{blob_name}".encode("ascii")

    def seal(self, blob_name: str, data: bytes) -> bytes:
        """``data`` as a blob's bytes: magic, nonce, ciphertext and tag."""
        nonce = os.urandom(keys.NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, self._aad(blob_name))

    def put(self, data: bytes) -> StoredBlob:
        """Encrypt ``data`` into a new blob; return its name, SHA-256 and size."""
        if len(data) > MAX_DOCUMENT_BYTES:
            raise VaultError(
                tr("The file is {mb} MB; the vault takes files up to {limit} MB.").format(
                    mb=len(data) // 2**20, limit=MAX_DOCUMENT_BYTES // 2**20
                )
            )
        blob_name = uuid.uuid4().hex
        self.blobs.write(blob_name, self.seal(blob_name, data), self._fence)
        return StoredBlob(blob_name, hashlib.sha256(data).hexdigest(), len(data))

    def _open(self, blob_name: str, raw: bytes) -> bytes | None:
        if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + keys.NONCE_BYTES + 16:
            return None
        body = raw[len(MAGIC) :]
        try:
            return self._aead.decrypt(
                body[: keys.NONCE_BYTES], body[keys.NONCE_BYTES :], self._aad(blob_name)
            )
        except InvalidTag:
            return None

    def get(self, blob_name: str, sha256: str | None = None) -> bytes:
        """Decrypt a blob to memory, checking the tag and (if given) the plaintext's SHA-256."""
        path = self.blobs.where(blob_name)
        try:
            raw = self.blobs.read(blob_name)
        except BlobMissing:
            raise DocumentUnreadable(
                tr("The encrypted file {path} is missing from the vault.").format(path=path)
            ) from None
        if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + keys.NONCE_BYTES + 16:
            raise DocumentUnreadable(tr("{path} is not a Kuzet vault file.").format(path=path))
        data = self._open(blob_name, raw)
        if data is None:  # a rotation committed but not yet swapped in (files only)
            staged = self.blobs.staged(blob_name)
            data = None if staged is None else self._open(blob_name, staged)
        if data is None:
            raise DocumentUnreadable(
                tr(
                    "{path} cannot be decrypted with this vault's key: the key is wrong or the "
                    "file was altered. The file was left as it is."
                ).format(path=path)
            )
        if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
            raise DocumentUnreadable(
                tr("{path} decrypts, but not to the document recorded (SHA-256 differs).").format(
                    path=path
                )
            )
        return data

    def discard(self, blob_name: str) -> None:
        """Remove a blob that no record refers to (a write whose transaction failed)."""
        self.blobs.delete(blob_name)


def _key_current(vault_id: str, key: bytes, conn: Connection) -> None:
    """Refuse a new blob when the team vault's key was rotated after this vault was
    opened. On PostgreSQL the key row is read ``FOR SHARE`` in the blob's transaction, so
    a rotation in progress is waited for. A key made in a transaction not committed yet
    (the first document, stored with it) is not seen, and nothing is refused."""
    table = VaultKey.__table__
    query = select(table.c.vault_id, table.c.key_check).where(table.c.vault_id == vault_id)
    row = conn.execute(query.with_for_update(read=True)).first()
    if row is not None and not keys.key_fits(key, row):  # type: ignore[arg-type]
        raise VaultError(
            tr(
                "The vault's key was changed (an officer was disabled) after the vault was "
                "opened here: open it again. The document was not stored."
            )
        )


def open_vault(session: Session, database: Path, passphrase: str | None = None) -> Vault:
    """The unlocked vault of ``database`` (raises ``VaultNotSetUp``, ``VaultLocked``, ...).
    For a team vault ``passphrase`` is the signed-in officer's vault password."""
    row = keys.active_key_row(session)
    if row is not None and row.key_source == team_keys.SOURCE:
        key = team_keys.data_key_of(session, row, passphrase)
        return Vault(blob_store(session, database), row.vault_id, key, team=True)
    vault_id, key = keys.unlock(session, passphrase)
    return Vault(blob_store(session, database), vault_id, key)


def team_database(session: Session) -> bool:
    """Is ``session`` on a team database (PostgreSQL), whose vault is a team vault?"""
    return session.get_bind().dialect.name != "sqlite"


def create_vault(
    session: Session, database: Path, passphrase: str | None = None, team: bool = False
) -> Vault:
    """Make the vault's key on first use (keyring, or passphrase) and return the vault.
    ``team``: a data key wrapped for every active officer with a key pair
    (``store/team_keys.py``); ``passphrase`` is then the signed-in officer's password."""
    if team:
        vault_id, key = team_keys.create(session, passphrase)
    else:
        vault_id, key = keys.create_key(session, passphrase)
    return Vault(blob_store(session, database), vault_id, key, team=team)


def adopt_vault(session: Session, database: Path, password: str | None = None) -> Vault:
    """The firm's earlier vault, already opened with its old key (in this process's
    memory), made a team vault with the same data key (``team_keys.adopt``) in
    ``session``'s transaction; ``password`` enrols the signed-in officer if needed."""
    row = keys.active_key_row(session)
    if row is None:
        raise keys.VaultNotSetUp(tr("The document vault has no key yet."))
    key = keys.key_of(row)
    team_keys.adopt(session, key, password)
    return Vault(blob_store(session, database), row.vault_id, key, team=True)


def rotate_key(
    session: Session, database: Path, revoked: str, reason: str, passphrase: str | None = None
) -> int:
    """After ``revoked`` leaves: a new data key, wrapped for the remaining active officers,
    and every blob re-encrypted under it, all in ``session``'s transaction (files are
    swapped in when it commits). Returns the number of blobs re-encrypted; a blob that does
    not open under the old key (an orphan of an earlier vault) is left as it is."""
    old_key, new_key = team_keys.rotate(session, revoked, reason, passphrase)
    row = keys.active_key_row(session)
    assert row is not None
    blobs = blob_store(session, database)
    old, new = Vault(blobs, row.vault_id, old_key), Vault(blobs, row.vault_id, new_key)
    done = 0
    for name in blobs.names(session):
        data = old._open(name, blobs.read(name))
        if data is not None:
            blobs.replace(session, name, new.seal(name, data))
            done += 1
    return done


def database_of(session: Session) -> Path:
    """The SQLite file behind ``session`` (the vault lives beside it), or for a team
    database the name in its own folder (``store/location.py``)."""
    location = location_of(session.get_bind())
    if location is not None and location.is_postgresql:
        return location.path
    name = session.get_bind().url.database
    if not name:
        raise VaultError(tr("The document vault needs a database file."))
    return Path(name).resolve()


class TempCopies:
    """Decrypted copies for opening in another program, in private temporary folders.

    ``remove_all`` deletes them (the customer view calls it when it closes; whatever is
    left is removed when the process exits).
    """

    def __init__(self) -> None:
        self.folders: list[Path] = []
        atexit.register(self.remove_all)

    def make(self, data: bytes, file_name: str) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="kuzet-document-"))
        os.chmod(folder, 0o700)
        self.folders.append(folder)
        path = folder / (Path(file_name).name or "document")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path

    def remove_all(self) -> None:
        while self.folders:
            shutil.rmtree(self.folders.pop(), ignore_errors=True)

    def close(self) -> None:
        """Remove the copies now; nothing is left for the exit handler."""
        self.remove_all()
        atexit.unregister(self.remove_all)


@contextlib.contextmanager
def temporary_copy(data: bytes, file_name: str) -> Iterator[Path]:
    """A decrypted copy that exists only inside the ``with`` block."""
    copies = TempCopies()
    try:
        yield copies.make(data, file_name)
    finally:
        copies.close()


def revoke_officer(
    session: Session, officer: str, reason: str, passphrase: str | None = None
) -> int | None:
    """When ``officer`` is disabled: rotate a team vault's key (``rotate_key``) in
    ``session``'s transaction; None when the firm's vault is not a team vault (nothing
    is wrapped per officer). A locked team vault raises ``VaultLocked``: the officer who
    disables must be able to open the vault, or nobody could re-encrypt it."""
    row = keys.active_key_row(session)
    if row is None or row.key_source != team_keys.SOURCE:
        return None
    return rotate_key(session, database_of(session), officer, reason, passphrase)
