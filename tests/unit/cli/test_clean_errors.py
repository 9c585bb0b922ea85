"""Issue #16 item 9: a failure shows a message in the officer's words, with the README's exit
code, no traceback and no personal data. The faults are real: a database file on a
read-only bind mount, a destination on a tmpfs with no room (skipped where this process may
not mount), a SQL error raised by SQLite itself."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kuzet.store.db import make_engine
from support.officers import OFFICER_ENV

IIN_1 = "850314300013"
IIN_2 = "900101300017"
HEADER = "kind,name,iin_bin,citizenship,residence\n"


def _kuzet(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KUZET_HOME=str(home), **OFFICER_ENV)  # writes need an officer
    env.pop("KUZET_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-c", "import sys; from kuzet.app import main; sys.exit(main())", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _mount(*args: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextlib.contextmanager
def _mounted(*args: str, target: Path) -> Iterator[None]:
    if not _mount(*args, str(target)):
        pytest.skip("this process may not mount (needs root with CAP_SYS_ADMIN)")
    try:
        yield
    finally:
        subprocess.run(["umount", str(target)], capture_output=True)


def _customers(path: Path, name: str, iin: str) -> Path:
    path.write_text(HEADER + f"individual,{name},{iin},KZ,KZ\n", encoding="utf-8")
    return path


def test_sql_errors_carry_no_bound_values(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "k.sqlite")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE person (iin TEXT)"))
    with pytest.raises(OperationalError) as raised, engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA query_only=ON")
        conn.execute(text("INSERT INTO person (iin) VALUES (:iin)"), {"iin": IIN_2})
    assert "readonly" in str(raised.value)
    assert IIN_2 not in str(raised.value)
    engine.dispose()


def test_failed_import_on_a_read_only_database_names_no_iin(
    tmp_path: Path, kuzet_home: Path
) -> None:
    db = tmp_path / "k.sqlite"
    first = _kuzet(
        "import",
        "customers",
        str(_customers(tmp_path / "a.csv", "Асель", IIN_1)),
        "--db",
        str(db),
        home=kuzet_home,
    )
    assert first.returncode == 0, first.stderr
    with _mounted("--bind", str(db), target=db):
        if not _mount("-o", "remount,ro,bind", str(db)):
            pytest.skip("cannot remount read-only")
        second = _kuzet(
            "import",
            "customers",
            str(_customers(tmp_path / "b.csv", "Ерлан Серіков", IIN_2)),
            "--db",
            str(db),
            home=kuzet_home,
        )
    assert second.returncode == 3  # the README: the database cannot be opened (for writing)
    assert "read-only" in second.stderr
    assert "Traceback" not in second.stderr
    assert IIN_2 not in second.stderr + second.stdout
    assert "Серіков" not in second.stderr


def test_a_full_destination_is_named(tmp_path: Path, kuzet_home: Path) -> None:
    db = tmp_path / "k.sqlite"
    made = _kuzet(
        "import",
        "customers",
        str(_customers(tmp_path / "a.csv", "Асель", IIN_1)),
        "--db",
        str(db),
        home=kuzet_home,
    )
    assert made.returncode == 0, made.stderr
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    with _mounted("-t", "tmpfs", "-o", "size=4k", "tmpfs", target=tiny):
        out = tiny / "backup.zip"
        result = _kuzet("backup", "--db", str(db), "--out", str(out), home=kuzet_home)
        assert not out.exists()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert str(out) in last and "full" in last  # the destination, not the database
    assert str(db) not in last
