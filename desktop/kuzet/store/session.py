"""The open store: one database file, its engine, its rule book and its transactions.

The rule pack in force is the newest of the one shipped with the program and those
imported into the database (``kuzet rules update``, table ``rule_pack_version``): every
officer's Kuzet on the same database loads the same pack.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.exc import OperationalError
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
from .models import RuleOverride
from .models.rule_pack import RulePackVersion
from .private import create_private_file, tighten
from .restore_journal import recover
from .schema import prepare
from .scratch import sweep

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
    """An open Kuzet database. Create it with ``Store.open(path)``."""

    def __init__(self, path: Path, pack: RulePack | None = None) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._shipped = pack  # None: the program's own (``rule_pack()``)
        self._pack: RulePack | None = None
        self.pack_problem = ""  # why an imported pack could not be used, if one could not
        audit.install_hooks()

    @classmethod
    def open(cls, path: Path, pack: RulePack | None = None) -> tuple[Store, str]:
        """Create, upgrade (after a backup) or refuse ``path``; then open it. Its files
        are made private first (0600, folders 0700: ``store/private.py``)."""
        recover(path)  # finish or undo an interrupted restore (store/restore_journal.py)
        sweep(path.parent)  # scratch folders of killed commands (store/scratch.py)
        if not path.exists():
            create_private_file(path)
        tighten(path)
        outcome = prepare(path)
        if outcome != "schema is current":
            tighten(path)  # the pre-upgrade copy, the new WAL
        return cls(path, pack), outcome

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
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading. Closing it rolls back anything written in it; objects
        read keep their loaded values after the block."""
        with Session(self.engine) as session:
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
