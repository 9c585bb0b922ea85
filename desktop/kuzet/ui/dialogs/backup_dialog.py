"""Back up now, restore from a backup, and the automatic backup when the window closes.

Backing up asks where to write the archive and whether to put the vault key in, wrapped
under an export passphrase typed twice (only a vault whose key is in the OS keyring has a
key to export; the dialog says why when there is none).

Restoring runs in two background steps: the archive is checked completely first (hashes,
schema, audit chain) with the database still open; only after the officer confirms what
the backup holds does the window close its store, the file get replaced (the current one
kept as a pre-restore backup) and the store open again. A backup carrying the vault key
whose key this computer's keyring lacks asks for its export passphrase (and, without a
keyring, for a new vault passphrase) before anything is replaced. A refused backup, or a
wrong passphrase, changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ...i18n import format_datetime, plural, tr
from ...paths import backups_dir
from ...registers.system import backups
from ...registers.system.backups import CheckedArchive, key_note, restored_key_note
from ...store.backup import BackupRefused, Manifest, default_name
from ...store.key_export import KeyNeed, KeyUnlock
from ..notify import inform, warn
from ..tasks import Task, run_task
from .backup_key_dialogs import BackupDialog, RestoreKeyDialog


def describe(manifest: Manifest) -> str:
    made = format_datetime(manifest.created.astimezone())
    forms = tr(
        "Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, "
        "{files} vault file.|Made {made} by Kuzet {version} from {database}: {entries} audit "
        "trail entries, {files} vault files."
    )
    return plural(manifest.vault_files, forms).format(
        made=made,
        version=manifest.app_version or "?",
        database=manifest.database_name,
        entries=manifest.audit_entries,
        files=manifest.vault_files,
    ) + (
        " " + tr("It carries the vault key, wrapped under an export passphrase.")
        if manifest.vault_key is not None
        else ""
    )


def open_backup_dialog(
    window: Any, out: Path | None = None, key_passphrase: str | None = None
) -> Task | BackupDialog | None:
    """Write a backup to ``out``; without ``out``, first ask where and whether to put the
    vault key in (the dialog, whose ``task`` is the backup once accepted)."""
    if out is not None:
        return start_backup(window, out, key_passphrase)
    system = window.desk.system
    folder = backups_dir(system.database)
    folder.mkdir(parents=True, exist_ok=True)
    dialog = BackupDialog(
        folder / default_name(system.database, backups.MANUAL), system.key_exportable(), window
    )

    def accepted() -> None:
        target, passphrase = dialog.values()
        dialog.task = start_backup(window, target, passphrase)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def start_backup(window: Any, out: Path, key_passphrase: str | None = None) -> Task:
    """Write the backup in the background (with the vault key when a passphrase is given)."""
    system = window.desk.system
    return run_task(
        window,
        tr("Backing up"),
        lambda progress: system.backup(out, progress, key_passphrase),
        on_success=lambda result: _backed_up(window, result),
        on_error=lambda error: warn(
            window, tr("Backup failed"), tr("Nothing was written: {error}").format(error=error)
        ),
    )


def _backed_up(window: Any, result: tuple[Path, Manifest]) -> None:
    path, manifest = result
    inform(
        window,
        tr("Backup written"),
        tr("The backup was written to {path}.").format(path=path)
        + "\n\n"
        + describe(manifest)
        + "\n\n"
        + key_note(manifest),
    )
    refresh = getattr(window.pages.get("settings"), "refresh", None)
    if refresh is not None:
        refresh()


class RestoreFlow(QObject):
    """One restore: check, confirm, replace, reopen. ``finished(True)`` once restored."""

    finished = Signal(bool)

    def __init__(
        self, window: Any, archive: Path, confirm: bool = True, unlock: KeyUnlock | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.system = window.desk.system  # kept: the window drops its desk while restoring
        self.archive = archive
        self.confirm = confirm
        self.unlock = unlock  # given: the key dialog is not shown
        self.manifest: Manifest | None = None
        self.need: KeyNeed | None = None
        self.key_dialog: RestoreKeyDialog | None = None
        self.result: Any = None
        self.error: Exception | None = None

    def start(self) -> RestoreFlow:
        run_task(
            self.window,
            tr("Checking the backup"),
            lambda progress: self.system.check_backup(self.archive, progress),
            on_success=self._checked,
            on_error=self._refused,
        )
        return self

    def _refused(self, error: Exception) -> None:
        self.error = error
        title = tr("Backup refused") if isinstance(error, BackupRefused) else tr("Restore failed")
        warn(
            self.window,
            title,
            tr("Nothing was replaced: {error}").format(error=error),
        )
        if self.window.desk is None:
            self.window.load_store()
        self.finished.emit(False)

    def _checked(self, checked: CheckedArchive) -> None:
        manifest, self.need = checked.manifest, checked.key_need
        self.manifest = manifest
        if self.confirm:
            answer = QMessageBox.question(
                self.window,
                tr("Restore from backup"),
                tr(
                    "The backup is sound. {details}\n\nReplace the database {database} with "
                    "it? The current database is kept as a pre-restore backup in {folder}."
                ).format(
                    details=describe(manifest),
                    database=self.system.database,
                    folder=backups_dir(self.system.database),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.finished.emit(False)
                return
        if self.need is not None and self.unlock is None:
            self.key_dialog = RestoreKeyDialog(self.need, self.window)
            self.key_dialog.answered.connect(self._replace)
            self.key_dialog.rejected.connect(lambda: self.finished.emit(False))
            self.key_dialog.open()
            return
        self._replace(self.unlock)

    def _replace(self, unlock: KeyUnlock | None) -> None:
        self.window.close_store()
        run_task(
            self.window,
            tr("Restoring"),
            lambda progress: self.system.restore(self.archive, progress, unlock),
            on_success=self._restored,
            on_error=self._refused,
        )

    def _restored(self, result: Any) -> None:
        self.result = result
        self.window.load_store()
        text = tr("The database was restored from {file}.").format(file=self.archive.name)
        text += "\n\n" + describe(result.manifest)
        if result.kept is not None:
            text += "\n\n" + tr("The database as it was before is kept in {path}.").format(
                path=result.kept
            )
        key = restored_key_note(result)
        if key:
            text += "\n\n" + key
        inform(self.window, tr("Restored"), text, result.verify_summary)
        self.finished.emit(True)


def open_restore_dialog(
    window: Any, archive: Path | None = None, confirm: bool = True
) -> RestoreFlow | None:
    """Choose a backup, check it, confirm, and restore it."""
    if archive is None:
        folder = backups_dir(window.desk.system.database)
        name, _ = QFileDialog.getOpenFileName(
            window,
            tr("Restore from backup"),
            str(folder) if folder.is_dir() else "",
            tr("Kuzet backup (*.zip);;All files (*)"),
        )
        if not name:
            return None
        archive = Path(name)
    return RestoreFlow(window, archive, confirm).start()


def backup_on_exit(window: Any) -> Path | None:
    """Today's automatic backup, if none was made yet (the window is closing)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return window.desk.system.auto_backup()
    except Exception as exc:  # never keep the officer from closing the window
        print(f"Kuzet: the automatic backup failed: {exc}", file=sys.stderr)
        return None
    finally:
        QApplication.restoreOverrideCursor()
