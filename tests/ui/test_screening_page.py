"""The Screening page: the queue, the customer and the list entry side by side, deciding a
hit in the dialog (false positive, then a true match), screening everyone, and the
Screening section of the Settings page."""

from __future__ import annotations

import csv
import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from kuzet.regime.ids import make_iin
from kuzet.ui import notify
from support.team import four_eyes_off

LISTED_IIN = make_iin(dt.date(1974, 7, 17), "male", 457)
AFM_CATEGORY_2 = f"""<?xml version="1.0" encoding="utf-8"?>
<root><org><org_name>ЖҰМАҒҰЛОВ АСЫЛБЕК СЕРІКҰЛЫ</org_name><org_iin>{LISTED_IIN}</org_iin>
<note>ст. 255 УК РК</note><correction>включен от 10.10.2023</correction></org></root>
"""
ROWS = [
    ("KZ-001", "Қасымов Нұрлан Әбілұлы", "", "1971-05-14", "person"),
    ("KZ-002", "Жақыпова Гүлжан Серікқызы", "", "1968-02-01", "person"),
]


def seed(desk, tmp_path) -> dict[str, int]:
    """Two lists and four customers, opened through the desks (screened on save)."""
    path = tmp_path / "peps.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "name", "aliases", "dob", "kind"])
        writer.writerows(ROWS)
    made = {}
    desk.screening.import_lists("csv", [path], "Domestic PEPs")
    afm = tmp_path / "afm.xml"
    afm.write_text(AFM_CATEGORY_2, encoding="utf-8")
    desk.screening.import_lists("afm-xml", [afm])
    for serial, (name, born, sex) in enumerate(
        [
            ("Qasymov Nurlan", dt.date(1971, 5, 14), "male"),
            ("Жақыпова Гүлжан", dt.date(1968, 2, 1), "female"),
            ("Смирнова Ольга", dt.date(1990, 3, 3), "female"),
            ("Жумагулов Асылбек", dt.date(1974, 7, 17), "male"),
        ],
        start=11,
    ):
        data = {
            "kind": "individual",
            "name": name,
            "birth_date": born,
            "sex": sex,
            "citizenship": "KZ",
            "residence": "KZ",
            "iin_bin": LISTED_IIN if name.startswith("Жумагулов") else make_iin(born, sex, serial),
        }
        made[name] = desk.customers.save_customer(data).id
    return made


def column(page, index: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def hit_state(store, hit_id: int):
    from kuzet.store.models.screening import ScreeningHit

    with store.reading() as session:
        return session.get(ScreeningHit, hit_id)


def test_decide_a_false_positive_in_the_queue(window, store, qtbot, tmp_path):
    four_eyes_off(store)  # one officer decides (not a four-eyes test)
    made = seed(window.desk, tmp_path)
    page = window.show_page("screening")
    assert page.model.rowCount() == 3
    assert sorted(column(page, 6)) == ["AFM cat. 2", "Domestic PEPs", "Domestic PEPs"]
    assert column(page, 1)[0] == "100", "an equal IIN is a certain match, first in the queue"
    hit_id = page.model.id_at(column(page, 3).index("Qasymov Nurlan"))
    assert page.select_id(hit_id)
    subject = {page.detail.subject_form.itemAt(r, page.detail.subject_form.ItemRole.LabelRole).widget().text():
               page.detail.subject_form.itemAt(r, page.detail.subject_form.ItemRole.FieldRole).widget().text()
               for r in range(page.detail.subject_form.rowCount())}  # fmt: skip
    assert subject["Name"] == "Qasymov Nurlan"
    assert "Қасымов Нұрлан Әбілұлы" in page.detail.entry_title.text() or "KZ-001" in (
        page.detail.entry_title.text()
    )
    assert "qasymov" in page.detail.explanation.toPlainText().casefold()
    assert page.detail.false_button.isEnabled() and page.detail.true_button.isEnabled()
    qtbot.mouseClick(page.detail.false_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.children() if w.__class__.__name__ == "HitDecisionDialog")
    qtbot.waitExposed(dialog)
    assert dialog.false_positive.isChecked()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["reason"].isVisible()
    qtbot.keyClicks(dialog.reason, "IIN differs: ")
    dialog.reason.insertPlainText("другой человек")  # keyClicks types Latin only
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notify.last_message["title"] == "False positive"
    assert "Remembered until" in notify.last_message["text"]
    assert page.model.rowCount() == 2, "the decided hit left the open queue"
    hit = hit_state(store, hit_id)
    assert (hit.status, hit.reason) == ("false_positive", "IIN differs: другой человек")
    assert made["Qasymov Nurlan"] == hit.customer_id
    from kuzet.store.models import AuditEntry

    with store.reading() as session:
        entry = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.register_name == "screening_hit", AuditEntry.record_id == hit_id)
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
    assert "Domestic PEPs version #1" in entry.reason
    assert json.loads(entry.after)["status"] == "false_positive"


def test_a_true_match_warns_to_freeze_and_report(window, store, qtbot, tmp_path):
    four_eyes_off(store)  # one officer decides (not a four-eyes test)
    from kuzet.registers.screening import review as screening_review

    made = seed(window.desk, tmp_path)
    page = window.show_page("screening")
    hit_id = page.model.id_at(column(page, 3).index("Жумагулов Асылбек"))
    page.select_id(hit_id)
    assert "IIN" in page.detail.explanation.toPlainText()
    dialog = page.decide("true_match")
    qtbot.waitExposed(dialog)
    assert "flagged" in dialog.consequence.text()
    qtbot.keyClicks(dialog.reason, "Same IIN and birth date as the AFM notice")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notify.last_message["title"] == "True match: act now"
    text = notify.last_message["text"]
    assert "is frozen" in text and "tip off" in text and "FIU" in text
    with store.reading() as session:
        assert screening_review.is_flagged(session, made["Жумагулов Асылбек"])
        assert not screening_review.is_flagged(session, made["Жақыпова Гүлжан"])
    page.filter_boxes["status"].setCurrentIndex(page.filter_boxes["status"].findData(""))
    assert "true match" in column(page, 2)
    assert page.select_id(hit_id)
    assert not page.detail.true_button.isEnabled() and not page.detail.false_button.isEnabled()
    assert "Decided by" in page.detail.decided.text()


def test_screen_everyone_from_the_page_and_open_a_hit_from_the_dashboard(
    window, store, qtbot, tmp_path
):
    seed(window.desk, tmp_path)
    page = window.show_page("screening")
    assert page.banner.isVisible(), "lists imported but no full run yet"
    task = page.screen_all()
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert notify.last_message["title"] == "Screening"
    assert "Screened 4 customers and owners" in notify.last_message["text"]
    assert not page.banner.isVisible()
    assert "Last full run" in page.last_run.text()
    page.filter_boxes["status"].setCurrentIndex(page.filter_boxes["status"].findData(""))
    hit_id = page.model.id_at(0)
    page.filter_boxes["status"].setCurrentIndex(page.filter_boxes["status"].findData("open"))
    window.open_record("screening_hit", hit_id)
    assert page.current_hit == hit_id


def test_the_settings_page_shows_the_screening_thresholds(window, store, qtbot):
    four_eyes_off(store)  # the override applies at once (not a four-eyes test)
    page = window.show_page("settings")
    section = page.sections["screening"]
    values = {key: label.text() for key, label in section.values.items()}
    assert values["screening.review_threshold"].startswith("80 ")
    assert values["screening.auto_clear_threshold"].startswith("65 ")
    assert values["screening.false_positive_memory_months"] == "12 months"
    dialog = section.override("screening.review_threshold")
    qtbot.waitExposed(dialog)
    dialog.value.setText("85")
    dialog.reason.setPlainText("More conservative after the 2026 audit")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert section.values["screening.review_threshold"].text().startswith("85 ")
    assert "override" in section.values["screening.review_threshold"].text()
