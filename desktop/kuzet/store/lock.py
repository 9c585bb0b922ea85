"""One writer per database: an OS file lock beside the database file, held while writing.

The window holds the lock for its whole life; a command line that writes takes it for
the length of the command. The lock is an advisory OS lock on ``<database>.lock``
(``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows), so it is released by
the operating system when its holder exits, even after a crash: a stale lock file never
blocks anyone. The file also names the holder (program, process, user, host, since when),
so a refusal can say who has the database open.

No Qt here: the core, the CLI and the window share this module. It is on the window's
start-up path, so it imports only what taking the lock needs; the rest is imported when
used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

from ..i18n import tr

# Windows locks a byte range; we lock one byte far past the holder text, so the text
# stays readable by the process that is refused.
_WINDOWS_LOCK_OFFSET = 1 << 20


class DatabaseBusy(Exception):
    """Another program holds the database's write lock. ``holder`` says who, if known."""

    def __init__(self, database: Path, holder: dict[str, Any] | None) -> None:
        self.database = database
        self.holder = holder or {}
        super().__init__(describe_busy(database, self.holder))


def lock_path(database: Path) -> Path:
    """The lock file that belongs to one database file."""
    return database.with_name(database.name + ".lock")


def describe_holder(holder: dict[str, Any]) -> str:
    if not holder:
        return tr("another program")
    parts = [str(holder.get("program") or tr("another program"))]
    if holder.get("pid"):
        parts.append(tr("process {pid}").format(pid=holder["pid"]))
    who = "@".join(str(holder[k]) for k in ("user", "host") if holder.get(k))
    if who:
        parts.append(who)
    if holder.get("since"):
        parts.append(tr("since {since}").format(since=holder["since"]))
    return ", ".join(parts)


def describe_busy(database: Path, holder: dict[str, Any]) -> str:
    return tr(
        "{database} is already open for writing by {holder}. Close it there (or wait for "
        "that command to finish) and try again; two writers on one database are not allowed."
    ).format(database=database, holder=describe_holder(holder))


class WriteLock:
    """The write lock on one database; ``acquire`` or use as a context manager."""

    def __init__(self, database: Path, program: str = "kuzet") -> None:
        self.database = Path(database)
        self.program = program
        self._handle: IO[bytes] | None = None

    @property
    def path(self) -> Path:
        return lock_path(self.database)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> WriteLock:
        """Take the lock now or raise ``DatabaseBusy`` naming the holder (never waits)."""
        if self._handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115  (held open for the lock's life)
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DatabaseBusy(self.database, read_holder(self.database)) from None
        self._handle = handle
        self._write_holder()
        return self

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
        except OSError:
            pass
        try:
            _unlock(handle)
        finally:
            handle.close()

    def _write_holder(self) -> None:
        import time

        assert self._handle is not None
        holder = {
            "program": self.program,
            "pid": os.getpid(),
            "user": _user(),
            "host": _host(),
            "since": time.strftime("%d.%m.%Y %H:%M"),
        }
        # "key: value" lines, not JSON: the window takes this lock on its start-up path.
        text = "".join(
            f"{key}: {str(value).replace(chr(10), ' ')}\n" for key, value in holder.items()
        )
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(text.encode("utf-8"))
        self._handle.flush()

    def __enter__(self) -> WriteLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def read_holder(database: Path) -> dict[str, Any]:
    """Who holds (or last held) the lock, as written in the lock file; {} if unknown."""
    try:
        text = lock_path(database).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    holder: dict[str, Any] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in ("program", "pid", "user", "host", "since"):
            holder[key] = value
    return holder


def is_locked(database: Path) -> bool:
    """Whether some program holds the lock now (tries it and lets go at once)."""
    path = lock_path(database)
    if not path.exists():
        return False
    with open(path, "a+b") as handle:
        try:
            _lock(handle)
        except OSError:
            return True
        _unlock(handle)
    return False


def _user() -> str:
    name = os.environ.get("USER") or os.environ.get("USERNAME")
    if name:
        return name
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _host() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        # flock, not lockf: flock locks belong to the open file, so a second open in the
        # same process is refused too (lockf locks are per process and would let it in).
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
