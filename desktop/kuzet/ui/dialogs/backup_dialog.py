"""Back up now, restore from a backup, and the automatic backup when the window closes.

Restoring runs in two background steps: the archive is checked completely first (hashes,
schema, audit chain) with the database still open; only after the officer confirms what
the backup holds does the window close its store, the file get replaced (the current one
kept as a pre-restore backup) and the store open again. A refused backup changes nothing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ...i18n import tr
from ...paths import backups_dir
from ...registers import backups
from ...store.backup import BackupRefused, Manifest, default_name
from ..notify import inform, warn
from ..tasks import Task, run_task


def describe(manifest: Manifest) -> str:
    made = manifest.created.astimezone().strftime("%d.%m.%Y %H:%M")
    return tr(
        "Made {made} by Kuzet {version} from {database}: {entries} audit trail entries, "
        "{files} vault file(s)."
    ).format(
        made=made,
        version=manifest.app_version or "?",
        database=manifest.database_name,
        entries=manifest.audit_entries,
        files=manifest.vault_files,
    )


def open_backup_dialog(window: Any, out: Path | None = None) -> Task | None:
    """Ask where to write a backup (default: the backups folder), then write it."""
    database = Path(window.db_path)
    if out is None:
        folder = backups_dir(database)
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            window,
            tr("Back up the database"),
            str(folder / default_name(database, backups.MANUAL)),
            tr("Kuzet backup (*.zip)"),
        )
        if not name:
            return None
        out = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")
    target = out
    return run_task(
        window,
        tr("Backing up"),
        lambda progress: backups.backup_now(database, target, progress),
        on_success=lambda result: _backed_up(window, result),
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
        + tr("The vault key is not in the backup: keep it (or its passphrase) safe."),
    )
    refresh = getattr(window.pages.get("settings"), "refresh", None)
    if refresh is not None:
        refresh()


class RestoreFlow(QObject):
    """One restore: check, confirm, replace, reopen. ``finished(True)`` once restored."""

    finished = Signal(bool)

    def __init__(self, window: Any, archive: Path, confirm: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.archive = archive
        self.confirm = confirm
        self.manifest: Manifest | None = None
        self.result: Any = None
        self.error: Exception | None = None

    def start(self) -> RestoreFlow:
        def check(progress: Any) -> Manifest:
            from ...store.backup_check import check_backup

            with tempfile.TemporaryDirectory(prefix="kuzet-check-") as scratch:
                return check_backup(self.archive, Path(scratch), progress).manifest

        run_task(
            self.window,
            tr("Checking the backup"),
            check,
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
        if self.window.store is None:
            self.window.load_store()
        self.finished.emit(False)

    def _checked(self, manifest: Manifest) -> None:
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
                    database=self.window.db_path,
                    folder=backups_dir(Path(self.window.db_path)),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.finished.emit(False)
                return
        self.window.close_store()
        database = Path(self.window.db_path)
        run_task(
            self.window,
            tr("Restoring"),
            lambda progress: backups.restore(database, self.archive, progress),
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
        inform(self.window, tr("Restored"), text, result.verify_summary)
        self.finished.emit(True)


def open_restore_dialog(
    window: Any, archive: Path | None = None, confirm: bool = True
) -> RestoreFlow | None:
    """Choose a backup, check it, confirm, and restore it."""
    if archive is None:
        folder = backups_dir(Path(window.db_path))
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
    database = Path(window.db_path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return backups.auto_backup(database)
    except Exception as exc:  # never keep the officer from closing the window
        print(f"Kuzet: the automatic backup failed: {exc}", file=sys.stderr)
        return None
    finally:
        QApplication.restoreOverrideCursor()
