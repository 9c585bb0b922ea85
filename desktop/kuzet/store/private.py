"""Private files: Kuzet's folders are 0700 and its files 0600, new or found otherwise.

Every local user could otherwise read every KYC record. The database file is created 0600
before SQLite first opens it (SQLite gives its WAL and shared-memory files the database
file's mode); ``tighten`` runs whenever a store opens, so an installation made by an older
Kuzet (0755 folders, 0644 files) is closed up the first time it is opened again.

Only what Kuzet owns is touched: the data directory, the database and its companions
(``-wal``, ``-shm``, ``-journal``, ``.lock``), its vault and backups folders and their
files, and the lock folder. A database kept elsewhere (``--db ~/firm.sqlite``) has its own
files tightened, never the folder it sits in. A change the operating system refuses (a
read-only medium, a file of another user) is skipped: reading stays possible.
POSIX only; on Windows the per-user profile folder is already private.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ..paths import backups_dir, data_dir, locks_dir, vault_dir

FOLDER_MODE = 0o700
FILE_MODE = 0o600
COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) 0700, or tighten it if it exists."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _chmod(path, FOLDER_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if it does not exist (before SQLite opens it)."""
    if path.exists():
        return
    if path.parent == data_dir():
        private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def tighten(database: Path) -> None:
    """Make the database's files 0600 and Kuzet's folders 0700 (what the OS allows)."""
    if os.name != "posix":
        return
    database = Path(database)
    home = data_dir()
    if database.parent == home and home.is_dir():
        _chmod(home, FOLDER_MODE)
    for name in ("", *COMPANIONS):
        _chmod(database.with_name(database.name + name), FILE_MODE)
    for folder in (vault_dir(database), backups_dir(database), locks_dir()):
        _tighten_tree(folder)


def _tighten_tree(folder: Path) -> None:
    """A folder and everything in it; a folder already 0700 is not walked again (nobody
    else can reach what is inside it), so a vault of many documents opens fast."""
    try:
        info = folder.lstat()
    except OSError:
        return
    if not stat.S_ISDIR(info.st_mode) or stat.S_IMODE(info.st_mode) == FOLDER_MODE:
        return
    _chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root) / name, FOLDER_MODE)
        for name in files:
            _chmod(Path(root) / name, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        info = path.lstat()
    except OSError:
        return  # not there
    if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) == mode:
        return  # a link is not followed; a private file is left alone (no write on open)
    with contextlib.suppress(OSError):  # read-only medium, another user's file
        os.chmod(path, mode)
