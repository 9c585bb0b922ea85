"""One writer per database file: OS file locks, held while writing.

The window holds the lock for its whole life; a command line that writes takes it for
the length of the command; a command that only reads never takes it. Two advisory OS
locks make one write lock (``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows), both released by the operating system when their holder exits, even after a
crash, so a stale lock file never blocks anyone:

* ``<database>.lock`` beside the database: the name's lock, which also holds on a folder
  shared between computers and across a restore that puts a new file under the name;
* ``<data dir>/locks/<device>-<inode>.lock``: the file's own lock, keyed on the database
  file itself, so a second writer reaching the same file through another name (a hard
  link, another path to it) is refused too.

Both files name the holder (program, process, user, host, since when), so a refusal can
say who has the database open. Lock files are created private (0600).

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


def file_lock_path(database: Path) -> Path:
    """The lock keyed on the database file itself (device and inode), whatever its name.

    The file is created empty (0600) if it does not exist yet: a new database is an empty
    file to SQLite, and the key must exist before anyone writes to it. A ``WriteLock`` that
    made it removes it again on release if nothing was written to it.
    """
    from ..paths import locks_dir
    from .private import create_private_file

    database = Path(database)
    create_private_file(database)
    info = os.stat(database)
    return locks_dir() / f"{info.st_dev:x}-{info.st_ino:x}.lock"


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
        # A team database (a URL) has no file to lock: the server serialises its writers
        # (the chain head, advisory locks for long jobs); a URL never becomes a path here.
        self.team = "://" in str(database)
        self.database = Path(database)
        self.program = program
        self._handles: list[IO[bytes]] = []
        self._made_file = False  # the empty database file was made to key the lock on
        self._since = ""  # when it was taken, kept when the holder is written again

    @property
    def path(self) -> Path:
        return lock_path(self.database)

    @property
    def held(self) -> bool:
        return self.team or bool(self._handles)

    def acquire(self) -> WriteLock:
        """Take the lock now or raise ``DatabaseBusy`` naming the holder (never waits)."""
        if self._handles or self.team:
            return self
        name_lock = _take(self.path)
        if name_lock is None:
            raise DatabaseBusy(self.database, read_holder(self.database))
        try:
            self._made_file = not self.database.exists()
            key = file_lock_path(self.database)
            key.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            file_lock = _take(key)
        except BaseException:
            _let_go(name_lock)
            raise
        if file_lock is None:  # the same file is open for writing under another name
            _let_go(name_lock)
            holder = _parse_holder(key)
            holder.setdefault("program", tr("another program, through another name of this file"))
            raise DatabaseBusy(self.database, holder)
        self._handles = [name_lock, file_lock]
        self._since = ""
        self._write_holder()
        return self

    def refresh_holder(self) -> None:
        """Write the holder again (the window took its lock before anyone signed in: once
        an officer has, a refusal names them, not the computer's account)."""
        if self.held:
            self._write_holder()

    def release(self) -> None:
        handles, self._handles = self._handles, []
        if handles and self._made_file:
            _remove_if_empty(self.database)  # made only to key the lock: nothing written
        for handle in handles:
            _let_go(handle)

    def _write_holder(self) -> None:
        import time

        self._since = self._since or time.strftime("%d.%m.%Y %H:%M")
        holder = {
            "program": self.program,
            "pid": os.getpid(),
            "user": _user(),
            "host": _host(),
            "since": self._since,
        }
        # "key: value" lines, not JSON: the window takes this lock on its start-up path.
        text = "".join(
            f"{key}: {str(value).replace(chr(10), ' ')}\n" for key, value in holder.items()
        )
        for handle in self._handles:
            handle.seek(0)
            handle.truncate()
            handle.write(text.encode("utf-8"))
            handle.flush()

    def __enter__(self) -> WriteLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


def read_holder(database: Path) -> dict[str, Any]:
    """Who holds (or last held) the lock, as written in the lock file; {} if unknown."""
    return _parse_holder(lock_path(database))


def _parse_holder(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    holder: dict[str, Any] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in ("program", "pid", "user", "host", "since"):
            holder[key] = value
    return holder


def _take(path: Path) -> IO[bytes] | None:
    """The lock file ``path`` opened (0600) and locked, or None if someone holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    handle = os.fdopen(fd, "r+b")
    try:
        _lock(handle)
    except OSError:
        handle.close()
        return None
    _private(path)
    return handle


def _let_go(handle: IO[bytes]) -> None:
    """Empty the holder text and release one lock file."""
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


def _remove_if_empty(database: Path) -> None:
    try:
        if database.stat().st_size == 0:
            database.unlink()
    except OSError:
        pass


def _private(path: Path) -> None:
    import contextlib

    if os.name == "posix":  # not ours to change (another user's file): the lock still works
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def is_locked(database: Path) -> bool:
    """Whether some program holds the lock now, under this name or through another name of
    the same file (tries each and lets go at once)."""
    paths = [lock_path(database)]
    if Path(database).exists():
        paths.append(file_lock_path(database))
    for path in paths:
        if not path.exists():
            continue
        with open(path, "rb") as handle:
            try:
                _lock(handle)
            except OSError:
                return True
            _unlock(handle)
    return False


def _user() -> str:
    """Who holds the lock: the signed-in officer when there is one (who acted), else the
    OS account. Never USER/USERNAME from the environment, which anyone can set."""
    audit = sys.modules.get(__package__ + ".audit")  # nobody signs in before it loads:
    if audit is not None:  # importing it here would cost the window's start-up time
        try:
            return str(audit.current_actor())
        except audit.NotSignedIn:
            pass
    return os_account()


def os_account() -> str:
    """The operating-system account this process runs as, from the account database
    (``pwd`` on POSIX; on Windows ``getpass``, the logon name); "" when unknown."""
    if sys.platform != "win32":
        import pwd

        try:
            return pwd.getpwuid(os.getuid()).pw_name
        except (KeyError, OSError):
            return ""
    import getpass  # pragma: no cover - the Windows build

    try:  # pragma: no cover
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover
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
