"""Benchmark: the whole audit pack of a demo firm with 10,000 customers and 100,000 sales.

Set-up (not timed): ``build_demo`` with 10,000 customers (the customers' bulk path, the
watchlists and a full screening run, a year of mining), then 100,000 sales over the last
365 days through ``kuzet import sales`` (the sales ledger's bulk path). Timed:
``kuzet pack`` for the last 365 days with every section (and the 12 demo documents hashed
from the vault), in a fresh process started by a small wrapper that reports the wall time
from start to exit, the CPU time and the peak RSS of the pack and its children (the
audit-trail verification runs in a child beside the layout).
Target (issue 15): <= 80 pages, <= 5 s and <= 500 MB. Run on demand: ``pytest tests/perf/test_pack_perf.py -s``
(``KUZET_PERF_CUSTOMERS`` and ``KUZET_PERF_SALES`` change the sizes).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

pytestmark = pytest.mark.perf
CUSTOMERS = int(os.environ.get("KUZET_PERF_CUSTOMERS", "10000"))
SALES = int(os.environ.get("KUZET_PERF_SALES", "100000"))
VENUES = ("Astana Digital Exchange", "Qazaq Crypto Exchange", "Nomad OTC Ltd")
TODAY = dt.date.today()
FIRST = TODAY - dt.timedelta(days=364)

KUZET = [sys.executable, "-c", "import sys; from kuzet.app import main; sys.exit(main())"]
MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - started
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "returncode": run.returncode, "stdout": run.stdout, "stderr": run.stderr[-2000:],
    "wall_s": round(wall, 2), "cpu_s": round(used.ru_utime + used.ru_stime, 2),
    "peak_rss_mb": round(used.ru_maxrss / 1024),
}))
"""


def write_sales(path: Path, rows: int) -> None:
    """A year of BTC sales through the demo's three venues, as an exchange exports them."""
    rng = random.Random(2026)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "coin", "amount", "price", "currency", "venue", "reference"])
        for i in range(rows):
            usdt = i % 5 == 0
            writer.writerow(
                [
                    (FIRST + dt.timedelta(days=i * 365 // rows)).isoformat(),
                    "BTC",
                    f"0.{rng.randrange(1, 10**8):08d}",
                    f"{rng.randrange(80_000, 110_000)}.{rng.randrange(100):02d}"
                    if usdt
                    else str(rng.randrange(40_000_000, 55_000_000)),
                    "USDT" if usdt else "KZT",
                    VENUES[i % 3],
                    f"PERF-{i:06d}",
                ]
            )


@pytest.fixture(scope="module")
def big_firm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kuzet.demo.build import build_demo

    if os.environ.get("KUZET_PERF_FIRM"):
        return Path(os.environ["KUZET_PERF_FIRM"])
    folder = tmp_path_factory.mktemp("pack-perf")
    path = folder / "firm.sqlite"
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the demo passphrase, as on a machine without one
    try:
        build_demo(path, customers=CUSTOMERS, seed=11, today=TODAY).close()
    finally:
        keyring.set_keyring(previous)
    sales = folder / "sales.csv"
    write_sales(sales, SALES)
    subprocess.run([*KUZET, "--db", str(path), "import", "sales", str(sales)], check=True)
    return path


def _build(big_firm: Path, out: Path) -> dict:
    out.mkdir()
    pdf = out / "pack.pdf"
    command = [*KUZET, "--db", str(big_firm), "pack", "--out", str(pdf)]
    command += ["--from", FIRST.isoformat(), "--to", TODAY.isoformat()]
    env = dict(os.environ, KUZET_VAULT_PASSPHRASE="demo")
    run = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=900,
    )
    figures = json.loads(run.stdout)
    assert figures["returncode"] == 0, figures["stderr"]
    return figures


def test_the_pack_of_a_big_firm_builds_inside_the_budget(big_firm: Path, tmp_path: Path) -> None:
    runs = [_build(big_firm, tmp_path / f"out{i}") for i in range(3)]
    out = tmp_path / "out0"
    pdf = out / "pack.pdf"
    manifest = json.loads((out / "pack.manifest.json").read_text())
    attached = {a["file"]: a["rows"] for a in manifest["attachments"]}
    summary = {
        "customers": CUSTOMERS,
        "sales": SALES,
        "pages": manifest["pdf"]["pages"],
        "pdf_mb": round(manifest["pdf"]["size"] / 1e6, 1),
        "wall_s_median": statistics.median(r["wall_s"] for r in runs),
        "wall_s": [r["wall_s"] for r in runs],
        "cpu_s_median": statistics.median(r["cpu_s"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "attachments": attached,
    }
    print(f"\naudit pack of the big firm: {summary}")
    assert subprocess.run([*KUZET, "pack", "verify", str(pdf)], check=False).returncode == 0
    customers = [rows for file, rows in attached.items() if file.endswith("customers.xlsx")]
    assert customers and max(customers) >= CUSTOMERS  # the customer list is an attachment
    assert max(attached.values()) >= SALES  # so is the sales ledger
    assert manifest["pdf"]["pages"] <= 80, summary
    assert summary["peak_rss_mb"] <= 500, summary
    assert summary["wall_s_median"] <= 5, summary
