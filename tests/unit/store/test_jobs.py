"""Long jobs on a team database (issue #18): one officer at a time, the other refused by
name (``store/jobs.py``); on SQLite the file's write lock already does it."""

from __future__ import annotations

import pytest

from kuzet.desk import Desk
from kuzet.store.jobs import SCREEN_ALL, JobBusy, job_lock
from kuzet.store.session import Store


def test_on_sqlite_the_job_lock_adds_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = Store.open(tmp_path / "firm.sqlite")
    try:
        with job_lock(store, SCREEN_ALL, "anna"), job_lock(store, SCREEN_ALL, "bolat"):
            pass
    finally:
        store.close()


@pytest.mark.postgresql_only
def test_a_second_officer_is_refused_naming_the_first(store: Store) -> None:
    other, _ = Store.open(store.location)
    try:
        with job_lock(store, SCREEN_ALL, "anna.mlro"):
            with pytest.raises(JobBusy) as refused:
                Desk(other).screening.screen_all()
            message = str(refused.value)
            assert "screen-all is already running for officer anna.mlro" in message
            assert "server login kuzet_test" in message
        with job_lock(other, SCREEN_ALL, "bolat"):  # released: the next one may run it
            pass
    finally:
        other.close()


@pytest.mark.postgresql_only
def test_a_busy_job_exits_4_on_the_command_line(store: Store, capsys) -> None:
    from kuzet.cli import run

    with job_lock(store, "monitoring", "anna.mlro"):
        code = run(["--db", store.location.url, "monitor"])
    assert code == 4
    assert "already running for officer anna.mlro" in capsys.readouterr().err
