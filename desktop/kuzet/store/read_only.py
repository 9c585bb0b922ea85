"""A database Kuzet cannot write to: a read-only file, folder or medium, still readable.

SQLite in WAL mode needs its ``-shm`` index beside the database even to read; in a folder
it cannot write to and with no index left there, an ordinary (even ``mode=ro``) open fails
with "attempt to write a readonly database". Such a file is opened as an unchanging one
(``immutable=1``): nothing can write to it through this program, and the folder refuses
everyone else's companions too. Where a ``-wal`` with content was left beside it, the
file is opened ``mode=ro`` instead, so those last transactions are read, not skipped.

Standard library only: ``schema.py`` checks revisions with it on the start-up path.
"""

from __future__ import annotations

import os
from pathlib import Path


def cannot_write(database: Path) -> bool:
    """Whether ``database`` exists and this process may not write it or its folder."""
    database = Path(database)
    if not database.exists():
        return False
    return not (os.access(database, os.W_OK) and os.access(database.parent, os.W_OK))


def sqlite_uri(database: Path, read_only: bool = False) -> str:
    """The ``file:`` URI to open ``database`` with (``read_only``: never writes)."""
    uri = Path(database).resolve().as_uri()
    if not (read_only or cannot_write(database)):
        return uri
    if cannot_write(database) and not _wal_with_content(database):
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro"


def _wal_with_content(database: Path) -> bool:
    wal = database.with_name(database.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False
