"""The window on a team database paints first, then connects (issue #18).

``kuzet gui --db postgresql+psycopg://…`` shows the window at once with "Connecting to
host/database…" in place of the pages; right after the first paint a thread imports the
database layer, connects, checks the schema and loads the rule pack
(``team_open.open_store``). Back on the GUI thread: the pages are shown and the server
login is signed in (``MainWindow.use_store``); a password the server asks for is asked in
the dialog and the connection tried again; a refused connection or an older or newer
schema is said ("ask your administrator") and the window closes; ``run_gui`` then exits
with code 3, as the command line does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ..i18n import tr
from ..store.location import DatabaseLocation, password_for, use_password
from .team_open import EXIT_CANNOT_OPEN, server_name


class _Connector(QThread):
    """Opens the store off the GUI thread: ``opened(store)`` or ``failed(exception)``."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, location: DatabaseLocation, parent: Any = None) -> None:
        super().__init__(parent)
        self.location = location
        self.store: Any = None  # opened, until the window takes it

    def run(self) -> None:
        from .team_open import open_store  # off the GUI thread: start-up time

        try:
            store = open_store(self.location)
        except Exception as exc:  # said on the GUI thread (``TeamStart._failed``)
            self.failed.emit(exc)
        else:
            self.store = store
            self.opened.emit(store)


class TeamStart(QObject):
    """Connects ``window`` to the team database at ``location`` once it is on screen.
    ``ask(location, problem)`` returns (password, remember) or None (cancelled): the
    password dialog by default. ``code`` is the exit code once it gave up (3)."""

    finished = Signal(int)  # 0: the pages are shown; 3: refused or cancelled

    def __init__(self, window: Any, location: DatabaseLocation, ask: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.location = location
        self.ask = ask
        self.code: int | None = None
        self.remember = False
        self._connector: _Connector | None = None
        server = server_name(location)
        window.db_label.setText(tr("Team database: {server}").format(server=server))
        window.placeholder.setText(tr("Connecting to {server}…").format(server=server))
        window.state_label.setText(tr("Connecting…"))

    def connect(self) -> None:
        if self._connector is not None:
            return
        self._connector = _Connector(self.location, self)
        self._connector.opened.connect(self._opened)
        self._connector.failed.connect(self._failed)
        self._connector.start()

    def wait(self) -> None:
        """Let a connection under way finish (on exit); an unused store is closed."""
        connector = self._connector
        if connector is not None:
            connector.wait()
            if connector.store is not None:  # opened after the window closed
                connector.store.close()
                connector.store = None

    def _done_connecting(self) -> None:
        if self._connector is not None:
            self._connector.wait()
            self._connector.deleteLater()
            self._connector = None

    def _opened(self, store: Any) -> None:
        if self._connector is not None:
            self._connector.store = None  # taken here
        self._done_connecting()
        if self.code is not None or not self.window.isVisible():  # closed meanwhile
            store.close()
            return
        if self.remember:
            from .team_open import remember_password

            remember_password(self.location, password_for(self.location) or "")
        self.window.use_store(store)
        self.code = 0
        self.finished.emit(0)

    def _failed(self, exc: BaseException) -> None:
        from .team_open import ask_password, problem_of

        self._done_connecting()
        if self.code is not None or not self.window.isVisible():
            return
        kind, message = problem_of(self.location, exc)
        if kind == "refuse":
            self._give_up(message)
            return
        self.window.state_label.setText(tr("Waiting for the password…"))
        ask = self.ask or (lambda where, problem: ask_password(where, problem, self.window))
        answer = ask(self.location, message)
        if answer is None:  # cancelled: nothing opened
            use_password(self.location, None)
            self._close(EXIT_CANNOT_OPEN)
            return
        password, self.remember = answer
        use_password(self.location, password)
        self.window.state_label.setText(tr("Connecting…"))
        self.connect()

    def _give_up(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only on refusal

        self.window.state_label.setText(tr("Cannot open the database"))
        self.window.placeholder.setText(message)
        QMessageBox.critical(self.window, tr("Kuzet cannot open this database"), message)
        self._close(EXIT_CANNOT_OPEN)

    def _close(self, code: int) -> None:
        """Close the window: the app quits with it, and ``run_gui`` returns ``code``."""
        self.code = code
        self.finished.emit(code)
        self.window.close()
