"""The window in team mode and for roles that only read (issue #18): a team database opens
with the server login signed in and named in the status bar; a refused password is asked
again; the schema check is said (exit 3); the auditor, and a window nobody signed in to,
are offered no write button on any page or tab, nor in the customer file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from kuzet.registers.system import signin
from kuzet.registers.system.team_desk import TeamDesk
from kuzet.store.location import parse_location, use_password
from kuzet.ui import team_open
from kuzet.ui.dialogs.sign_in import ServerPasswordDialog

# What a button that writes starts with (the labels are English in the tests). Not
# "Withdraw…": any officer withdraws their own request (the auditor makes none).
WRITE_WORDS = (
    "New",
    "Edit",
    "Retire",
    "Import",
    "Decide",
    "Add",
    "Attach",
    "Record",
    "Respond",
    "Approve",
    "Reject",
    "Override",
    "Set-up",
    "Fee basis",
    "SRC prices",
)


def _offered(root: QWidget, top: QWidget) -> list[str]:
    """The enabled write buttons a person sees under ``root``, walking every tab."""
    found: set[str] = set()

    def collect() -> None:
        for button in root.findChildren(QPushButton):
            text = button.text().replace("&", "")
            if button.isVisibleTo(top) and button.isEnabled() and text.startswith(WRITE_WORDS):
                found.add(text)

    collect()
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            collect()
    return sorted(found)


def _walk(window, qtbot) -> dict[str, list[str]]:
    """Every page of the window, and the first customer's file: what each offers."""
    offered: dict[str, list[str]] = {}
    for spec in window.specs:
        page = window.show_page(spec.key)
        assert page is not None
        if spec.key == "settings":
            continue  # the language and display choices are the officer's own
        shown = _offered(page, window)
        if shown:
            offered[spec.key] = shown
    customers = window.show_page("customers")
    if customers.model.rowCount():
        view = customers.edit_record(customers.model.id_at(0))
        qtbot.addWidget(view)
        shown = _offered(view, view)
        if shown:
            offered["customer file"] = shown
        view.close()
    return offered


@pytest.fixture
def demo_window(qtbot, demo_db: Path, ui_settings):
    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    store, _ = Store.open(demo_db)
    main = MainWindow(demo_db, store=store, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    store.close()


@pytest.mark.sqlite_only  # the demo firm's template is an SQLite file
def test_the_auditor_is_offered_no_write_on_any_page_or_tab(demo_window, qtbot) -> None:
    from kuzet.demo.officers import DEMO_PASSWORD

    TeamDesk(demo_window.store).sign_in("o.li", DEMO_PASSWORD)  # the demo's auditor
    demo_window.officer_changed()
    assert "o.li" in demo_window.officer_label.text()
    assert demo_window.read_only_banner.isHidden()  # signed in: no banner
    assert _walk(demo_window, qtbot) == {}


@pytest.mark.sqlite_only
def test_nobody_signed_in_leaves_a_read_only_window(demo_window, qtbot) -> None:
    assert _walk(demo_window, qtbot) != {}  # the demo's MLRO writes
    signin.end()  # as after a cancelled sign-in
    demo_window.officer_changed()
    assert not demo_window.read_only_banner.isHidden()
    assert demo_window.read_only_banner.text() == "Read only: nobody signed in"
    actions = demo_window.menu_actions
    assert not actions["wizard"].isVisible() and not actions["restore"].isVisible()
    assert actions["pack"].isVisible()  # reading is fine
    assert _walk(demo_window, qtbot) == {}


def test_a_write_with_nobody_signed_in_is_said_not_raised(window, qtbot) -> None:
    signin.end()
    window.officer_changed()
    from kuzet.ui.dialogs.staff_dialog import StaffDialog

    dialog = StaffDialog(window.desk.programme, None, window)
    qtbot.addWidget(dialog)
    dialog.save()  # the core refuses: the message shows in the dialog, nothing escapes
    assert dialog.general_error.text() == "Sign in to do this."  # ui/refusals.py


def test_a_refused_password_is_asked_again(monkeypatch, kuzet_home: Path, db_file) -> None:
    from sqlalchemy.exc import OperationalError

    from kuzet.store.session import Store

    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:1/firm")
    real_open = Store.open
    tries: list[str | None] = []

    def fake_open(where, pack=None):
        from kuzet.store.location import password_for

        tries.append(password_for(where))
        if tries[-1] != "right":
            orig = Exception('password authentication failed for user "mlro"')
            raise OperationalError("connect", {}, orig)
        return real_open(db_file)

    monkeypatch.setattr(Store, "open", classmethod(lambda cls, where, pack=None: fake_open(where)))
    monkeypatch.delenv("KUZET_PASSWORD", raising=False)
    monkeypatch.setattr("keyring.get_password", lambda service, user: None)
    asked: list[str] = []
    answers = iter([("wrong", False), ("right", False)])

    def ask(where, problem):
        asked.append(problem)
        return next(answers)

    try:
        store, code = team_open.open_team(location, ask=ask)
        assert code == 0 and store is not None
        store.close()
        assert asked == [
            "The server asks for the password of mlro.",
            "The server refused the password of mlro. Type it again.",
        ]
        assert tries[1:] == ["wrong", "right"]
        cancelled = team_open.open_team(
            parse_location("postgresql+psycopg://dana@127.0.0.1:1/firm"),
            ask=lambda where, problem: None,
        )
        assert cancelled == (None, 3)
    finally:
        use_password(location, None)


def test_the_schema_check_is_said_with_exit_3(monkeypatch, capsys, kuzet_home: Path) -> None:
    from kuzet.store.schema import SchemaError
    from kuzet.store.session import Store

    def refuse(cls, where, pack=None):
        raise SchemaError("this database is at another schema: ask your administrator")

    monkeypatch.setattr(Store, "open", classmethod(refuse))
    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:1/firm")
    assert team_open.open_team(location, quiet=True) == (None, 3)
    assert "ask your administrator" in capsys.readouterr().err


def test_the_password_dialog_names_the_officer_and_the_server(qtbot, kuzet_home: Path) -> None:
    location = parse_location("postgresql+psycopg://mlro@db.firm.kz/kuzet?sslmode=verify-full")
    dialog = ServerPasswordDialog(location, "The server refused the password of mlro.")
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.result()  # no password typed: stays open
    dialog.password.setText("secret")
    dialog.remember.setChecked(True)
    dialog.save()
    assert dialog.result() == ServerPasswordDialog.DialogCode.Accepted


@pytest.mark.postgresql_only
def test_the_window_opens_a_team_database_as_the_server_login(
    qtbot, pg_server, pg_url: str, ui_settings
) -> None:
    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    location = parse_location(pg_url)
    first, _ = Store.open(location)
    TeamDesk(first).start_firm(
        {
            "login": location.user,
            "role": "mlro",
            "full_name": "Team Mlro",
            "password": "team-pass-1234",
        }
    )
    first.close()
    signin.end()  # the window signs the server login in by itself
    make_app()
    store, code = team_open.open_team(location, quiet=True)
    assert code == 0
    window = MainWindow(location.path, ui_settings=ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.use_store(store)
    try:
        assert window.specs[window.current_index()].key == "dashboard"
        assert window.stack.currentWidget() is window.pages["dashboard"]
        assert location.user in window.officer_label.text()
        assert f"127.0.0.1/{location.database}" in window.db_label.text()
        assert window.read_only_banner.isHidden()
        assert not window.menu_actions["backup"].isVisible()  # the server's: kuzet admin backup
        assert signin.current().login == location.user
    finally:
        window.close()
