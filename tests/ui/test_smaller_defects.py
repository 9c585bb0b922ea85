"""Issue #17's smaller defects, in the real window: one number style per language, the
trail's human labels, import problems inline, both mandatory-sale shortfalls labelled."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from kuzet.store.audit import set_actor

NNBSP = "\u202f"


@pytest.fixture(autouse=True)
def officer():
    """Writes name the officer who made them."""
    set_actor("officer")
    yield
    set_actor(None)


@pytest.fixture
def switch_language():
    from kuzet.ui.i18n_qt import apply_language, reset
    from kuzet.ui.launch import make_app

    make_app()
    yield apply_language
    reset()


def test_the_window_writes_numbers_as_its_language_does(switch_language) -> None:
    from kuzet.ui.format import display

    assert display(Decimal("1234567.89")) == "1,234,567.89"
    assert display(1500) == "1,500"
    switch_language("ru")
    assert display(Decimal("1234567.89")) == f"1{NNBSP}234{NNBSP}567,89"
    assert display(1500) == f"1{NNBSP}500"
    assert display(dt.date(2026, 12, 7)) == "07.12.2026"
    switch_language("kk")
    assert display(Decimal("0.5")) == "0,5"


def test_the_trail_shows_register_and_field_labels(window) -> None:
    licensing = window.desk.licensing
    data = {"licence_type": "afsa", "number": "A-1", "issuer": "AFSA"}
    saved = licensing.save_licence(data | {"issued_on": dt.date(2024, 1, 1)})
    licensing.save_licence(data | {"issued_on": dt.date(2024, 1, 1), "number": "A-2"}, saved.id)
    page = window.show_page("trail")
    page.refresh()
    model = page.model
    registers = {model.data(model.index(row, 3)) for row in range(model.rowCount())}
    assert registers == {"Licences"}  # not "licence"
    tooltip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == "licence"  # the raw name only in the tooltip
    edit = model.data(model.index(0, 6))  # newest first: the edit
    assert edit.startswith("Number: A-1 → A-2")
    assert "number" in model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    box = page.filter_boxes["register"]
    assert box.itemText(box.findData("licence")) == "Licences"


def test_an_import_problem_shows_its_line_and_field_inline(window, qtbot, tmp_path: Path):
    page = window.show_page("licences")
    bad = tmp_path / "bad.csv"
    bad.write_text("type,number,issuer,issued_on\nafsa,,AFSA,2024-01-01\n", encoding="utf-8")
    task = page.start_import(bad)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    dialog = page.problems_dialog
    qtbot.waitExposed(dialog)
    assert not isinstance(dialog, QMessageBox)  # no "Show Details…" to press
    assert dialog.summary.text().startswith("Nothing was imported from bad.csv: 1 problem.")
    table = dialog.table
    assert table.isVisible() and table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(2)] == ["2", "number"]
    assert table.item(0, 2).text()  # the reason, in words
    assert dialog.rows[0].startswith("bad.csv, line 2, field number: ")
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.close()


def test_both_shortfalls_of_the_running_period_are_labelled(window, store) -> None:
    from tests.ui.test_mining_pages import seed_running_period

    seed_running_period(store)
    checks = window.show_page("mining_checks")
    texts = [label.text() for label in checks.cards["to_sell"].findChildren(QLabel)]
    assert "Projected shortfall at the end, if no more is sold" in texts
    hint = checks.shortfalls.text()
    assert "so far" in hint and "is missing against the output to date" in hint
    assert "if mining goes on at this pace and nothing more is sold" in hint
    running = checks.history_model.rows[0]
    assert running[6].endswith(" so far")  # the table's shortfall of the running period
