"""The Rules page (override through the dialog) and the Audit trail page (filter, verify)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.ui import notify
from support.team import four_eyes_off


def test_override_a_rule_in_the_dialog(window, store, qtbot):
    four_eyes_off(store)  # the override applies at once (not a four-eyes test)
    page = window.show_page("rules")
    page.select_key("licence.reminder_days")
    dialog = page.override_selected()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.value, "[120, 60, 14]")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors["reason"].isVisible()  # a reason is required
    dialog.reason.setPlainText("Board decision: earlier renewals")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = page.model.keys.index("licence.reminder_days")
    assert page.model.rows[row][2] == "120, 60, 14"
    assert page.model.rows[row][8] == "Board decision: earlier renewals"
    assert window.store.rules().value("licence.reminder_days", dt.date.today()) == (120, 60, 14)
    assert page.withdraw_selected(reason="Back to the default") is True
    assert page.model.rows[page.model.keys.index("licence.reminder_days")][2] == "90, 60, 30"


def test_trail_page_filters_by_register_and_verifies(window, store, qtbot):
    from kuzet.registers.licensing import licences
    from kuzet.registers.system.rules import set_override

    with store.transaction() as session:
        licences.create(
            session,
            {
                "licence_type": "afsa",
                "number": "A-1",
                "issuer": "AFSA",
                "issued_on": dt.date(2024, 1, 1),
            },
            store.rules(session),
            dt.date.today(),
        )
        set_override(
            session,
            store.rules(session),
            "licence.mining.term_years",
            "4",
            dt.date(2026, 1, 1),
            None,
            "Test",
        )
    page = window.show_page("trail")
    page.refresh()
    assert page.model.rowCount() == 2
    page.show_register("licence")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 5)) == "Created"  # the action "insert"
    task = page.start_verify()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.result.intact
    assert "Audit trail intact: 2 entries" in notify.last_message["text"]


def test_the_rules_page_lists_rules_due_for_review_on_the_desks_day(window):
    from kuzet.clock import FixedClock

    key = "rules.review_interval_months"  # reviewed 2026-12-07 in the shipped pack
    page = window.show_page("rules")
    assert "Rule pack 2026.12.1" in page.pack_label.text()
    page.stale_only.setChecked(True)
    window.desk.system.clock = FixedClock(dt.date(2027, 12, 7))  # 12 months on: not yet due
    page.refresh()
    assert key not in page.model.keys
    window.desk.system.clock = FixedClock(dt.date(2027, 12, 8))  # one day more: due
    page.refresh()
    assert key in page.model.keys
    row = page.model.rows[page.model.keys.index(key)]
    assert row[9] == "07.12.2026 (review due)"  # one date style, as everywhere
    page.stale_only.setChecked(False)
    assert len(page.model.keys) > page.model.keys.count(key)


def test_update_the_rule_pack_from_the_page(window, store, tmp_path):
    four_eyes_off(store)  # the update applies at once (not a four-eyes test)
    from support.rule_packs import KEY, NEW_KEY, newer_files, zip_of

    page = window.show_page("rules")
    window.desk.system.save_override(
        KEY, {"value": "[100, 50]", "valid_from": dt.date.today(), "reason": "Board minute"}
    )
    dialog = page.update_pack()
    old = zip_of(tmp_path / "old.zip", newer_files("2026.11.1"))
    assert dialog.load(old) is False and "not newer" in dialog.problem.text()
    assert not dialog.apply_button.isEnabled()
    assert dialog.load(zip_of(tmp_path / "new.zip", newer_files())) is True
    text = dialog.diff.toPlainText()
    assert "1 added, 1 changed, 0 retired" in text and NEW_KEY in text and "FLAGGED" in text
    assert dialog.apply() is True
    assert "Rule pack 2026.12.2" in page.pack_label.text()
    assert NEW_KEY in page.model.keys
    assert page.model.rows[page.model.keys.index(KEY)][8].startswith("FLAGGED")
