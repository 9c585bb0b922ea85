"""The Dashboard lists findings most serious first, each with its level in words and in the
palette's colour, the counts per level above, and a screening gap at the very top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kuzet.registers.licensing import licences
from kuzet.registers.mining import output
from kuzet.ui.style import SEVERITY_FILLS


def rows(dashboard) -> list[tuple[str, str]]:
    model = dashboard.model
    return [
        (model.data(model.index(r, 0)), model.data(model.index(r, 3)))
        for r in range(model.rowCount())
    ]


def test_a_critical_finding_shows_above_a_medium_one_with_its_word(window, store, qtbot):
    today = dt.date.today()
    with store.transaction() as session:
        rules = store.rules(session)
        base = {"licence_type": "mining_1", "issuer": "MDDIAI"}
        # an AFSA licence that expires in 20 days: a medium reminder
        licences.create(
            session,
            base
            | {
                "licence_type": "afsa",
                "issuer": "AFSA",
                "number": "AFSA-RENEW",
                "issued_on": today - dt.timedelta(days=400),
                "expires_on": today + dt.timedelta(days=20),
            },
            rules,
            today,
        )
        # mining output on a day the mining licence was suspended: critical
        licences.create(
            session,
            base
            | {
                "number": "KZ-SUSP",
                "issued_on": today - dt.timedelta(days=400),
                "status": "suspended",
                "suspended_from": today - dt.timedelta(days=10),
                "suspended_to": today - dt.timedelta(days=5),
            },
            rules,
            today,
        )
    with store.transaction() as session:
        output.create(
            session,
            {
                "output_date": today - dt.timedelta(days=7),
                "coin": "BTC",
                "amount": "0.1",
                "pool": "P",
            },
            today,
        )
    dashboard = window.show_page("dashboard")
    dashboard.refresh()
    shown = rows(dashboard)
    activity = shown.index(("Critical", "Activity without its licence"))
    expiring = shown.index(("Medium", "Licence expiry"))
    assert activity < expiring
    # the row names the licence and the days
    item = dashboard.model.data(dashboard.model.index(activity, 4))
    assert "KZ-SUSP" in item and "was suspended" in item
    # every level above is at least as serious as every level below
    order = ["Critical", "High", "Medium", "Info"]
    levels = [order.index(level) for level, _what in shown]
    assert levels == sorted(levels)
    # the severity cell is a filled badge in the palette, and says its level in words
    cell = dashboard.model.index(activity, 0)
    background = dashboard.model.data(cell, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == SEVERITY_FILLS["critical"]
    counts = dashboard.counts()
    assert counts["critical"] >= 1 and counts["medium"] >= 1
    assert dashboard.level_counts["critical"].text() == f"Critical: {counts['critical']}"


def test_a_new_database_says_screening_has_no_list_at_the_top(window):
    dashboard = window.show_page("dashboard")
    if not hasattr(window.desk.screening, "lists_gap"):  # the screening part not there yet
        return
    assert dashboard.gap_banner.isVisibleTo(dashboard)
    assert dashboard.gap_banner.text().startswith("CRITICAL: No screening list in force")
    assert rows(dashboard)[0] == ("Critical", "No screening list in force")
