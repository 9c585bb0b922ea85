"""Screening customers and owners through the database: on save, on demand and in a run
over everyone; the required examples are found; hits are refreshed, not duplicated; an
open hit that is no longer found lapses; a new list version asks for a re-screen."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from kuzet.progress import Cancelled, Progress
from kuzet.registers.customers import customer_file, onboarding
from kuzet.registers.customers.bulk import CustomerSeed, insert_seeds
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.customers.risk import open_hits
from kuzet.registers.screening import runs as screening
from kuzet.registers.screening import watchlists
from kuzet.store.models import AuditEntry
from kuzet.store.models.screening import ScreeningHit, ScreeningRun
from kuzet.store.verify import verify
from support import screening_db
from support.screening_db import (
    KAZAKH_LIST,
    KAZAKH_ROWS,
    add_person,
    person_data,
    today,
    write_generic,
)

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store


def hits_of(store, customer_id: int, status: str | None = "open") -> list[ScreeningHit]:
    with store.reading() as session:
        query = select(ScreeningHit).where(ScreeningHit.customer_id == customer_id)
        if status:
            query = query.where(ScreeningHit.status == status)
        return list(session.execute(query.order_by(ScreeningHit.id)).scalars())


def refs(hits) -> set[tuple[str, str]]:
    return {(h.list_name, h.entry_ref) for h in hits}


@pytest.mark.parametrize(
    ("name", "latin", "born", "expected"),
    [
        ("Умаров Доку", "", dt.date(1964, 4, 13), ("UN", "QDi.290")),
        ("Doku Hamatovich Umarov", "", dt.date(1964, 4, 13), ("UN", "QDi.290")),
        ("Касымов Нурлан", "KASSYMOV NURLAN", dt.date(1971, 5, 14), (KAZAKH_LIST, "KZ-001")),
        ("Qasymov Nurlan", "", dt.date(1971, 5, 14), (KAZAKH_LIST, "KZ-001")),
    ],
)
def test_a_customer_is_screened_on_save_and_the_examples_are_found(
    listed_store, name, latin, born, expected
) -> None:
    customer_id = add_person(listed_store, name, born, latin=latin, citizenship="RU")
    hits = hits_of(listed_store, customer_id)
    assert expected in refs(hits)
    hit = next(h for h in hits if (h.list_name, h.entry_ref) == expected)
    assert hit.score >= 80 and hit.owner_id is None
    lines = json.loads(hit.explanation)["lines"]
    assert any("transliteration" in line or "exact" in line for line in lines)
    assert lines[-1].strip().startswith(f"score {hit.score}")
    with listed_store.reading() as session:
        run = session.get(ScreeningRun, hit.run_id)
        assert (run.scope, run.trigger, run.customer_id) == ("customer", "saved", customer_id)
        assert open_hits(session, customer_id) == len(hits)
        customer = customer_file.get(session, customer_id)
        assert customer.risk_score is not None


def test_an_owner_is_screened_with_its_customer(listed_store) -> None:
    with listed_store.transaction() as session:
        rules = listed_store.rules(session)
        entity = onboarding.create_customer(
            session,
            {
                "kind": "entity",
                "name": "ТОО «Жібек Жолы Трейд»",
                "iin_bin": "940140000385",
                "residence": "KZ",
            },
            rules,
            today(),
        )
        owner = person_data("Жақыпова Гүлжан", dt.date(1968, 2, 1), sex="female", serial=5)
        owner["iin"] = owner.pop("iin_bin")
        del owner["kind"]
        data = {**owner, "ownership_percent": "60"}
        onboarding.add_owner(session, entity.id, data, rules, today())
        outcome = screening.screen_customer(session, entity.id, rules, today())
    assert outcome.subjects == 2
    (hit,) = hits_of(listed_store, entity.id)
    assert (hit.list_name, hit.entry_ref, hit.owner_id is not None) == (KAZAKH_LIST, "KZ-002", True)


def test_screen_all_writes_only_what_changed(listed_store) -> None:
    umarov = add_person(listed_store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    plain = add_person(listed_store, "Смирнова Ольга Петровна", dt.date(1990, 3, 3), sex="female")
    with listed_store.transaction() as session:
        first = screening.screen_all(session, listed_store.rules(session), today())
    assert first.subjects == 2 and first.new_open == 0 and first.still_open >= 2
    assert hits_of(listed_store, plain, status=None) == []
    with listed_store.reading() as session:
        trail = session.execute(select(func.count()).select_from(AuditEntry)).scalar()
    with listed_store.transaction() as session:
        again = screening.screen_all(session, listed_store.rules(session), today())
    assert (again.new_open, again.lapsed) == (0, 0)
    assert again.open_hit_ids == first.open_hit_ids
    with listed_store.reading() as session:
        after = session.execute(select(func.count()).select_from(AuditEntry)).scalar()
        assert after == trail + 1, "only the run itself is new in the trail"
        run = session.get(ScreeningRun, again.run_id)
        assert run.scope == "all" and run.subjects == 2
        assert "UN 27.02.2026" in run.lists and (
            run.review_threshold,
            run.auto_clear_threshold,
        ) == (
            80,
            65,
        )
    assert len(hits_of(listed_store, umarov)) == len(first.open_hit_ids)
    assert verify(listed_store.engine).intact


def test_a_renamed_customer_lapses_its_open_hits(listed_store) -> None:
    customer_id = add_person(listed_store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    assert hits_of(listed_store, customer_id)
    CustomersDesk(listed_store).save_customer({"name": "Смирнов Андрей Иванович"}, customer_id)
    assert hits_of(listed_store, customer_id) == []
    lapsed = hits_of(listed_store, customer_id, "lapsed")
    assert lapsed and all("no longer found" in h.reason for h in lapsed)
    with listed_store.reading() as session:
        assert open_hits(session, customer_id) == 0


def test_candidates_between_the_thresholds_are_cleared_automatically(listed_store) -> None:
    # The right name with a birth year far from the list's: 99 - 20 = 79, below review (80).
    customer_id = add_person(listed_store, "Qasymov Nurlan", dt.date(1990, 1, 1), citizenship="RU")
    assert (KAZAKH_LIST, "KZ-001") not in refs(hits_of(listed_store, customer_id))
    cleared = hits_of(listed_store, customer_id, "auto_cleared")
    hit = next(h for h in cleared if h.entry_ref == "KZ-001")
    assert 65 <= hit.score < 80 and "cleared automatically" in hit.reason
    assert any("conflicts" in line for line in json.loads(hit.explanation)["lines"])


def test_a_new_list_version_asks_for_a_rescreen(listed_store, tmp_path) -> None:
    with listed_store.reading() as session:
        assert screening.needs_rescreen(session), "lists imported, never screened"
    with listed_store.transaction() as session:
        screening.screen_all(session, listed_store.rules(session), today())
    with listed_store.reading() as session:
        assert not screening.needs_rescreen(session)
    rows = [*KAZAKH_ROWS, ("KZ-099", "Бекова Әсел", "", "", "person")]
    with listed_store.transaction() as session:
        watchlists.import_list(
            session, "csv", [write_generic(tmp_path / "new.csv", rows)], name=KAZAKH_LIST
        )
    with listed_store.reading() as session:
        assert screening.needs_rescreen(session)


def test_an_updated_list_moves_open_hits_to_the_new_version(listed_store, tmp_path) -> None:
    customer_id = add_person(listed_store, "Qasymov Nurlan", dt.date(1971, 5, 14), citizenship="RU")
    (before,) = [h for h in hits_of(listed_store, customer_id) if h.entry_ref == "KZ-001"]
    rows = [*KAZAKH_ROWS, ("KZ-099", "Бекова Әсел", "", "", "person")]
    with listed_store.transaction() as session:
        (result,) = watchlists.import_list(
            session, "csv", [write_generic(tmp_path / "new.csv", rows)], name=KAZAKH_LIST
        )
        screening.screen_all(session, listed_store.rules(session), today(), trigger="list import")
    (after,) = [h for h in hits_of(listed_store, customer_id) if h.entry_ref == "KZ-001"]
    assert after.id == before.id and after.version_id == result.version_id != before.version_id


def test_a_run_can_be_cancelled_and_writes_nothing(listed_store) -> None:
    add_person(listed_store, "Смирнова Ольга Петровна", dt.date(1990, 3, 3), sex="female")
    with listed_store.reading() as session:
        runs = session.execute(select(func.count()).select_from(ScreeningRun)).scalar()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), listed_store.transaction() as session:
        screening.screen_all(session, listed_store.rules(session), today(), progress)
    with listed_store.reading() as session:
        assert session.execute(select(func.count()).select_from(ScreeningRun)).scalar() == runs


def test_without_lists_nothing_is_screened_or_recorded(store) -> None:
    customer_id = add_person(store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    with store.transaction() as session:
        assert (
            screening.screen_customer(session, customer_id, store.rules(session), today()) is None
        )
        assert screening.screen_all(session, store.rules(session), today()) is None
        assert session.execute(select(func.count()).select_from(ScreeningRun)).scalar() == 0


def test_customers_written_in_bulk_are_screened_in_one_run(listed_store) -> None:
    data = customer_file.clean(
        person_data("Умаров Доку", dt.date(1964, 4, 13), citizenship="RU"), "individual"
    )
    with listed_store.transaction() as session:
        rules = listed_store.rules(session)
        (customer_id,) = insert_seeds(session, [CustomerSeed(data)], rules, today())
        count = select(func.count()).select_from(ScreeningHit)
        assert session.execute(count).scalar() == 0, "bulk writes are not screened on save"
        outcome = screening.screen_customers(session, [customer_id], rules, today())
        assert outcome.subjects == 1 and outcome.new_open >= 1
        assert screening.screen_customers(session, [], rules, today()) is None
    assert ("UN", "QDi.290") in refs(hits_of(listed_store, customer_id))
    with listed_store.reading() as session:
        assert customer_file.get(session, customer_id).risk_score is not None
        assert open_hits(session, customer_id) == outcome.new_open
