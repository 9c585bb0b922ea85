"""Languages: switch the UI to Russian (or Kazakh) and find translated labels."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kuzet.i18n import tr


@pytest.fixture
def switch_language():
    """Apply a language for the test; English again afterwards, whatever happens."""
    from kuzet.ui.i18n_qt import apply_language, reset
    from kuzet.ui.launch import make_app

    make_app()
    yield apply_language
    reset()


def new_window(qtbot, store, db_file: Path, ui_settings):
    from kuzet.ui.main_window import MainWindow

    window = MainWindow(db_file, store=store, ui_settings=ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def sidebar(window) -> list[str]:
    return [window.sidebar.item(row).text() for row in window.row_of_page]


def test_choosing_russian_in_settings_shows_russian_labels_after_a_restart(
    window, qtbot, store, db_file: Path, ui_settings, switch_language
) -> None:
    from kuzet.ui.i18n_qt import current_language, effective_language

    assert "Licences" in sidebar(window)
    page = window.show_page("settings")
    combo = page.sections["language"].combo
    combo.setCurrentIndex(combo.findData("ru"))
    assert "next time Kuzet starts" in page.sections["language"].note.text()
    assert effective_language(ui_settings) == "ru"
    assert current_language() == "en"  # this window stays as it was: a restart applies it

    assert switch_language(effective_language(ui_settings))  # what the next start does
    russian = new_window(qtbot, store, db_file, ui_settings)
    titles = sidebar(russian)
    assert {"Сводка", "Лицензии", "Правила", "Журнал аудита", "Настройки"} <= set(titles)
    assert russian.menuBar().actions()[0].text() == "Файл"

    licences = russian.show_page("licences")
    headers = [
        licences.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(licences.model.columnCount())
    ]
    assert headers[:3] == ["Вид", "Номер", "Кем выдана"]
    assert licences.buttons["new"].text() == "Создать"
    assert licences.show_retired.text() == "Показать выведенные"
    assert licences.search.placeholderText() == "Поиск по номеру, органу, условиям…"
    assert "Лицензий пока нет" in licences.empty.text()
    assert [licences.filter_boxes["status"].itemText(i) for i in range(3)] == [
        "Любой статус",
        "Действует",
        "Приостановлена",
    ]

    dialog = licences.new_record()
    dialog.number.setText("")
    dialog.save()
    assert dialog.windowTitle() == "Новая лицензия"
    assert dialog.errors["number"].text() == "Введите номер лицензии так, как он указан в лицензии."
    dialog.reject()

    dashboard = russian.show_page("dashboard")
    assert dashboard.title.text() == "Сводка"
    assert dashboard.cards["licences"].findChildren(QLabel)[1].text() == "Действующие лицензии"


def test_kazakh_labels_use_the_kazakh_letters(
    qtbot, store, db_file: Path, ui_settings, switch_language
) -> None:
    assert switch_language("kk")
    window = new_window(qtbot, store, db_file, ui_settings)
    titles = sidebar(window)
    assert {"Лицензиялар", "Ережелер", "Аудит журналы", "Баптаулар"} <= set(titles)
    page = window.show_page("settings")
    assert page.heading.text() == "Баптаулар"
    assert tr("Document vault") == "Құжаттар қоймасы"  # core messages too


def test_core_messages_and_money_follow_the_language(switch_language) -> None:
    from kuzet.ui.format import money

    assert money(Decimal("1234567.5")) == "KZT 1,234,567.50"
    switch_language("ru")
    assert tr("Choose the licence type.") == "Выберите вид лицензии."
    assert money(Decimal("1234567.5")) == "1\u202f234\u202f567,50\u00a0₸"
    assert money(Decimal("-20")) == "-20,00\u00a0₸"
    switch_language("kk")
    assert money(Decimal("1000"), "USD") == "1\u202f000,00\u00a0$"
    switch_language("en")
    assert tr("Choose the licence type.") == "Choose the licence type."


def test_a_missing_translation_file_leaves_english(
    switch_language, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kuzet.ui.i18n_qt import current_language

    monkeypatch.setenv("KUZET_RESOURCES", str(tmp_path))  # no translations there
    assert not switch_language("ru")
    assert current_language() == "en" and tr("Licences") == "Licences"


@pytest.mark.parametrize(("lang", "expected"), [("ru_RU", "ru"), ("kk_KZ", "kk"), ("de_DE", "en")])
def test_the_system_locale_decides_by_default(lang: str, expected: str) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from kuzet.ui.i18n_qt import system_language; print(system_language())"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=f"{lang}.UTF-8", LC_ALL=f"{lang}.UTF-8")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_page_fits_a_laptop_screen_in_every_language(
    qtbot, store, db_file: Path, ui_settings, switch_language, language: str
) -> None:
    """With every page open (the window is as wide as its widest page), the window can be
    narrower than 1280 pixels, so it fits a 1366-pixel laptop screen with room to spare.
    A row of Kazakh buttons and filters once made it 1,507 pixels wide."""
    from kuzet.registers.system import settings

    with store.transaction() as session:  # a long firm name is in the Dashboard's title
        settings.put(
            session,
            settings.FIRM_NAME,
            "ТОО «Сарыарқа Цифрлық Майнинг» (Saryarka Digital Mining LLP)",
        )
    assert switch_language(language)
    window = new_window(qtbot, store, db_file, ui_settings)
    for spec in window.specs:
        assert window.page(spec.key) is not None
    widest = max(window.specs, key=lambda s: window.page(s.key).minimumSizeHint().width())
    width = window.minimumSizeHint().width()
    assert width <= 1280, f"{width} px wide; the widest page is {widest.key}"
