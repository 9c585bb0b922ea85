"""Two officers saving at once on PostgreSQL (issue #18): two processes each save 100
licences through the desk at the same time, and both try 20 shared numbers.

Asserts: no save of an own number fails; each shared number is saved exactly once (the
other process gets the register's own field message); ``verify`` finds the chain intact
(gap-free ids, no fork); no licence number is on two active licences."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import text

from kuzet.store.session import Store
from kuzet.store.verify import verify

pytestmark = pytest.mark.postgresql_only

OWN = 100
SHARED = 20


def _saver(url: str, who: str, home: str, start, out) -> None:  # type: ignore[no-untyped-def]
    import os

    os.environ["KUZET_HOME"] = home
    from kuzet.desk import Desk
    from kuzet.registers.errors import ValidationFailed
    from kuzet.registers.system import signin

    signin.begin(signin.Identity(login=who, role="mlro"))
    store, _ = Store.open(url)
    desk = Desk(store)
    failed, refused, saved = [], [], 0
    numbers = [f"{who}-{i:03d}" for i in range(OWN)] + [f"SHARED-{i:02d}" for i in range(SHARED)]
    start.wait()
    for number in numbers:
        data = {
            "licence_type": "afsa",
            "number": number,
            "issuer": "AFSA",
            "issued_on": dt.date(2025, 1, 1),
        }
        try:
            desk.licensing.save_licence(data)
            saved += 1
        except ValidationFailed as exc:
            (refused if number.startswith("SHARED") else failed).append((number, exc.field_errors))
        except Exception as exc:  # anything else is a failed save
            failed.append((number, repr(exc)))
    store.close()
    out.put((who, saved, failed, refused))


def test_two_officers_saving_at_once(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    out = context.Queue()
    workers = [
        context.Process(target=_saver, args=(pg_url, who, str(tmp_path / who), start, out))
        for who in ("anna", "bolat")
    ]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(60)
    failed = [f for _, _, f, _ in results if f]
    assert not failed, failed
    refused = [r for _, _, _, rs in results for r in rs]
    saved = sum(s for _, s, _, _ in results)
    assert saved == 2 * OWN + SHARED
    assert len(refused) == SHARED
    for _number, errors in refused:
        assert "already has this type and number" in errors["number"]
    store, _ = Store.open(pg_url)
    try:
        report = verify(store.engine)
        assert report.intact, report.summary()
        assert report.entries == saved
        with store.engine.connect() as conn:
            doubled = conn.execute(
                text(
                    "SELECT number FROM licence WHERE retired_at IS NULL"
                    " GROUP BY licence_type, number HAVING COUNT(*) > 1"
                )
            ).all()
        assert doubled == []
    finally:
        store.close()
