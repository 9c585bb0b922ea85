"""Screening is never silently skipped: no list in force, or a list older than rule
``screening.list_max_age_days`` (30 days), is said by ``ScreeningDesk.lists_gap``, by a
customer import and by ``kuzet screen`` (exit 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.clock import SYSTEM_CLOCK, FixedClock
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.screening.coverage import MISSING, STALE
from kuzet.registers.screening.desk import ScreeningDesk
from support.customer_data import iin
from support.screening_db import add_person, write_generic
from support.team import four_eyes_off

D = dt.date
# An AFM list published 1 Oct 2026 (a date on the root, as the AFM's files carry it).
AFM_PUBLISHED = D(2026, 10, 1)
AFM_FILE = """<?xml version="1.0" encoding="utf-8"?>
<list date="01.10.2026">
  <person><lname>ТЕСТОВ</lname><fname>ТЕСТ</fname><birthdate>01.01.1970</birthdate></person>
</list>
"""


def write_afm(tmp_path: Path) -> Path:
    path = tmp_path / "afm_cat1.xml"
    path.write_text(AFM_FILE, encoding="utf-8")
    return path


def screening_on(store, day: dt.date) -> ScreeningDesk:
    return ScreeningDesk(store, FixedClock(day))


def test_no_list_in_force_is_a_gap(store) -> None:
    gap = screening_on(store, D(2026, 12, 7)).lists_gap()
    assert gap is not None and gap.kind == MISSING and gap.lists == ()
    assert gap.startswith("No watchlist is in force: nobody is screened.")


def test_a_list_is_stale_31_days_after_its_publication(store, tmp_path) -> None:
    screening_on(store, D(2026, 10, 2)).import_lists("afm-xml", [write_afm(tmp_path)])
    # 31 Oct 2026 is 30 days after 1 Oct: not older than the limit.
    assert screening_on(store, D(2026, 10, 31)).lists_gap() is None
    gap = screening_on(store, D(2026, 11, 1)).lists_gap()
    assert gap is not None and gap.kind == STALE
    assert str(gap) == (
        "Screening uses out-of-date lists (older than 30 days): AFM cat. 1 published "
        "01.10.2026 (31 days ago). Import the current editions: a person listed since is "
        "not found."
    )
    (age,) = gap.lists
    assert (age.list_name, age.dated, age.published, age.age_days) == (
        "AFM cat. 1",
        AFM_PUBLISHED,
        True,
        31,
    )


def test_a_list_without_a_date_ages_from_its_import(store, tmp_path) -> None:
    own = write_generic(tmp_path / "in_house.csv", [("X-1", "Тестов Тест", "", "", "person")])
    screening_on(store, D(2026, 12, 7)).import_lists("csv", [own])
    imported = store_import_day(store)
    assert screening_on(store, imported + dt.timedelta(days=30)).lists_gap() is None
    gap = screening_on(store, imported + dt.timedelta(days=31)).lists_gap()
    assert gap is not None and gap.kind == STALE
    assert f"in_house imported {imported:%d.%m.%Y}, no publication date (31 days ago)" in gap


def store_import_day(store) -> dt.date:
    (version,) = ScreeningDesk(store).lists_in_force()
    return version.created_at.date()


def test_the_limit_is_a_rule_the_officer_can_override(store, tmp_path) -> None:
    from kuzet.registers.system.desk import SystemDesk

    four_eyes_off(store)  # the override applies at once (not a four-eyes test)
    screening_on(store, D(2026, 10, 2)).import_lists("afm-xml", [write_afm(tmp_path)])
    assert screening_on(store, D(2026, 11, 1)).lists_gap() is not None
    system = SystemDesk(store, FixedClock(D(2026, 10, 2)))
    system.save_override(
        "screening.list_max_age_days",
        {"value": "45", "valid_from": D(2026, 10, 1), "reason": "AFM list downloaded monthly"},
    )
    assert screening_on(store, D(2026, 11, 1)).lists_gap() is None


# --- kuzet screen -----------------------------------------------------------------------


def kuzet(db: Path, *args: str) -> int:
    return run(["--db", str(db), *args])


def test_screen_exits_1_and_screens_nothing_without_a_list(store, db_file, capsys) -> None:
    customer = add_person(store, "Тестов Тест", D(1970, 1, 1))
    for args in (("--all",), ("--customer", str(customer))):
        assert kuzet(db_file, "screen", *args) == 1
        captured = capsys.readouterr()
        assert "No watchlist is in force: nobody is screened." in captured.err
        assert "Nothing was screened." in captured.err
        assert "Screened" not in captured.out


@pytest.fixture
def stopped_clock(monkeypatch):
    """Stop the commands' clock on a day of the test's choosing."""

    def stop(day: dt.date) -> None:
        monkeypatch.setattr(SYSTEM_CLOCK, "today", lambda: day)

    return stop


def test_screen_runs_but_exits_1_with_a_stale_list(
    store, db_file, tmp_path, capsys, stopped_clock
) -> None:
    screening_on(store, D(2026, 10, 2)).import_lists("afm-xml", [write_afm(tmp_path)])
    customer = add_person(store, "Тестов Тест", D(1970, 1, 1))
    stopped_clock(D(2026, 10, 31))
    assert kuzet(db_file, "screen", "--all") == 0
    assert "Screened 1 customer or owner" in capsys.readouterr().out
    stopped_clock(D(2026, 11, 1))
    for args in (("--all",), ("--customer", str(customer))):
        assert kuzet(db_file, "screen", *args) == 1
        captured = capsys.readouterr()
        assert "Screened 1 customer or owner" in captured.out  # screened all the same
        assert "AFM cat. 1 published 01.10.2026 (31 days ago)" in captured.err


# --- a customer import --------------------------------------------------------------------

CUSTOMERS = (
    "kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number\n"
    "individual,Сейтқали Айгерім,SEITKALI AIGERIM,{first},1990-03-02,KZ,KZ,,\n"
    "individual,Омаров Бауыржан,OMAROV BAUYRZHAN,{second},1985-03-14,KZ,KZ,,\n"
)


def write_customers(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    text = CUSTOMERS.format(first=iin(D(1990, 3, 2), "female"), second=iin(D(1985, 3, 14)))
    path.write_text(text, encoding="utf-8")
    return path


def test_a_customer_import_without_a_list_names_who_was_not_screened(store, tmp_path) -> None:
    result = CustomersDesk(store, FixedClock(D(2026, 12, 7))).import_customers(
        write_customers(tmp_path)
    )
    assert result == 2
    assert result.gap is not None and result.gap.kind == MISSING
    names = [name for _, name in result.not_screened]
    assert names == ["Сейтқали Айгерім", "Омаров Бауыржан"]
    note = result.screening_note()
    first, second = (customer_id for customer_id, _ in result.not_screened)
    assert note.startswith("2 customers NOT screened: no watchlist is in force.")
    assert f"#{first} Сейтқали Айгерім; #{second} Омаров Бауыржан" in note


def test_a_customer_import_with_current_lists_has_no_note(store, tmp_path) -> None:
    screening_on(store, D(2026, 10, 2)).import_lists("afm-xml", [write_afm(tmp_path)])
    desk = CustomersDesk(store, FixedClock(D(2026, 10, 5)))
    result = desk.import_customers(write_customers(tmp_path))
    assert result == 2 and result.gap is None and result.screening_note() == ""


def test_a_customer_import_with_a_stale_list_says_so(store, tmp_path) -> None:
    screening_on(store, D(2026, 10, 2)).import_lists("afm-xml", [write_afm(tmp_path)])
    desk = CustomersDesk(store, FixedClock(D(2026, 11, 20)))
    result = desk.import_customers(write_customers(tmp_path))
    assert result.gap is not None and result.gap.kind == STALE
    note = result.screening_note()
    assert note.startswith("2 customers screened only against out-of-date lists.")
    assert "AFM cat. 1 published 01.10.2026 (50 days ago)" in note


def test_the_import_command_prints_the_unscreened_customers(db_file, tmp_path, capsys) -> None:
    assert kuzet(db_file, "import", "customers", str(write_customers(tmp_path))) == 0
    out = capsys.readouterr().out
    assert "2 customers imported from" in out
    assert "2 customers NOT screened: no watchlist is in force." in out
    assert "Сейтқали Айгерім" in out and "Омаров Бауыржан" in out
