"""One writer per database: the OS file lock, its holder's name, and the CLI's use of it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.store.lock import DatabaseBusy, WriteLock, is_locked, lock_path, read_holder


@pytest.mark.sqlite_only
def test_a_second_lock_on_the_same_database_is_refused_naming_the_holder(db_file: Path) -> None:
    with WriteLock(db_file, program="Kuzet window") as first:
        assert first.held and is_locked(db_file)
        with pytest.raises(DatabaseBusy) as refused:
            WriteLock(db_file, program="kuzet import licences").acquire()
        message = str(refused.value)
        assert str(db_file) in message
        assert "Kuzet window" in message and "process" in message
        assert read_holder(db_file)["program"] == "Kuzet window"
    assert not is_locked(db_file)
    assert read_holder(db_file) == {}  # released: the file no longer names a holder
    with WriteLock(db_file, program="again"):  # free again
        assert is_locked(db_file)


def test_another_database_has_its_own_lock(db_file: Path, tmp_path: Path) -> None:
    with WriteLock(db_file), WriteLock(tmp_path / "other.sqlite") as other:
        assert other.held


@pytest.mark.sqlite_only
def test_a_lock_held_by_a_dead_process_is_free(db_file: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from kuzet.store.lock import WriteLock
        lock = WriteLock(Path({str(db_file)!r}), program="crashed window").acquire()
        print("held", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True, cwd=db_file.parent
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert is_locked(db_file)
        with pytest.raises(DatabaseBusy, match="crashed window"):
            WriteLock(db_file).acquire()
    finally:
        child.kill()
        child.wait()
    # The OS let go when the process died; the stale file names it but blocks no one.
    assert lock_path(db_file).exists()
    assert not is_locked(db_file)
    with WriteLock(db_file, program="next start") as lock:
        assert lock.held and read_holder(db_file)["program"] == "next start"


@pytest.mark.sqlite_only
def test_cli_commands_that_write_refuse_while_the_window_holds_the_lock(
    db_file: Path, tmp_path: Path, capsys
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("type,number,issuer,issued_on\nafsa,A-1,AFSA,2024-01-01\n", encoding="utf-8")
    assert run(["--db", str(db_file), "verify"]) == 0  # creates the database
    with WriteLock(db_file, program="Kuzet window"):
        assert run(["--db", str(db_file), "import", "licences", str(source)]) == 4
        err = capsys.readouterr().err
        assert "already open for writing by Kuzet window" in err
        # Readers run beside the window.
        assert run(["--db", str(db_file), "verify"]) == 0
        assert run(["--db", str(db_file), "licences"]) == 0
    assert not is_locked(db_file)  # nothing left over by the refused or the read commands
    assert run(["--db", str(db_file), "import", "licences", str(source)]) == 0
    assert not is_locked(db_file)  # the command released its lock when it ended


@pytest.mark.sqlite_only
def test_a_reader_does_not_create_or_upgrade_a_database_someone_else_holds(
    db_file: Path, capsys
) -> None:
    with WriteLock(db_file, program="Kuzet window"):
        assert run(["--db", str(db_file), "verify"]) == 4
    assert "already open for writing" in capsys.readouterr().err
    assert not db_file.exists()
