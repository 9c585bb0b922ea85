"""Restoring a backup: check everything first, keep what is there, then replace it.

``restore_backup`` extracts and checks the archive (every member, vault blobs included,
against the manifest's SHA-256) in a private staging folder beside the database
(``.<name>.restore``, 0700; ``backup_check``); a refused archive leaves the database, its
vault and its backups exactly as they were. A good one is restored in this order: the
current database and vault are saved as a pre-restore backup in ``paths.backups_dir``; the
current WAL is checkpointed (a stale WAL must never be replayed onto another file); then
a journal (``.<name>.restore-journal``) names each step of the swap: the old vault is
renamed aside, the new vault renamed into place, the empty WAL removed, and the database
file replaced with ``os.replace``, which commits. Whatever happens, the database and the
vault stay a pair: an error undoes the swap, and after a kill ``recover`` (run whenever
Kuzet opens the database) puts the old vault back or finishes, from the journal.

A backup carrying the vault key (``store.key_export``) needs its export passphrase only
when the restored vault keeps its key in a keyring and this computer's keyring lacks it:
``unlock`` is then asked (or given) for it. The key is unwrapped, checked and installed
before anything is replaced, so a wrong passphrase refuses the restore with nothing
changed; ``KeyUnlock(skip=True)`` restores without the key (the documents stay locked).

The caller holds the database's write lock (``store.lock``) and has closed its own
connections to the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import tr
from ..paths import backups_dir, vault_dir
from ..progress import NO_PROGRESS, Progress
from .backup import (
    BackupError,
    BackupRefused,
    Manifest,
    create_backup,
    default_name,
)
from .backup_check import CheckedBackup, check_backup
from .key_export import KeyNeed, KeyUnlock, install, key_need
from .keys import VaultError
from .restore_journal import OLD_VAULT, claim, journal_path, recover, staging_dir, step

Unlock = KeyUnlock | Callable[[KeyNeed], KeyUnlock | None] | None


class KeyPassphraseNeeded(BackupRefused):
    """The backup's vault key is needed here and no export passphrase was given."""


@dataclass(frozen=True)
class RestoreResult:
    manifest: Manifest
    kept: Path | None  # the pre-restore backup of what was replaced (None: nothing was there)
    verify_summary: str
    upgraded_from: tuple[str, ...]
    key: str | None = None  # the backup's vault key installed: "keyring" or "passphrase"
    key_left_out: bool = False  # it was needed here and the officer restored without it


def needed_key(checked: CheckedBackup) -> KeyNeed | None:
    """What restoring ``checked`` here needs for its vault key (None: nothing)."""
    try:
        return key_need(checked.manifest.vault_key, checked.database)
    except VaultError as exc:
        raise BackupRefused(str(exc)) from None


def restore_backup(
    archive: Path, database: Path, progress: Progress = NO_PROGRESS, unlock: Unlock = None
) -> RestoreResult:
    """Replace ``database`` (and its vault) with the contents of ``archive``, if it checks."""
    database = Path(database)
    database.parent.mkdir(parents=True, exist_ok=True)
    recover(database)
    staging = staging_dir(database)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    claim(staging)
    try:
        checked = check_backup(Path(archive), staging, progress)
        installed, left_out = _install_key(checked, unlock, progress)
        kept = keep_current(database, progress)
        progress.step(0, 0, tr("Replacing the database"))
        _replace(database, checked.database, checked.vault)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return RestoreResult(
        checked.manifest,
        kept,
        checked.verify_summary,
        checked.upgraded_from,
        installed,
        left_out,
    )


def _install_key(
    checked: CheckedBackup, unlock: Unlock, progress: Progress
) -> tuple[str | None, bool]:
    need = needed_key(checked)
    if need is None:
        return None, False
    answer = unlock(need) if callable(unlock) else unlock
    if answer is not None and answer.skip:
        return None, True
    if answer is None or not answer.export_passphrase:
        raise KeyPassphraseNeeded(
            tr(
                "This backup carries the vault key under an export passphrase, and this "
                "computer's keyring does not hold the key: give the export passphrase, or "
                "restore without the key (the documents then stay locked)."
            )
        )
    progress.step(0, 0, tr("Unwrapping the vault key"))
    try:
        return install(
            checked.manifest.vault_key, answer, checked.database, checked.vault, progress
        ), False
    except VaultError as exc:
        raise BackupRefused(str(exc)) from None


def keep_current(database: Path, progress: Progress = NO_PROGRESS) -> Path | None:
    """Save the database (and vault) about to be replaced; None if there is none."""
    if not database.exists() and not vault_dir(database).exists():
        return None
    target = backups_dir(database) / default_name(database, "pre-restore")
    if database.exists():
        try:
            create_backup(database, target, progress)
            return target
        except BackupError:
            pass  # a damaged file cannot be snapshotted: keep its raw files instead
    raw = target.with_suffix("")
    raw.mkdir(parents=True, exist_ok=True)
    for path in _database_files(database):
        if path.exists():
            shutil.copy2(path, raw / path.name)
    if vault_dir(database).is_dir():
        shutil.copytree(vault_dir(database), raw / vault_dir(database).name)
    return raw


def _database_files(database: Path) -> list[Path]:
    return [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]


def _checkpoint(database: Path) -> None:
    """Fold the WAL into the file so nothing is lost or replayed onto the new file."""
    if not database.exists():
        return
    try:
        conn = sqlite3.connect(database)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # damaged: its raw files were kept by keep_current


def _replace(database: Path, new_database: Path, new_vault: Path | None) -> None:
    """Swap in the staged files; a kill at any point is finished or undone by ``recover``.

    Steps: the old vault is renamed into the staging folder (``old-vault``), the new one
    renamed into place, the empty WAL removed and the staged database renamed over the
    old one. That last ``os.replace`` is the commit: until it happened (the staged file
    is still there) ``recover`` puts the old vault back; after it, it finishes.
    """
    _checkpoint(database)
    staging = new_database.parent
    journal = journal_path(database)
    step(journal, "started", new_vault is not None)
    try:
        current_vault = vault_dir(database)
        if current_vault.exists():
            current_vault.rename(staging / OLD_VAULT)
            step(journal, "old vault set aside", new_vault is not None)
        if new_vault is not None:
            new_vault.rename(current_vault)
            step(journal, "new vault in place", new_vault is not None)
        for stale in _database_files(database)[1:]:
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        step(journal, "database replacing", new_vault is not None)
        os.replace(new_database, database)
        step(journal, "database replaced", new_vault is not None)
    except BaseException:
        recover(database)
        raise
    recover(database)
