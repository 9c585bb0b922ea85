"""``kuzet backup`` and ``kuzet restore``: one archive with the database and its vault."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import typer

from . import app
from .common import EXIT_PROBLEM, DbOption, chosen_db, fail, stderr_progress, take_write_lock


def _describe(manifest) -> str:  # manifest: kuzet.store.backup.Manifest
    made = manifest.created.astimezone().strftime("%d.%m.%Y %H:%M")
    vault = f", {manifest.vault_files} vault file(s)" if manifest.vault_files else ", no vault"
    return (
        f"made {made} by Kuzet {manifest.app_version or '?'} from {manifest.database_name}: "
        f"{manifest.audit_entries} trail entries{vault}"
    )


@app.command()
def backup(
    ctx: typer.Context,
    db: Path | None = DbOption,
    out: Path | None = typer.Option(
        None, "--out", help="The archive to write (default: <database>.backups/manual-….zip)."
    ),
) -> None:
    """Back up the database and its vault to one archive (a consistent snapshot)."""
    from ..progress import Progress
    from ..registers.backups import backup_now
    from ..store.backup import BackupError

    path = chosen_db(ctx, db)
    if not path.exists():
        fail(f"There is no database at {path}: nothing to back up.")
    try:
        target, manifest = backup_now(path, out, Progress(stderr_progress))
    except BackupError as exc:
        fail(str(exc))
    sys.stderr.write("\n")
    typer.echo(f"Backed up {path} to {target}")
    typer.echo(_describe(manifest))
    typer.echo("The vault key is not in the backup: keep it (or its passphrase) safe.")


@app.command()
def restore(
    ctx: typer.Context,
    archive: Path = typer.Argument(..., help="A backup made by Kuzet (.zip)."),
    db: Path | None = DbOption,
    check: bool = typer.Option(
        False, "--check", help="Only check the backup (hashes, audit chain); replace nothing."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask before replacing."),
) -> None:
    """Restore a backup: checked first (hashes, audit chain), the current file kept."""
    from ..progress import Progress
    from ..registers.backups import restore as restore_archive
    from ..store.backup import BackupRefused
    from ..store.backup_check import check_backup

    path = chosen_db(ctx, db)
    progress = Progress(stderr_progress)
    if check:
        with tempfile.TemporaryDirectory(prefix="kuzet-check-") as scratch:
            try:
                checked = check_backup(archive, Path(scratch), progress)
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
        result = restore_archive(path, archive, progress)
    except BackupRefused as exc:
        sys.stderr.write("\n")
        fail(f"Refused, nothing was replaced: {exc}", EXIT_PROBLEM)
    sys.stderr.write("\n")
    typer.echo(f"Restored {path} from {archive}: {_describe(result.manifest)}")
    typer.echo(result.verify_summary)
    if result.upgraded_from:
        typer.echo(f"Its schema was upgraded from {', '.join(result.upgraded_from)}.")
    if result.kept is not None:
        typer.echo(f"The database as it was before is kept in {result.kept}")
