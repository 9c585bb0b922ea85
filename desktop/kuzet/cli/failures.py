"""Failures no command foresaw, told in the officer's words: no traceback, no personal data.

``explain(exc)`` turns an exception that reached the top of ``kuzet`` into a message and
an exit code (the README's: 1 a check failed or was refused, 3 the database cannot be
opened or written, 4 busy). It never repeats the text of an unknown exception, which may
carry the values of a row (an IIN, a name); SQL errors carry none (``hide_parameters``).
``KUZET_DEBUG=1`` prints the traceback as well, for a developer.
"""

from __future__ import annotations

import csv
import errno
import os
import shutil
import sqlite3
import traceback
from pathlib import Path

from ..i18n import tr

EXIT_PROBLEM = 1
EXIT_REFUSED = 3
EXIT_BUSY = 4
DEBUG_ENV = "KUZET_DEBUG"
FULL_BELOW = 1024 * 1024  # free bytes under which a disk counts as the full one

_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
_CHECKER_MODULE = "kuzet.registers.mining.import_checker"


def explain(exc: BaseException, argv: list[str] | None = None) -> tuple[str, int]:
    """(message, exit code) for ``exc``; ``argv`` names the paths a full disk may be under."""
    from ..registers.system.permissions import PermissionRefused
    from ..store.audit import NotSignedIn

    if isinstance(exc, NotSignedIn | PermissionRefused):  # nothing was written
        return str(exc), EXIT_PROBLEM
    database_error = _sqlite_error(exc)
    if database_error is not None:
        return _database(database_error)
    if isinstance(exc, MemoryError):
        return tr("Kuzet ran out of memory; nothing more was written."), EXIT_PROBLEM
    if isinstance(exc, OSError):
        return _os(exc, argv or [])
    if isinstance(exc, csv.Error):
        return (
            tr(
                "The CSV file cannot be read: a field is larger than Kuzet reads, or a quote "
                "is not closed. Nothing was imported."
            ),
            EXIT_PROBLEM,
        )
    if _raised_in(exc, _CHECKER_MODULE):
        return (
            tr(
                "The process checking the file stopped before it finished; nothing was "
                "imported. Run the import again."
            ),
            EXIT_PROBLEM,
        )
    return (
        tr(
            "Kuzet stopped on an unexpected error ({kind}); nothing more was written. "
            "Run the command again with {env}=1 to see the details."
        ).format(kind=type(exc).__name__, env=DEBUG_ENV),
        EXIT_PROBLEM,
    )


def show_traceback() -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind ``exc`` (SQLAlchemy wraps it as ``orig``)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, sqlite3.Error):
            return current
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
        seen += 1
    return None


def _database(exc: sqlite3.Error) -> tuple[str, int]:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return (
            tr(
                "The database cannot be written: the file or its folder is read-only. Nothing "
                "was changed. Commands that only read (verify, export, pack) still work."
            ),
            EXIT_REFUSED,
        )
    if "full" in text:
        return (
            tr(
                "The disk holding the database is full; nothing was changed. Free some space "
                "there and try again."
            ),
            EXIT_PROBLEM,
        )
    if "locked" in text or "busy" in text:
        return (
            tr("Another program is writing to the database; try again when it has finished."),
            EXIT_BUSY,
        )
    if "malformed" in text or "not a database" in text or "disk image" in text:
        return (
            tr(
                "The database file is damaged and cannot be used; nothing was changed. Restore "
                "the last backup (kuzet restore) and run kuzet verify."
            ),
            EXIT_REFUSED,
        )
    if "unable to open" in text or "disk i/o" in text:
        return (
            tr("The database file cannot be opened or read (a disk or permission problem)."),
            EXIT_REFUSED,
        )
    return (
        tr("The database refused the change ({kind}); nothing was changed.").format(
            kind=type(exc).__name__
        ),
        EXIT_PROBLEM,
    )


def _full_disk_of(argv: list[str]) -> str:
    """The first path of the command line whose disk has (almost) no room left."""
    for word in argv:
        text = word.split("=", 1)[1] if word.startswith("--") and "=" in word else word
        if text.startswith("-") or not text:
            continue
        folder = Path(text).parent
        try:
            if folder.is_dir() and shutil.disk_usage(folder).free < FULL_BELOW:
                return text
        except OSError:
            continue
    return ""


def _os(exc: OSError, argv: list[str]) -> tuple[str, int]:
    where = str(exc.filename or "") or (_full_disk_of(argv) if exc.errno in _FULL else "")
    if exc.errno in _FULL:
        if where:
            message = tr(
                "There is no room left to write {path}: its disk is full (or the file is "
                "larger than that disk allows). Free space there or choose another place."
            ).format(path=where)
        else:
            message = tr(
                "There is no room left where Kuzet was writing: that disk is full. Free space "
                "there or choose another place."
            )
        return message, EXIT_PROBLEM
    if exc.errno in _NOT_WRITABLE:
        return (
            tr("Kuzet may not write to {path} (read-only or no permission).").format(
                path=where or tr("the destination")
            ),
            EXIT_REFUSED,
        )
    return (
        tr("A file could not be read or written ({path}: {reason}).").format(
            path=where or tr("unknown"), reason=exc.strerror or type(exc).__name__
        ),
        EXIT_PROBLEM,
    )


def _raised_in(exc: BaseException, module: str) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return False
    path = frames[-1].filename.replace(os.sep, "/")
    return path.endswith("/" + module.replace(".", "/") + ".py")
