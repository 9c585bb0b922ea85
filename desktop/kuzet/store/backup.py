"""Backups: one ZIP archive holding a consistent snapshot of the database and the vault.

An archive holds

* ``database.sqlite``: a snapshot taken with SQLite's online backup API (consistent even
  while the window is writing), switched out of WAL mode so it is one self-contained file;
* ``vault/...``: the encrypted document vault (``paths.vault_dir``) copied as it is, if
  the database has one. The blobs are encrypted; **the vault key is never in a backup**
  unless the officer exports it under a passphrase;
* ``manifest.json``: the format and its version, when and by which Kuzet it was made, the
  schema revisions, the audit trail's entry count and head hash, and the SHA-256 and size
  of every other member. ``vault_key`` is ``null``, or the vault key wrapped under the
  officer's export passphrase (``store.key_export``: scrypt and AES-GCM, never the key in
  plain text); a reader that finds a value it does not understand refuses the archive.

A damaged database (``PRAGMA integrity_check`` not "ok") is refused, not backed up. The
snapshot and the archive are written in a private scratch folder beside the database
(``store.scratch``: 0700, removed on every exit path, swept after a kill) and moved to the
destination only when complete, so an interrupted backup leaves no copy anywhere.

Restoring checks before it replaces anything: every member's hash, no member missing or
extra or outside the archive's own folders, a schema this program can open (an older one
is upgraded in the scratch copy), and the audit chain of the snapshot recomputed with
``verify`` and matching the manifest's head. Only then is the current database kept as a
pre-restore backup and replaced. The caller holds the database's write lock.

No Qt; SQLite-specific code stays in ``store/``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .. import __version__
from ..i18n import tr
from ..paths import vault_dir
from ..progress import NO_PROGRESS, Progress
from .key_export import KeyExportError, export_entry, readable
from .keys import VaultError
from .read_only import sqlite_uri
from .scratch import move_into, private_folder

FORMAT = "kuzet-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "database.sqlite"
VAULT_PREFIX = "vault/"
SUFFIX = ".zip"
_CHUNK = 1 << 20
_PAGES_PER_STEP = 4096


class BackupError(Exception):
    """A backup could not be made; nothing was written at the destination."""


class BackupRefused(Exception):
    """The archive cannot be restored (damaged, tampered, foreign or too new); nothing
    was replaced."""


@dataclass(frozen=True)
class Manifest:
    created_at: str  # UTC, ISO 8601
    app_version: str
    database_name: str
    schema: tuple[str, ...]
    audit_entries: int
    audit_head: str | None
    members: dict[str, dict[str, Any]]
    vault_files: int
    vault_key: Any = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at.replace("Z", "+00:00"))

    @property
    def size(self) -> int:
        return sum(int(m.get("size", 0)) for m in self.members.values())


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- making a backup ---------------------------------------------------------------------


def snapshot(database: Path, destination: Path, progress: Progress = NO_PROGRESS) -> Path:
    """A consistent single-file copy of ``database`` through SQLite's backup API."""
    if not database.is_file():
        raise BackupError(tr("{database} does not exist.").format(database=database))

    def report(_status: int, remaining: int, total: int) -> None:
        progress.step(total - remaining, total, tr("Copying the database"))

    source = sqlite3.connect(sqlite_uri(database, read_only=True), uri=True)
    try:
        _check_integrity(source, database)
        fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        target = sqlite3.connect(destination)
        try:
            source.backup(target, pages=_PAGES_PER_STEP, progress=report)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            tr("{database} could not be read: {error}").format(database=database, error=exc)
        ) from exc
    finally:
        source.close()
    return destination


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_integrity(source: sqlite3.Connection, database: Path) -> None:
    """Refuse to back up a damaged file: its archive would be refused at restore."""
    try:
        rows = [r[0] for r in source.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        raise BackupError(
            tr(
                "{database} is damaged (SQLite's integrity check found: {problem}); it was not "
                "backed up. Restore your latest good backup, or ask for help repairing it."
            ).format(database=database, problem="; ".join(rows[:3]))
        )


def _audit_head(snapshot_file: Path) -> tuple[int, str | None, tuple[str, ...]]:
    """(entries, head hash, schema revisions) read from a snapshot."""
    conn = sqlite3.connect(f"{snapshot_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        schema: tuple[str, ...] = ()
        if "alembic_version" in tables:
            schema = tuple(
                sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            )
        if "audit_trail" not in tables:
            return 0, None, schema
        count = int(conn.execute("SELECT COUNT(*) FROM audit_trail").fetchone()[0])
        head = conn.execute("SELECT hash FROM audit_trail ORDER BY id DESC LIMIT 1").fetchone()
        return count, (head[0] if head else None), schema
    finally:
        conn.close()


def _vault_files(database: Path) -> list[tuple[Path, str]]:
    root = vault_dir(database)
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found.append((path, VAULT_PREFIX + path.relative_to(root).as_posix()))
    return found


def create_backup(
    database: Path,
    out: Path,
    progress: Progress = NO_PROGRESS,
    key_passphrase: str | None = None,
) -> Manifest:
    """Write a backup archive of ``database`` (and its vault) to ``out``, atomically; with
    ``key_passphrase``, the vault key goes in too, wrapped under it."""
    database = Path(database)
    home = database.parent if os.access(database.parent, os.W_OK) else Path(out).parent
    with private_folder(home, "backup") as tmp:
        copy = snapshot(database, tmp / DATABASE_MEMBER, progress)
        vault_key = None
        if key_passphrase is not None:
            progress.step(0, 0, tr("Wrapping the vault key"))
            try:
                vault_key = export_entry(copy, key_passphrase)
            except (KeyExportError, VaultError) as exc:
                raise BackupError(str(exc)) from None
        entries, head, schema = _audit_head(copy)
        sources: list[tuple[Path, str]] = [(copy, DATABASE_MEMBER), *_vault_files(database)]
        members: dict[str, dict[str, Any]] = {}
        for number, (path, name) in enumerate(sources, start=1):
            progress.step(number, len(sources), tr("Checking {name}").format(name=name))
            members[name] = {"sha256": sha256_file(path), "size": path.stat().st_size}
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "app_version": __version__,
            "database_name": database.name,
            "schema": list(schema),
            "audit": {"entries": entries, "head_hash": head},
            "members": members,
            "vault": {"files": len(sources) - 1},
            # The vault key, only ever wrapped under the officer's export passphrase.
            "vault_key": vault_key,
        }
        written = tmp / SUFFIX
        with (
            open(os.open(written, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle,
            zipfile.ZipFile(
                handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
            ) as archive,
        ):
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for number, (path, name) in enumerate(sources, start=1):
                progress.step(number, len(sources), tr("Writing {name}").format(name=name))
                # Vault blobs are encrypted (incompressible): store them as they are.
                kind = zipfile.ZIP_DEFLATED if name == DATABASE_MEMBER else zipfile.ZIP_STORED
                archive.write(path, name, compress_type=kind)
        _fsync(written)
        move_into(written, Path(out), tmp)
    return _manifest_from(manifest)


# --- reading and checking -------------------------------------------------------------


def _manifest_from(raw: dict[str, Any]) -> Manifest:
    try:
        audit = raw.get("audit") or {}
        return Manifest(
            created_at=str(raw["created_at"]),
            app_version=str(raw.get("app_version", "")),
            database_name=str(raw.get("database_name", "")),
            schema=tuple(raw.get("schema") or ()),
            audit_entries=int(audit.get("entries", 0)),
            audit_head=audit.get("head_hash"),
            members=dict(raw["members"]),
            vault_files=int((raw.get("vault") or {}).get("files", 0)),
            vault_key=raw.get("vault_key"),
            raw=raw,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupRefused(
            tr("The backup's manifest is incomplete ({error}).").format(error=exc)
        ) from None


def read_manifest(archive_path: Path) -> Manifest:
    """The manifest of a backup archive (not yet checked against its contents)."""
    with _open_zip(archive_path) as archive:
        return _read_manifest(archive, archive_path)


@contextlib.contextmanager
def _open_zip(archive_path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(archive_path)
    except FileNotFoundError:
        raise BackupRefused(tr("{file} does not exist.").format(file=archive_path)) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupRefused(
            tr("{file} is not a Kuzet backup (not a readable archive: {error}).").format(
                file=archive_path.name, error=exc
            )
        ) from None
    with archive:
        yield archive


def _read_manifest(archive: zipfile.ZipFile, archive_path: Path) -> Manifest:
    try:
        raw = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise BackupRefused(
            tr("{file} is not a Kuzet backup (it has no manifest).").format(file=archive_path.name)
        ) from None
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise BackupRefused(
            tr("The manifest of {file} is damaged ({error}).").format(
                file=archive_path.name, error=exc
            )
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupRefused(tr("{file} is not a Kuzet backup.").format(file=archive_path.name))
    if int(raw.get("format_version", 0)) > FORMAT_VERSION:
        raise BackupRefused(
            tr(
                "{file} was made by a newer Kuzet (backup format {version}); install it to "
                "restore this backup."
            ).format(file=archive_path.name, version=raw["format_version"])
        )
    manifest = _manifest_from(raw)
    if manifest.vault_key is not None and not readable(manifest.vault_key):
        raise BackupRefused(
            tr("{file} holds an exported vault key this Kuzet cannot read.").format(
                file=archive_path.name
            )
        )
    return manifest


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    if name.startswith("/") or "\\" in name or ".." in path.parts or not path.parts:
        return False
    return name in (MANIFEST, DATABASE_MEMBER) or (
        name.startswith(VAULT_PREFIX) and len(path.parts) > 1
    )


def default_name(database: Path, kind: str, when: dt.datetime | None = None) -> str:
    """``<kind>-<database stem>-YYYYMMDD-HHMMSS.zip`` (local time)."""
    when = when or dt.datetime.now()
    return f"{kind}-{database.stem}-{when:%Y%m%d-%H%M%S}{SUFFIX}"
