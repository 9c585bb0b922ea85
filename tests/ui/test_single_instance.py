"""One window per database: a second start brings the first forward, or says it is open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kuzet.store.lock import WriteLock, is_locked

pytestmark = pytest.mark.sqlite_only  # the window's lock on the SQLite file


def kuzet_command() -> list[str]:
    script = shutil.which("kuzet", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "kuzet.app"]


def start_second(db_file: Path, *extra: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [*kuzet_command(), "gui", "--db", str(db_file), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def guarded(window, db_file: Path):
    """The test's window holding the database as the app does: lock taken, socket open."""
    from kuzet.ui.single_instance import InstanceGuard

    guard = InstanceGuard(db_file)
    guard.claim()
    assert guard.listen()
    guard.activated.connect(window.bring_forward)
    yield guard
    guard.release()


def test_a_second_start_brings_the_first_window_forward(window, guarded, qtbot, db_file: Path):
    window.showMinimized()
    second = start_second(db_file)
    with qtbot.waitSignal(guarded.activated, timeout=30000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)  # the loop answers it
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert f"Kuzet is already open on {db_file}; its window was brought forward." in out
    assert window.times_brought_forward == 1
    assert not window.isMinimized()
    assert is_locked(db_file)  # still ours: the second start never took it


def test_a_second_start_says_the_database_is_open_when_no_window_answers(db_file: Path):
    # A command-line import (no window, no socket) holds the database.
    with WriteLock(db_file, program="kuzet import licences"):
        second = start_second(db_file, "--exit-after-show")
        out, err = second.communicate(timeout=60)
    assert second.returncode == 4
    assert "already open for writing by kuzet import licences" in err
    assert out.strip() == ""  # no window was shown
    assert not db_file.exists()  # and nothing was created or changed


def test_a_stale_socket_from_a_crashed_window_does_not_block(db_file: Path, qtbot) -> None:
    from kuzet.ui.launch import make_app
    from kuzet.ui.single_instance import InstanceGuard, ask_first_window

    make_app()
    first = InstanceGuard(db_file)
    first.claim()
    assert first.listen()
    first.lock.release()  # as if the process had died: the OS let go of the lock
    first.server = None  # ...and the socket file is left behind, unanswered
    assert not is_locked(db_file)
    second = InstanceGuard(db_file)
    second.claim()
    assert second.listen()  # the stale name was cleared
    assert not ask_first_window(db_file.with_name("other.sqlite"), wait_ms=200)
    second.release()


def test_server_names_differ_by_database(tmp_path: Path) -> None:
    from kuzet.ui.single_instance import server_name

    one, two = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert server_name(one) != server_name(two)
    assert server_name(one) == server_name(tmp_path / "x" / ".." / "a.sqlite")
