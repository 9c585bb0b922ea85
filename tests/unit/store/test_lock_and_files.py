"""Issue #16, items 4, 6 and 7: one writer per database file whatever its name, readers
never block (nor need to write), and Kuzet's files are private (0700 folders, 0600 files).

Everything here is real: SQLite files, OS locks, hard links, permissions and processes.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.store.lock import DatabaseBusy, WriteLock, is_locked
from kuzet.store.session import Store
from support.demo_db import copy_demo, demo_template
from support.pack_demo_db import PERIOD

LICENCES = "type,number,issuer,issued_on\nafsa,A-1,AFSA,2024-01-01\n"
PACK = ["--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat(), "--sections", "firm"]
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and hard links")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _licences(tmp_path: Path) -> Path:
    source = tmp_path / "in.csv"
    source.write_text(LICENCES, encoding="utf-8")
    return source


def _python(code: str, *args: str, as_user: list[str] = (), **kw) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*as_user, sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


# -- item 4: one writer per file, whatever its name ----------------------------------------


@POSIX
@pytest.mark.sqlite_only
def test_a_second_writer_through_a_hard_link_is_refused(db_file: Path, tmp_path: Path) -> None:
    Store.open(db_file)[0].close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    linked = elsewhere / "same-file.sqlite"
    os.link(db_file, linked)
    assert os.path.samefile(db_file, linked)

    with WriteLock(db_file, program="Kuzet window"):
        assert is_locked(linked)  # seen through the other name too
        with pytest.raises(DatabaseBusy) as refused:
            WriteLock(linked, program="kuzet import").acquire()
        assert "Kuzet window" in str(refused.value)  # the file's own lock names the holder
    assert not is_locked(linked)
    with WriteLock(linked):  # free again once the first writer is gone
        assert is_locked(db_file)


@POSIX
@pytest.mark.sqlite_only
def test_a_writing_command_through_a_hard_link_exits_4_and_the_database_stays_sound(
    db_file: Path, tmp_path: Path, capsys
) -> None:
    source = _licences(tmp_path)
    assert run(["--db", str(db_file), "import", "licences", str(source)]) == 0
    linked = tmp_path / "alias.sqlite"
    os.link(db_file, linked)
    holder = _python(
        """
        import sys, time
        from pathlib import Path
        from kuzet.store.lock import WriteLock
        with WriteLock(Path(sys.argv[1]), program="Kuzet window"):
            print("held", flush=True)
            time.sleep(60)
        """,
        str(db_file),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        capsys.readouterr()
        assert run(["--db", str(linked), "import", "licences", str(source)]) == 4
        assert "already open for writing by Kuzet window" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert run(["--db", str(db_file), "verify"]) == 0


# -- item 6: readers do not block ---------------------------------------------------------

HOLD_A_READ = """
    import sys, time
    from kuzet.cli import run
    from kuzet.registers.system.desk import SystemDesk
    from sqlalchemy import text

    original = SystemDesk.verify_trail

    def slow_verify(self):
        # A long verify: a read transaction held open on the database (a WAL snapshot).
        with self.store.reading() as session:
            session.exec(text("SELECT count(*) FROM sqlite_master")).all()
            print("reading", flush=True)
            time.sleep(60)
        return original(self)

    SystemDesk.verify_trail = slow_verify
    sys.exit(run(["--db", sys.argv[1], "verify"]))
"""


@pytest.mark.sqlite_only
def test_an_import_runs_while_verify_is_reading(db_file: Path, tmp_path: Path) -> None:
    source = _licences(tmp_path)
    assert run(["--db", str(db_file), "verify"]) == 0  # creates the database
    reader = _python(HOLD_A_READ, str(db_file))
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        assert reader.poll() is None  # verify is still running, mid-read
        assert not is_locked(db_file)  # and holds no write lock
        assert run(["--db", str(db_file), "import", "licences", str(source)]) == 0
        with WriteLock(db_file, program="Kuzet window"):  # the window opens too
            pass
    finally:
        reader.kill()
        reader.wait()
    assert run(["--db", str(db_file), "licences"]) == 0


def test_every_read_only_command_runs_while_a_window_holds_the_lock(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    db_file = copy_demo(demo_template(tmp_path_factory), tmp_path / "firm")
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["verify"],
        ["licences"],
        ["export", "licences", str(out / "licences.csv")],
        ["backup", "--out", str(out / "copy.zip")],
        ["pack", "--out", str(out / "pack.pdf"), *PACK],
    ]
    with WriteLock(db_file, program="Kuzet window"):
        for command in commands:
            assert run(["--db", str(db_file), *command]) == 0, command
    assert {p.name for p in out.iterdir()} >= {"licences.csv", "copy.zip", "pack.pdf"}
    assert {p.name: _mode(p) for p in out.iterdir()} == {p.name: 0o600 for p in out.iterdir()}


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folder is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="kuzet-ro-"))
    folder.chmod(0o755)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for name in dirs:
            os.chmod(Path(root) / name, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


READ_ONLY_RUN = """
    import sys
    from kuzet.cli import run
    sys.exit(run(sys.argv[1:]))
"""


@POSIX
def test_a_read_only_database_can_be_read_verified_exported_and_packed(
    shared_tmp: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = shared_tmp / "data"
    database = copy_demo(demo_template(tmp_path_factory), folder, "kuzet.sqlite")
    monkeypatch.setenv("KUZET_HOME", str(folder))
    source = shared_tmp / "in.csv"
    source.write_text(LICENCES, encoding="utf-8")
    # a read-only copy: files 0444 and folders 0555, for every user
    for root, dirs, files in os.walk(folder):
        for name in files:
            os.chmod(Path(root) / name, 0o444)
        for name in dirs:
            os.chmod(Path(root) / name, 0o555)
    folder.chmod(0o555)
    out = shared_tmp / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)

    as_other_user: dict = {}
    if os.geteuid() == 0:  # root ignores permissions: read as "nobody", as a user would
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        as_other_user = {"as_user": nobody}
    env = {**os.environ, "KUZET_HOME": str(folder), "HOME": str(out)}
    before = sorted(p.name for p in folder.iterdir())
    for command in (
        ["verify"],
        ["licences"],
        ["export", "licences", str(out / "licences.csv")],
        ["pack", "--out", str(out / "pack.pdf"), *PACK],
        ["backup", "--out", str(out / "copy.zip")],
    ):
        done = _python(READ_ONLY_RUN, "--db", str(database), *command, env=env, **as_other_user)
        stdout, stderr = done.communicate(timeout=120)
        assert done.returncode == 0, (command, stdout, stderr)
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written beside it
    assert {p.name for p in out.iterdir()} >= {"licences.csv", "pack.pdf", "copy.zip"}
    # and a writer is refused cleanly, with nothing half-written
    done = _python(
        READ_ONLY_RUN,
        "--db",
        str(database),
        "import",
        "licences",
        str(source),
        env=env,
        **as_other_user,
    )
    _stdout, stderr = done.communicate(timeout=120)
    assert done.returncode == 3 and "Traceback" not in stderr  # cannot open (for writing)


# -- item 7: private files ----------------------------------------------------------------


@POSIX
@pytest.mark.sqlite_only
def test_a_new_installation_is_private(db_file: Path, kuzet_home: Path, tmp_path: Path) -> None:
    kuzet_home.rmdir()  # the first run creates the data directory
    os.umask(old := os.umask(0o022))  # an ordinary umask: files would be 0644
    try:
        assert run(["--db", str(db_file), "import", "licences", str(_licences(tmp_path))]) == 0
        store, _ = Store.open(db_file)
        try:
            with store.reading() as session:  # the WAL and its index exist while open
                from sqlalchemy import text

                session.exec(text("SELECT 1")).all()
                companions = [db_file.with_name(db_file.name + s) for s in ("-wal", "-shm")]
                for companion in companions:
                    assert companion.exists() and _mode(companion) == 0o600, companion
        finally:
            store.close()
        assert run(["--db", str(db_file), "backup"]) == 0
        export = tmp_path / "licences.xlsx"
        assert run(["--db", str(db_file), "export", "licences", str(export)]) == 0
    finally:
        os.umask(old)
    assert _mode(kuzet_home) == 0o700
    assert _mode(db_file) == 0o600
    assert _mode(db_file.with_name(db_file.name + ".lock")) == 0o600
    assert _mode(kuzet_home / "locks") == 0o700
    assert all(_mode(p) == 0o600 for p in (kuzet_home / "locks").iterdir())
    backups = db_file.with_name(db_file.name + ".backups")
    assert _mode(backups) == 0o700
    assert [_mode(p) for p in backups.iterdir()] == [0o600] * len(list(backups.iterdir()))
    assert _mode(export) == 0o600


@POSIX
@pytest.mark.sqlite_only
def test_an_existing_installation_is_tightened_when_opened(
    db_file: Path, kuzet_home: Path, tmp_path: Path
) -> None:
    assert run(["--db", str(db_file), "import", "licences", str(_licences(tmp_path))]) == 0
    vault = db_file.with_name(db_file.name + ".vault")
    backups = db_file.with_name(db_file.name + ".backups")
    for folder in (vault, backups):
        folder.mkdir(exist_ok=True)
        (folder / "old-file").write_bytes(b"x")
    # as an older Kuzet left it: everything readable by every local user
    for path in [kuzet_home, vault, backups]:
        path.chmod(0o755)
    for path in [db_file, vault / "old-file", backups / "old-file", *kuzet_home.glob("*.lock")]:
        path.chmod(0o644)

    assert run(["--db", str(db_file), "verify"]) == 0  # a reader opening it is enough

    assert _mode(kuzet_home) == 0o700
    assert _mode(vault) == 0o700 and _mode(backups) == 0o700
    for path in [db_file, vault / "old-file", backups / "old-file", *kuzet_home.glob("*.lock")]:
        assert _mode(path) == 0o600, path


@POSIX
def test_the_pre_upgrade_copy_is_private(tmp_path: Path) -> None:
    golden = Path(__file__).resolve().parents[2] / "data" / "golden_0001.sqlite"
    old = tmp_path / "old.sqlite"
    shutil.copyfile(golden, old)
    old.chmod(0o644)
    Store.open(old)[0].close()
    copies = list((tmp_path / "old.sqlite.backups").glob("pre-upgrade-*.sqlite"))
    assert copies and all(_mode(p) == 0o600 for p in copies)
    assert _mode(old) == 0o600


@POSIX
def test_a_database_outside_the_data_directory_keeps_its_folder_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared-folder"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Store.open(folder / "firm.sqlite")[0].close()
    assert _mode(folder) == 0o755  # not Kuzet's folder: left alone
    assert _mode(folder / "firm.sqlite") == 0o600
