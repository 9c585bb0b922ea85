"""``kuzet selftest`` in this install (the Linux bundle runs the same command frozen).

Run as a subprocess through the console script, as the bundle runs it (and so that no Qt
application is left in this test process).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuzet.cli.selftest import CheckFailed, check_calendar
from kuzet.regime.business_days import BusinessCalendar

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def selftest(**env: str) -> subprocess.CompletedProcess:
    script = shutil.which("kuzet", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "kuzet.app"]
    return subprocess.run(
        [*command, "selftest"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_selftest_passes_here_and_names_every_check() -> None:
    result = selftest()
    assert result.returncode == 0, result.stdout + result.stderr
    checks = ("database", "rule pack", "fonts", "PDF", "translations", "Qt", "watchlists")
    checks += ("business days",)
    for check in (*checks, "import checker"):
        assert f"PASS {check}:" in result.stdout
    assert "keyring: " in result.stdout  # PASS with a backend, INFO when none is usable
    assert result.stdout.rstrip().endswith("All checks passed.")


def test_selftest_fails_when_the_fonts_are_missing(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    resources.mkdir()
    for folder in ("rules", "translations", "watchlists"):
        (resources / folder).symlink_to(RESOURCES / folder, target_is_directory=True)
    (resources / "fonts").mkdir()  # empty: as if the fonts were left out of the bundle
    result = selftest(KUZET_RESOURCES=str(resources))
    assert result.returncode == 1
    assert "FAIL fonts: CheckFailed: missing in" in result.stdout
    assert "DejaVuSans.ttf" in result.stdout and "FAIL PDF" in result.stdout
    assert "PASS rule pack" in result.stdout
    assert result.stdout.rstrip().endswith("Some checks FAILED.")


def test_the_calendar_check_needs_31_august_2026_to_be_a_business_day() -> None:
    assert check_calendar().startswith("31.08.2026 is a business day (holidays ")
    # A calendar that still takes 31 Aug 2026 off (as holidays < 0.101 does) fails,
    # naming the package's version and the version needed.
    old = BusinessCalendar(extra_days_off=frozenset({dt.date(2026, 8, 31)}))
    with pytest.raises(CheckFailed, match=r"holidays package \S+: .*holidays>=0\.101"):
        check_calendar(old)
