"""Monitoring through the window: an alert escalated to an STR shows its deadline; an
alert closed as explained; the FIU reports page (tipping-off banner, filing, the STR
draft); the Transactions page (import with a column mapping, Travel Rule column,
counterparty providers)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.regime.business_days import str_deadline
from kuzet.registers.system import four_eyes
from kuzet.registers.system.team_desk import TeamDesk
from kuzet.ui import notify
from support.customer_data import create, entity, individual
from support.monitoring_data import ENTITY_BIN, RESIDENT_IIN, row, write_csv
from support.offshore import OFFSHORE_PROVIDER, add_offshore_provider
from support.team import four_eyes_off, four_eyes_on


@pytest.fixture(autouse=True)
def one_officer(store) -> None:
    """One officer escalates, closes and files (four-eyes, on by default on PostgreSQL, is
    tested in tests/ui/test_team_pages.py)."""
    four_eyes_off(store)


STRUCTURING = "Structuring below the firm's alert threshold"
THRESHOLD = "Threshold transaction (report to the FIU)"
LARGE = "Large transaction (the firm's alert threshold)"


def seed(window, tmp_path: Path) -> dt.date:
    """Two customers, a structuring pattern and a threshold deposit from an offshore
    exchange, monitored on the window's day (returned)."""
    monitoring = window.desk.monitoring
    today = monitoring.today
    create(window.store, individual(iin_bin=RESIDENT_IIN), today)
    create(window.store, entity(iin_bin=ENTITY_BIN), today)
    days = [today - dt.timedelta(days=d) for d in (6, 5, 4)]
    rows = [
        row(d, ENTITY_BIN, "in", "4700000", "9000", reference=f"S-{i}") for i, d in enumerate(days)
    ]
    add_offshore_provider(window.store, today)
    rows.append(
        row(
            today - dt.timedelta(days=3),
            ENTITY_BIN,
            "in",
            "5600000",
            "10800",
            counterparty_provider=OFFSHORE_PROVIDER,
            reference="T-1",
        )
    )
    monitoring.import_transactions(write_csv(tmp_path / "seed.csv", rows))
    monitoring.run_monitoring()
    return today


def cell(page, row_index: int, column: int) -> str:
    return page.model.data(page.model.index(row_index, column))


def column(page, index: int) -> list[str]:
    return [cell(page, r, index) for r in range(page.model.rowCount())]


def row_of_rule(page, title: str) -> int:
    return column(page, 2).index(title)


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_escalating_an_alert_to_an_str_shows_its_deadline(window, qtbot, store, tmp_path):
    today = seed(window, tmp_path)
    page = window.show_page("alerts")
    assert set(column(page, 2)) == {STRUCTURING, THRESHOLD, LARGE}
    assert "tipping off is prohibited" in page.findChild(type(page.detail), "tippingOff").text()
    page.table.selectRow(row_of_rule(page, STRUCTURING))
    assert (
        "3 deposits" in page.detail.text()
        and "monitoring.structuring.window_days = 7" in page.detail.text()
    )
    qtbot.mouseClick(page.buttons["escalate"], Qt.MouseButton.LeftButton)
    dialog = page.escalate_dialog
    qtbot.waitExposed(dialog)
    dialog.facts.setPlainText("Три взноса чуть ниже порога за три дня; источник не подтверждён.")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    due = str_deadline(today, window.desk.monitoring.rules())
    assert notify.last_message["text"] == f"STR #1 opened: report it to the FIU by {due:%d.%m.%Y}."
    page.filter_boxes["status"].setCurrentIndex(page.filter_boxes["status"].findData(""))
    assert cell(page, row_of_rule(page, STRUCTURING), 6) == "escalated to STR #1"
    reports = window.show_page("fiu_reports")
    assert "tipping off is prohibited" in reports.banner.text()
    strs = reports.strs
    assert strs.model.rowCount() == 1
    assert (cell(strs, 0, 2), cell(strs, 0, 3)) == ("to report", f"{due:%d.%m.%Y}")
    assert cell(strs, 0, 4) == "1" and cell(strs, 0, 6) == "suspicious"


def test_escalating_with_four_eyes_on_sends_a_request_and_opens_no_str(
    window, qtbot, store, tmp_path
):
    """With four-eyes on, escalating opens the case and holds the decision to report for a
    second officer: the window says so, the case has no decision and no deadline yet, and
    nothing escapes as an error (it used to read an expired case after the session)."""
    seed(window, tmp_path)
    four_eyes_on(store)
    page = window.show_page("alerts")
    page.table.selectRow(row_of_rule(page, STRUCTURING))
    qtbot.mouseClick(page.buttons["escalate"], Qt.MouseButton.LeftButton)
    dialog = page.escalate_dialog
    qtbot.waitExposed(dialog)
    dialog.facts.setPlainText("Три взноса чуть ниже порога за три дня.")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert notify.last_message["text"] == (
        "Case STR #1 opened. The decision to report waits for a second officer on the "
        "Approvals page."
    )
    reports = window.show_page("fiu_reports")
    assert reports.strs.model.rowCount() == 1  # the case, with no decision and no deadline
    assert cell(reports.strs, 0, 6) == "pending" and cell(reports.strs, 0, 3) in ("", "—")
    pending = TeamDesk(store).requests()
    assert [(r.kind, r.target) for r in pending] == [
        (four_eyes.STR_DECISION, "suspicious_transaction_report:1")
    ]


def test_closing_an_alert_as_explained_needs_a_note(window, qtbot, store, tmp_path):
    seed(window, tmp_path)
    page = window.show_page("alerts")
    page.table.selectRow(row_of_rule(page, THRESHOLD))
    dialog = page.explain_selected()
    qtbot.waitExposed(dialog)
    assert "5 600 000 KZT" in dialog.summary.reason
    save(dialog)
    assert dialog.isVisible() and dialog.errors["note"].isVisible()
    dialog.note.setPlainText("Продажа квартиры, договор купли-продажи в деле клиента")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert set(column(page, 2)) == {STRUCTURING, LARGE}  # only open alerts shown
    page.table.selectRow(row_of_rule(page, STRUCTURING))
    qtbot.mouseClick(page.buttons["transactions"], Qt.MouseButton.LeftButton)
    tx_page = window.pages["transactions"]
    assert window.stack.currentWidget() is tx_page
    assert tx_page.model.rowCount() == 3 and tx_page.ids_label.text() == "Transactions of alert #3"
    tx_page.show_all.click()
    assert tx_page.model.rowCount() == 4


def test_the_fiu_reports_page_files_a_threshold_report_and_writes_the_str_draft(
    window, qtbot, store, tmp_path
):
    seed(window, tmp_path)
    reports = window.show_page("fiu_reports")
    reports.tabs.setCurrentWidget(reports.ttrs)
    ttrs = reports.ttrs
    assert ttrs.model.rowCount() == 1
    ttrs.table.selectRow(0)
    dialog = ttrs.mark_selected()
    qtbot.waitExposed(dialog)
    save(dialog)
    assert dialog.errors["fiu_reference"].isVisible()
    dialog.reference.setText("AFM-TTR-000777")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cell(ttrs, 0, 2) == "reported" and cell(ttrs, 0, 9) == "AFM-TTR-000777"
    alerts = window.show_page("alerts")
    alerts.table.selectRow(row_of_rule(alerts, STRUCTURING))
    escalate = alerts.escalate_selected()
    escalate.decision.setCurrentIndex(escalate.decision.findData(""))  # decide later
    save(escalate)
    qtbot.waitUntil(lambda: not escalate.isVisible())
    reports = window.show_page("fiu_reports")
    reports.refresh()
    strs = reports.strs
    assert cell(strs, 0, 2) == "open: decision pending" and cell(strs, 0, 3) == "—"
    strs.table.selectRow(0)
    case = strs.edit_record(strs.selected_id())
    qtbot.waitExposed(case)
    case.decision.setCurrentIndex(case.decision.findData("suspicious"))
    case.facts.setPlainText(
        "Клиент ТОО «Алтын Блок» разбил взнос на три части; Қасымов — директор."
    )
    save(case)
    qtbot.waitUntil(lambda: not case.isVisible())
    assert cell(strs, 0, 2) == "to report"
    pdf = tmp_path / "draft.pdf"
    task = strs.write_draft(strs.selected_id(), pdf)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "ТОО «Алтын Блок»" in text and "Қасымов" in text
    assert "Suspicious transaction report — draft" in text  # the window's language


def test_importing_transactions_with_a_column_mapping(window, qtbot, store, tmp_path):
    today = window.desk.monitoring.today
    create(store, individual(iin_bin=RESIDENT_IIN), today)
    path = tmp_path / "bank.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Дата", "ИИН", "Тип", "Актив", "Сумма", "Тенге", "Доллары", "Кошелёк"])
        writer.writerow(
            [today.isoformat(), RESIDENT_IIN, "in", "USDT", "1500", "780000", "1500", "TQ1"]
        )
        writer.writerow([today.isoformat(), RESIDENT_IIN, "out", "KZT", "5000", "5000", "9.6", ""])
    page = window.show_page("transactions")
    assert page.start_import(path) is None  # the header needs matching first
    dialog = page.mapping_dialog
    qtbot.waitExposed(dialog)
    for name, header in {
        "date": "Дата", "customer": "ИИН", "direction": "Тип", "asset": "Актив", "amount": "Сумма",
        "value_kzt": "Тенге", "value_usd": "Доллары", "counterparty_wallet": "Кошелёк",
    }.items():  # fmt: skip
        dialog.boxes[name].setCurrentIndex(dialog.boxes[name].findData(header))
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20000)
    travel = sorted(column(page, 7))
    assert travel[0].startswith("missing: originator name") and travel[1] == "not applicable"
    assert "1 transfer lacks Travel Rule data" in notify.last_message["text"]
    page.filter_boxes["travel_rule"].setCurrentIndex(
        page.filter_boxes["travel_rule"].findData("incomplete")
    )
    assert page.model.rowCount() == 1
    page.customer.setText("#99")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    providers = page.open_providers()
    qtbot.waitExposed(providers)
    form = providers.new_provider()
    form.name.setText("Binance")
    form.jurisdiction.setText("KY")
    save(form)
    qtbot.waitUntil(lambda: providers.model.rowCount() == 1)
    assert providers.model.data(providers.model.index(0, 4)) == "—"  # due diligence not done
    providers.reject()


def test_a_transactions_detail_and_a_knowledge_test_from_an_alert(window, qtbot, tmp_path):
    seed(window, tmp_path)
    transactions = window.show_page("transactions")
    detail = transactions.edit_record(1)
    qtbot.waitExposed(detail)
    assert detail.values["Reference"] == "S-0" and ENTITY_BIN in detail.values["Customer"]
    assert STRUCTURING in detail.alerts_label.text()
    detail.reject()
    alerts = window.show_page("alerts")
    alerts.table.selectRow(row_of_rule(alerts, THRESHOLD))
    dialog = alerts.knowledge_test()
    qtbot.waitExposed(dialog)
    dialog.notes.setText("Online test, 85%")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = alerts.knowledge_test()
    assert window.desk.monitoring.knowledge_tests(again.customer_id)[0].notes == "Online test, 85%"
    again.reject()
