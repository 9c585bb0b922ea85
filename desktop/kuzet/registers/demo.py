"""``kuzet demo``: a realistic demo firm, built through the same registers a user uses.

The demo firm is a miner that also runs an exchange desk. Each register contributes its
part through ``register_contributor``; contributors run in order, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from ..paths import backups_dir, vault_dir
from ..progress import NO_PROGRESS, Progress
from ..regime.rulepack import RuleBook
from ..store.schema import SchemaState, inspect_schema
from ..store.session import Store
from . import settings

DEMO_FIRM = "ТОО «Сарыарқа Цифрлық Майнинг» (Saryarka Digital Mining LLP)"


@dataclass
class DemoContext:
    session: Session
    rules: RuleBook
    rng: random.Random
    today: dt.date
    customers: int
    progress: Progress
    store: Store


Contributor = Callable[[DemoContext], None]
_contributors: dict[str, tuple[int, Contributor]] = {}


def register_contributor(name: str, contributor: Contributor, order: int = 50) -> None:
    """Add a register's part of the demo. Lower ``order`` runs first: firm profile 5,
    licences 10, customers 20, watchlists and screening 30, mining 40, programme 50,
    transactions and monitoring 60."""
    _contributors[name] = (order, contributor)


class DemoRefused(Exception):
    pass


def _load_builtin() -> None:
    """Import every ``registers/demo_*.py`` module; each registers its contributor."""
    import importlib
    import pkgutil

    from .. import registers

    for module in pkgutil.iter_modules(registers.__path__):
        if module.name.startswith("demo_"):
            importlib.import_module(f"{registers.__name__}.{module.name}")


def build_demo(
    path: Path,
    customers: int = 200,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> Store:
    """(Re)build the demo firm at ``path``; refuses to overwrite a file that is not a demo."""
    today = today or dt.date.today()
    _clear_previous_demo(path)
    _load_builtin()
    store, _ = Store.open(path)
    with store.transaction() as session:
        rules = store.rules(session)
        settings.put(session, settings.IS_DEMO, True)
        settings.put(session, settings.FIRM_NAME, DEMO_FIRM)
        context = DemoContext(
            session, rules, random.Random(seed), today, customers, progress, store
        )
        ordered = sorted(_contributors.items(), key=lambda item: item[1][0])
        for index, (name, (_order, contributor)) in enumerate(ordered):
            progress.step(index, len(ordered), f"Demo: {name}")
            contributor(context)
        progress.step(len(ordered), len(ordered), "Demo ready")
    return store


def _clear_previous_demo(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    info = inspect_schema(path)
    if info.state is SchemaState.FOREIGN or not _is_demo(path):
        raise DemoRefused(
            f"{path} exists and is not a Kuzet demo database; the demo will not overwrite it. "
            "Choose another path with --db."
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(vault_dir(path), ignore_errors=True)
    shutil.rmtree(backups_dir(path), ignore_errors=True)


def _is_demo(path: Path) -> bool:
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT value FROM setting WHERE key = ?", (settings.IS_DEMO,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return row is not None and row[0] == "true"
