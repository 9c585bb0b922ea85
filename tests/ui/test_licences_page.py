"""The licence register through the UI: add in the dialog, see it in the table and on the
dashboard; field messages; filters; retire; import; export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.ui import notify
from kuzet.ui.form import to_qdate


def table_column(page, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_add_a_licence_in_the_dialog_then_see_it_in_the_table_and_on_the_dashboard(window, qtbot):
    page = window.show_page("licences")
    assert page.body.currentWidget() is page.empty  # the empty state says what to do
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.children() if w.__class__.__name__ == "LicenceDialog")
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("nbk_exchange"))
    qtbot.keyClicks(dialog.number, "NBK-DA-0042")
    qtbot.keyClicks(dialog.issuer, "National Bank of Kazakhstan")
    today = dt.date.today()
    dialog.issued_on.edit.setDate(to_qdate(today - dt.timedelta(days=300)))
    dialog.expires_on.check.setChecked(True)
    dialog.expires_on.edit.setDate(to_qdate(today + dt.timedelta(days=25)))
    dialog.conditions.setPlainText("Обменный пункт, Астана — Қазақстан")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert table_column(page, 1) == ["NBK-DA-0042"]
    assert table_column(page, 5) == ["25"]
    assert page.body.currentWidget() is page.table
    dashboard = window.show_page("dashboard")
    # below the screening gap of a new database (no list in force), the licence's reminder
    reminders = [r for r in range(dashboard.model.rowCount()) if dashboard.findings[r].due]
    items = [dashboard.model.data(dashboard.model.index(r, 4)) for r in reminders]
    assert items == ["NBK licence: crypto exchange operator NBK-DA-0042"]
    assert dashboard.model.data(dashboard.model.index(reminders[0], 5)) == "within 30 days"
    assert dashboard.model.data(dashboard.model.index(reminders[0], 0)) == "Medium"
    assert dashboard.cards["soon"].value.text() == "1"


def test_dialog_shows_field_messages_and_stays_open(window, qtbot):
    page = window.show_page("licences")
    dialog = page.new_record()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["number"].isVisible()
    assert "licence number" in dialog.errors["number"].text()
    assert dialog.errors["issuer"].isVisible()
    assert not dialog.errors["issued_on"].isVisible()
    assert page.model.rowCount() == 0
    dialog.reject()


def seed(store, rows):
    from kuzet.registers.licensing import licences

    with store.transaction() as session:
        for number, kind, issued, expires in rows:
            licences.create(
                session,
                {
                    "licence_type": kind,
                    "number": number,
                    "issuer": "X",
                    "issued_on": issued,
                    "expires_on": expires,
                },
                store.rules(session),
                dt.date.today(),
            )


def test_filter_search_sort_and_retire(window, store, qtbot):
    today = dt.date.today()
    seed(
        store,
        [
            ("OLD-1", "other", today - dt.timedelta(days=900), today - dt.timedelta(days=5)),
            ("AFSA-1", "afsa", today - dt.timedelta(days=90), None),
            ("MINE-1", "mining_1", today - dt.timedelta(days=30), None),
        ],
    )
    page = window.show_page("licences")
    page.refresh()
    assert table_column(page, 1) == ["OLD-1", "MINE-1", "AFSA-1"]
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("expired"))
    assert table_column(page, 1) == ["OLD-1"]
    status.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "afsa")
    qtbot.waitUntil(lambda: table_column(page, 1) == ["AFSA-1"], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert table_column(page, 1) == ["AFSA-1", "MINE-1", "OLD-1"]
    page.select_id(1)
    assert page.retire_selected(reason="Permit replaced") is True
    assert table_column(page, 1) == ["AFSA-1", "MINE-1"]
    page.show_retired.setChecked(True)
    assert "OLD-1" in table_column(page, 1)
    assert "retired" in table_column(page, 6)[table_column(page, 1).index("OLD-1")]


def test_import_and_export_run_in_the_background(window, qtbot, tmp_path: Path):
    page = window.show_page("licences")
    bad = tmp_path / "bad.csv"
    bad.write_text("type,number,issuer,issued_on\nafsa,,AFSA,2024-01-01\n", encoding="utf-8")
    task = page.start_import(bad)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert notify.last_message["title"] == "Import refused"
    assert "bad.csv, line 2, field number" in notify.last_message["details"]
    assert page.model.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text(
        "type,number,issuer,issued_on\nafsa,A-1,AFSA,2024-01-01\nmining_2,M-2,MDDIAI,2025-01-01\n",
        encoding="utf-8",
    )
    task = page.start_import(good)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.result == 2
    assert page.model.rowCount() == 2
    out = tmp_path / "out.csv"
    task = page.start_export(out)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.result == 2
    assert "M-2" in out.read_text(encoding="utf-8-sig")
