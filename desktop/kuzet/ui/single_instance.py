"""One window per database: a second start brings the first window forward.

The write lock (``kuzet.store.lock``) decides who is first: the window that holds it
listens on a local socket (``QLocalServer``) named after the database file. A second
start finds the lock taken and asks that socket to bring its window forward; if nobody
answers (the lock is held by a command-line import, or by Kuzet on another computer
sharing the folder), it says the database is already open and by whom. Two writers
never run on one database.

The socket is opened only after the first window is on screen, so a normal start does
not pay for importing Qt's network module.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..i18n import tr
from ..store.lock import DatabaseBusy, WriteLock, os_account, read_holder

RAISE = b"raise\n"
ANSWER = b"ok\n"
WAIT_MS = 1500


def server_name(database: Path) -> str:
    """The local socket's name: one per user and database file."""
    import hashlib

    user = os_account()  # the OS account, never USER from the environment
    key = f"{user}\0{os.path.normcase(Path(database).resolve())}"
    return "kuzet-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def ask_first_window(database: Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the window that has ``database`` open to come forward; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(RAISE)
    socket.flush()  # writes now; waitForBytesWritten would then report "nothing left"
    answered = False
    if socket.waitForReadyRead(wait_ms):
        answered = bytes(socket.readAll().data()).startswith(ANSWER.strip())
    socket.disconnectFromServer()
    return answered


class InstanceGuard(QObject):
    """Holds the write lock for the window's life and answers later starts."""

    activated = Signal()  # a second start asked this window to come forward

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.lock = WriteLock(self.database, program=tr("the Kuzet window"))
        self.server = None

    def claim(self) -> None:
        """Take the write lock or raise ``DatabaseBusy``."""
        self.lock.acquire()

    def listen(self) -> bool:
        """Answer later starts (call once the window is shown; needs the lock)."""
        from PySide6.QtNetwork import QLocalServer

        if not self.lock.held or self.server is not None:
            return self.server is not None
        name = server_name(self.database)
        # We hold the lock, so no live window owns this name: a socket file left by a
        # crashed window is stale and is removed.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            return False
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket) -> None:  # socket: QLocalSocket
        data = bytes(socket.readAll().data())
        if RAISE.strip() in data:
            socket.write(ANSWER)
            socket.flush()
            self.activated.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def already_open_message(database: Path, error: DatabaseBusy | None = None) -> str:
    """What a second start says when the first window did not answer."""
    holder = error.holder if error is not None else read_holder(database)
    return str(DatabaseBusy(database, holder))
