"""Where the vault's ciphertext is kept: a small blob-store interface, two stores.

* ``FileBlobs`` (SQLite mode): ``<vault dir>/<2 hex>/<blob name>.kzv``, as before issue
  #18, written atomically and never overwritten in place. A rotation stages the new
  ciphertext as ``….kzv.next`` and swaps it in when the database transaction commits (and
  drops it on rollback); a reader that finds ``.kzv`` unreadable tries ``.kzv.next``, so a
  crash between the commit and the swap loses nothing.
* ``TableBlobs`` (PostgreSQL team mode): the ``vault_blob`` table. A new blob is written
  in its own short transaction before the document's row (as a file is), and removed by
  ``delete`` if that row's transaction fails; ``replace`` writes inside the caller's
  transaction, so a rotation is all or nothing.

Only ciphertext passes through here: encryption happens in ``store/vault.py`` on the
officer's computer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete, event, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from ..paths import vault_dir
from .files import atomic_write_bytes
from .models.vault_team import VaultBlob

BLOB_SUFFIX = ".kzv"
STAGED_SUFFIX = ".next"


class BlobMissing(Exception):
    """No blob of that name (``where`` says where it was looked for)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


# A check run before a new blob is written (and on PostgreSQL in the same transaction):
# raises when the blob must not be written (``store/vault.py``: the key was rotated).
Fence = Callable[[Connection], None]


class BlobStore(Protocol):
    def write(self, name: str, data: bytes, fence: Fence | None = None) -> None: ...
    def read(self, name: str) -> bytes: ...
    def staged(self, name: str) -> bytes | None: ...
    def delete(self, name: str) -> None: ...
    def names(self, session: Session) -> list[str]: ...
    def replace(self, session: Session, name: str, data: bytes) -> None: ...
    def where(self, name: str) -> str: ...


class FileBlobs:
    def __init__(self, directory: Path, engine: Engine | None = None) -> None:
        self.directory = directory
        self.engine = engine  # where a fence reads (None: no fence can run)

    def path_of(self, name: str) -> Path:
        return self.directory / name[:2] / f"{name}{BLOB_SUFFIX}"

    def where(self, name: str) -> str:
        return str(self.path_of(name))

    def write(self, name: str, data: bytes, fence: Fence | None = None) -> None:
        if fence is not None and self.engine is not None:
            with self.engine.connect() as conn:
                fence(conn)
        atomic_write_bytes(self.path_of(name), data)

    def read(self, name: str) -> bytes:
        try:
            return self.path_of(name).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(self.where(name)) from None

    def staged(self, name: str) -> bytes | None:
        path = self._staged_path(name)
        return path.read_bytes() if path.exists() else None

    def delete(self, name: str) -> None:
        self.path_of(name).unlink(missing_ok=True)

    def names(self, session: Session) -> list[str]:
        if not self.directory.is_dir():
            return []
        return sorted(p.name[: -len(BLOB_SUFFIX)] for p in self.directory.glob(f"*/*{BLOB_SUFFIX}"))

    def _staged_path(self, name: str) -> Path:
        path = self.path_of(name)
        return path.with_name(path.name + STAGED_SUFFIX)

    def replace(self, session: Session, name: str, data: bytes) -> None:
        """Stage ``data``; it replaces the blob when ``session``'s transaction commits."""
        staged = self._staged_path(name)
        atomic_write_bytes(staged, data)
        target = self.path_of(name)

        def swap(_session: Session) -> None:
            if staged.exists():
                os.replace(staged, target)

        def drop(_session: Session) -> None:
            staged.unlink(missing_ok=True)

        event.listen(session, "after_commit", swap, once=True)
        event.listen(session, "after_rollback", drop, once=True)


class TableBlobs:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def where(self, name: str) -> str:
        return f"vault_blob {name}"

    def write(self, name: str, data: bytes, fence: Fence | None = None) -> None:
        with self.engine.begin() as conn:
            if fence is not None:
                fence(conn)
            conn.execute(insert(VaultBlob.__table__).values(name=name, data=data))

    def read(self, name: str) -> bytes:
        table = VaultBlob.__table__
        with self.engine.connect() as conn:
            data = conn.execute(select(table.c.data).where(table.c.name == name)).scalar()
        if data is None:
            raise BlobMissing(self.where(name))
        return bytes(data)

    def staged(self, name: str) -> bytes | None:
        return None

    def delete(self, name: str) -> None:
        table = VaultBlob.__table__
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.name == name))

    def names(self, session: Session) -> list[str]:
        table = VaultBlob.__table__
        query = select(table.c.name).order_by(table.c.name)
        return list(session.connection().execute(query).scalars())

    def replace(self, session: Session, name: str, data: bytes) -> None:
        table = VaultBlob.__table__
        session.connection().execute(update(table).where(table.c.name == name).values(data=data))


def blob_store(session: Session, database: Path) -> BlobStore:
    """The store for ``session``'s database: a table on PostgreSQL, files otherwise
    (``database`` is the path the vault directory derives from)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine.dialect.name == "postgresql":
        return TableBlobs(engine)
    return FileBlobs(vault_dir(database), engine)
