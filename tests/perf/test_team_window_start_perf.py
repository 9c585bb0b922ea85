"""The window on a team database (issue #18): the ms from process start to the first
paint and to "ready" (pages shown, officer signed in), the median of 5 runs, now (paint
first, then connect) and in the order it had before (connect, then paint), on the
plugin's throwaway PostgreSQL server on this machine.

Run on demand: ``pytest tests/perf/test_team_window_start_perf.py -s --engine=postgresql``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.perf, pytest.mark.postgresql_only]
RUNS = 5
CHILD = Path(__file__).with_name("team_window_child.py")


def _firm(url: str) -> None:
    from kuzet.registers.system.team_desk import TeamDesk
    from kuzet.store.location import parse_location
    from kuzet.store.session import Store

    location = parse_location(url)
    store, _ = Store.open(location)
    officer = {"login": location.user, "role": "mlro", "full_name": "Team Mlro"}
    TeamDesk(store).start_firm({**officer, "password": "team-pass-1234"})
    store.close()


def _run(mode: str, url: str, home: Path) -> tuple[float, float]:
    env = dict(os.environ, KUZET_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, str(CHILD), mode, url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def test_first_paint_comes_before_connecting(pg_url: str, kuzet_home: Path) -> None:
    _firm(pg_url)
    load = os.getloadavg()
    medians = {}
    for mode in ("before", "after"):
        _run(mode, pg_url, kuzet_home)  # warm the page cache once
        runs = [_run(mode, pg_url, kuzet_home) for _ in range(RUNS)]
        paint = statistics.median(r[0] for r in runs)
        ready = statistics.median(r[1] for r in runs)
        medians[mode] = (paint, ready)
        print(f"\n{mode}: first paint {paint:.0f} ms, ready {ready:.0f} ms (median of {RUNS})")
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    assert medians["after"][0] < medians["before"][0]  # the window paints before connecting
