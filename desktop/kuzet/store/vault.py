"""The encrypted document vault: files kept under ``kuzet.paths.vault_dir(database)``.

Each document is one blob, ``<vault dir>/<2 hex>/<blob name>.kzv``: ``KZV1``, a random
96-bit nonce, then the AES-256-GCM ciphertext and tag of the whole file. The associated
data binds the blob to its vault and name, so blobs cannot be swapped unnoticed. Blobs are
written atomically and never overwritten. The plaintext is never written under the data
directory: opening a document decrypts it to memory, or to a temporary file in the
system's temporary folder that is removed afterwards (``TempCopies``).
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
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session

from ..i18n import tr
from ..paths import vault_dir
from . import keys
from .files import atomic_write_bytes
from .keys import VaultError

MAGIC = b"KZV1"
BLOB_SUFFIX = ".kzv"
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024  # a product limit: scans and PDFs, not archives


class DocumentUnreadable(VaultError):
    pass


@dataclass(frozen=True)
class StoredBlob:
    blob_name: str
    sha256: str
    size: int


class Vault:
    """An unlocked vault: encrypts into and decrypts from its directory."""

    def __init__(self, directory: Path, vault_id: str, key: bytes) -> None:
        self.directory = directory
        self.vault_id = vault_id
        self._aead = AESGCM(key)

    def path_of(self, blob_name: str) -> Path:
        return self.directory / blob_name[:2] / f"{blob_name}{BLOB_SUFFIX}"

    def _aad(self, blob_name: str) -> bytes:
        return f"kuzet-vault/{self.vault_id}/{blob_name}".encode("ascii")

    def put(self, data: bytes) -> StoredBlob:
        """Encrypt ``data`` into a new blob; return its name, SHA-256 and size."""
        if len(data) > MAX_DOCUMENT_BYTES:
            raise VaultError(
                tr("The file is {mb} MB; the vault takes files up to {limit} MB.").format(
                    mb=len(data) // 2**20, limit=MAX_DOCUMENT_BYTES // 2**20
                )
            )
        blob_name = uuid.uuid4().hex
        nonce = os.urandom(keys.NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, data, self._aad(blob_name))
        atomic_write_bytes(self.path_of(blob_name), MAGIC + nonce + sealed)
        return StoredBlob(blob_name, hashlib.sha256(data).hexdigest(), len(data))

    def get(self, blob_name: str, sha256: str | None = None) -> bytes:
        """Decrypt a blob to memory, checking the tag and (if given) the plaintext's SHA-256."""
        path = self.path_of(blob_name)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DocumentUnreadable(
                tr("The encrypted file {path} is missing from the vault.").format(path=path)
            ) from None
        if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + keys.NONCE_BYTES + 16:
            raise DocumentUnreadable(tr("{path} is not a Kuzet vault file.").format(path=path))
        body = raw[len(MAGIC) :]
        try:
            data = self._aead.decrypt(
                body[: keys.NONCE_BYTES], body[keys.NONCE_BYTES :], self._aad(blob_name)
            )
        except InvalidTag:
            raise DocumentUnreadable(
                tr(
                    "{path} cannot be decrypted with this vault's key: the key is wrong or the "
                    "file was altered. The file was left as it is."
                ).format(path=path)
            ) from None
        if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
            raise DocumentUnreadable(
                tr("{path} decrypts, but not to the document recorded (SHA-256 differs).").format(
                    path=path
                )
            )
        return data

    def discard(self, blob_name: str) -> None:
        """Remove a blob that no record refers to (a write whose transaction failed)."""
        self.path_of(blob_name).unlink(missing_ok=True)


def open_vault(session: Session, database: Path, passphrase: str | None = None) -> Vault:
    """The unlocked vault of ``database`` (raises ``VaultNotSetUp``, ``VaultLocked``, ...)."""
    vault_id, key = keys.unlock(session, passphrase)
    return Vault(vault_dir(database), vault_id, key)


def create_vault(session: Session, database: Path, passphrase: str | None = None) -> Vault:
    """Make the vault's key on first use (keyring, or passphrase) and return the vault."""
    vault_id, key = keys.create_key(session, passphrase)
    return Vault(vault_dir(database), vault_id, key)


def database_of(session: Session) -> Path:
    """The SQLite file behind ``session`` (the vault lives beside it)."""
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
