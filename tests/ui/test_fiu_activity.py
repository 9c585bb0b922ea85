"""The FIU reports page: reporting a client's suspicious activity with no transaction
(from 1 Apr 2026); the STR list says whether a report concerns an operation or activity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from support.customer_data import create, individual
from support.monitoring_data import RESIDENT_IIN


def test_reporting_client_activity_from_the_fiu_reports_page(window, qtbot) -> None:
    monitoring = window.desk.monitoring
    customer_id = create(window.store, individual(iin_bin=RESIDENT_IIN), monitoring.today)
    reports = window.show_page("fiu_reports")
    strs = reports.strs
    dialog = strs.activity_dialog()
    qtbot.waitExposed(dialog)
    dialog.customer.setValue(customer_id)
    assert RESIDENT_IIN in dialog.customer_name.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.detected_on.set_value(dt.date(2026, 3, 31))
    dialog.activity.setPlainText("Logins from three countries within an hour")
    save.click()
    assert dialog.isVisible() and dialog.errors["detected_on"].isVisible()
    assert "monitoring.str.covers_activity" in dialog.errors["detected_on"].text()
    dialog.detected_on.set_value(min(monitoring.today, dt.date(2026, 11, 20)))
    save.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert strs.model.rowCount() == 1
    last = strs.model.columnCount() - 1
    assert strs.model.data(strs.model.index(0, last)) == "client activity"
