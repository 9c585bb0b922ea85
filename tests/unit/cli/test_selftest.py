"""``kuzet selftest`` in this install (the Linux bundle runs the same command frozen).

Run as a subprocess through the console script, as the bundle runs it (and so that no Qt
application is left in this test process).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
