"""Benchmark: one 100,000-row table through the PDF machinery, in a fresh process.

The whole real pack (10,000 customers + 100,000 sales rows) must build in <= 15 s and
<= 500 MB; the machinery alone is held to the same limits. Run on demand:
``pytest tests/perf/test_pack_table_perf.py -s``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.perf
CHILD_DIR = Path(__file__).resolve().parent


def test_a_100000_row_table_builds_inside_the_budget(tmp_path: Path) -> None:
    out_dir = tmp_path / "pack"
    out_dir.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(CHILD_DIR), *sys.path]))
    out = out_dir / "sales.pdf"
    run = subprocess.run(
        [sys.executable, str(CHILD_DIR / "pack_perf_child.py"), "100000", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"100,000-row table: {figures}")
    assert figures["pages"] > 1500
    assert figures["cpu_s"] <= 15, figures
    assert figures["peak_rss_mb"] <= 500, figures
    assert sorted(p.name for p in out_dir.iterdir()) == ["sales.manifest.json", "sales.pdf"]
