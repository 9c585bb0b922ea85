"""Benchmark (issue #16 item 12): the peak memory of importing a 300 MB UN list.

Run on demand: ``.venv/bin/pytest tests/perf/test_list_memory_perf.py -m perf -s``.
Generates a ~300 MB UN consolidated list in the real file's shape (about 146,000
individuals; ``support.un_xml_maker``), then runs the real ``kuzet lists import`` in a
subprocess on a fresh database and reads its peak resident memory. The target is under
500 MB for the import (``--no-rescreen``: reading the file and storing the version). The
re-screening that follows by default builds the screening index over every entry; its
peak is printed too, for the record.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from support.peak_memory import run_measured
from support.un_xml_maker import write_un_xml

TARGET_MB = 500
SIZE = int(os.environ.get("KUZET_LIST_MB", "300")) * 1024 * 1024


def _import(tmp_path: Path, list_file: Path, entries: int, *extra: str) -> tuple[float, float]:
    home = tmp_path / f"home{len(list(tmp_path.iterdir()))}"
    home.mkdir()
    kuzet = str(Path(sys.executable).with_name("kuzet"))
    command = [kuzet, "--db", str(home / "kuzet.sqlite"), "lists", "import"]
    command += ["--format", "un-xml", *extra, str(list_file)]
    started = time.perf_counter()
    run = run_measured(command, {**os.environ, "KUZET_HOME": str(home)})
    seconds = time.perf_counter() - started
    assert run.exit_code == 0, run.stderr[-2000:]
    assert f"{entries} entries" in run.stdout + run.stderr
    return run.peak_mb, seconds


@pytest.mark.perf
def test_import_of_a_300_mb_un_list_stays_under_500_mb(tmp_path) -> None:
    list_file = tmp_path / "un_consolidated_big.xml"
    entries = write_un_xml(list_file, SIZE)
    size_mb = list_file.stat().st_size / 1024 / 1024
    peak, seconds = _import(tmp_path, list_file, entries, "--no-rescreen")
    print(
        f"\nkuzet lists import --no-rescreen, {size_mb:.0f} MB UN list, {entries} entries: "
        f"peak {peak:.0f} MB, {seconds:.0f} s (target < {TARGET_MB} MB)"
    )
    with_rescreen, seconds = _import(tmp_path, list_file, entries)
    print(f"kuzet lists import (re-screening after): peak {with_rescreen:.0f} MB, {seconds:.0f} s")
    assert peak < TARGET_MB
