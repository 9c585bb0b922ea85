"""The main window: pages, shortcuts, status bar, remembered geometry, background open."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kuzet.ui.main_window import MainWindow
from support.team import shown_database


def test_sidebar_lists_the_pages_and_the_status_bar_shows_the_database(window, db_file) -> None:
    titles = [window.sidebar.item(row).text() for row in window.row_of_page]
    assert titles[:1] == ["Dashboard"]
    assert {"Licences", "Rules", "Audit trail"} <= set(titles)
    headers = [
        window.sidebar.item(r).text()
        for r in range(window.sidebar.count())
        if r not in window.row_of_page
    ]
    assert headers[0] == "OVERVIEW" and "SYSTEM" in headers
    assert shown_database(db_file) in window.db_label.text()  # a file, or the team server
    assert window.stack.currentWidget() is window.pages["dashboard"]


def test_a_group_heading_steps_on_to_a_page(window) -> None:
    heading = window.row_of_page[2] - 1  # the heading above the second group's first page
    assert heading not in window.row_of_page
    window.sidebar.setCurrentRow(heading)
    assert window.sidebar.currentRow() == window.row_of_page[2]
    window.sidebar.setCurrentRow(heading)  # coming back up from below: the page above
    assert window.sidebar.currentRow() in window.row_of_page


def test_ctrl_number_switches_pages(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.shortcuts_bound)  # bound a moment after the paint
    index = [s.key for s in window.specs].index("licences")
    qtbot.keyClick(window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["licences"]
    assert window.current_index() == index


def test_geometry_and_page_are_remembered(qtbot, store, db_file: Path, ui_settings) -> None:
    first = MainWindow(db_file, store=store, ui_settings=ui_settings)
    qtbot.addWidget(first)
    first.show()
    minimum = first.minimumSizeHint()
    assert minimum.height() <= 768 - 40  # even the first-run Dashboard fits a 768-px screen
    height = minimum.height() + 23
    first.resize(minimum.width() + 1, height)
    first.show_page("rules")
    size = (first.width(), first.height())
    assert size[1] == height
    first.close()
    second = MainWindow(db_file, store=store, ui_settings=ui_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == size[1]  # (the offscreen screen is too narrow to test width)
    assert second.stack.currentWidget() is second.pages["rules"]


def test_window_opens_the_store_in_the_background(qtbot, db_file: Path, ui_settings) -> None:
    from kuzet.store.session import Store

    Store.open(db_file)[0].close()
    main = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    assert main.store is None and "dashboard" not in main.pages
    with qtbot.waitSignal(main.store_ready, timeout=20000):
        main.load_store()
    assert main.pages["dashboard"].isVisible()
    main.close()


def test_the_window_paints_before_it_opens_the_store(qtbot, db_file: Path, ui_settings) -> None:
    """The loader thread starts after the first paint (it would hold the interpreter while
    the window paints); the menus' commands and the status bar come just after it."""
    main = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.after_first_paint(main.load_store)
    assert main._loader is None and not main._built
    assert [a.text() for a in main.menuBar().actions()][:1] == ["File"]  # titles: painted
    with qtbot.waitSignal(main.store_ready, timeout=20000):
        main.show()
    assert main._built and main.db_label.isVisible() and main.stack.isVisible()
    assert not main.placeholder.isVisible()
    assert main.menu_actions["pack"].text() == "Audit pack…"
    main.close()


@pytest.mark.sqlite_only
def test_a_newer_database_is_said_and_the_window_closes_unchanged(
    qtbot, db_file: Path, ui_settings, monkeypatch
) -> None:
    from kuzet.store.session import Store

    Store.open(db_file)[0].close()
    with sqlite3.connect(db_file) as conn:
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('ffff')")
    conn.close()
    before = db_file.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(  # not opened: a message box waits for a click
        "PySide6.QtWidgets.QMessageBox.critical",
        lambda parent, title, text: shown.append(f"{title}: {text}"),
    )
    main = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.store_refused, timeout=20000) as refused:
        main.load_store()
    assert "newer version of Kuzet" in refused.args[0]
    assert shown and shown[0].startswith("Kuzet cannot open this database: ")
    assert not main.isVisible() and main.store is None and main.pages == {}
    assert "newer version of Kuzet" in main.placeholder.text()
    assert db_file.read_bytes() == before


@pytest.mark.sqlite_only
def test_exit_after_show_refuses_a_newer_database_with_exit_3(
    db_file: Path, kuzet_home: Path
) -> None:
    from kuzet.store.session import Store

    Store.open(db_file)[0].close()
    with sqlite3.connect(db_file) as conn:
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('ffff')")
    conn.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KUZET_HOME=str(kuzet_home))
    result = subprocess.run(
        [sys.executable, "-m", "kuzet.app", "gui", "--exit-after-show", "--db", str(db_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 3, result.stderr
    assert "newer version of Kuzet" in result.stderr


def test_the_window_says_when_the_officer_is_known(qtbot, db_file: Path, ui_settings) -> None:
    """run_gui writes the signed-in officer into the window's lock on this signal (the
    lock is taken before anyone signs in)."""
    from kuzet.store.session import Store

    Store.open(db_file)[0].close()
    main = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.officer_shown, timeout=20000):
        main.load_store()
    main.close()
