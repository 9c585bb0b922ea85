"""The journal of a restore's swap, and finishing or undoing an interrupted one.

``store.restore`` stages the new database and vault in ``.<name>.restore`` beside the
database and records each step of the swap in ``.<name>.restore-journal``. ``recover``
(run before a restore and whenever Kuzet opens the database) reads it: if the staged
database is still there the swap did not commit and the old vault is put back; if it
is gone the database was replaced and the swap is finished. Either way the database and
its vault are a pair again. Standard library only: it runs at every start.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ..paths import vault_dir
from .files import atomic_write_text
from .scratch import alive

STAGED_DATABASE = "database.sqlite"  # as ``backup.DATABASE_MEMBER``
STAGED_VAULT = "vault"


def staging_dir(database: Path) -> Path:
    """Where a restore extracts and stages the new files: beside the database (one
    filesystem, so every swap is a rename), private (0700)."""
    return database.with_name(f".{database.name}.restore")


def journal_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.restore-journal")


def step(journal: Path, name: str, new_vault: bool) -> None:
    """Record in the journal that the swap reached ``name`` (and whether the backup
    brings a vault: ``recover`` needs it to tell which vault is in place)."""
    atomic_write_text(journal, json.dumps({"step": name, "new_vault": new_vault}))


OLD_VAULT = "old-vault"
OWNER = "owner"  # the pid of the restoring process, in the staging folder


def claim(staging: Path) -> None:
    """Mark ``staging`` as this process's: ``recover`` leaves it alone while it runs."""
    (staging / OWNER).write_text(str(os.getpid()), encoding="ascii")


def _running_elsewhere(staging: Path) -> bool:
    """True while the process that staged a restore here is still alive (it holds the
    write lock; a reader opening the database meanwhile must not touch its files)."""
    try:
        pid = int((staging / OWNER).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return False
    return pid != os.getpid() and alive(pid)


def recover(database: Path) -> str | None:
    """Finish or undo a restore that was interrupted; what was done (None: nothing).

    Called before a restore and whenever Kuzet opens ``database``.
    """
    database = Path(database)
    journal = journal_path(database)
    staging = staging_dir(database)
    if _running_elsewhere(staging):
        return None
    if not journal.exists():
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)  # killed before the swap began
        return None
    staged_database = staging / STAGED_DATABASE
    staged_vault = staging / STAGED_VAULT
    old_vault = staging / OLD_VAULT
    current_vault = vault_dir(database)
    if staged_database.exists():  # not committed: put the old files back
        if _had_new_vault(journal) and not staged_vault.exists() and current_vault.exists():
            current_vault.rename(staged_vault)  # the new vault was already in place
        if old_vault.exists():
            old_vault.rename(current_vault)
        done = "rolled back"
    else:  # the database was replaced: the new vault is in place, finish
        done = "finished"
    shutil.rmtree(staging, ignore_errors=True)
    journal.unlink(missing_ok=True)
    return done


def _had_new_vault(journal: Path) -> bool:
    try:
        return bool(json.loads(journal.read_text(encoding="utf-8")).get("new_vault"))
    except (OSError, ValueError):
        return False
