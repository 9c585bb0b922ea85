"""The Management responses page: the list with its filters, the dialog (field messages,
edit), and "Respond to a finding…" from one of today's critical findings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.ui.form import to_qdate


def column(page, index: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_the_page_lists_filters_and_responds_to_a_finding(window, qtbot) -> None:
    programme = window.desk.programme
    today = programme.today
    owner = programme.save_staff_member(
        {
            "full_name": "Айгүл Нұрланова",
            "role": "compliance",
            "job_title": "MLRO",
            "start_date": today - dt.timedelta(days=400),
        }
    ).id
    late = programme.save_management_response(
        {
            "finding_key": "licence_expired:licence/1",
            "finding_text": "Licence KZ-1 expired",
            "severity": "high",
            "response": "Renewal filed with the regulator",
            "owner_staff_id": owner,
            "due_on": today - dt.timedelta(days=3),
        }
    )
    programme.save_management_response(
        {
            "finding_key": "training_overdue:staff_member/1",
            "finding_text": "Training overdue",
            "severity": "medium",
            "response": "Course held",
            "owner_staff_id": owner,
            "status": "done",
            "closed_on": today,
        }
    )
    page = window.show_page("responses")
    assert window.pages["responses"] is page
    assert column(page, 2) == ["Renewal filed with the regulator", "Course held"]
    assert column(page, 5) == ["Open, overdue", "Done"]
    status = page.filter_boxes["status"]
    status.setCurrentIndex(status.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, 7) == ["licence_expired:licence/1"]
    status.setCurrentIndex(status.findData(""))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    # Edit opens the dialog on the record; a done response without its day is refused.
    assert page.select_id(late.id)
    page.edit_selected()
    dialog = next(w for w in page.children() if w.__class__.__name__ == "ResponseDialog")
    qtbot.waitExposed(dialog)
    assert dialog.key.text() == "licence_expired:licence/1"
    assert dialog.owner.currentData() == owner
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.errors["closed_on"].isVisible()
    assert dialog.errors["closed_on"].text() == "Enter the day the response was done."
    dialog.reject()
    # Respond to a finding: a new database has no watchlist in force (a critical finding).
    qtbot.mouseClick(page.buttons["respond"], Qt.MouseButton.LeftButton)
    picker = page.picker
    qtbot.waitExposed(picker)
    keys = [picker.model.data(picker.model.index(r, 3)) for r in range(picker.model.rowCount())]
    gap = "screening_lists_missing:watchlist_version/0"
    assert gap in keys
    row = keys.index(gap)
    assert picker.model.data(picker.model.index(row, 0)) == "Critical"
    assert picker.model.data(picker.model.index(row, 2)) == "no response recorded"
    picker.table.selectRow(row)
    picker.pick()
    qtbot.waitUntil(lambda: not picker.isVisible())
    dialog = next(
        w
        for w in page.children()
        if w.__class__.__name__ == "ResponseDialog" and w.isVisible() and w is not dialog
    )
    assert dialog.key.text() == gap
    assert dialog.severity.currentData() == "critical"
    assert dialog.finding_text.toPlainText().startswith("Screening lists: ")
    dialog.response.setPlainText("Import the UN and KZ lists today")
    dialog.owner.setCurrentIndex(dialog.owner.findData(owner))
    save(dialog, qtbot)
    assert dialog.isVisible() and dialog.errors["due_on"].isVisible()  # critical: a due date
    dialog.due_on.check.setChecked(True)
    dialog.due_on.edit.setDate(to_qdate(today + dt.timedelta(days=1)))
    save(dialog, qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert gap in column(page, 7)
    assert programme.responses_by_key()[gap].response == "Import the UN and KZ lists today"
    # The picker now shows the finding's response.
    picker = page.respond_to_finding()
    qtbot.waitExposed(picker)
    keys = [picker.model.data(picker.model.index(r, 3)) for r in range(picker.model.rowCount())]
    said = picker.model.data(picker.model.index(keys.index(gap), 2))
    assert said == "Open: Import the UN and KZ lists today"
    picker.reject()
