"""Checking a backup archive before anything is restored from it.

Every member is extracted into a scratch folder and hashed against the manifest; a
member missing, extra or outside the archive's folders refuses the archive; the snapshot
must be a Kuzet database this program can open (an older schema is upgraded in the
scratch copy, never in place); its audit trail is recomputed with ``verify`` and must be
intact and, unless upgraded, end at the manifest's head hash with the recorded count.
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..i18n import tr
from ..progress import NO_PROGRESS, Progress
from .backup import (
    _CHUNK,
    DATABASE_MEMBER,
    MANIFEST,
    VAULT_PREFIX,
    BackupRefused,
    Manifest,
    _open_zip,
    _read_manifest,
    _safe_member,
    sha256_file,
)
from .db import make_engine, single_file
from .schema import SchemaError, SchemaState, inspect_schema, upgrade
from .verify import verify


@dataclass(frozen=True)
class CheckedBackup:
    """A backup that passed every check, extracted into a scratch folder."""

    archive: Path
    manifest: Manifest
    database: Path  # the extracted snapshot, at this program's schema
    vault: Path | None  # the extracted vault folder, if the backup has one
    verify_summary: str
    upgraded_from: tuple[str, ...] = ()


def check_backup(
    archive_path: Path, scratch: Path, progress: Progress = NO_PROGRESS
) -> CheckedBackup:
    """Check ``archive_path`` completely, extracting it under ``scratch``.

    Raises ``BackupRefused`` naming the first problem. Nothing outside ``scratch`` is
    touched.
    """
    archive_path = Path(archive_path)
    with _open_zip(archive_path) as archive:
        manifest = _read_manifest(archive, archive_path)
        _check_members(archive, manifest, archive_path)
        _check_sizes(archive, manifest, scratch, archive_path)
        names = sorted(manifest.members)
        for number, name in enumerate(names, start=1):
            progress.step(number, len(names), tr("Checking {name}").format(name=name))
            _extract(archive, name, scratch / name, manifest, archive_path)
    database = scratch / DATABASE_MEMBER
    upgraded_from = _open_at_this_schema(database, archive_path)
    summary = _verify_trail(database, manifest, archive_path, bool(upgraded_from), progress)
    vault = scratch / VAULT_PREFIX.rstrip("/")
    return CheckedBackup(
        archive_path,
        manifest,
        database,
        vault if vault.is_dir() else None,
        summary,
        upgraded_from,
    )


def _check_members(archive: zipfile.ZipFile, manifest: Manifest, archive_path: Path) -> None:
    file = archive_path.name
    names = [info.filename for info in archive.infolist() if not info.is_dir()]
    for name in names:
        if not _safe_member(name) or name not in (MANIFEST, *manifest.members):
            if _safe_member(name):
                message = tr("{file} holds {name}, which its manifest does not list (altered).")
            else:
                message = tr(
                    "{file} holds an unexpected member {name}; it was not made by Kuzet or "
                    "was altered."
                )
            raise BackupRefused(message.format(file=file, name=name))
    if DATABASE_MEMBER not in manifest.members:
        raise BackupRefused(tr("{file} holds no database.").format(file=file))
    for name in sorted(set(manifest.members) - set(names)):
        raise BackupRefused(
            tr("{file} is incomplete: {name} is missing.").format(file=file, name=name)
        )
    for name in manifest.members:
        if not _safe_member(name) or name == MANIFEST:
            raise BackupRefused(
                tr("The manifest of {file} lists an unexpected member {name}.").format(
                    file=file, name=name
                )
            )


# Deflate cannot shrink anything more than about 1032:1; a member claiming more is forged.
MAX_RATIO = 1032
SPACE_MARGIN = 64 << 20  # free space left over after extracting (bytes)


def _check_sizes(
    archive: zipfile.ZipFile, manifest: Manifest, scratch: Path, archive_path: Path
) -> None:
    """Refuse, before extracting anything, an archive whose declared sizes do not match
    its manifest, claim an impossible compression ratio or do not fit on the disk."""
    file = archive_path.name
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        recorded = manifest.members.get(info.filename, {}).get("size")
        if info.filename != MANIFEST and recorded != info.file_size:
            raise BackupRefused(
                tr("{name} in {file} declares a size its manifest does not record.").format(
                    name=info.filename, file=file
                )
            )
        if info.file_size > max(info.compress_size, 1) * MAX_RATIO:
            raise BackupRefused(
                tr(
                    "{name} in {file} claims to expand {ratio}-fold, more than any real "
                    "backup: it was refused before extracting."
                ).format(
                    name=info.filename,
                    file=file,
                    ratio=info.file_size // max(info.compress_size, 1),
                )
            )
        total += info.file_size
    scratch.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(scratch).free
    if total + SPACE_MARGIN > free:
        raise BackupRefused(
            tr(
                "Restoring {file} needs {need} MB and the disk holding {folder} has {free} MB "
                "free: free some space first. Nothing was extracted."
            ).format(
                file=file, need=(total + SPACE_MARGIN) >> 20, folder=scratch.parent, free=free >> 20
            )
        )


def _extract(
    archive: zipfile.ZipFile, name: str, target: Path, manifest: Manifest, archive_path: Path
) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with archive.open(name) as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink, _CHUNK)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        raise BackupRefused(
            tr("{name} in {file} is damaged ({error}).").format(
                name=name, file=archive_path.name, error=exc
            )
        ) from None
    if sha256_file(target) != manifest.members[name].get("sha256"):
        raise BackupRefused(
            tr(
                "{name} in {file} does not match its recorded SHA-256: the backup is damaged "
                "or was altered."
            ).format(name=name, file=archive_path.name)
        )


def _open_at_this_schema(database: Path, archive_path: Path) -> tuple[str, ...]:
    """Refuse a snapshot this program cannot open; upgrade an older one (in scratch)."""

    file = archive_path.name
    try:
        info = inspect_schema(database)
    except SchemaError as exc:
        raise BackupRefused(
            tr("The database in {file} is damaged: {error}").format(file=file, error=exc)
        ) from None
    if info.state is SchemaState.NEWER:
        raise BackupRefused(
            tr(
                "{file} was made by a newer Kuzet (schema {schema}); install it to restore "
                "this backup."
            ).format(file=file, schema=", ".join(sorted(info.database)))
        )
    if info.state in (SchemaState.FOREIGN, SchemaState.NEW):
        raise BackupRefused(tr("The database in {file} is not a Kuzet database.").format(file=file))
    if info.state is SchemaState.BEHIND:
        try:
            upgrade(database)
        except Exception as exc:
            raise BackupRefused(
                tr("The database in {file} could not be upgraded: {error}").format(
                    file=file, error=exc
                )
            ) from None
        return tuple(sorted(info.database))
    return ()


def _verify_trail(
    database: Path, manifest: Manifest, archive_path: Path, upgraded: bool, progress: Progress
) -> str:

    file = archive_path.name
    progress.step(0, 0, tr("Verifying the audit trail"))
    engine = make_engine(database)
    try:
        report = verify(engine)
        engine.dispose()
        single_file(database)
    except Exception as exc:  # a damaged file reads as an error, not as a report
        raise BackupRefused(
            tr("The database in {file} cannot be read: {error}").format(file=file, error=exc)
        ) from None
    finally:
        engine.dispose()
    if not report.intact:
        raise BackupRefused(
            tr("The audit trail in {file} is broken; nothing was restored.\n{report}").format(
                file=file, report=report.summary()
            )
        )
    if not upgraded and report.entries != manifest.audit_entries:
        raise BackupRefused(
            tr("{file} holds {found} trail entries but its manifest recorded {recorded}.").format(
                file=file, found=report.entries, recorded=manifest.audit_entries
            )
        )
    if manifest.audit_head and _hash_of_entry(database, manifest.audit_entries) != (
        manifest.audit_head
    ):
        raise BackupRefused(
            tr("The audit trail in {file} does not end where its manifest says.").format(file=file)
        )
    return report.summary()


def _hash_of_entry(database: Path, entry_id: int) -> str | None:
    conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT hash FROM audit_trail WHERE id = ?", (entry_id,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None
