"""Start the desktop app: language, one window per database, check the database file,
show the window, then open the store."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from .. import paths, startup
from ..i18n import tr
from ..store.lock import DatabaseBusy
from ..store.schema import SchemaError, SchemaState, inspect_schema, prepare
from .i18n_qt import apply_language, effective_language
from .main_window import MainWindow
from .single_instance import InstanceGuard, already_open_message, ask_first_window
from .style import stylesheet

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

EXIT_BUSY = 4  # as the command line's: the database is open elsewhere


def ui_settings() -> QSettings:
    """Window geometry and UI choices, kept beside the data (KUZET_HOME in tests)."""
    return QSettings(str(paths.data_dir() / "kuzet-ui.ini"), QSettings.Format.IniFormat)


def make_app(icon: bool = True) -> QApplication:
    """The application, styled; with Kuzet's icon unless ``icon`` is False (``run_gui``
    sets it once the window is up: loading it costs start-up time)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Kuzet")
    app.setOrganizationName("Kuzet")
    app.setDesktopFileName("kuzet")
    app.setStyleSheet(stylesheet())
    if icon:
        app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """Kuzet's icon, from the PNG sizes in resources/icons (the SVG is their source)."""
    from PySide6.QtGui import QIcon  # after the first paint: start-up time

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = paths.icons_dir() / f"kuzet-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


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


def _not_signed_in_hook(kind: Any, value: Any, trace: Any) -> None:
    """A write with nobody signed in that a slot did not catch: said, not a traceback."""
    from ..store.audit import NotSignedIn  # only when an exception escapes

    if isinstance(value, NotSignedIn):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(QApplication.activeWindow(), tr("Nobody is signed in"), str(value))
        return
    sys.__excepthook__(kind, value, trace)


def run_gui(db: str | os.PathLike[str] | None = None, exit_after_show: bool = False) -> int:
    chosen = os.fspath(db or os.environ.get("KUZET_DB") or "")
    if "://" in chosen or (chosen.endswith(".pg") and Path(chosen).expanduser().is_file()):
        # a team database: its URL, or its connection file (store/location.py)
        return _run_team(chosen, exit_after_show)
    sys.excepthook = _not_signed_in_hook
    path = Path(db).expanduser().resolve() if db else paths.db_path()
    app = make_app(icon=False)
    settings = ui_settings()
    apply_language(effective_language(settings))
    guard = InstanceGuard(path)
    try:
        guard.claim()
    except DatabaseBusy as busy:  # someone has it open: bring that window forward
        if ask_first_window(path):
            print(
                tr("Kuzet is already open on {path}; its window was brought forward.").format(
                    path=path
                )
            )
            return 0
        message = already_open_message(path, busy)
        if exit_after_show:
            print(message, file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox  # only on refusal: start-up time

            QMessageBox.warning(None, tr("The database is already open"), message)
        return EXIT_BUSY
    try:
        if inspect_schema(path).state is not SchemaState.CURRENT:
            prepare(path)  # creates, or backs up and upgrades, before any page reads it
    except SchemaError as exc:
        guard.release()
        if exit_after_show:
            print(str(exc), file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox  # only on refusal: start-up time

            QMessageBox.critical(None, tr("Kuzet cannot open this database"), str(exc))
        return 3
    window = MainWindow(path, ui_settings=settings, backup_on_exit=not exit_after_show)
    guard.activated.connect(window.bring_forward)
    window.start_prompts = not exit_after_show
    watcher = _ShownWatcher(app)
    if exit_after_show:
        window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))  # the window takes it too
    if not exit_after_show:
        QTimer.singleShot(0, window.load_store)
        QTimer.singleShot(0, guard.listen)
    try:
        return app.exec()
    finally:
        guard.release()


def _run_team(chosen: str, exit_after_show: bool) -> int:
    """The window on a team database: ``postgresql+psycopg://officer@host/db`` or a
    ``kuzet.pg`` connection file. The officer is the URL's user (``ui/team_open.py``)."""
    from ..store.location import LocationError, parse_location

    try:
        location = parse_location(chosen)
    except LocationError as exc:
        print(f"--db: {exc}", file=sys.stderr)
        return 2
    app = make_app(icon=False)
    settings = ui_settings()
    apply_language(effective_language(settings))
    sys.excepthook = _not_signed_in_hook
    from .team_open import open_team

    store, code = open_team(location, quiet=exit_after_show)
    if store is None:
        return code
    window = MainWindow(location.path, ui_settings=settings)  # no file backups on exit
    window.start_prompts = not exit_after_show
    watcher = _ShownWatcher(app)
    if exit_after_show:
        window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
    QTimer.singleShot(0, lambda: window.use_store(store))
    try:
        return app.exec()
    finally:
        store.close()  # again after the window's own close: disposing twice is harmless
