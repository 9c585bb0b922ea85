"""The Customers page in a real window: create an individual, attach a document to the
encrypted vault, approve; the EDD gate; filters and search; import with a column matching."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.regime.ids import make_iin
from kuzet.regime.risk import add_years
from kuzet.store import keys
from kuzet.ui import notify
from support.team import four_eyes_off

MARKER = b"UI-MARKER-0b9d1e-ID-CARD-SCAN"
PASSPHRASE = "Бурабай-2026-Kokshetau"


@pytest.fixture(autouse=True)
def no_keyring():
    """As on a machine without an OS keyring: the vault asks for a passphrase."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    yield
    keyring.set_keyring(previous)
    keys.forget()


def valid_iin(birth: dt.date, sex: str = "male") -> str:
    return next(n for s in range(1, 60) if (n := make_iin(birth, sex, s)))


def column(page, index: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_create_an_individual_attach_a_document_and_approve(
    window, qtbot, tmp_path: Path, kuzet_home: Path, today: dt.date
):
    if window.desk.system.team_vault():  # a team vault opens with the officer's password
        pytest.skip("a passphrase vault is SQLite mode's: test_team_vault_window.py")
    page = window.show_page("customers")
    assert page.body.currentWidget() is page.empty
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.name.setText("Сәрсенбаева Әйгерім Нұрланқызы")  # keyClicks types ASCII only
    qtbot.keyClicks(form.name_latin, "SARSENBAYEVA AIGERIM")
    number = valid_iin(dt.date(1993, 4, 21), "female")
    qtbot.keyClicks(form.iin_bin, number)
    assert "Valid IIN: born 21.04.1993" in form.id_hint.text()
    pick(form.citizenship, "KZ")
    pick(form.residence, "KZ")
    pick(form.id_type, "id_card")
    qtbot.keyClicks(form.id_number, "045987654")
    form.address.setText("Қарағанды, ул. Ерубаева 12")
    form.purpose.setPlainText("Продажа добытого BTC")
    pick(form.product, "mining_offtake")
    pick(form.channel, "in_person")
    pick(form.funds_source, "mining")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: page.view is not None and page.view.isVisible(), timeout=5000)
    view = page.view
    assert column(page, 0) == ["Сәрсенбаева Әйгерім Нұрланқызы"]
    assert "Low risk" in view.badge.text()
    # Attach an ID scan: no keyring here, so the vault asks for a new passphrase first.
    scan = tmp_path / "outside" / "id-card.txt"
    scan.parent.mkdir()
    scan.write_bytes(b"scan of the ID card\n" + MARKER)
    documents = view.show_tab("documents")
    attach = documents.attach(scan)
    qtbot.waitExposed(attach)
    pick(attach.category, "id_document")
    attach.expires_on.set_value(dt.date(2034, 4, 1))
    attach.save()
    vault_dialog = attach.vault_dialog
    assert (
        vault_dialog is not None
        and "No OS keyring is usable" in vault_dialog.findChild(type(attach.file_label)).text()
    )
    vault_dialog.passphrase.setText("short")
    vault_dialog.repeat.setText("short")
    vault_dialog.accept()
    assert "at least 10" in vault_dialog.error.text()
    vault_dialog.passphrase.setText(PASSPHRASE)
    vault_dialog.repeat.setText(PASSPHRASE)
    vault_dialog.accept()
    qtbot.waitUntil(lambda: documents.table.model.rowCount() == 1, timeout=5000)
    assert documents.table.model.rows[0][1] == "id-card.txt"
    documents.table.pick(documents.table.model.keys[0])
    documents.view_selected()
    assert documents.viewer is not None and documents.viewer.kind == "text"
    assert MARKER in documents.last_data
    documents.viewer.reject()
    # Approve on the EDD tab: a low-risk customer needs no EDD.
    edd = view.show_tab("edd")
    assert edd.approve_button.isEnabled()
    qtbot.mouseClick(edd.approve_button, Qt.MouseButton.LeftButton)
    assert "Approved" in view.subtitle.text()
    assert not edd.approve_button.isEnabled()
    history = view.show_tab("history")
    actions = {row[2] for row in history.table.model.rows}
    assert {"Customer file", "Document", "Risk assessment"} <= actions
    view.reject()
    qtbot.waitUntil(lambda: column(page, 6) == ["Approved"], timeout=3000)
    assert column(page, 7)[0] == f"{add_years(today, 5):%d.%m.%Y}"  # low risk: 5 years
    window.store.close()
    for path in kuzet_home.rglob("*"):
        if path.is_file():
            assert MARKER not in path.read_bytes(), path


def seed(customers) -> dict[str, int]:
    """Three files saved through the customers desk (``window.desk.customers``)."""
    made = {}
    today = customers.today
    base = {
        "kind": "individual",
        "citizenship": "KZ",
        "residence": "KZ",
        "address": "Астана",
        "purpose": "Exchange",
        "product": "exchange",
        "channel": "in_person",
        "funds_source": "salary",
    }
    people = [
        ("low", "Қасымов Нұрлан", "KASSYMOV NURLAN", dt.date(1985, 3, 14), {}),
        ("pep", "Оспанова Динара", "OSPANOVA DINARA", dt.date(1970, 6, 1), {"pep": "foreign", "pep_position": "Ambassador"}),
        ("expired", "Смирнов Иван", "SMIRNOV IVAN", dt.date(1990, 1, 5), {"id_expires_on": today - dt.timedelta(days=3)}),
    ]  # fmt: skip
    for key, name, latin, birth, extra in people:
        data = base | {"name": name, "name_latin": latin, "iin_bin": valid_iin(birth)} | extra
        made[key] = customers.save_customer(data).id
    return made


def test_filter_search_and_the_edd_gate(window, store, qtbot, today: dt.date):
    four_eyes_off(store)  # one officer approves (not a four-eyes test)
    made = seed(window.desk.customers)
    page = window.show_page("customers")
    page.refresh()
    assert page.model.rowCount() == 3
    pick(page.filter_boxes["pep"], "yes")
    assert column(page, 0) == ["Оспанова Динара"]
    assert column(page, 5) == ["Foreign PEP"]
    pick(page.filter_boxes["pep"], "")
    pick(page.filter_boxes["attention"], "id_expired")
    assert column(page, 0) == ["Смирнов Иван"]
    pick(page.filter_boxes["attention"], "")
    pick(page.filter_boxes["tier"], "high")
    assert column(page, 0) == ["Оспанова Динара"]
    pick(page.filter_boxes["tier"], "")
    qtbot.keyClicks(page.search, "kassymov")
    qtbot.waitUntil(lambda: column(page, 0) == ["Қасымов Нұрлан"], timeout=3000)
    page.search.clear()
    page.search.setText("касымов")  # Russified spelling finds the Kazakh one
    qtbot.waitUntil(lambda: column(page, 0) == ["Қасымов Нұрлан"], timeout=3000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # risk
    assert column(page, 0)[0] == "Оспанова Динара"
    task = page.reassess_all()  # nothing changed since the files were saved
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.result == 0 and "0 customers got" in notify.last_message["text"]
    # The PEP cannot be approved until EDD is complete.
    page.select_id(made["pep"])
    view = page.edit_record(made["pep"])
    edd = view.show_tab("edd")
    assert not edd.approve_button.isEnabled()
    assert "EDD is required (a PEP)" in edd.blockers.text()
    assert edd.decide("approve", "") is False
    assert "EDD is required" in notify.last_message["text"]
    edd.source_of_wealth.setPlainText("Salary as ambassador, savings")
    edd.wealth_verified.setChecked(True)
    edd.wealth_evidence.setText("Employment contract and bank statements seen")
    edd.funds_verified.setChecked(True)
    edd.funds_evidence.setText("Statement of the paying account")
    edd.approved_by.setText("Chief Executive")
    edd.approved_on.set_value(today)
    edd.enhanced_monitoring.setChecked(True)
    assert edd.save_edd()
    assert "complete" in edd.required.text() and edd.approve_button.isEnabled()
    qtbot.mouseClick(edd.approve_button, Qt.MouseButton.LeftButton)
    assert "Approved" in view.subtitle.text()
    # An override of the tier needs a reason and shows in the risk tab.
    risk = view.show_tab("risk")
    dialog = risk.open_override()
    pick(dialog.tier, "medium")
    dialog.accept()
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    dialog.reason.setPlainText("Left office in 2015; no adverse information")
    dialog.accept()
    assert not dialog.isVisible()
    assert risk.contribution("pep") == 60
    assert "overridden by the officer" in risk.detail.text()
    assert "Medium risk" in view.badge.text()
    view.reject()


def test_import_asks_for_a_column_matching_and_reports_bad_rows(window, qtbot, tmp_path: Path):
    page = window.show_page("customers")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "kind,name,iin_bin,citizenship,residence\nindividual,,850314300013,KZ,KZ\n",
        encoding="utf-8",
    )
    task = page.import_path(bad)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert notify.last_message["title"] == "Import refused"
    assert "bad.csv, line 2, field name" in notify.last_message["details"]
    bank = tmp_path / "bank.csv"
    number = valid_iin(dt.date(1960, 1, 20))
    bank.write_text(
        f"Тип;ФИО;ИИН;Гражданство;Страна\nindividual;Оспанов Серік;{number};KZ;KZ\n",
        encoding="utf-8",
    )
    dialog = page.import_path(bank)
    qtbot.waitExposed(dialog)
    for field_name, header in {
        "kind": "Тип",
        "name": "ФИО",
        "iin_bin": "ИИН",
        "citizenship": "Гражданство",
        "residence": "Страна",
    }.items():
        pick(dialog.boxes[field_name], header)
    dialog.accept()
    qtbot.waitUntil(
        lambda: getattr(page, "task", None) is not None and page.task.done, timeout=10000
    )
    assert page.task.result == 1
    assert column(page, 0) == ["Оспанов Серік"]
    out = tmp_path / "customers.xlsx"
    task = page.start_export(out)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.result == 1 and out.stat().st_size > 0
