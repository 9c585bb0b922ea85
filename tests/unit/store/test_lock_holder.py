"""Who holds a database's write lock (issue #18): the signed-in officer, who acted, or
the OS account from the account database; never USER/USERNAME from the environment."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import pytest

from kuzet.registers.system import signin
from kuzet.store.lock import WriteLock, os_account, read_holder


@pytest.fixture
def spoofed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("USERNAME", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")


def test_the_os_account_comes_from_the_account_database(spoofed: None) -> None:
    assert os_account() == pwd.getpwuid(os.getuid()).pw_name != "someone-else"


def test_the_holder_is_the_signed_in_officer_not_the_environment(
    spoofed: None, kuzet_home: Path
) -> None:
    database = kuzet_home / "kuzet.sqlite"
    signin.begin(signin.Identity(login="deputy.sarsenova", role="deputy"))
    with WriteLock(database, program="kuzet import licences"):
        assert read_holder(database)["user"] == "deputy.sarsenova"


def test_with_nobody_signed_in_the_holder_is_the_os_account(
    spoofed: None, kuzet_home: Path
) -> None:
    database = kuzet_home / "kuzet.sqlite"
    signin.end()
    with WriteLock(database, program="Kuzet window"):
        holder = read_holder(database)
    assert holder["user"] == pwd.getpwuid(os.getuid()).pw_name != "someone-else"


def test_the_window_socket_name_ignores_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from kuzet.ui.single_instance import server_name

    before = server_name(tmp_path / "kuzet.sqlite")
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("USERNAME", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")
    assert server_name(tmp_path / "kuzet.sqlite") == before


def test_a_lock_taken_before_sign_in_names_the_officer_once_refreshed(
    spoofed: None, kuzet_home: Path
) -> None:
    database = kuzet_home / "kuzet.sqlite"
    signin.end()
    with WriteLock(database, program="Kuzet window") as lock:
        since = read_holder(database)["since"]
        signin.begin(signin.Identity(login="mlro.nurpeisova", role="mlro"))
        lock.refresh_holder()
        holder = read_holder(database)
    signin.end()
    assert holder["user"] == "mlro.nurpeisova" and holder["since"] == since
