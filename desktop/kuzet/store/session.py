"""The open store: one database (an SQLite file or a team's PostgreSQL database), its
engine, its rule book and its transactions.

``reading()`` is one snapshot on both engines: SQLite's read transaction, and on
PostgreSQL ``REPEATABLE READ READ ONLY``, so a pack never mixes states.

The rule pack in force is the newest of the one shipped with the program and those
imported into the database (``kuzet rules update``, table ``rule_pack_version``): every
officer's Kuzet on the same database loads the same pack.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, select

from ..paths import rules_dir
from ..regime.rulepack import (
    Override,
    RuleBook,
    RulePack,
    RulePackError,
    coerce_value,
    load_pack,
    load_pack_texts,
    version_key,
)
from . import audit
from .db import make_engine
from .location import DatabaseLocation, parse_location, remember, write_connection_file
from .models import RuleOverride
from .models.rule_pack import RulePackVersion
from .pg import make_pg_engine
from .private import create_private_file, private_dir, tighten
from .restore_journal import recover
from .schema import prepare, prepare_team
from .scratch import sweep
from .unique import duplicate_of

_pack_cache: dict[str, RulePack] = {}
_imported_cache: dict[tuple[int, str], RulePack] = {}


def rule_pack(directory: Path | None = None) -> RulePack:
    """The rule pack (loaded and validated once per directory)."""
    directory = directory or rules_dir()
    key = str(directory)
    if key not in _pack_cache:
        _pack_cache[key] = load_pack(directory)
    return _pack_cache[key]


class Store:
    """An open Kuzet database. Create it with ``Store.open(path)``: an SQLite file, or a
    ``DatabaseLocation`` / URL (``store/location.py``) for a team's PostgreSQL database.

    ``path`` is the SQLite file, or for PostgreSQL the name in the database's own folder
    that its files (vault, backups, scratch) are kept beside; ``location`` says which."""

    def __init__(self, path: Path | str | DatabaseLocation, pack: RulePack | None = None) -> None:
        self.location = parse_location(path)
        self.path = self.location.path
        if self.location.is_postgresql:
            self.engine = make_pg_engine(self.location)
        else:
            self.engine = make_engine(self.path)
        remember(self.engine, self.location)
        self._shipped = pack  # None: the program's own (``rule_pack()``)
        self._pack: RulePack | None = None
        self.pack_problem = ""  # why an imported pack could not be used, if one could not
        audit.install_hooks()

    @classmethod
    def open(
        cls, path: Path | str | DatabaseLocation, pack: RulePack | None = None
    ) -> tuple[Store, str]:
        """Create, upgrade (after a backup) or refuse ``path``; then open it. Its files
        are made private first (0600, folders 0700: ``store/private.py``). A team
        database is created when empty and otherwise never migrated here
        (``schema.prepare_team``)."""
        location = parse_location(path)
        if location.is_postgresql:
            return cls._open_team(location, pack)
        path = location.path
        recover(path)  # finish or undo an interrupted restore (store/restore_journal.py)
        sweep(path.parent)  # scratch folders of killed commands (store/scratch.py)
        if not path.exists():
            create_private_file(path)
        tighten(path)
        outcome = prepare(path)
        if outcome != "schema is current":
            tighten(path)  # the pre-upgrade copy, the new WAL
        return cls(path, pack), outcome

    @classmethod
    def _open_team(cls, location: DatabaseLocation, pack: RulePack | None) -> tuple[Store, str]:
        private_dir(location.folder)
        sweep(location.folder)  # scratch folders of killed commands (store/scratch.py)
        store = cls(location, pack)
        try:
            outcome = prepare_team(store.engine, location.display())
        except BaseException:
            store.close()
            raise
        write_connection_file(location)  # so --db may name the folder's kuzet.pg too
        return store, outcome

    @property
    def pack(self) -> RulePack:
        """The pack in force: the newest of the shipped one and the imported ones."""
        if self._pack is None:
            shipped = self._shipped or rule_pack()
            imported = self._imported_pack()
            newer = imported is not None and _newer(imported, shipped)
            self._pack = imported if newer else shipped
        return self._pack

    def reload_pack(self) -> None:
        """Forget the pack in force (after an import), so the next use reads it again."""
        self._pack = None

    def _imported_pack(self) -> RulePack | None:
        try:
            with self.reading() as session:
                rows = session.exec(
                    select(RulePackVersion).where(RulePackVersion.retired_at.is_(None))
                ).all()
        except OperationalError:  # a database not yet upgraded to hold imported packs
            return None
        if not rows:
            return None
        row = max(rows, key=lambda r: (version_key(r.version), r.id or 0))
        return self._load_imported(row)

    def _load_imported(self, row: RulePackVersion) -> RulePack | None:
        cache_key = (int(row.id or 0), row.sha256)
        if cache_key not in _imported_cache:
            where = f"imported rule pack {row.version}"
            try:
                _imported_cache[cache_key] = load_pack_texts(
                    json.loads(row.files), where, sha256=row.sha256
                )
            except (RulePackError, ValueError) as exc:
                self.pack_problem = f"{where} cannot be used: {exc}"
                return None
        return _imported_cache[cache_key]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or rolls back whole."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except IntegrityError as exc:  # a unique business key: the field's message
                session.rollback()
                duplicate = duplicate_of(exc, self.engine)
                if duplicate is None:
                    raise
                raise duplicate from exc
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading. Closing it rolls back anything written in it; objects
        read keep their loaded values after the block."""
        with Session(self.engine) as session:
            if self.location.is_postgresql:  # one snapshot for the whole block, as SQLite's
                session.connection(
                    execution_options={"isolation_level": "REPEATABLE READ"}
                ).exec_driver_sql("SET TRANSACTION READ ONLY")
            yield session

    def rules(self, session: Session | None = None) -> RuleBook:
        """The rule pack with the officer's active overrides on top."""
        if session is None:
            with self.reading() as own:
                return self.rules(own)
        return rule_book(session, self.pack)

    def close(self) -> None:
        self.engine.dispose()


def _newer(candidate: RulePack, than: RulePack) -> bool:
    if candidate.info is None:
        return False
    return than.info is None or candidate.info.version_key > than.info.version_key


def rule_book(session: Session, pack: RulePack) -> RuleBook:
    rows = session.exec(
        select(RuleOverride).where(RuleOverride.retired_at.is_(None)).order_by(RuleOverride.id)
    ).all()
    overrides = []
    for row in rows:
        if row.rule_key not in pack.rules:
            continue  # an override of a rule a newer pack dropped: shown, not applied
        try:
            value = coerce_value(pack.rules[row.rule_key].type, json.loads(row.value))
        except ValueError:
            continue  # a newer pack changed the rule's type: flagged on the Rules page
        overrides.append(Override(row.rule_key, value, row.valid_from, row.valid_to, row.reason))
    return RuleBook(pack=pack, overrides=tuple(overrides))
