"""The command line, in process (fast) and once through the installed console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuzet.cli import run
from support.team import four_eyes_off


def test_help_lists_every_command(capsys) -> None:
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("gui", "demo", "verify", "id", "licences", "import", "export", "rules"):
        assert f"  {command} " in out


def test_id_prints_valid_and_invalid_with_reasons(capsys) -> None:
    assert run(["id", "061211600012", "940140000385", "949940000385"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "061211600012: valid IIN: born 2006-12-11, female, serial 0001",
        "940140000385: valid BIN: registered 1994-01, resident legal entity, head office, serial 00038",
        "949940000385: invalid BIN: registration month 99 is not 01-12",
    ]
    assert run(["id", "990140004654"]) == 0


def test_demo_builds_a_firm_that_verifies(kuzet_home: Path, capsys) -> None:
    assert run(["demo", "--seed", "3", "--customers", "10"]) == 0
    demo = kuzet_home / "demo.sqlite"
    assert demo.exists()
    capsys.readouterr()
    assert run(["--db", str(demo), "licences"]) == 0
    out = capsys.readouterr().out
    assert "expired" in out and "suspended" in out and "KZ24VDM00012345" in out
    assert run(["--db", str(demo), "verify"]) == 0
    assert run(["demo", "--customers", "10"]) == 0  # rebuilding a demo replaces it


def test_demo_refuses_to_overwrite_a_real_database(db_file: Path, store, capsys) -> None:
    store.close()
    assert run(["demo", "--db", str(db_file)]) == 1
    assert "not a Kuzet demo database" in capsys.readouterr().err


def test_import_and_export_licences(db_file: Path, tmp_path: Path, capsys) -> None:
    source = tmp_path / "in.csv"
    source.write_text("type,number,issuer,issued_on\nafsa,A-1,AFSA,2024-01-01\n", encoding="utf-8")
    assert run(["--db", str(db_file), "import", "licences", str(source)]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("type,number,issuer,issued_on\nafsa,A-2,AFSA,31.02.2024\n", encoding="utf-8")
    assert run(["--db", str(db_file), "import", "licences", str(bad)]) == 1
    assert "bad.csv, line 2, field issued_on" in capsys.readouterr().err
    out = tmp_path / "out.xlsx"
    assert run(["export", "licences", str(out), "--db", str(db_file)]) == 0
    assert "1 licence written" in capsys.readouterr().out
    assert out.exists()


def test_rules_list_and_override(db_file: Path, capsys) -> None:
    four_eyes_off(db_file)  # the override applies at once, on both engines
    assert run(["--db", str(db_file), "rules", "list", "--key", "licence.mining.term"]) == 0
    assert "licence.mining.term_years = 3 years [V]" in capsys.readouterr().out
    assert (
        run(
            [
                "--db",
                str(db_file),
                "rules",
                "override",
                "licence.mining.term_years",
                "4",
                "--from",
                "2026-01-01",
                "--reason",
                "Amendment",
            ]
        )
        == 0
    )
    assert (
        run(
            [
                "--db",
                str(db_file),
                "rules",
                "list",
                "--key",
                "licence.mining.term",
                "--on",
                "2026-06-01",
            ]
        )
        == 0
    )
    assert "= 4 years [V] OVERRIDDEN" in capsys.readouterr().out
    assert (
        run(
            [
                "--db",
                str(db_file),
                "rules",
                "override",
                "licence.mining.term_years",
                "four",
                "--from",
                "2026-01-01",
                "--reason",
                "x",
            ]
        )
        == 1
    )


def test_console_script_and_exit_after_show(kuzet_home: Path) -> None:
    script = shutil.which("kuzet", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the kuzet console script is not installed in this environment")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [script, "gui", "--exit-after-show"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip().splitlines()[-1]) > 0
    assert (kuzet_home / "kuzet.sqlite").exists()  # the first run created the database


def test_demo_will_not_rebuild_a_demo_that_is_open(kuzet_home: Path, capsys) -> None:
    from kuzet.store.lock import WriteLock

    demo = kuzet_home / "demo.sqlite"
    assert run(["demo", "--seed", "1", "--customers", "10"]) == 0
    before = demo.read_bytes()
    holder = WriteLock(demo, program="Kuzet window")
    holder.acquire()
    try:
        assert run(["demo", "--seed", "2", "--customers", "10"]) == 4
        assert "Kuzet window" in capsys.readouterr().err
    finally:
        holder.release()
    assert demo.read_bytes() == before
