"""A closed period whose mandatory-sale share was not met reads "not met" (critical) in
``kuzet mining check``, not "short" or "OVERDUE"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kuzet.cli import run
from kuzet.regime import mining
from kuzet.registers.mining import output
from kuzet.store.session import Store


def test_a_closed_quarter_that_missed_the_share_reads_not_met(db_file: Path, capsys) -> None:
    today = dt.date.today()  # the command reads the system clock
    running = mining.quarter_of(today)
    last = mining.quarter_of(running.start - dt.timedelta(days=1))
    store, _ = Store.open(db_file)
    try:
        with store.transaction() as session:
            # mined in the last quarter, nothing sold: 0% against 75%
            output.create(
                session,
                {"output_date": last.start, "coin": "BTC", "amount": "2", "pool": "P"},
                today,
            )
    finally:
        store.close()
    assert run(["--db", str(db_file), "mining", "check"]) == 1  # a check failed
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if line.strip().startswith(last.label)]
    assert line.endswith("not met (critical), shortfall 1.50000000")
    assert "short " not in out.replace("shortfall", "") and "OVERDUE" not in out
