"""``kuzet gui --tour DIR``: open every screen of the window on a database, save a PNG of
each and write what each shows to ``DIR/tour.json``; for translators, documentation and QA.

The window is built as ``kuzet gui`` builds it, at the tour's size; each screen is opened
through the page method a click runs, captured with ``QWidget.grab()``, and (a dialog)
closed again without saving. Nothing is written to the database by the tour itself.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ...store.files import atomic_write_bytes
from ...store.lock import DatabaseBusy
from ...store.schema import SchemaError, SchemaState, inspect_schema, prepare
from ..i18n_qt import apply_language, current_language
from ..launch import make_app
from ..main_window import MainWindow
from ..single_instance import InstanceGuard
from .screens import DIALOG, Screen, plan
from .texts import visible_texts

EXIT_DONE, EXIT_FAILED, EXIT_CANNOT_OPEN, EXIT_BUSY = 0, 1, 3, 4
DEFAULT_SIZE = (1366, 768)
STORE_TIMEOUT_S = 120


def parse_size(text: str) -> tuple[int, int]:
    """``"1366x768"`` as (width, height); ValueError if it is not that."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 200:
        raise ValueError(f"not a size like 1366x768: {text!r}")
    if int(height) < 200:
        raise ValueError(f"not a size like 1366x768: {text!r}")
    return int(width), int(height)


def pump(app: QApplication, rounds: int = 3) -> None:
    """Let the window settle: events, then any background task, then their results."""
    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()


def _shown_windows(app: QApplication) -> list[QWidget]:
    return [w for w in app.topLevelWidgets() if w.isVisible()]


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def _file_name(number: int, screen: Screen) -> str:
    return f"{number:02d}-{screen.id}.png" if number < 100 else f"{number}-{screen.id}.png"


class Tour:
    """One tour over an open window: ``run`` captures each planned screen in turn."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        out: Path,
        size: tuple[int, int],
        say: Callable[[str], None],
    ) -> None:
        self.app = app
        self.window = window
        self.out = out
        self.size = size
        self.say = say
        self.entries: list[dict[str, Any]] = []
        self.failed: list[str] = []

    def run(self) -> None:
        screens = plan(self.window)
        pump(self.app)
        for number, screen in enumerate(screens, start=1):
            self.say(f"{number}/{len(screens)} {screen.title}")
            try:
                self.capture(number, screen)
            except Exception as exc:  # named in stderr; the tour goes on, then exits 1
                self.failed.append(screen.id)
                self.say(f"FAILED {screen.id}: {type(exc).__name__}: {exc}")
                if os.environ.get("KUZET_DEBUG"):
                    self.say(traceback.format_exc())

    def capture(self, number: int, screen: Screen) -> None:
        app = self.app
        before = {id(w) for w in _shown_windows(app)}
        opened = screen.open()
        pump(app)
        new = [w for w in _shown_windows(app) if id(w) not in before]
        try:
            target = self._target(screen, opened, new)
            path = self.out / _file_name(number, screen)
            if not target.grab().save(str(path)):
                raise OSError(f"cannot write {path}")
            owners: dict[str, str] = {}
            texts = visible_texts(target, owners)
            self.entries.append(
                {
                    "id": screen.id,
                    "title": screen.title,
                    "kind": screen.kind,
                    "width": target.width(),
                    "height": target.height(),
                    "png": path.name,
                    "texts": texts,
                    "owners": owners,  # text -> objectName of the widget showing it
                }
            )
        finally:
            if screen.closes:
                for widget in reversed(new):
                    _close(widget)
                pump(app, rounds=1)

    def _target(self, screen: Screen, opened: Any, new: list[QWidget]) -> QWidget:
        shown = isinstance(opened, QDialog) and opened.isVisible()
        if shown and type(opened).__name__ != "QMessageBox":
            return opened  # a dialog, or a page's tab in a dialog (the customer file)
        if screen.kind != DIALOG:
            if new:  # a page opened a message box or a dialog of its own
                raise RuntimeError(f"a window opened: {new[-1].windowTitle()!r}")
            return self.window
        dialogs = [w for w in new if isinstance(w, QDialog)]
        real = [w for w in dialogs if type(w).__name__ != "QMessageBox"]
        if real:
            return real[-1]
        if dialogs:
            raise RuntimeError(f"a message instead of the dialog: {visible_texts(dialogs[-1])}")
        raise RuntimeError("no dialog opened")

    def document(self, database: Path) -> dict[str, Any]:
        return {
            "language": current_language(),
            "size": list(self.size),
            "database": str(database),
            "screens": self.entries,
            "failed": self.failed,
        }


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def open_window(app: QApplication, path: Path, size: tuple[int, int], folder: Path) -> MainWindow:
    """The main window on ``path`` at ``size``, its store open (its settings kept in
    ``folder``, so the user's window geometry is neither read nor changed)."""
    settings = QSettings(str(folder / "tour-ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(path, ui_settings=settings)
    window.resize(*size)
    window.show()
    window.load_store()
    deadline = time.monotonic() + STORE_TIMEOUT_S
    while window.desk is None and time.monotonic() < deadline:
        if window.state_label.text() and window.store is None and window._loader is None:
            break
        app.processEvents()
        time.sleep(0.01)
        if window._loader is not None and window._loader.isFinished():
            app.processEvents()
    if window.desk is None:
        raise SchemaError(window.state_label.text() or f"cannot open {path}")
    window.resize(*size)
    pump(app)
    return window


def run_tour(
    database: Path,
    out: Path,
    language: str = "en",
    size: tuple[int, int] = DEFAULT_SIZE,
    say: Callable[[str], None] = _say,
) -> int:
    """Tour the window on ``database`` in ``language``; PNGs and tour.json in ``out``.
    0 when every screen opened, 1 when one failed (named through ``say``), 3 when the
    database cannot be opened, 4 when it is open in another window."""
    app = make_app()
    apply_language(language)
    out.mkdir(parents=True, exist_ok=True)
    guard = InstanceGuard(database)
    try:
        guard.claim()
    except DatabaseBusy as busy:
        say(f"The database is open in another window: {busy}")
        return EXIT_BUSY
    try:
        try:
            if inspect_schema(database).state is not SchemaState.CURRENT:
                prepare(database)
        except SchemaError as exc:
            say(str(exc))
            return EXIT_CANNOT_OPEN
        with tempfile.TemporaryDirectory(prefix="kuzet-tour-") as folder:
            try:
                window = open_window(app, database, size, Path(folder))
            except SchemaError as exc:
                say(str(exc))
                return EXIT_CANNOT_OPEN
            tour = Tour(app, window, out, size, say)
            try:
                tour.run()
            finally:
                window.close()
                pump(app, rounds=1)
        document = json.dumps(tour.document(database), ensure_ascii=False, indent=1)
        atomic_write_bytes(out / "tour.json", document.encode("utf-8"))
        say(f"{len(tour.entries)} screens in {out}")
        return EXIT_FAILED if tour.failed else EXIT_DONE
    finally:
        guard.release()
