"""Customers at scale: ``kuzet demo --customers 100000``, then the Customers page on it.

* the demo: time, customers per second and the process's peak memory;
* opening the Customers page until its first rows are painted (target <= 300 ms);
* a name search until the matching rows are painted (target <= 200 ms; the page waits
  150 ms after the last keystroke before it searches, which is not counted);
  (both reported as wall and CPU time; on a busy shared machine the targets are checked
  against the CPU time, on an idle one against the wall time)
* the page process's peak memory (target <= 400 MB).

Run on demand: ``pytest tests/perf/test_customers_perf.py -s`` (KUZET_PERF_CUSTOMERS sets
the number of customers; 100,000 by default; KUZET_PERF_DB=FILE times the page on a demo
built before). Each part runs in its own process. With ``--engine=postgresql`` the demo is
built into a database on the plugin's throwaway server and the page reads it there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import raw_sql

pytestmark = pytest.mark.perf
CUSTOMERS = int(os.environ.get("KUZET_PERF_CUSTOMERS", "100000"))

DEMO = r"""
import resource, sys
from kuzet.app import main
code = main(["demo", "--db", sys.argv[1], "--customers", sys.argv[2]])
print("maxrss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
sys.exit(code)
"""

PAGE = r"""
import json, os, resource, sys, time
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QSettings
from kuzet.store.session import Store
from kuzet.ui.launch import make_app
from kuzet.ui.main_window import MainWindow

app = make_app()
store, _ = Store.open(sys.argv[1])  # a file, or a team database's URL (--engine=postgresql)
db = store.path
store.rules()
# The demo's MLRO, as the window signs the demo firm in; on a team database the URL's user
# is the test server's superuser, no officer, and the window would stop to say so.
from kuzet.desk import Desk
Desk(store).team.sign_in_demo()
started = time.perf_counter()
settings = QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat)
window = MainWindow(db, store=store, ui_settings=settings)
window.resize(1440, 900)
window.show()
app.processEvents()
dashboard_ms = (time.perf_counter() - started) * 1000


class Painted(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def until_painted(watcher):
    while not watcher.seen:
        app.processEvents()
    return time.perf_counter()


# The harness's own probe: the first viewport() call from Python makes PySide6 resolve
# the returned widget's type, which builds the enums of some 60 widget classes (~100 ms).
# The page never makes that call; a throwaway view pays for it before the clock starts.
from PySide6.QtWidgets import QTableView
QTableView().viewport()

cpu = time.process_time()
started = time.perf_counter()
page = window.show_page("customers")  # the click: import, listing, ids of 100,000, first rows
watcher = Painted()
page.table.viewport().installEventFilter(watcher)
first_paint_ms = (until_painted(watcher) - started) * 1000
first_paint_cpu = (time.process_time() - cpu) * 1000
rows = page.model.rowCount()
first_row = page.model.data(page.model.index(0, 0))
searches = {}
for needle in ("касымов", "KASSYMOV", "Смирнова Ольга", "әбенов нұрлан", "8503"):
    watcher.seen = False
    cpu = time.process_time()
    started = time.perf_counter()
    page.search.setText(needle)
    page._search_timer.stop()  # the 150 ms typing pause is not part of the search
    page.apply_query()
    wall = (until_painted(watcher) - started) * 1000
    searches[needle] = (wall, (time.process_time() - cpu) * 1000, page.model.rowCount())
print(json.dumps({
    "dashboard_ms": dashboard_ms,
    "first_paint_ms": first_paint_ms,
    "first_paint_cpu_ms": first_paint_cpu,
    "rows": rows,
    "first_row": first_row,
    "searches": searches,
    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict:
    home = tmp_path_factory.mktemp("customers-perf")
    env = dict(os.environ, KUZET_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    reuse = os.environ.get("KUZET_PERF_DB")  # a demo built before: time the page only
    if reuse:
        return {
            "db": reuse if "://" in reuse else Path(reuse),
            "env": env,
            "seconds": None,
            "maxrss": None,
        }
    db: Path | str = home / "demo.sqlite"
    if request.config.getoption("--engine") == "postgresql":  # the plugin's server
        db = request.getfixturevalue("pg_server").new_database(template=None)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", DEMO, str(db), str(CUSTOMERS)],
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-2000:]
    maxrss = float(result.stdout.split("maxrss")[-1])
    return {"db": db, "env": env, "seconds": seconds, "maxrss": maxrss}


def _customers_in_trail(db: Path | str) -> int:
    """Customer ids the trail accounts for: each row entry's record, and every id of a bulk
    entry's range (an import writes one entry per chunk of rows, naming first and last)."""
    ids: set[int] = set()
    for record_id, action, after in raw_sql.fetchall(
        db,
        "SELECT record_id, action, after FROM audit_trail WHERE register_name = 'customer'",
    ):
        if action == "bulk-insert":
            span = json.loads(after)
            ids.update(range(span["first"], span["last"] + 1))
        else:
            ids.add(record_id)
    return len(ids)


def test_demo_builds_100000_customers(demo: dict) -> None:
    if demo["seconds"] is None:
        pytest.skip("KUZET_PERF_DB given: the demo was not built here")
    count = raw_sql.fetchone(demo["db"], "SELECT count(*) FROM customer")[0]
    trail = _customers_in_trail(demo["db"])
    if isinstance(demo["db"], Path):
        size = demo["db"].stat().st_size / 2**20
    else:
        size = raw_sql.fetchone(demo["db"], "SELECT pg_database_size(current_database())")[0]
        size /= 2**20
    print(
        f"\nkuzet demo --customers {CUSTOMERS}: {demo['seconds']:.1f} s for the whole demo firm "
        f"({CUSTOMERS / demo['seconds']:.0f} customers/s), peak memory {demo['maxrss']:.0f} MB, "
        f"database {size:.0f} MB"
    )
    assert count >= CUSTOMERS  # other registers' demo parts may add a few customers
    assert trail == count  # every customer is in the audit trail


def test_customers_page_first_paint_search_and_memory(demo: dict) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PAGE, str(demo["db"])],
        env=demo["env"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    load = os.getloadavg()[0]
    print(
        f"\nmachine load {load:.1f} on {os.cpu_count()} CPUs"
        f"\ndashboard with {CUSTOMERS} customers shown in {figures['dashboard_ms']:.0f} ms"
        f"\ncustomers page: first rows painted in {figures['first_paint_ms']:.0f} ms wall, "
        f"{figures['first_paint_cpu_ms']:.0f} ms CPU (target <= 300), {figures['rows']} rows"
    )
    for needle, (wall, cpu, found) in figures["searches"].items():
        print(f"search {needle!r}: {wall:.0f} ms wall, {cpu:.0f} ms CPU, {found} found (<= 200)")
    print(f"peak memory {figures['maxrss_mb']:.0f} MB (target <= 400)")
    assert figures["rows"] >= CUSTOMERS and figures["first_row"]
    assert all(found > 0 for _, _, found in figures["searches"].values())
    assert figures["maxrss_mb"] <= 400
    # On a machine shared with other work, wall time also counts the time this process
    # waits for a CPU; the CPU time is what opening the page and searching cost. The
    # targets hold for wall time on an idle machine (load below the number of CPUs).
    idle = load < (os.cpu_count() or 1)
    first = figures["first_paint_ms"] if idle else figures["first_paint_cpu_ms"]
    assert first <= 300
    assert max(w if idle else c for w, c, _ in figures["searches"].values()) <= 200
