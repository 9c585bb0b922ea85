"""Support for the watchlist and screening tests: list files the tests write, a database
with the real UN and OFAC lists imported once per session (copied for each test), and
customers made through the customer register."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kuzet.clock import SYSTEM_CLOCK
from kuzet.regime.ids import make_iin

from .team import four_eyes_off

WATCHLISTS = Path(__file__).resolve().parents[2] / "resources" / "watchlists"
UN_FILE = WATCHLISTS / "un_consolidated_2026-02-27.xml"
OFAC_FILES = [WATCHLISTS / f"ofac_{role}_2021-07.csv" for role in ("sdn", "alt", "add")]

# The firm's own list (made-up people, not real persons).
KAZAKH_ROWS = [
    ("KZ-001", "Қасымов Нұрлан Әбілұлы", "", "1971-05-14", "person"),
    ("KZ-002", "Жақыпова Гүлжан Серікқызы", "", "1968-02-01", "person"),
    ("KZ-003", "Сұлтанбеков Әлихан Қуанышұлы", "Sultanbekov Alikhan", "1980", "person"),
    ("KZ-030", "ТОО Степь Крипто Эксчейндж", "Steppe Crypto Exchange LLP", "", "organization"),
]
KAZAKH_LIST = "domestic_peps"


def write_generic(path: Path, rows, iin: bool = False) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "name", "aliases", "dob", "kind", *(["iin"] if iin else [])])
        writer.writerows(rows)
    return path


def need_real_lists() -> None:
    if not UN_FILE.is_file() or not all(p.is_file() for p in OFAC_FILES):
        pytest.skip(f"real watchlist files missing under {WATCHLISTS}")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API: WAL content included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.fixture(scope="session")
def listed_template(tmp_path_factory, test_engine: str, request) -> Path | str:
    """A database with UN, OFAC SDN and the Kazakh list imported and four-eyes off on
    both engines (built once): an SQLite file, or with ``--engine=postgresql`` a database
    on the session's server that each test's database is created from (``CREATE
    DATABASE ... TEMPLATE``)."""
    from kuzet.registers.screening.desk import ScreeningDesk
    from kuzet.store.session import Store

    need_real_lists()
    folder = tmp_path_factory.mktemp("listed")
    if test_engine == "postgresql":
        target: Path | str = request.getfixturevalue("pg_server").new_database()
    else:
        target = folder / "template.sqlite"
    store, _ = Store.open(target)
    try:
        screening = ScreeningDesk(store)
        screening.import_lists("un-xml", [UN_FILE])
        screening.import_lists("ofac-csv", OFAC_FILES)
        screening.import_lists("csv", [write_generic(folder / f"{KAZAKH_LIST}.csv", KAZAKH_ROWS)])
        four_eyes_off(store)  # one officer decides (the four-eyes tests switch on a kind)
    finally:
        store.close()  # no connection left: PostgreSQL copies only an idle template
    return target


@pytest.fixture
def listed_store(listed_template: Path | str, db_file: Path | str, request):
    """A fresh copy of the template database for one test (at ``db_file``, so the test's
    commands open the same database)."""
    from kuzet.store.session import Store

    if isinstance(listed_template, str):  # PostgreSQL: the test's database, refilled
        request.getfixturevalue("pg_server").refill_database(str(db_file), listed_template)
    else:
        copy_database(listed_template, Path(db_file))
    opened, _ = Store.open(db_file)
    yield opened
    opened.close()


def person_data(
    name: str,
    born: dt.date,
    sex: str = "male",
    latin: str = "",
    serial: int = 1,
    citizenship: str = "KZ",
) -> dict:
    data = {
        "kind": "individual",
        "name": name,
        "name_latin": latin,
        "birth_date": born,
        "sex": sex,
        "citizenship": citizenship,
        "residence": "KZ",
    }
    if citizenship == "KZ":
        data["iin_bin"] = make_iin(born, sex, serial)
    else:
        data.update(id_type="passport", id_number=f"P{serial:07d}")
    return data


def add_person(store, name: str, born: dt.date, **extra) -> int:
    """A customer opened through the customers desk (screened on save)."""
    from kuzet.registers.customers.desk import CustomersDesk

    return CustomersDesk(store).save_customer(person_data(name, born, **extra)).id


def today() -> dt.date:
    """The day the desks built without a clock of their own decide on."""
    return SYSTEM_CLOCK.today()
