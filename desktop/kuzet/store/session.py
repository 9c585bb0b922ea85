"""The open store: one database file, its engine, its rule book and its transactions."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from sqlmodel import Session, select

from ..paths import rules_dir
from ..regime.rulepack import Override, RuleBook, RulePack, coerce_value, load_pack
from . import audit
from .db import make_engine
from .models import RuleOverride
from .schema import prepare

_pack_cache: dict[str, RulePack] = {}


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
        self._pack = pack
        audit.install_hooks()

    @classmethod
    def open(cls, path: Path, pack: RulePack | None = None) -> tuple[Store, str]:
        """Create, upgrade (after a backup) or refuse ``path``; then open it."""
        outcome = prepare(path)
        return cls(path, pack), outcome

    @property
    def pack(self) -> RulePack:
        if self._pack is None:
            self._pack = rule_pack()
        return self._pack

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


def rule_book(session: Session, pack: RulePack) -> RuleBook:
    rows = session.exec(
        select(RuleOverride).where(RuleOverride.retired_at.is_(None)).order_by(RuleOverride.id)
    ).all()
    overrides = []
    for row in rows:
        if row.rule_key not in pack.rules:
            continue  # an override of a rule a newer pack dropped: shown, not applied
        value = coerce_value(pack.rules[row.rule_key].type, json.loads(row.value))
        overrides.append(Override(row.rule_key, value, row.valid_from, row.valid_to, row.reason))
    return RuleBook(pack=pack, overrides=tuple(overrides))
