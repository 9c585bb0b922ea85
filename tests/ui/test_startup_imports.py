"""The window's start path stays light: what the first paint does not need is imported
later, so a change cannot slip a report, spreadsheet or database library (or Qt's costly
``Qt`` enum namespace) back in front of it unnoticed. Not timed: the timing is
``tests/perf/test_startup_perf.py``, run on demand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# In a fresh interpreter: this test process has imported everything already.
START = """
import json, sys
from kuzet.app import main
code = main(["gui", "--exit-after-show", "--db", sys.argv[1]])
import PySide6.QtCore
from PySide6.QtWidgets import QApplication
windows = [w for w in QApplication.topLevelWidgets() if w.inherits("QMainWindow")]
print(json.dumps({
    "icon": [not w.windowIcon().isNull() for w in windows],
    "code": code,
    "modules": sorted(sys.modules),
    "qt_namespace": "Qt" in vars(PySide6.QtCore),
}))
"""

# Not needed to paint the window: reports (reportlab, pypdf), spreadsheets (openpyxl),
# the key store (keyring), fuzzy matching (rapidfuzz) and the database layer (SQLAlchemy,
# Alembic), which opens in a background thread once the window is up.
DEFERRED = ("reportlab", "pypdf", "openpyxl", "keyring", "rapidfuzz", "sqlalchemy", "alembic")


def start_window(database: Path, home: Path) -> dict:
    """``kuzet gui --exit-after-show`` in a fresh interpreter: what it had imported."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KUZET_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", START, str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    shown_ms, report = result.stdout.strip().splitlines()[-2:]
    assert float(shown_ms) > 0  # --exit-after-show printed the first paint's time
    return json.loads(report)


def test_the_start_path_imports_no_report_spreadsheet_or_database_library(
    demo_db: Path, kuzet_home: Path
):
    started = start_window(demo_db, kuzet_home)
    assert started["code"] == 0
    loaded = {name.split(".")[0] for name in started["modules"]}
    assert not loaded & set(DEFERRED), sorted(loaded & set(DEFERRED))
    # The pages and dialogs are imported when first shown, not to paint the sidebar.
    later = [
        name
        for name in started["modules"]
        if name.startswith(("kuzet.ui.pages.", "kuzet.ui.dialogs", "kuzet.ui.dialog_frame"))
    ]
    assert later == []
    assert started["qt_namespace"] is False  # building Qt's enum namespace costs ~20 ms
    assert started["icon"] == [True]  # Kuzet's icon, set once the window was up
