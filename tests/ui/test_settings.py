"""The Settings page, backup and restore from the window, the backup on exit, About."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlmodel import select

from kuzet.paths import backups_dir, data_dir
from kuzet.registers.licensing import licences
from kuzet.registers.system import backups
from kuzet.store.models import Licence
from kuzet.ui import notify
from support.team import shown_database


def add_licence(store, number: str) -> None:
    data = {"licence_type": "afsa", "number": number, "issuer": "AFSA"}
    with store.transaction() as session:
        licences.create(
            session,
            data | {"issued_on": dt.date(2024, 1, 1)},
            store.rules(session),
            dt.date.today(),
        )


def numbers(window) -> list[str]:
    with window.store.reading() as session:
        return sorted(session.exec(select(Licence.number)).all())


@pytest.fixture
def no_keyring():
    """No usable OS keyring (as on this Linux machine), whatever another test installed."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_settings_shows_where_data_lives_and_the_keyring(
    window, db_file: Path | str, no_keyring
) -> None:
    page = window.show_page("settings")
    data = page.sections["data"].labels
    assert data["Database"].text() == shown_database(db_file)  # a file, or the team server
    assert data["Data folder"].text() == str(data_dir())
    keyring = page.sections["keyring"]
    assert keyring.backend.text() == "no keyring available"  # a human name, not the class
    assert keyring.backend.toolTip() == "keyring.backends.fail.Keyring"
    assert "No OS keyring is usable here" in keyring.state.text()


@pytest.mark.sqlite_only  # a database file: its vault folder and its file backups
def test_settings_shows_the_vault_folder_and_the_file_backups(window, db_file: Path) -> None:
    page = window.show_page("settings")
    assert list(page.sections)[:4] == ["language", "data", "backups", "keyring"]  # then others'
    data = page.sections["data"].labels
    assert "created when the first document is attached" in data["Document vault"].text()
    assert data["Backups"].text() == str(backups_dir(db_file))
    section = page.sections["backups"]
    assert section.last.text().startswith("None yet")
    assert section.next.text() == "When you close Kuzet today"


@pytest.mark.postgresql_only
def test_a_team_database_shows_no_file_backups(qtbot, store, db_file: str, ui_settings) -> None:
    """No file, vault folder or file backup on a team database: Settings, About and the
    menu offer none, and closing the window makes none (the server's: kuzet admin backup)."""
    from PySide6.QtWidgets import QPushButton

    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    window = MainWindow(db_file, store=store, ui_settings=ui_settings, backup_on_exit=True)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert list(page.sections)[:3] == ["language", "data", "keyring"]
    assert set(page.sections["data"].labels) == {"Database", "Data folder"}
    buttons = {button.text() for button in page.findChildren(QPushButton)}
    assert not buttons & {"Back up now…", "Restore from backup…"}
    assert not window.menu_actions["backup"].isVisible()
    assert not window.menu_actions["restore"].isVisible()
    about = window.run_action("about")
    assert shown_database(db_file) in about.details.text()
    assert "Backups:" not in about.details.text()
    about.close()
    assert not window.backup_on_exit
    window.close()
    assert not (data_dir() / "backups").exists()


@pytest.mark.sqlite_only  # file backups of a database file
def test_back_up_and_restore_from_the_window(window, qtbot, store, tmp_path: Path) -> None:
    from kuzet.ui.dialogs.backup_dialog import open_backup_dialog, open_restore_dialog

    add_licence(store, "A-1")
    archive = tmp_path / "from-window.zip"
    task = open_backup_dialog(window, out=archive)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert notify.last_message["title"] == "Backup written"
    assert str(archive) in notify.last_message["text"]
    page = window.show_page("settings")
    page.refresh()
    assert str(archive.resolve()) in page.sections["backups"].last.text()

    add_licence(store, "A-2")
    assert numbers(window) == ["A-1", "A-2"]
    window.show_page("licences")
    flow = open_restore_dialog(window, archive, confirm=False)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        pass
    assert done.args == [True]
    qtbot.waitUntil(lambda: window.store is not None, timeout=10000)
    assert numbers(window) == ["A-1"]
    assert notify.last_message["title"] == "Restored"
    assert "kept in" in notify.last_message["text"]
    licences_page = window.show_page("licences")  # pages are rebuilt on the restored file
    assert licences_page.model.rowCount() == 1


@pytest.mark.sqlite_only  # file backups of a database file
def test_a_corrupted_backup_is_refused_in_the_window_and_nothing_changes(
    window, qtbot, store, db_file: Path, tmp_path: Path
) -> None:
    from kuzet.ui.dialogs.backup_dialog import open_restore_dialog

    add_licence(store, "KEEP-ME")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("manifest.json", '{"format": "kuzet-backup"}')
    flow = open_restore_dialog(window, bad, confirm=False)
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        pass
    assert done.args == [False]
    assert notify.last_message["title"] == "Backup refused"
    assert notify.last_message["text"].startswith("Nothing was replaced")
    assert window.store is not None and numbers(window) == ["KEEP-ME"]
    assert not backups.list_backups(db_file)


@pytest.mark.sqlite_only  # file backups of a database file
def test_closing_the_window_makes_the_daily_backup(
    qtbot, store, db_file: Path, ui_settings
) -> None:
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    add_licence(store, "A-1")
    window = MainWindow(db_file, store=store, ui_settings=ui_settings, backup_on_exit=True)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    made = backups.list_backups(db_file)
    assert [b.kind for b in made] == ["auto"]
    with zipfile.ZipFile(made[0].path) as archive:
        assert "database.sqlite" in archive.namelist()
    # A second close the same day adds nothing.
    from kuzet.store.session import Store

    reopened, _ = Store.open(db_file)
    again = MainWindow(db_file, store=reopened, ui_settings=ui_settings, backup_on_exit=True)
    again.close()
    assert reopened is again.store  # it had a store, so it did consider a backup
    assert len(backups.list_backups(db_file)) == 1


def test_about_names_the_version_the_data_and_the_font_licence(window, db_file: Path) -> None:
    from kuzet import __version__

    dialog = window.run_action("about")
    assert f"Version {__version__}" in dialog.heading.text()
    assert shown_database(db_file) in dialog.details.text()  # a file, or the team server
    assert "Bitstream Vera" in dialog.licence.toPlainText()
    dialog.close()


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in for one computer (the real one does not run here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    import keyring

    from kuzet.store import keys

    before = keyring.get_keyring()
    home = MemoryKeyring()
    keyring.set_keyring(home)
    keys.forget()
    yield home
    keyring.set_keyring(before)
    keys.forget()


@pytest.mark.sqlite_only  # file backups of a database file
def test_the_backup_dialog_puts_the_vault_key_in_under_a_passphrase(
    window, qtbot, store, tmp_path: Path, memory_keyring
) -> None:
    from kuzet.store.backup import read_manifest
    from kuzet.store.vault import create_vault
    from kuzet.ui.dialogs.backup_dialog import open_backup_dialog

    dialog = open_backup_dialog(window)
    assert not dialog.include.isEnabled()  # no vault yet: no key to export
    assert "no key yet" in dialog.note.text()
    dialog.reject()
    with store.transaction() as session:
        create_vault(session, store.path)  # the key goes to the (memory) keyring

    dialog = open_backup_dialog(window)
    assert dialog.include.isEnabled() and not dialog.passphrase.isEnabled()
    archive = tmp_path / "with-key"
    dialog.path.setText(str(archive))
    dialog.include.setChecked(True)
    dialog.passphrase.setText("Бурабай 2026 export")
    dialog.repeat.setText("Бурабай 2026 exports")
    dialog.accept()
    assert dialog.error.text() == "The two passphrases differ." and dialog.isVisible()
    dialog.repeat.setText("Бурабай 2026 export")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert notify.last_message["title"] == "Backup written"
    assert "wrapped under the export passphrase" in notify.last_message["text"]
    entry = read_manifest(archive.with_suffix(".zip")).vault_key
    assert entry["format"] == "kuzet-vault-key" and entry["kdf"]["name"] == "scrypt"


@pytest.mark.sqlite_only  # file backups of a database file
def test_restoring_the_key_on_a_new_computer_asks_for_the_export_passphrase(
    window, qtbot, store, db_file: Path, tmp_path: Path, memory_keyring
) -> None:
    from kuzet.registers.system.backups import backup_now
    from kuzet.store import keys
    from kuzet.store.vault import create_vault
    from kuzet.ui.dialogs.backup_dialog import open_restore_dialog

    add_licence(store, "A-1")
    with store.transaction() as session:
        create_vault(session, store.path)
    archive = tmp_path / "keyed.zip"
    backup_now(db_file, archive, key_passphrase="Бурабай 2026 export")
    memory_keyring.items.clear()  # as on a new computer: the keyring does not hold the key
    keys.forget()
    add_licence(store, "A-2")

    flow = open_restore_dialog(window, archive, confirm=False)
    qtbot.waitUntil(lambda: flow.key_dialog is not None, timeout=20000)
    dialog = flow.key_dialog
    dialog.accept()
    assert dialog.error.text() == "Enter the export passphrase."
    dialog.export.setText("not the passphrase")
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        dialog.accept()
    assert done.args == [False]
    assert notify.last_message["title"] == "Backup refused"
    assert "not the export passphrase" in notify.last_message["text"]
    qtbot.waitUntil(lambda: window.store is not None, timeout=10000)
    assert numbers(window) == ["A-1", "A-2"] and memory_keyring.items == {}

    flow = open_restore_dialog(window, archive, confirm=False)
    qtbot.waitUntil(lambda: flow.key_dialog is not None, timeout=20000)
    flow.key_dialog.export.setText("Бурабай 2026 export")
    with qtbot.waitSignal(flow.finished, timeout=30000) as done:
        flow.key_dialog.accept()
    assert done.args == [True]
    qtbot.waitUntil(lambda: window.store is not None, timeout=10000)
    assert numbers(window) == ["A-1"]
    assert "now in this computer's keyring" in notify.last_message["text"]
    assert len(memory_keyring.items) == 1
