"""The Settings page: sections stacked in one scrollable column.

Built as sections so other areas can add theirs without editing this file::

    from kuzet.ui.pages.settings import register_section
    register_section("screening", "Screening thresholds", ScreeningSection, order=50)

A section is a widget class called with ``(desk, window)`` (``kuzet/desk.py``); if it has
``refresh()`` the page calls it when shown again; a factory that returns None adds no
section. The sections that come with the page: language, where data lives, backups (of a
database file; none on a team database), and the keyring.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...i18n import format_date, format_datetime, tr
from ...registers.system import backups
from ...store.keyring_names import keyring_label
from ...store.keys import keyring_status
from ..form import hint_label
from ..i18n_qt import LANGUAGES, SYSTEM, choose_language, chosen_language, current_language
from ..style import WARNING
from ..team_database import team_server

SECTION_TITLE_STYLE = "font-size: 12pt; font-weight: 600; color: #1d2733;"
_SECTIONS: list[tuple[int, str, str, Callable[[Any, Any], QWidget | None]]] = []


def register_section(
    key: str, title: str, factory: Callable[[Any, Any], QWidget | None], order: int = 100
) -> None:
    """Add a section to the Settings page (title in English; translated when shown)."""
    _SECTIONS[:] = [s for s in _SECTIONS if s[1] != key]
    _SECTIONS.append((order, key, title, factory))
    _SECTIONS.sort(key=lambda s: (s[0], s[1]))


def _value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    label.setTextInteractionFlags(label.textInteractionFlags() | selectable)
    return label


def _add_hint(form: QFormLayout, text: str) -> QLabel:
    """A note under a section's fields, in the page's hint style."""
    hint = hint_label(text)
    form.addRow("", hint)
    return hint


def _open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))


class LanguageSection(QWidget):
    def __init__(self, desk: Any, window: Any) -> None:
        super().__init__()
        self.window_ref = window
        form = QFormLayout(self)
        self.combo = QComboBox()
        self.combo.addItem(tr("As the system (default)"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        settings = window.ui_settings
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language(settings))))
        self.combo.setMaximumWidth(360)
        self.combo.currentIndexChanged.connect(self._changed)
        form.addRow(tr("Language"), self.combo)
        self.note = _add_hint(
            form,
            tr("Shown now: {language}. Dates are written dd.mm.yyyy in every language.").format(
                language=LANGUAGES[current_language()]
            ),
        )

    def _changed(self) -> None:
        choose_language(self.window_ref.ui_settings, self.combo.currentData())
        self.note.setText(tr("Saved. The new language is used the next time Kuzet starts."))


class DataSection(QWidget):
    def __init__(self, desk: Any, window: Any) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        server = team_server(window)
        if server is not None:  # documents are in the database; backups are the server's
            database = tr("Team database: {server}").format(server=server)
            self.labels[tr("Database")] = label = _value_label(database)
            form.addRow(tr("Database"), label)
            rows = [(tr("Data folder"), paths.data_dir())]
            vault = None
        else:
            database_path = Path(window.db_path)
            vault = paths.vault_dir(database_path)
            rows = [
                (tr("Data folder"), paths.data_dir()),
                (tr("Database"), database_path),
                (tr("Document vault"), vault),
                (tr("Backups"), paths.backups_dir(database_path)),
            ]
        for title, path in rows:
            line = QHBoxLayout()
            text = str(path)
            if vault is not None and path == vault and not vault.exists():
                text += "  " + tr("(created when the first document is attached)")
            label = _value_label(text)
            self.labels[title] = label
            line.addWidget(label, 1)
            button = QPushButton(tr("Open folder"))
            button.clicked.connect(lambda _c=False, p=path: _open_folder(p))
            line.addWidget(button)
            form.addRow(title, line)
        _add_hint(
            form,
            tr(
                "Set KUZET_HOME to use another data folder, or start Kuzet with --db FILE to "
                "open another database."
            ),
        )


class BackupSection(QWidget):
    def __init__(self, desk: Any, window: Any) -> None:
        super().__init__()
        self.system = desk.system  # registers/system/desk.py
        form = QFormLayout(self)
        self.last = _value_label()
        self.next = _value_label()
        form.addRow(tr("Last backup"), self.last)
        form.addRow(tr("Next automatic backup"), self.next)
        _add_hint(
            form,
            tr(
                "Automatic backups are made when you close Kuzet, at most once a day. Kept: "
                "the newest of each of the last {daily} days, {weekly} weeks and {monthly} "
                "months. They hold the database and the encrypted vault, never the vault "
                "key; Back up now can add the key, wrapped under an export passphrase."
            ).format(
                daily=backups.KEEP_DAILY, weekly=backups.KEEP_WEEKLY, monthly=backups.KEEP_MONTHLY
            ),
        )
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up now…"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(lambda: window.run_action("backup"))
        self.restore_button = QPushButton(tr("Restore from backup…"))
        self.restore_button.clicked.connect(lambda: window.run_action("restore"))
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.refresh()

    def refresh(self) -> None:
        last = self.system.last_backup()
        if last is None:
            self.last.setText(tr("None yet. Back up now, or close Kuzet to make the first one."))
        else:
            made, path = last
            self.last.setText(tr("{when} — {path}").format(when=format_datetime(made), path=path))
        day = self.system.next_auto_backup()
        if day == self.system.today:
            self.next.setText(tr("When you close Kuzet today"))
        else:
            self.next.setText(
                tr("When you close Kuzet on or after {day}").format(day=format_date(day))
            )


class KeyringSection(QWidget):
    def __init__(self, desk: Any, window: Any) -> None:
        super().__init__()
        status = keyring_status()
        form = QFormLayout(self)
        # the backend by its human name; its raw class path only in the tooltip
        self.backend = _value_label(tr(keyring_label(status.backend)))
        self.backend.setToolTip(status.backend)
        self.state = _value_label(status.description)
        if not status.usable:
            self.state.setStyleSheet(f"color: {WARNING};")
        form.addRow(tr("Keyring backend"), self.backend)
        form.addRow(tr("Vault key"), self.state)


register_section("language", "Language", LanguageSection, order=10)
register_section("data", "Where data lives", DataSection, order=20)


def _backup_section(desk: Any, window: Any) -> QWidget | None:
    """File backups of a database file; none on a team database (the server's backups)."""
    return None if team_server(window) is not None else BackupSection(desk, window)


register_section("backups", "Backups", _backup_section, order=30)
register_section("keyring", "Keyring", KeyringSection, order=40)


def _screening_section(desk: Any, window: Any) -> QWidget:
    from .screening import ScreeningSettingsSection  # imported when the page is built

    return ScreeningSettingsSection(desk, window)


register_section("screening", "Screening", _screening_section, order=50)


def _team_section(desk: Any, window: Any) -> QWidget:
    from .team import TeamSettingsSection  # imported when the page is built

    return TeamSettingsSection(desk, window)


register_section("team", "Sign-in and four-eyes", _team_section, order=60)


class SettingsPage(QWidget):
    title = "Settings"

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.desk = desk
        self.window_ref = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        self.heading = QLabel(tr("Settings"))
        self.heading.setObjectName("pageTitle")
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)
        self.sections: dict[str, QWidget] = {}
        for _order, key, title, factory in _SECTIONS:
            section = factory(desk, window)
            if section is None:  # a section with nothing to show here (file backups, team)
                continue
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(16, 12, 16, 12)
            caption = QLabel(tr(title))
            caption.setStyleSheet(SECTION_TITLE_STYLE)
            inner.addWidget(caption)
            inner.addWidget(section)
            self.sections[key] = section
            column.addWidget(card)
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def refresh(self) -> None:
        for section in self.sections.values():
            refresh = getattr(section, "refresh", None)
            if refresh is not None:
                refresh()
