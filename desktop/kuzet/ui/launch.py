"""Start the desktop app: check the database file, show the window, then open the store."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import paths, startup
from .main_window import MainWindow
from .style import stylesheet


def ui_settings() -> QSettings:
    """Window geometry and UI choices, kept beside the data (KUZET_HOME in tests)."""
    return QSettings(str(paths.data_dir() / "kuzet-ui.ini"), QSettings.Format.IniFormat)


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Kuzet")
    app.setOrganizationName("Kuzet")
    app.setStyleSheet(stylesheet())
    return app  # type: ignore[return-value]


class _ShownWatcher(QObject):
    """Prints the ms from process start at the window's first paint, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.done = True
            print(f"{startup.elapsed_ms():.0f}", flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def run_gui(db: str | os.PathLike[str] | None = None, exit_after_show: bool = False) -> int:
    from ..store.schema import SchemaError, SchemaState, inspect_schema, prepare

    path = Path(db).expanduser().resolve() if db else paths.db_path()
    app = make_app()
    try:
        if inspect_schema(path).state is not SchemaState.CURRENT:
            prepare(path)  # creates, or backs up and upgrades, before any page reads it
    except SchemaError as exc:
        if exit_after_show:
            print(str(exc), file=sys.stderr)
        else:
            QMessageBox.critical(None, "Kuzet cannot open this database", str(exc))
        return 3
    window = MainWindow(path, ui_settings=ui_settings())
    watcher = _ShownWatcher(app)
    if exit_after_show:
        window.installEventFilter(watcher)
    window.show()
    if not exit_after_show:
        QTimer.singleShot(0, window.load_store)
    return app.exec()
