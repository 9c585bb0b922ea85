"""The window on a team database paints first, then connects (issue #18): it shows
"Connecting to host/db…" until the store is open; a password the server asks for is asked
and the connection tried again; a refused connection or another schema is said and the
window closes with exit code 3; a cancelled password closes it with 3 too."""

from __future__ import annotations

from pathlib import Path

import pytest

from kuzet.registers.system import signin
from kuzet.registers.system.team_desk import TeamDesk
from kuzet.store.location import parse_location, use_password
from kuzet.ui.team_start import TeamStart


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The critical message boxes shown (not opened: they would wait for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.critical",
        lambda parent, title, text: shown.append(f"{title}: {text}"),
    )
    return shown


def _window(qtbot, location, ui_settings, ask=None):
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    window = MainWindow(location.path, ui_settings=ui_settings)
    start = TeamStart(window, location, ask=ask)
    qtbot.addWidget(window)
    window.show()
    return window, start


def _finish(qtbot, start: TeamStart) -> int:
    with qtbot.waitSignal(start.finished, timeout=30000) as blocker:
        start.connect()
    return int(blocker.args[0])


@pytest.mark.postgresql_only
def test_the_window_says_connecting_then_shows_the_pages(
    qtbot, pg_url: str, ui_settings, boxes
) -> None:
    location = parse_location(pg_url)
    from kuzet.store.session import Store

    first, _ = Store.open(location)
    officer = {"login": location.user, "role": "mlro", "full_name": "Team Mlro"}
    TeamDesk(first).start_firm({**officer, "password": "team-pass-1234"})
    first.close()
    signin.end()
    window, start = _window(qtbot, location, ui_settings)
    qtbot.waitExposed(window)  # painted before anything connects
    assert window.store is None and start.code is None
    assert window.placeholder.isVisible()
    assert window.placeholder.text() == f"Connecting to 127.0.0.1/{location.database}…"
    assert f"127.0.0.1/{location.database}" in window.db_label.text()
    try:
        assert _finish(qtbot, start) == 0
        assert window.store is not None and not window.placeholder.isVisible()
        assert location.user in window.officer_label.text()
        assert signin.current().login == location.user
        assert boxes == []
    finally:
        window.close()


def test_another_schema_is_said_and_the_window_closes_with_3(
    qtbot, monkeypatch, kuzet_home: Path, ui_settings, boxes
) -> None:
    from kuzet.store.schema import SchemaError
    from kuzet.store.session import Store

    def refuse(cls, where, pack=None):
        raise SchemaError("this database is at a newer schema: ask your administrator")

    monkeypatch.setattr(Store, "open", classmethod(refuse))
    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:1/firm")
    window, start = _window(qtbot, location, ui_settings)
    assert _finish(qtbot, start) == 3
    assert start.code == 3 and not window.isVisible()
    assert len(boxes) == 1 and "ask your administrator" in boxes[0]
    assert boxes[0].startswith("Kuzet cannot open this database")


def test_a_refused_connection_is_said_and_the_window_closes_with_3(
    qtbot, kuzet_home: Path, ui_settings, boxes
) -> None:
    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:1/firm")  # nobody listens
    window, start = _window(qtbot, location, ui_settings)
    assert _finish(qtbot, start) == 3
    assert len(boxes) == 1 and "127.0.0.1/firm: cannot connect" in boxes[0]
    assert not window.isVisible()


def test_the_password_is_asked_after_the_paint_and_tried_again(
    qtbot, monkeypatch, kuzet_home: Path, db_file, ui_settings, boxes
) -> None:
    from sqlalchemy.exc import OperationalError

    from kuzet.store.location import password_for
    from kuzet.store.session import Store

    real_open = Store.open
    tries: list[str | None] = []

    def fake_open(cls, where, pack=None):
        tries.append(password_for(where))
        if tries[-1] != "right":
            orig = Exception('password authentication failed for user "mlro"')
            raise OperationalError("connect", {}, orig)
        return real_open(db_file)

    monkeypatch.setattr(Store, "open", classmethod(fake_open))
    monkeypatch.delenv("KUZET_PASSWORD", raising=False)
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    asked: list[str] = []
    answers = iter([("wrong", False), ("right", False)])

    def ask(where, problem):
        asked.append(problem)
        return next(answers)

    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:1/firm")
    window, start = _window(qtbot, location, ui_settings, ask=ask)
    try:
        assert _finish(qtbot, start) == 0
        assert asked == [
            "The server asks for the password of mlro.",
            "The server refused the password of mlro. Type it again.",
        ]
        assert tries == [None, "wrong", "right"]
        assert window.store is not None and boxes == []
    finally:
        window.close()
        use_password(location, None)


def test_a_cancelled_password_closes_the_window_with_3(
    qtbot, monkeypatch, kuzet_home: Path, ui_settings, boxes
) -> None:
    from sqlalchemy.exc import OperationalError

    from kuzet.store.session import Store

    def no_password(cls, where, pack=None):
        raise OperationalError("connect", {}, Exception("fe_sendauth: no password supplied"))

    monkeypatch.setattr(Store, "open", classmethod(no_password))
    monkeypatch.delenv("KUZET_PASSWORD", raising=False)
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    location = parse_location("postgresql+psycopg://dana@127.0.0.1:1/firm")
    window, start = _window(qtbot, location, ui_settings, ask=lambda where, problem: None)
    assert _finish(qtbot, start) == 3
    assert boxes == [] and not window.isVisible()  # cancelled: nothing more to say
