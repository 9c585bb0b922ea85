"""``kuzet demo``: a realistic demo firm, built through the same registers a user uses.

The demo firm is a miner that also runs an exchange desk. ``PARTS`` lists its parts in the
order they are built (the firm profile first, monitoring last), all in one transaction.
A marker file beside the database (``building_marker``) exists while it is built, so a
build that was killed (which leaves a file without the demo setting) is recognised as an
unfinished demo and rebuilt by the next ``kuzet demo`` instead of refused.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..clock import SYSTEM_CLOCK
from ..paths import backups_dir, vault_dir
from ..progress import NO_PROGRESS, Progress
from ..registers.system import settings
from ..store.audit import acting_as
from ..store.location import DatabaseLocation, parse_location
from ..store.schema import SchemaState, inspect_schema
from ..store.session import Store
from . import customers, firm, licences, mining, monitoring, officers, programme, screening
from .context import DEMO_FIRM, DemoContext

# The demo's parts in the order they are built: each may use what the ones before made.
PARTS: tuple[tuple[str, Callable[[DemoContext], None]], ...] = (
    ("firm profile", firm.add_firm),
    ("licences", licences.add_licences),
    ("customers", customers.add_customers),
    ("watchlists and screening", screening.add_screening),
    ("mining", mining.add_mining),
    ("AML programme", programme.add_programme),
    ("officers", officers.add_officers),
    ("transactions and monitoring", monitoring.add_monitoring),
)


class DemoRefused(Exception):
    pass


def build_demo(
    path: Path | DatabaseLocation,
    customers: int = 200,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress = NO_PROGRESS,
) -> Store:
    """(Re)build the demo firm at ``path`` (a file, or a team database's location);
    refuses to overwrite a database that is not a demo."""
    today = today or SYSTEM_CLOCK.today()
    location = parse_location(path)
    path = location.path
    if location.is_postgresql:
        _clear_previous_team_demo(location)
    else:
        _clear_previous_demo(path)
    marker = building_marker(path)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("Kuzet is building the demo firm in this file.\n", encoding="utf-8")
    store, _ = Store.open(location)
    with acting_as(officers.DEMO_MLRO), store.transaction() as session:
        rules = store.rules(session)
        settings.put(session, settings.IS_DEMO, True)
        settings.put(session, settings.FIRM_NAME, DEMO_FIRM)
        context = DemoContext(
            session, rules, random.Random(seed), today, customers, progress, store
        )
        for index, (name, part) in enumerate(PARTS):
            progress.step(index, len(PARTS), f"Demo: {name}")
            part(context)
        progress.step(len(PARTS), len(PARTS), "Demo ready")
    marker.unlink(missing_ok=True)
    return store


def building_marker(path: Path) -> Path:
    """Present while the demo at ``path`` is being built: a file left with it by an
    interrupted build is an unfinished demo, cleared and rebuilt by the next one."""
    return path.with_name(f".{path.name}.demo-building")


def _clear_previous_demo(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if not building_marker(path).exists() and (
        inspect_schema(path).state is SchemaState.FOREIGN or not _is_demo(path)
    ):
        raise DemoRefused(
            f"{path} exists and is not a Kuzet demo database; the demo will not overwrite it. "
            "Choose another path with --db."
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(vault_dir(path), ignore_errors=True)
    shutil.rmtree(backups_dir(path), ignore_errors=True)


def _clear_previous_team_demo(location: DatabaseLocation) -> None:
    """A team database is rebuilt only if it is empty, a demo, or an unfinished demo."""
    from ..store.pg import drop_team_tables, team_setting

    holds_tables, is_demo = team_setting(location, settings.IS_DEMO)
    if not holds_tables:
        return
    if not building_marker(location.path).exists() and is_demo != "true":
        raise DemoRefused(
            f"{location.display()} exists and is not a Kuzet demo database; the demo will "
            "not overwrite it. Choose another database with --db."
        )
    drop_team_tables(location)
    shutil.rmtree(vault_dir(location.path), ignore_errors=True)
    shutil.rmtree(backups_dir(location.path), ignore_errors=True)


def _is_demo(path: Path) -> bool:
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
