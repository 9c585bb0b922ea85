"""Staff & training through the UI: add staff and a course in their dialogs, see the matrix
say overdue, record training from the matrix, import an attendance sheet, filter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.regime import programme
from kuzet.ui.form import to_qdate


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def matrix_text(page) -> dict[str, list[str]]:
    model = page.matrix_model
    return {
        model.data(model.index(row, 0)): [
            model.data(model.index(row, column)) for column in range(2, model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def headers(page) -> list[str]:
    model = page.matrix_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_working_the_training_matrix(window, qtbot, store, tmp_path: Path) -> None:
    today = window.desk.programme.today
    page = window.show_page("training")
    assert page.matrix_model.rowCount() == 0
    # A member of staff who started 400 days ago, in a customer-facing role.
    dialog = page.staff.new_record()
    qtbot.waitExposed(dialog)
    dialog.full_name.setText("Мария Иванова")  # (QTest types ASCII only)
    dialog.role.setCurrentIndex(dialog.role.findData("front_office"))
    dialog.start_date.edit.setDate(to_qdate(today - dt.timedelta(days=400)))
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert headers(page) == [
        "Staff",
        "Role",
        "AML/CFT essentials",
        "EDD, PEPs and suspicious activity",
    ]
    new_starter_due = (today - dt.timedelta(days=370)).strftime("%d.%m.%Y")
    assert matrix_text(page) == {
        "Мария Иванова": [f"overdue since {new_starter_due}", f"overdue since {new_starter_due}"]
    }
    assert page.counts.text() == "1 staff · 2 overdue · 0 due · 0 done"
    # A course, with a message under the title when it is left empty.
    dialog = page.courses.new_record()
    qtbot.waitExposed(dialog)
    dialog.topic.setCurrentIndex(dialog.topic.findData("aml_core"))
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.errors["title"].isVisible()
    qtbot.keyClicks(dialog.title_edit, "AML essentials 2026")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # Record training from the matrix: her cell in the AML/CFT essentials column.
    index = page.matrix_model.index(0, 2)
    page.matrix_view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in page.sessions.children() if w.__class__.__name__ == "TrainingSessionDialog"
    )
    qtbot.waitExposed(dialog)
    assert dialog.course.currentText() == "AML essentials 2026"
    assert [a.staff_member_id for a in dialog.attendees()] == [
        page.matrix_model.matrix.rows[0].staff_id
    ]
    held = today - dt.timedelta(days=3)
    dialog.held_on.edit.setDate(to_qdate(held))
    qtbot.keyClicks(dialog.trainer, "Astana Compliance Academy")
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    next_due = programme.add_months(held, 12)
    assert matrix_text(page)["Мария Иванова"] == [
        f"done {held:%d.%m.%Y} · next due {next_due:%d.%m.%Y}",  # no future date after "done"
        f"overdue since {new_starter_due}",
    ]
    assert page.counts.text() == "1 staff · 1 overdue · 0 due · 1 done"
    assert page.sessions.model.rowCount() == 1
    # The dashboard now reminds only of the course still overdue.
    dashboard = window.show_page("dashboard")
    items = [  # the reminders, below the screening gap of a database without lists
        dashboard.model.data(dashboard.model.index(r, 4))
        for r in range(dashboard.model.rowCount())
        if dashboard.findings[r].due
    ]
    assert items == ["EDD, PEPs and suspicious activity — Мария Иванова"]
    # Import an attendance sheet for the other required course (a course of that topic first).
    window.desk.programme.save_course({"title": "EDD and PEPs", "topic": "aml_advanced"})
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        f"date,course,staff,completed\n{today - dt.timedelta(days=1):%d.%m.%Y},EDD and PEPs,мария иванова,да\n",
        encoding="utf-8",
    )
    window.show_page("training")
    task = page.sessions.start_import(sheet)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None
    assert all(text.startswith("done ") for text in matrix_text(page)["Мария Иванова"])
    # Filters: nobody is overdue now; the search finds her by a Cyrillic name in any case.
    page.state_filter.setCurrentIndex(page.state_filter.findData("overdue"))
    assert page.matrix_model.rowCount() == 0
    page.state_filter.setCurrentIndex(page.state_filter.findData("done"))
    assert page.matrix_model.rowCount() == 1
    page.search.setText("ИВАНОВА")  # the matrix is rebuilt once typing pauses
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    assert page.matrix_model.rowCount() == 1
    page.search.setText("Ким")
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    assert page.matrix_model.rowCount() == 0


def test_a_bad_attendance_sheet_imports_nothing_and_says_why(
    window, qtbot, store, tmp_path
) -> None:
    from kuzet.ui import notify

    page = window.show_page("training")
    sheet = tmp_path / "bad.csv"
    sheet.write_text("date,course,staff\n2026-13-01,Nothing,Nobody\n", encoding="utf-8")
    task = page.sessions.start_import(sheet)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert notify.last_message["title"] == "Import refused"
    assert "bad.csv, line 2, field date" in notify.last_message["details"]
    assert page.sessions.model.rowCount() == 0


def test_a_training_deadline_opens_the_staff_members_matrix_row(window, qtbot, store) -> None:
    programme = window.desk.programme
    for name in ("Асель Жұмабаева", "Бауыржан Оспанов"):
        last = programme.save_staff_member(
            {
                "full_name": name,
                "role": "operations",
                "start_date": programme.today - dt.timedelta(days=5),
            }
        )
    window.open_record("staff_member", last.id)
    page = window.pages["training"]
    assert page.tabs.currentIndex() == 0
    [selected] = {i.row() for i in page.matrix_view.selectionModel().selectedIndexes()}
    assert page.matrix_model.matrix.rows[selected].name == "Бауыржан Оспанов"


def test_a_certificate_attached_in_the_session_dialog_is_kept_in_the_vault(
    window, qtbot, store, tmp_path: Path, kuzet_home: Path
) -> None:
    from kuzet.store import keys

    if window.desk.system.team_vault():  # a team vault: test_team_vault_desks.py
        pytest.skip("a passphrase vault is SQLite mode's")
    programme = window.desk.programme
    person = programme.save_staff_member(
        {"full_name": "Айгүл Нұрланова", "role": "compliance", "start_date": programme.today}
    ).id
    programme.save_course({"title": "MLRO masterclass", "topic": "mlro"})
    certificate = tmp_path / "certificate.pdf"
    certificate.write_bytes(b"%PDF-1.4 MARKER-OF-A-CERTIFICATE-91c2")
    page = window.show_page("training")
    dialog = page.sessions.new_record()
    qtbot.waitExposed(dialog)
    dialog.choose_file(person, certificate)  # as if picked in the file dialog
    assert dialog.table.cellWidget(dialog.rows[person], 5).text() == "certificate.pdf"
    dialog.vault_passphrase = "a long vault passphrase"  # as if typed when asked
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _held, [(row, _name)] = programme.training_session(dialog.saved_id)
    assert row.certificate_file == "certificate.pdf" and row.certificate_blob
    for path in kuzet_home.rglob("*"):
        if path.is_file():
            assert b"MARKER-OF-A-CERTIFICATE" not in path.read_bytes(), path
    keys.forget()
    name, data = programme.certificate(row.id, "a long vault passphrase")
    assert (name, data) == ("certificate.pdf", certificate.read_bytes())
    keys.forget()
