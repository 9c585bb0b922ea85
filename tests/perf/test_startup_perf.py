"""Startup: ``kuzet gui --exit-after-show`` on a demo database against a bare PySide6 window.

Target: Kuzet's window shown within 1.3x the time of a bare window started the same way.
Run on demand: ``pytest -m perf tests/perf/test_startup_perf.py -s``.

Both run with Python's bytecode cache on (in a temporary folder, so the source tree stays
clean), as an installed Kuzet does: pip compiles a wheel's modules when it installs it.
Without the cache (``PYTHONDONTWRITEBYTECODE``), every run would compile Kuzet's modules
from source, which the bare window, built from precompiled PySide6, does not pay.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.perf
RUNS = 15
TARGET = 1.3


def _cpu_ms() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (used.ru_utime + used.ru_stime) * 1000


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """The ms to the first paint, the process's wall time and its CPU time (to the exit)."""
    started, cpu = time.perf_counter(), _cpu_ms()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    wall = (time.perf_counter() - started) * 1000
    return float(result.stdout.strip().splitlines()[-1]), wall, _cpu_ms() - cpu


def test_startup_against_bare_window(tmp_path: Path) -> None:
    env = dict(os.environ, KUZET_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
    kuzet = shutil.which("kuzet", path=str(Path(sys.executable).parent)) or "kuzet"
    db = tmp_path / "demo.sqlite"
    subprocess.run([kuzet, "demo", "--db", str(db)], env=env, check=True, capture_output=True)
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    ours = [kuzet, "gui", "--exit-after-show", "--db", str(db)]
    for command in (bare, ours):  # warm the OS file cache and the bytecode cache
        _run(command, env)
    bare_ms, ours_ms, bare_wall, ours_wall, bare_cpu, ours_cpu = [], [], [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        shown, wall, cpu = _run(bare, env)
        bare_ms.append(shown)
        bare_wall.append(wall)
        bare_cpu.append(cpu)
        shown, wall, cpu = _run(ours, env)
        ours_ms.append(shown)
        ours_wall.append(wall)
        ours_cpu.append(cpu)
    bare_median, ours_median = statistics.median(bare_ms), statistics.median(ours_ms)
    ratio = ours_median / bare_median
    cpu_ratio = statistics.median(ours_cpu) / statistics.median(bare_cpu)
    print(
        f"\nbare window shown at {bare_median:.0f} ms (wall {statistics.median(bare_wall):.0f} ms)"
        f"\nkuzet window shown at {ours_median:.0f} ms (wall {statistics.median(ours_wall):.0f} ms)"
        f"\nratio {ratio:.2f} (target <= {TARGET}), medians of {RUNS} interleaved runs"
        f"\nload average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        # Not asserted: CPU time to the exit, which a busy host inflates less than the
        # time to the first paint (the more work a process has, the more it waits for a core).
        f"\nCPU time (to the exit) ratio {cpu_ratio:.2f}: bare {statistics.median(bare_cpu):.0f} ms,"
        f" kuzet {statistics.median(ours_cpu):.0f} ms"
    )
    assert ratio <= TARGET
