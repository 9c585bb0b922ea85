"""The screening desk: each call is one unit of work (a refused decision or a refused list
import writes nothing, a cancelled run writes nothing) and takes "today" from the desk's
clock (a false positive is remembered from that day, and expires by it)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kuzet.clock import FixedClock
from kuzet.progress import Cancelled, Progress
from kuzet.regime.dates import add_months
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.screening.desk import ScreeningDesk
from kuzet.registers.screening.watchlists import ListRejected
from kuzet.store.models import AuditEntry
from kuzet.store.models.screening import (
    FalsePositiveMemory,
    ScreeningHit,
    ScreeningRun,
    WatchlistEntry,
    WatchlistVersion,
)
from support import screening_db
from support.screening_db import KAZAKH_ROWS, add_person, write_generic

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store

DAY = dt.date(2026, 3, 2)


def counts(store) -> tuple[int, ...]:
    tables = (WatchlistVersion, WatchlistEntry, ScreeningRun, ScreeningHit, FalsePositiveMemory)
    with store.reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(t)).scalar()
            for t in (*tables, AuditEntry)
        )


def kasymov_hit(store, desk: ScreeningDesk) -> int:
    """A customer who resembles the Kazakh list's KZ-001; its open hit."""
    customer_id = add_person(store, "Qasymov Nurlan", dt.date(1971, 5, 14), citizenship="RU")
    listing = desk.hit_listing()
    ids = desk.list_ids(listing, ListQuery(search="KZ-001", filters={"status": "open"}))
    (hit,) = desk.hits(ids)
    assert hit.customer_id == customer_id
    return hit.id


def test_a_refused_decision_writes_nothing(listed_store) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    hit_id = kasymov_hit(listed_store, desk)
    before = counts(listed_store)
    with pytest.raises(ValidationFailed) as caught:
        desk.decide_hit(hit_id, "false_positive", "  ")
    assert "reason" in caught.value.field_errors
    assert counts(listed_store) == before
    assert desk.hit(hit_id).status == "open"
    assert desk.hit_counts()["open"] >= 1


def test_an_import_with_one_bad_file_writes_nothing(listed_store, tmp_path) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    in_force = [v.id for v in desk.lists_in_force()]
    good = write_generic(tmp_path / "good.csv", KAZAKH_ROWS)
    bad = write_generic(tmp_path / "bad.csv", [("A-1", "Қасымов", "", "1971-13-01", "person")])
    before = counts(listed_store)
    with pytest.raises(ListRejected) as caught:
        desk.import_lists("csv", [good, bad])
    assert caught.value.problems[0].startswith("bad.csv line 2, field dob")
    assert counts(listed_store) == before
    assert [v.id for v in desk.lists_in_force()] == in_force


def test_a_cancelled_run_writes_nothing(listed_store) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    add_person(listed_store, "Смирнова Ольга Петровна", dt.date(1990, 3, 3), sex="female")
    before = counts(listed_store)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        desk.screen_all(progress)
    assert counts(listed_store) == before
    assert desk.needs_rescreen() and desk.last_full_run() is None


def test_a_false_positive_is_remembered_from_the_desks_day(listed_store) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    hit_id = kasymov_hit(listed_store, desk)
    months = desk.settings().false_positive_memory_months
    decision = desk.decide_hit(hit_id, "false_positive", "Different person: other IIN")
    assert decision.remembered_until == add_months(DAY, months)
    with listed_store.reading() as session:
        memory = session.get(FalsePositiveMemory, decision.memory_id)
        assert memory.decided_on == DAY
    customer_id = desk.hit(hit_id).customer_id
    last_day = ScreeningDesk(listed_store, FixedClock(decision.remembered_until - dt.timedelta(1)))
    assert last_day.screen_customer(customer_id).suppressed == 1
    expired = ScreeningDesk(listed_store, FixedClock(decision.remembered_until))
    outcome = expired.screen_customer(customer_id)
    assert (outcome.new_open, outcome.suppressed) == (1, 0)


def test_screening_everyone_and_the_run_it_leaves(listed_store) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    add_person(listed_store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    assert desk.needs_rescreen()
    outcome = desk.screen_all(trigger="test")
    assert outcome.subjects == 1 and outcome.open_hit_ids
    run = desk.last_full_run()
    assert (run.id, run.trigger, run.scope) == (outcome.run_id, "test", "all")
    assert not desk.needs_rescreen()
    hits = desk.hits(outcome.open_hit_ids)
    assert ("UN", "QDi.290") in {(h.list_name, h.entry_ref) for h in hits}
    detail = desk.hit_detail(next(h.id for h in hits if h.entry_ref == "QDi.290"))
    assert detail.sanctions and dict(detail.entry_fields)["Reference"] == "QDi.290"


def test_names_without_a_birth_date_are_screened_as_organisations_too(listed_store) -> None:
    desk = ScreeningDesk(listed_store, FixedClock(DAY))
    before = counts(listed_store)
    undated, dated = desk.screen_names([("Al Qaida", None), ("Al Qaida", "1990")])
    best = {(h.source, h.ref): h.score for h in undated}
    as_person = {(h.source, h.ref): h.score for h in dated}
    assert best[("UN", "QDe.004")] > as_person.get(("UN", "QDe.004"), 0)
    assert [h.score for h in undated] == sorted((h.score for h in undated), reverse=True)
    assert counts(listed_store) == before, "screening names writes nothing"


def test_without_lists_the_desk_screens_nothing(store) -> None:
    desk = ScreeningDesk(store, FixedClock(DAY))
    assert desk.screen_names([("Умаров Доку", None)]) is None
    assert desk.screen_all() is None
    assert desk.lists_in_force() == [] and not desk.needs_rescreen()


def test_withdrawing_a_list_and_the_settings_in_force(store, tmp_path) -> None:
    desk = ScreeningDesk(store, FixedClock(DAY))
    (result,) = desk.import_lists("csv", [write_generic(tmp_path / "p.csv", KAZAKH_ROWS)], "own")
    assert desk.list_version(result.version_id).active
    with pytest.raises(ValidationFailed):
        desk.withdraw_list("own", " ")
    assert desk.list_version(result.version_id).active, "a refused withdrawal changes nothing"
    desk.withdraw_list("own", "Replaced by the AFM list")
    assert not desk.list_version(result.version_id).active
    shown = {rule.key: value.value for rule, value in desk.settings_in_force()}
    assert shown["screening.review_threshold"] == desk.settings().review_threshold
    assert set(shown) >= {"screening.hit_review_days", "screening.auto_clear_threshold"}


def test_the_versions_keep_their_order_and_withdrawn_lists_stay_listed(store, tmp_path) -> None:
    desk = ScreeningDesk(store, FixedClock(DAY))
    desk.import_lists("csv", [write_generic(tmp_path / "1.csv", KAZAKH_ROWS)], "bb")
    desk.import_lists("csv", [write_generic(tmp_path / "2.csv", KAZAKH_ROWS)], "aa")
    desk.import_lists("csv", [write_generic(tmp_path / "3.csv", KAZAKH_ROWS[:2])], "bb")
    desk.withdraw_list("aa", "Replaced by the AFM list")
    listing = desk.version_listing()

    def ids(**query) -> list[int]:
        return desk.list_ids(listing, ListQuery(**query))

    assert ids() == [3, 2, 1], "in force first, then by list, newest first"
    assert ids(filters={"state": "active"}) == [3]
    assert ids(sort="list") == [2, 3, 1], "ties newest first"
    assert ids(sort="published") == [3, 2, 1], "no publication date: ties newest first"
    assert ids(search="2.CSV") == [2], "file names, case aside"
    entries = desk.entry_listing(3)
    names = desk.list_rows(entries, desk.list_ids(entries, ListQuery(sort="name")))
    assert [row[0] for row in names.values()] == ["KZ-001", "KZ-002"]
