"""The Calendar page: deadlines of every register in the month view and the list, filters,
opening a record, the .ics export read back, and the start-up notice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt

from kuzet.regime.ids import make_bin
from kuzet.registers.licensing import licences
from kuzet.registers.programme import audits, firm
from kuzet.ui import notify
from kuzet.ui.form import to_qdate


def seed(store) -> dt.date:
    today = dt.date.today()
    with store.transaction() as session:
        rules = store.rules(session)
        licences.create(
            session,
            {
                "licence_type": "nbk_exchange",
                "number": "NBK-DA-0042",
                "issuer": "National Bank of Kazakhstan",
                "issued_on": today - dt.timedelta(days=300),
                "expires_on": today + dt.timedelta(days=3),
            },
            rules,
            today,
        )
        firm.save(
            session,
            {
                "legal_name": "ТОО «Сарыарқа Цифрлық Майнинг»",
                "bin": make_bin(2019, 3, "4", "0", 4218),
                "jurisdiction": "aifc",
                "activities": ["exchange"],
            },
            rules,
            today,
        )
        engagement = audits.save_audit(
            session,
            {
                "kind": "internal",
                "auditor": "Internal audit",
                "period_from": today - dt.timedelta(days=500),
                "period_to": today - dt.timedelta(days=100),
                "audit_date": today - dt.timedelta(days=60),
            },
            today,
        )
        finding = audits.save_finding(
            session,
            {"engagement_id": engagement.id, "title": "CDD gaps", "severity": "high"},
            today,
        )
        audits.save_action(
            session,
            {
                "finding_id": finding.id,
                "description": "Re-verify 40 files",
                "owner": "Сергей Пак",
                "due_on": today - dt.timedelta(days=2),
            },
            today,
        )
    return today


def listed(page) -> list[str]:
    return [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]


def test_the_calendar_lists_filters_and_opens_records(window, qtbot, store) -> None:
    today = seed(store)
    page = window.show_page("calendar")
    page.refresh()
    page.show_filter.setCurrentIndex(page.show_filter.findData("all"))
    assert "NBK licence: crypto exchange operator NBK-DA-0042" in listed(page)
    assert "Re-verify 40 files" in listed(page)
    assert "No MLRO is appointed." in listed(page)
    overdue = sum(1 for d in page.items if d.due < today)
    assert overdue >= 1 and page.summary.text().startswith(f"{overdue} overdue, ")
    # Filter by register, then by owner.
    page.register_filter.setCurrentIndex(page.register_filter.findData("licence"))
    assert listed(page) == ["NBK licence: crypto exchange operator NBK-DA-0042"]
    page.register_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData("Сергей Пак"))
    assert listed(page) == ["Re-verify 40 files"]
    page.owner_filter.setCurrentIndex(0)
    # The month view marks the licence's day; clicking it lists that day only.
    expiry = today + dt.timedelta(days=3)
    page.go_to(expiry)
    marked = page.month.dateTextFormat(to_qdate(expiry))
    assert marked.fontWeight() == 700 and "NBK-DA-0042" in marked.toolTip()
    page.month.clicked.emit(to_qdate(expiry))
    assert page.show_filter.currentData() == "day"
    assert listed(page) == ["NBK licence: crypto exchange operator NBK-DA-0042"]
    # Double-click opens the licence on its page.
    where = page.table.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    licences_page = window.pages["licences"]
    assert window.stack.currentWidget() is licences_page
    assert licences_page.selected_id() is not None


def test_export_ics_from_the_page(window, qtbot, store, tmp_path: Path) -> None:
    seed(store)
    page = window.show_page("calendar")
    page.register_filter.setCurrentIndex(page.register_filter.findData("licence"))
    task = page.export_ics(tmp_path / "kuzet")  # the .ics suffix is added
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.error is None and not task.was_cancelled
    assert task.result == 1
    parsed = icalendar.Calendar.from_ical((tmp_path / "kuzet.ics").read_bytes())
    [event] = list(parsed.walk("VEVENT"))
    assert (
        str(event["SUMMARY"]) == "Licence expiry: NBK licence: crypto exchange operator NBK-DA-0042"
    )
    assert str(parsed["X-WR-CALNAME"]) == "Kuzet — ТОО «Сарыарқа Цифрлық Майнинг»"
    assert notify.last_message["title"] == "Calendar exported"


def test_the_start_up_notice(window, qtbot, store) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from kuzet.ui.pages.calendar import notify_due

    seed(store)
    notice = window.desk.programme.due_notice()
    assert "Re-verify 40 files" in [d.title for d in notice.overdue]
    assert all(d.due < dt.date.today() for d in notice.overdue)
    assert "NBK licence: crypto exchange operator NBK-DA-0042" in [
        d.title for d in notice.this_week
    ]
    tray = notify_due(window)
    # Offscreen Qt has no system tray: nothing is shown and nothing fails.
    assert (tray is None) == (not QSystemTrayIcon.isSystemTrayAvailable())


def test_start_prompts_open_the_wizard_for_a_new_firm_only(qtbot, store, db_file, ui_settings):
    from kuzet.registers.system import settings
    from kuzet.ui.dialogs.first_run import FirstRunWizard
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    make_app()
    fresh = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(fresh)
    fresh.start_prompts = True
    fresh._on_store(store)
    wizards = [w for w in fresh.children() if isinstance(w, FirstRunWizard)]
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].reject()
    assert fresh.start_prompts is False  # once per start
    with store.transaction() as session:
        settings.put(session, settings.IS_DEMO, True)
    demo = MainWindow(db_file, ui_settings=ui_settings)
    qtbot.addWidget(demo)
    demo.start_prompts = True
    demo._on_store(store)
    assert not [w for w in demo.children() if isinstance(w, FirstRunWizard)]
    tests_window = MainWindow(db_file, store=store, ui_settings=ui_settings)
    qtbot.addWidget(tests_window)
    assert tests_window.start_prompts is False  # only run_gui turns the prompts on


def test_the_calendar_reads_the_deadlines_again_when_shown(window, qtbot, store) -> None:
    page = window.show_page("calendar")
    page.show_filter.setCurrentIndex(page.show_filter.findData("all"))
    assert "Re-verify 40 files" not in listed(page)
    window.show_page("licences")
    seed(store)  # as if entered on other pages
    window.show_page("calendar")
    assert "Re-verify 40 files" in listed(page)
