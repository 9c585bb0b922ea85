"""``kuzet backup`` and ``kuzet restore``: one archive with the database and its vault.

``kuzet backup --with-key`` also puts the vault key in, wrapped under an export passphrase
(``KUZET_EXPORT_PASSPHRASE``, else asked twice). ``kuzet restore`` asks for that passphrase
only when the restored vault's key is not in this computer's keyring (and, where no keyring
is usable, for the vault passphrase to keep the documents under: ``KUZET_VAULT_PASSPHRASE``,
else asked twice); ``--without-key`` restores the records and leaves the documents locked.

Both work on the database file, not in a session (a backup copies it through SQLite's
backup API, a restore replaces it), so they use ``registers/system/backups`` and open no
store: backing up an old file does not upgrade it first. Each command imports what it
uses when it runs, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from .apps import app
from .common import (
    EXIT_PROBLEM,
    DbOption,
    chosen_location,
    fail,
    stderr_progress,
    take_write_lock,
)
from .words import counted


def _describe(manifest) -> str:  # manifest: kuzet.store.backup.Manifest
    made = manifest.created.astimezone().strftime("%d.%m.%Y %H:%M")
    vault = (
        f", {counted(manifest.vault_files, 'vault file')}" if manifest.vault_files else ", no vault"
    )
    if manifest.vault_key is not None:
        vault += ", the vault key under an export passphrase"
    return (
        f"made {made} by Kuzet {manifest.app_version or '?'} from {manifest.database_name}: "
        f"{manifest.audit_entries} trail entries{vault}"
    )


def _secret(env: str, prompt: str, twice: bool) -> str | None:
    """A passphrase from the environment, else asked on the terminal (None: no terminal)."""
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    return typer.prompt(prompt, hide_input=True, confirmation_prompt=twice, err=True)


def _file_of(ctx: typer.Context, db: Path | None) -> Path:
    """The SQLite file backed up or restored; a team database is refused (exit 1)."""
    from ..registers.system.backups import no_file_backup

    location = chosen_location(ctx, db)
    if location.is_postgresql:
        fail(f"Nothing was written: {no_file_backup(location.display())}")
    return location.path


@app.command()
def backup(
    ctx: typer.Context,
    db: Path | None = DbOption,
    out: Path | None = typer.Option(
        None, "--out", help="The archive to write (default: <database>.backups/manual-….zip)."
    ),
    with_key: bool = typer.Option(
        False,
        "--with-key",
        help="Also put the vault key in, wrapped under an export passphrase "
        "(KUZET_EXPORT_PASSPHRASE, else asked twice).",
    ),
) -> None:
    """Back up the database and its vault to one archive (a consistent snapshot)."""
    from ..progress import Progress
    from ..registers.system.backups import backup_now, key_exportable, key_note
    from ..store.backup import BackupError
    from ..store.key_export import EXPORT_PASSPHRASE_ENV, MIN_PASSPHRASE

    path = _file_of(ctx, db)
    if not path.exists():
        fail(f"There is no database at {path}: nothing to back up.")
    passphrase = None
    if with_key:
        why = key_exportable(path)
        if why is not None:
            fail(f"Nothing was written: {why}")
        passphrase = _secret(EXPORT_PASSPHRASE_ENV, "Export passphrase for the vault key", True)
        if passphrase is None:
            fail(f"Nothing was written: set {EXPORT_PASSPHRASE_ENV} or run in a terminal.")
        if len(passphrase) < MIN_PASSPHRASE:
            fail(f"Nothing was written: use at least {MIN_PASSPHRASE} characters.")
    try:
        target, manifest = backup_now(
            path, out, Progress(stderr_progress), key_passphrase=passphrase
        )
    except BackupError as exc:
        fail(str(exc))
    sys.stderr.write("\n")
    typer.echo(f"Backed up {path} to {target}")
    typer.echo(_describe(manifest))
    typer.echo(key_note(manifest))


@app.command()
def restore(
    ctx: typer.Context,
    archive: Path = typer.Argument(
        ..., help="A backup made by Kuzet (.zip), or with --check a team dump (.dump)."
    ),
    db: Path | None = DbOption,
    check: bool = typer.Option(
        False, "--check", help="Only check the backup (hashes, audit chain); replace nothing."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask before replacing."),
    without_key: bool = typer.Option(
        False,
        "--without-key",
        help="Do not install the vault key the backup carries (the documents stay locked).",
    ),
) -> None:
    """Restore a backup: checked first (hashes, audit chain), the current file kept."""
    from ..progress import Progress
    from ..registers.system import backups
    from ..store.backup import BackupRefused
    from ..store.key_export import KeyUnlock

    if check and archive.suffix == ".dump":  # a team database's pg_dump (cli/admin.py)
        from .admin import check_dump_command

        check_dump_command(ctx, db, archive)
        return
    path = _file_of(ctx, db)
    progress = Progress(stderr_progress)
    if check:
        try:
            checked = backups.check(archive, progress)
        except BackupRefused as exc:
            sys.stderr.write("\n")
            fail(f"Refused: {exc}")
        sys.stderr.write("\n")
        typer.echo(f"{archive}: sound; {_describe(checked.manifest)}")
        typer.echo(checked.verify_summary)
        return
    take_write_lock(ctx, path)
    if not yes and sys.stdin.isatty():
        typer.confirm(
            f"Replace {path} with the contents of {archive.name}? The current database is "
            "kept as a pre-restore backup.",
            abort=True,
        )
    try:
        result = backups.restore(
            path, archive, progress, KeyUnlock(skip=True) if without_key else _ask
        )
    except BackupRefused as exc:
        sys.stderr.write("\n")
        fail(f"Refused, nothing was replaced: {exc}", EXIT_PROBLEM)
    sys.stderr.write("\n")
    typer.echo(f"Restored {path} from {archive}: {_describe(result.manifest)}")
    typer.echo(result.verify_summary)
    key = backups.restored_key_note(result)
    if key:
        typer.echo(key)
    if result.upgraded_from:
        typer.echo(f"Its schema was upgraded from {', '.join(result.upgraded_from)}.")
    if result.kept is not None:
        typer.echo(f"The database as it was before is kept in {result.kept}")


def _ask(need):  # need: kuzet.store.key_export.KeyNeed -> KeyUnlock | None
    """The export passphrase (and, without a keyring, a new vault passphrase)."""
    from ..reports.pack import PASSPHRASE_ENV
    from ..store.key_export import EXPORT_PASSPHRASE_ENV, KeyUnlock

    sys.stderr.write("\n")
    export = _secret(EXPORT_PASSPHRASE_ENV, "Export passphrase of the backup's vault key", False)
    if export is None:
        return None
    vault = None
    if not need.keyring_usable:
        typer.echo(
            "No OS keyring is usable here: choose a vault passphrase; the documents are "
            "re-encrypted under it.",
            err=True,
        )
        vault = _secret(PASSPHRASE_ENV, "New vault passphrase", True)
    return KeyUnlock(export, vault)
