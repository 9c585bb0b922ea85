"""The mining pages: a sale entered in the dialog updates the period's share; imports with
the column-matching dialog; the output flag; pools and venues; the dashboard's reminders
open the check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kuzet.regime import mining
from kuzet.registers.licensing import pools
from kuzet.registers.mining import import_checker as mining_checker
from kuzet.registers.mining import output, venues
from kuzet.ui import notify
from support.team import four_eyes_off


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def seed_running_period(store) -> tuple[int, int]:
    """1 BTC mined every day of the running quarter so far, one licensed venue."""
    today = dt.date.today()
    start = mining.quarter_of(today).start
    days = (today - start).days + 1
    with store.transaction() as session:
        venue = venues.create(
            session,
            {
                "name": "Astana Digital Exchange",
                "aifc_licence_number": "A-1",
                "aifc_status": "active",
            },
        ).id
        for offset in range(days):
            output.create(
                session,
                {
                    "output_date": start + dt.timedelta(days=offset),
                    "coin": "BTC",
                    "amount": "1",
                    "pool": "Сарыарқа Pool",
                    "kwh": "1000",
                },
                today,
            )
    return venue, days


def test_entering_a_sale_updates_the_periods_share(window, qtbot, store) -> None:
    venue, days = seed_running_period(store)
    checks = window.show_page("mining_checks")
    assert checks.cards["share"].value.text() == "0.0%"
    assert checks.cards["required"].value.text() == "75.0%"
    assert "Projected to fall short" in checks.warning.text()

    page = window.show_page("sales")
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.children() if w.__class__.__name__ == "SaleDialog")
    qtbot.waitExposed(dialog)
    dialog.coin.setCurrentText("BTC")
    qtbot.keyClicks(dialog.amount, str(days * 0.8))  # typed text; stored as Decimal
    qtbot.keyClicks(dialog.price, "45000000")
    dialog.currency.setCurrentText("KZT")
    dialog.venue.setCurrentIndex(dialog.venue.findData(venue))
    qtbot.keyClicks(dialog.reference, "ADX-1")
    assert "counts towards the mandatory sale" in dialog.preview.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 7)) == "yes"

    checks = window.show_page("mining_checks")
    assert checks.cards["share"].value.text() == "80.0%"
    assert checks.cards["projected"].value.text() == "80.0%"
    assert checks.warning.text() == ""
    assert checks.history_model.data(checks.history_model.index(0, 8)) == "running: on track"


def test_sale_dialog_field_messages(window, qtbot, store) -> None:
    page = window.show_page("sales")
    dialog = page.new_record()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.amount, "1,5")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["amount"].text() == "'1,5' is not a number (use a dot for decimals)"
    assert dialog.errors["venue_id"].isVisible()
    dialog.reject()


@pytest.mark.parametrize("checker", ["in-process", "checker-process"])
def test_import_with_the_column_matching_dialog_and_reimport(
    window, qtbot, store, tmp_path, checker, monkeypatch
):
    if checker == "checker-process":  # as a file of 50,000 lines would be, from the window
        monkeypatch.setattr(mining_checker, "FROM_LINES", 0)
    seed_running_period(store)
    path = tmp_path / "exchange.csv"
    path.write_text(
        "Time;Asset;Qty;Price;Quote;Exchange;Trade ID\n"
        "2025-02-01 10:00:00;BTC;0.1;46000000;KZT;Astana Digital Exchange;X-1\n"
        "2025-02-02 10:00:00;BTC;0.2;46000000;KZT;Astana Digital Exchange;X-2\n",
        encoding="utf-8",
    )
    page = window.show_page("sales")
    dialog = page.import_path(path)
    qtbot.waitExposed(dialog)
    assert dialog.boxes["price"].currentData() == "Price"  # guessed from the header
    for field, header in (
        ("date", "Time"),
        ("coin", "Asset"),
        ("amount", "Qty"),
        ("currency", "Quote"),
        ("venue", "Exchange"),
        ("reference", "Trade ID"),
    ):
        dialog.boxes[field].setCurrentIndex(dialog.boxes[field].findData(header))
    dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: notify.last_message.get("title") == "Import")
    assert "2 sales imported from exchange.csv; 0 already there" in notify.last_message["text"]
    notify.last_message.clear()
    again = page.import_path(path)
    again.accept()  # the same matching again
    qtbot.waitUntil(lambda: notify.last_message.get("title") == "Import", timeout=10000)
    assert "0 sales imported from exchange.csv; 2 already there" in notify.last_message["text"]
    assert page.model.rowCount() == 2


def test_output_through_an_expired_pool_is_flagged_in_the_table(window, qtbot, store) -> None:
    today = dt.date.today()
    with store.transaction() as session:
        pools.create(
            session,
            {
                "pool_name": "Ekibastuz Hash",
                "operator_bin": "210640044105",
                "accreditation_number": "ПУЛ-4",
                "accredited_on": today - dt.timedelta(days=400),
                "expires_on": today - dt.timedelta(days=10),
            },
            today,
        )
    page = window.show_page("output")
    dialog = page.new_record()
    qtbot.waitExposed(dialog)
    dialog.pool.setCurrentText("Ekibastuz Hash")
    assert dialog.check.text().startswith("Will be FLAGGED: accreditation expired on")
    qtbot.keyClicks(dialog.amount, "0.045")
    qtbot.keyClicks(dialog.kwh, "31500")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    flag = page.model.data(page.model.index(0, 5))
    assert flag.startswith("FLAGGED: accreditation expired on")
    pools_page = window.show_page("pools")
    assert pools_page.model.data(pools_page.model.index(0, 6)) == "Expired"


def test_pool_and_venue_dialogs_show_field_messages(window, qtbot) -> None:
    pools_page = window.show_page("pools")
    dialog = pools_page.new_record()
    qtbot.waitExposed(dialog)
    dialog.pool_name.setText("Сарыарқа Pool")  # QTest types ASCII only
    qtbot.keyClicks(dialog.operator_bin, "123456789012")
    assert "not a valid bin" in dialog.bin_info.text().lower()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["operator_bin"].text().startswith("Not a valid BIN")
    assert dialog.errors["accreditation_number"].isVisible()
    dialog.reject()
    venues_page = window.show_page("venues")
    dialog = venues_page.new_record()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Qazaq Exchange")
    dialog.aifc_status.setCurrentIndex(dialog.aifc_status.findData("active"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors["aifc_licence_number"].isVisible()
    qtbot.keyClicks(dialog.aifc_licence_number, "AFSA-A-LA-2023-0102")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert venues_page.model.data(venues_page.model.index(0, 6)) == "yes"
    assert venues_page.model.data(venues_page.model.index(0, 8)) == "AIFC (AFSA licence)"


def test_fee_basis_dialog_and_the_dashboard_route_to_the_check(window, qtbot, store) -> None:
    seed_running_period(store)
    checks = window.show_page("mining_checks")
    checks.show_fees()
    assert checks.fee_model.rowCount() == 1
    cell = lambda column: checks.fee_model.data(checks.fee_model.index(0, column))  # noqa: E731
    assert "average electricity price not entered" in cell(2) and cell(3) == "not computed"
    assert "no fee figure" in checks.fees_tab.problems.text()
    checks.fee_table.selectRow(0)
    dialog = checks.edit_basis()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.average_price_kzt, "15.5")  # a band without a sourced rate
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "enter it from the statute" in cell(2) and cell(3) == "not computed"
    dialog = checks.edit_basis()
    qtbot.waitExposed(dialog)
    dialog.average_price_kzt.clear()
    qtbot.keyClicks(dialog.average_price_kzt, "8")  # the 5-10 band: 10 KZT/kWh [S]
    qtbot.keyClicks(dialog.kwh["kwh_own_generation"], "100")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert cell(2) == "10 KZT/kWh (own generation) [S]" and cell(3) != "not computed"
    prices = checks.fees_tab.open_prices()
    qtbot.waitExposed(prices)
    entry = prices.new_price()
    qtbot.waitExposed(entry)
    qtbot.keyClicks(entry.price_kzt, "45000000")
    qtbot.mouseClick(save_button(entry), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert prices.model.rowCount() == 1
    prices.close()
    window.show_page("dashboard")
    window.open_record("mining_output", 0)  # a fee reminder
    assert window.stack.currentWidget() is checks and checks.tabs.currentIndex() == 2
    window.show_page("dashboard")
    window.open_record("sale", 0)  # a shortfall warning
    assert window.stack.currentWidget() is checks


def test_charts_draw_the_monthly_series(window, store) -> None:
    seed_running_period(store)
    checks = window.show_page("mining_checks")
    months = [s.label() for s in checks.mined_chart.sets]
    assert months == ["Mined", "Sold via AIFC-licensed venues", "Sold elsewhere"]
    assert checks.mined_chart.sets[0].count() == 12
    assert checks.share_chart.required_series.count() == 12
    assert checks.share_chart.required_series.at(11).y() == 75.0


def test_the_rules_page_override_dialog_sets_the_fee_band_table(window, store, qtbot) -> None:
    four_eyes_off(store)  # the override applies at once (not a four-eyes test)
    page = window.show_page("rules")
    page.select_key("mining.fee.bands")
    dialog = page.override_selected()
    qtbot.waitExposed(dialog)
    shown = dialog.value.text()  # the table in force, written as the pack writes it
    assert shown.startswith('[{price_from = 24, rate = 1, mark = "S"}, {price_from = 10, mark')
    dialog.value.setText(
        shown.replace('{price_from = 10, mark = "U"', '{price_from = 10, rate = 8, mark = "U"')
    )
    dialog.reason.setPlainText("Art. 606-3 read in the statute")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    bands = window.store.rules().value("mining.fee.bands", dt.date.today())
    assert [(row["price_from"], row.get("rate")) for row in bands] == [
        (24, 1),
        (10, 8),
        (5, 10),
        (0, None),
    ]
