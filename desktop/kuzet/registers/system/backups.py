"""Backups as the officer sees them: back up now, automatic daily backups, rotation, restore.

Automatic backups are made when the window closes, at most once a calendar day, in
``paths.backups_dir(database)`` as ``auto-<database>-YYYYMMDD-HHMMSS.zip``. Rotation keeps
the newest backup of each of the 7 most recent days that have one, of the 4 most recent
ISO weeks and of the 12 most recent months (a backup kept by any of the three stays);
it only ever removes automatic backups: manual, pre-restore and pre-upgrade copies are
the officer's to delete. A small ``history.json`` in the same folder remembers backups
written elsewhere (``kuzet backup --out``), so Settings can show the last one.

The retention counts are product defaults, not numbers of the law.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ...i18n import tr
from ...paths import backups_dir, data_dir
from ...progress import NO_PROGRESS, Progress
from ...store.backup import SUFFIX, Manifest, create_backup, default_name
from ...store.backup_check import check_backup
from ...store.files import atomic_write_text
from ...store.key_export import KeyNeed, not_exportable, vault_key_row
from ...store.read_only import cannot_write
from ...store.restore import RestoreResult, Unlock, needed_key, restore_backup
from ...store.scratch import private_folder

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
AUTO, MANUAL, PRE_RESTORE = "auto", "manual", "pre-restore"
HISTORY = "history.json"
HISTORY_LENGTH = 100


def no_file_backup(database: str) -> str:
    """Why a team database (PostgreSQL) gets no file backup here, and what to do."""
    return tr(
        "{database} is a team database: Kuzet makes no file backup of it. "
        "Your administrator backs it up on the server with `kuzet admin backup` (pg_dump)."
    ).format(database=database)


_NAME = re.compile(r"^(auto|manual|pre-restore)-(.+)-(\d{8})-(\d{6})\.zip$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    made: dt.datetime  # local time, from the name
    size: int


def list_backups(database: Path) -> list[BackupFile]:
    """The backups of ``database`` in its backups folder, newest first."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match is None or match.group(2) != database.stem:
            continue
        try:
            made = dt.datetime.strptime(match.group(3) + match.group(4), "%Y%m%d%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(path, match.group(1), made, size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def history(database: Path) -> list[dict]:
    """Backups made of ``database`` (here or elsewhere), oldest first."""
    try:
        data = json.loads((backups_dir(database) / HISTORY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [entry for entry in data if isinstance(entry, dict)] if isinstance(data, list) else []


def _record(database: Path, path: Path, kind: str, when: dt.datetime) -> None:
    entries = history(database)
    entries.append({"at": when.isoformat(timespec="seconds"), "kind": kind, "path": str(path)})
    atomic_write_text(
        backups_dir(database) / HISTORY,
        json.dumps(entries[-HISTORY_LENGTH:], ensure_ascii=False, indent=1),
    )


def last_backup(database: Path) -> tuple[dt.datetime, Path] | None:
    """When and where the newest automatic or manual backup of ``database`` was made."""
    candidates = [(b.made, b.path) for b in list_backups(database) if b.kind in (AUTO, MANUAL)]
    for entry in history(database):
        if entry.get("kind") in (AUTO, MANUAL):
            try:
                candidates.append((dt.datetime.fromisoformat(entry["at"]), Path(entry["path"])))
            except (KeyError, TypeError, ValueError):
                continue
    return max(candidates, default=None)


def auto_backup_due(database: Path, now: dt.datetime | None = None) -> bool:
    """True unless an automatic backup was already made today (local date)."""
    today = (now or dt.datetime.now()).date()
    return not any(b.kind == AUTO and b.made.date() == today for b in list_backups(database))


def next_auto_backup(database: Path, now: dt.datetime | None = None) -> dt.date:
    """The day of the next automatic backup (made when the window closes that day)."""
    now = now or dt.datetime.now()
    return now.date() if auto_backup_due(database, now) else now.date() + dt.timedelta(days=1)


def backup_now(
    database: Path,
    out: Path | None = None,
    progress: Progress = NO_PROGRESS,
    kind: str = MANUAL,
    now: dt.datetime | None = None,
    key_passphrase: str | None = None,
) -> tuple[Path, Manifest]:
    """Write a backup of ``database`` to ``out`` (default: its backups folder); with
    ``key_passphrase`` the vault key goes in, wrapped under it (``store.key_export``)."""
    now = now or dt.datetime.now()
    target = Path(out) if out else backups_dir(database) / default_name(database, kind, now)
    manifest = create_backup(database, target, progress, key_passphrase)
    if not cannot_write(database):  # a read-only database (a CD, a 0444 copy) is backed
        _record(database, target.resolve(), kind, now)  # up; its history cannot be kept
    return target, manifest


def auto_backup(
    database: Path, now: dt.datetime | None = None, progress: Progress = NO_PROGRESS
) -> Path | None:
    """Make today's automatic backup if none was made yet, then rotate; the new file."""
    now = now or dt.datetime.now()
    if not database.exists() or not auto_backup_due(database, now):
        return None
    target, _manifest = backup_now(database, None, progress, AUTO, now)
    rotate(database)
    return target


def retained(
    stamps: Iterable[dt.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Which of ``stamps`` rotation keeps: the newest of each recent day, week and month."""
    newest_first = sorted(set(stamps), reverse=True)
    rules: list[tuple[Callable[[dt.datetime], Hashable], int]] = [
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ]
    kept: set[dt.datetime] = set()
    for period_of, count in rules:
        periods: set[Hashable] = set()
        for stamp in newest_first:
            period = period_of(stamp)
            if period in periods:
                continue
            if len(periods) >= count:
                break
            periods.add(period)
            kept.add(stamp)
    return kept


def rotate(database: Path) -> list[Path]:
    """Delete the automatic backups rotation does not keep; the paths removed."""
    autos = [b for b in list_backups(database) if b.kind == AUTO]
    keep = retained(b.made for b in autos)
    removed = []
    for backup in autos:
        if backup.made not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class CheckedArchive:
    """What checking a backup found: its manifest, the audit chain's verdict, and what
    restoring it here needs for its vault key (None: nothing)."""

    manifest: Manifest
    verify_summary: str
    key_need: KeyNeed | None


def check(archive: Path, progress: Progress = NO_PROGRESS) -> CheckedArchive:
    """Check ``archive`` completely (hashes, schema, audit chain) in a private scratch
    folder under the data directory that is removed afterwards (``store.scratch``);
    nothing else is touched. Raises ``BackupRefused``."""
    with private_folder(data_dir(), "check") as scratch:
        checked = check_backup(Path(archive), scratch, progress)
        return CheckedArchive(checked.manifest, checked.verify_summary, needed_key(checked))


def restore(
    database: Path, archive: Path, progress: Progress = NO_PROGRESS, unlock: Unlock = None
) -> RestoreResult:
    """Check ``archive`` and, if it is sound, replace ``database`` with it (see
    ``store.restore``; ``unlock`` gives the export passphrase of a backup carrying the
    vault key). The caller holds the write lock and has closed its store."""
    return restore_backup(Path(archive), Path(database), progress, unlock)


def key_exportable(database: Path) -> str | None:
    """None if a backup of ``database`` can carry its vault key; else why not, in words."""
    try:
        return not_exportable(vault_key_row(database) if database.exists() else None)
    except Exception as exc:  # an unreadable file: the backup itself will say so
        return str(exc)


# --- what the officer is told afterwards (the window and the commands say the same) -----


def key_note(manifest: Manifest) -> str:
    """Where the vault key is, after a backup was written."""
    if manifest.vault_key is not None:
        return tr(
            "The vault key is in the backup, wrapped under the export passphrase: keep the "
            "passphrase apart from the backup; without it the key cannot be read."
        )
    return tr("The vault key is not in the backup: keep it (or its passphrase) safe.")


def restored_key_note(result: RestoreResult) -> str:
    """What became of the backup's vault key in a restore ("" when there was none)."""
    if result.key == "keyring":
        return tr("The vault key from the backup is now in this computer's keyring.")
    if result.key == "passphrase":
        return tr(
            "No OS keyring is usable here: the documents were re-encrypted under the vault "
            "passphrase you chose; Kuzet asks for it when a document is opened."
        )
    if result.key_left_out:
        return tr(
            "Restored without the vault key: the documents stay locked until it is "
            "installed (restore this backup again with its export passphrase)."
        )
    return ""
