"""The vault key in a backup: wrapped under an export passphrase, never in plain text.

A manual backup may carry the document vault's key in its manifest's ``vault_key`` entry:

    {"format": "kuzet-vault-key", "version": 1, "vault_id": "…", "cipher": "AES-256-GCM",
     "kdf": {"name": "scrypt", "salt": "<hex>", "n": 131072, "r": 8, "p": 1},
     "nonce": "<hex>", "wrapped_key": "<hex: ciphertext and tag>"}

The wrapping key is derived from the export passphrase with scrypt (its own salt and
parameters, recorded beside it); AES-GCM binds the wrapped key to its vault id. Only a
vault whose key is kept in the OS keyring is exported: a vault keyed by its passphrase
needs nothing more than that passphrase after a restore (its salt travels in the
database), so no second secret that opens every document is made for it.

On restore, a wrapped key is needed only when the restored vault keeps its key in a
keyring and this computer's keyring does not hold it. The export passphrase unwraps it,
the key is checked against the vault's check value, and then kept the way the vault keeps
keys: in the OS keyring where one is usable; where none is, the officer chooses a vault
passphrase and the extracted vault is re-encrypted under the key derived from it, and
the vault's key record says so (an audited change), all before anything is replaced.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..i18n import tr
from ..progress import NO_PROGRESS, Progress
from . import keys
from .audit import reason_for_changes
from .db import single_file
from .files import atomic_write_bytes
from .keys import VaultError
from .models.vault_key import VaultKey
from .session import Store
from .vault import BLOB_SUFFIX, MAGIC, Vault

ENTRY_FORMAT = "kuzet-vault-key"
ENTRY_VERSION = 1
CIPHER = "AES-256-GCM"
MIN_PASSPHRASE = 10  # a product rule, like the vault passphrase's
EXPORT_PASSPHRASE_ENV = "KUZET_EXPORT_PASSPHRASE"


class KeyExportError(VaultError):
    """The vault key cannot be exported (or read back); nothing was written."""


class WrongExportPassphrase(KeyExportError):
    pass


@dataclass(frozen=True)
class KeyNeed:
    """A restore that must install the vault key the backup carries."""

    vault_id: str
    keyring_usable: bool  # False: the officer chooses a vault passphrase instead


@dataclass(frozen=True)
class KeyUnlock:
    """What the officer gave for a backup's key: the export passphrase, and where no
    keyring is usable the vault passphrase to choose; ``skip`` restores without it."""

    export_passphrase: str | None = None
    vault_passphrase: str | None = None
    skip: bool = False


def _aad(vault_id: str) -> bytes:
    return f"{ENTRY_FORMAT}/{ENTRY_VERSION}/{vault_id}".encode("ascii")


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise KeyExportError(
            tr("The export passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        )
    return passphrase


def wrap(vault_id: str, key: bytes, passphrase: str) -> dict[str, Any]:
    """The manifest entry holding ``key`` wrapped under ``passphrase``."""
    salt = os.urandom(keys.SALT_BYTES)
    n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
    wrapping = keys.derive_key(check_passphrase(passphrase), salt, n, r, p)
    nonce = os.urandom(keys.NONCE_BYTES)
    sealed = AESGCM(wrapping).encrypt(nonce, key, _aad(vault_id))
    return {
        "format": ENTRY_FORMAT,
        "version": ENTRY_VERSION,
        "vault_id": vault_id,
        "cipher": CIPHER,
        "kdf": {"name": "scrypt", "salt": salt.hex(), "n": n, "r": r, "p": p},
        "nonce": nonce.hex(),
        "wrapped_key": sealed.hex(),
    }


def readable(entry: Any) -> bool:
    """True if ``entry`` is a wrapped key this Kuzet can read."""
    try:
        _parts(entry)
    except KeyExportError:
        return False
    return True


def _parts(entry: Any) -> tuple[str, bytes, int, int, int, bytes, bytes]:
    try:
        kdf = entry["kdf"]
        if (
            entry["format"] != ENTRY_FORMAT
            or int(entry["version"]) > ENTRY_VERSION
            or entry["cipher"] != CIPHER
            or kdf["name"] != "scrypt"
        ):
            raise ValueError(entry.get("format"))
        vault_id = str(entry["vault_id"])
        _aad(vault_id)  # ASCII only
        return (
            vault_id,
            bytes.fromhex(kdf["salt"]),
            int(kdf["n"]),
            int(kdf["r"]),
            int(kdf["p"]),
            bytes.fromhex(entry["nonce"]),
            bytes.fromhex(entry["wrapped_key"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError, UnicodeEncodeError) as exc:
        raise KeyExportError(
            tr("The exported vault key is not in a form this Kuzet reads ({error}).").format(
                error=exc
            )
        ) from None


def unwrap(entry: Mapping[str, Any], passphrase: str) -> tuple[str, bytes]:
    """(vault id, key) from a manifest entry; ``WrongExportPassphrase`` if it does not open."""
    vault_id, salt, n, r, p, nonce, sealed = _parts(entry)
    try:
        wrapping = keys.derive_key(passphrase, salt, n, r, p)
        key = AESGCM(wrapping).decrypt(nonce, sealed, _aad(vault_id))
    except (InvalidTag, ValueError):
        raise WrongExportPassphrase(
            tr(
                "That is not the export passphrase of this backup (or its key entry was "
                "altered). Nothing was replaced."
            )
        ) from None
    return vault_id, key


def vault_key_row(database: Path) -> VaultKey | None:
    """The active vault key record of a database file, read directly (no session)."""
    conn = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "vault_key" not in tables:
            return None
        row = conn.execute(
            "SELECT vault_id, key_source, kdf, salt, kdf_n, kdf_r, kdf_p, key_check "
            "FROM vault_key WHERE retired_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    if row is None:
        return None
    fields = ("vault_id", "key_source", "kdf", "salt", "kdf_n", "kdf_r", "kdf_p", "key_check")
    return VaultKey(**dict(zip(fields, row, strict=True)))


def export_entry(database: Path, passphrase: str) -> dict[str, Any]:
    """The vault key of ``database`` wrapped under ``passphrase``, for a backup."""
    check_passphrase(passphrase)
    row = vault_key_row(database)
    why = not_exportable(row)
    if why is not None or row is None:
        raise KeyExportError(why)
    return wrap(row.vault_id, keys.key_of(row), passphrase)


def not_exportable(row: VaultKey | None) -> str | None:
    """Why the vault key ``row`` describes cannot go in a backup (None: it can)."""
    if row is None:
        return tr(
            "The document vault has no key yet (no document was attached): nothing to export."
        )
    if row.key_source != "keyring":
        return tr(
            "This vault's key is derived from the vault passphrase, and the passphrase's salt "
            "is in the database: a restored backup opens with that passphrase, so there is no "
            "key to export. Keep the vault passphrase safe."
        )
    return None


def key_need(entry: Any, database: Path) -> KeyNeed | None:
    """Whether restoring the snapshot ``database`` must install the key ``entry`` carries:
    None when there is no entry, no vault key, a passphrase vault, or the key is already in
    this computer's keyring."""
    if entry is None:
        return None
    vault_id = _parts(entry)[0]
    row = vault_key_row(database)
    if row is None or row.key_source != "keyring" or keys.in_keyring(row):
        return None
    if vault_id != row.vault_id:
        raise KeyExportError(
            tr("The key in this backup belongs to another vault ({vault}).").format(vault=vault_id)
        )
    return KeyNeed(row.vault_id, keys.keyring_status().usable)


def install(
    entry: Mapping[str, Any],
    unlock: KeyUnlock,
    database: Path,
    vault: Path | None,
    progress: Progress = NO_PROGRESS,
) -> str:
    """Install the key ``entry`` carries for the extracted snapshot ``database`` and its
    ``vault`` folder: ``keyring``, or ``passphrase`` after re-encrypting the vault under the
    officer's new vault passphrase. Raises before changing anything if a passphrase is wrong.
    """
    row = vault_key_row(database)
    if row is None:
        raise KeyExportError(tr("The backup's database has no vault key record."))
    vault_id, key = unwrap(entry, unlock.export_passphrase or "")
    if vault_id != row.vault_id or not keys.key_fits(key, row):
        raise KeyExportError(
            tr("The key in this backup does not open its vault; nothing was replaced.")
        )
    if keys.keyring_status().usable:
        keys.keep_in_keyring(vault_id, key)
        return "keyring"
    passphrase = unlock.vault_passphrase
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise KeyExportError(
            tr(
                "No OS keyring is usable here: choose a vault passphrase of at least {n} "
                "characters to keep the restored documents under."
            ).format(n=MIN_PASSPHRASE)
        )
    _rekey(database, vault, row, key, passphrase, progress)
    return "passphrase"


def _rekey(
    database: Path,
    vault: Path | None,
    row: VaultKey,
    key: bytes,
    passphrase: str,
    progress: Progress,
) -> None:
    """Re-encrypt the extracted vault under a key derived from ``passphrase`` and record it
    in the extracted database (an audited change of the vault's key record)."""

    salt = os.urandom(keys.SALT_BYTES)
    n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
    new_key = keys.derive_key(passphrase, salt, n, r, p)
    blobs = sorted(vault.rglob(f"*{BLOB_SUFFIX}")) if vault is not None else []
    names = Vault(Path(), row.vault_id, key)  # only for the associated data of each blob
    old, new = AESGCM(key), AESGCM(new_key)
    for number, path in enumerate(blobs, start=1):
        progress.step(number, len(blobs), tr("Re-encrypting the documents"))
        aad = names._aad(path.name.removesuffix(BLOB_SUFFIX))
        body = path.read_bytes()[len(MAGIC) :]
        try:
            data = old.decrypt(body[: keys.NONCE_BYTES], body[keys.NONCE_BYTES :], aad)
        except (InvalidTag, ValueError):
            raise KeyExportError(
                tr(
                    "{name} in the backup cannot be decrypted with its key; nothing was replaced."
                ).format(name=path.name)
            ) from None
        nonce = os.urandom(keys.NONCE_BYTES)
        atomic_write_bytes(path, MAGIC + nonce + new.encrypt(nonce, data, aad))
    store, _ = Store.open(database)
    try:
        with (
            store.transaction() as session,
            reason_for_changes(
                session, tr("vault key restored from a backup onto a computer without a keyring")
            ),
        ):
            record = keys.active_key_row(session)
            record.key_source = "passphrase"
            record.kdf, record.salt = "scrypt", salt.hex()
            record.kdf_n, record.kdf_r, record.kdf_p = n, r, p
            record.key_check = keys.check_value(new_key, record.vault_id)
            session.add(record)
            session.flush()  # inside the block, so the trail entry carries the reason
    finally:
        store.close()
    single_file(database)
    keys.forget(row.vault_id)
