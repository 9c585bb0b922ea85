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
from .i18n_qt import apply_language, effective_language
from .main_window import MainWindow
from .single_instance import InstanceGuard, already_open_message, ask_first_window
from .style import stylesheet

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

EXIT_BUSY = 4  # as the command line's: the database is open elsewhere
EXIT_CANNOT_OPEN = 3  # as the command line's: the database cannot be opened


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

    def __init__(self, app: QApplication, quit_after: bool = True) -> None:
        super().__init__()
        self.app = app
        self.quit_after = quit_after  # False: the window quits after its own post-paint work
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.done = True
            print(f"{startup.elapsed_ms():.0f}", flush=True)
            if self.quit_after:
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
    # The database is checked, created or upgraded once the window is up: by the store's
    # loader thread (a refusal is said and the window closes with exit code 3), or right
    # after the first paint with --exit-after-show (``_check_schema``).
    window = MainWindow(path, ui_settings=settings, backup_on_exit=not exit_after_show)
    guard.activated.connect(window.bring_forward)
    window.store_refused.connect(lambda _message: app.exit(EXIT_CANNOT_OPEN))
    window.officer_shown.connect(guard.lock.refresh_holder)  # "busy" names the officer
    window.start_prompts = not exit_after_show
    watcher = _ShownWatcher(app, quit_after=False)
    if exit_after_show:
        window.installEventFilter(watcher)
    # After the first paint, not before it: a zero timer set now would run first (the
    # platform's expose comes later), and the loader thread would hold the interpreter
    # while the window paints.
    window.after_first_paint(lambda: app.setWindowIcon(app_icon()))  # the window takes it
    if exit_after_show:
        window.after_first_paint(app.quit)
    else:
        window.after_first_paint(window.load_store)
        window.after_first_paint(guard.listen)
    window.show()
    try:
        code = app.exec()
        return _check_schema(path) if exit_after_show and code == 0 else code
    finally:
        guard.release()


def _check_schema(path: Path) -> int:
    """What opening the store does to the file, without the window's pages: create a new
    database, back up and upgrade an older one, or refuse (said; exit code 3)."""
    from ..store.schema import SchemaError, SchemaState, inspect_schema, prepare

    try:
        if inspect_schema(path).state is not SchemaState.CURRENT:
            prepare(path)
    except SchemaError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_CANNOT_OPEN
    return 0


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
    from .team_start import TeamStart

    # The window first, saying "Connecting to host/db…"; the connection, the schema check
    # and the sign-in right after the first paint (ui/team_start.py).
    window = MainWindow(location.path, ui_settings=settings)  # no file backups on exit
    window.start_prompts = not exit_after_show
    start = TeamStart(window, location)
    watcher = _ShownWatcher(app)
    if exit_after_show:
        window.installEventFilter(watcher)
    window.after_first_paint(lambda: app.setWindowIcon(app_icon()))
    if not exit_after_show:
        window.after_first_paint(start.connect)  # a zero timer now would run before the paint
    window.show()
    try:
        code = app.exec()
    finally:
        start.wait()
    if exit_after_show and code == 0:  # what connecting says, without the pages
        from .team_open import open_team

        store, code = open_team(location, quiet=True)
        if store is not None:
            store.close()
    return start.code or code
