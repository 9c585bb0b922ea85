"""Issue #17: on a narrow window the Rules page hides its minor columns, right to left,
and a row's tooltip then gives their values, as the register tables' tooltips do."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kuzet.ui.pages.rules import HEADERS, KEY_COLUMNS


def test_hidden_rule_columns_show_in_the_row_tooltip(window, qtbot) -> None:
    page = window.show_page("rules")
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: bool(page.model.hidden_columns), timeout=3000)
    header = page.table.horizontalHeader()
    hidden = sorted(page.model.hidden_columns)
    assert not set(hidden) & set(KEY_COLUMNS)
    assert all(header.isSectionHidden(c) for c in hidden)
    assert HEADERS.index("Reviewed") in hidden  # the rightmost goes first
    row = page.model.keys.index("licence.reminder_days")
    tip = page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    reviewed = page.model.data(page.model.index(row, HEADERS.index("Reviewed")))
    assert f"Reviewed: {reviewed}" in tip.splitlines()
    for column in KEY_COLUMNS:  # a shown column's value is not repeated
        assert f"{HEADERS[column]}: " not in tip

    window.resize(2400, 900)  # wide again: every column back, the tooltip as before
    qtbot.waitUntil(lambda: not page.model.hidden_columns, timeout=3000)
    assert not any(header.isSectionHidden(c) for c in range(len(HEADERS)))
    assert page.model.data(page.model.index(row, 0), Qt.ItemDataRole.ToolTipRole) is None
