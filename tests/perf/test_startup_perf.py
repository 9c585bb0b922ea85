"""Startup: ``kuzet gui --exit-after-show`` on a demo database against a bare PySide6 window.

Target: Kuzet's window shown within 1.5x the time of a bare window started the same way.
Run on demand: ``pytest tests/perf/test_startup_perf.py -s``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.perf
RUNS = 15


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = (time.perf_counter() - started) * 1000
    return float(result.stdout.strip().splitlines()[-1]), wall


def test_startup_against_bare_window(tmp_path: Path) -> None:
    env = dict(os.environ, KUZET_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    kuzet = shutil.which("kuzet", path=str(Path(sys.executable).parent)) or "kuzet"
    db = tmp_path / "demo.sqlite"
    subprocess.run([kuzet, "demo", "--db", str(db)], env=env, check=True, capture_output=True)
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    ours = [kuzet, "gui", "--exit-after-show", "--db", str(db)]
    for command in (bare, ours):  # warm the OS file cache and the .pyc files
        _run(command, env)
    bare_ms, ours_ms, bare_wall, ours_wall = [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        shown, wall = _run(bare, env)
        bare_ms.append(shown)
        bare_wall.append(wall)
        shown, wall = _run(ours, env)
        ours_ms.append(shown)
        ours_wall.append(wall)
    bare_median, ours_median = statistics.median(bare_ms), statistics.median(ours_ms)
    ratio = ours_median / bare_median
    print(
        f"\nbare window shown at {bare_median:.0f} ms (wall {statistics.median(bare_wall):.0f} ms)"
        f"\nkuzet window shown at {ours_median:.0f} ms (wall {statistics.median(ours_wall):.0f} ms)"
        f"\nratio {ratio:.2f} (target <= 1.5), medians of {RUNS} interleaved runs"
    )
    assert ratio <= 1.5
