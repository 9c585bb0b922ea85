"""Issue #17, what the Russian and Kazakh tours showed: sidebar titles break onto a second
line instead of being cut off; the Dashboard's list keeps its key columns in view on a
narrow window (the Owner hides, into the row's tooltip); a filter's choice ends in "…"
where its box is narrow; an individual's Owners tab keeps its texts at the top."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from support.demo_db import copy_demo, demo_template


def test_long_sidebar_titles_break_into_lines_that_fit(window) -> None:
    from kuzet.ui.sidebar_text import POINT_SIZE, TEXT_WIDTH, sidebar_title

    font = window.sidebar.font()
    font.setPointSizeF(POINT_SIZE)
    metrics = QFontMetrics(font)
    assert sidebar_title("Licences", window.sidebar.font()) == "Licences"
    for title in ("Компания және жауапты қызметкер", "Компания и ответственный сотрудник"):
        shown = sidebar_title(title, window.sidebar.font())
        lines = shown.split("\n")
        assert len(lines) >= 2 and " ".join(lines) == title
        assert all(metrics.horizontalAdvance(line) <= TEXT_WIDTH for line in lines), lines
    # the sidebar shows every page title whole (English titles fit on one line)
    titles = [window.sidebar.item(row).text() for row in window.row_of_page]
    assert "Licences" in titles and all(title.strip() for title in titles)


@pytest.fixture
def demo_window(qtbot, tmp_path_factory: pytest.TempPathFactory, ui_settings):
    from kuzet.store import keys
    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    path: Path = copy_demo(demo_template(tmp_path_factory), tmp_path_factory.mktemp("looks"))
    make_app()
    store, _ = Store.open(path)
    main = MainWindow(path, store=store, ui_settings=ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    keys.forget()
    store.close()


def test_the_dashboard_keeps_its_key_columns_and_tooltips_the_owner(demo_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    page = demo_window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.model.rowCount() > 5, timeout=10_000)
    demo_window.resize(1100, 700)
    owner = page.model.headers.index("Owner")
    qtbot.waitUntil(lambda: owner in page.model.hidden_columns, timeout=3000)
    table, header = page.table, page.table.horizontalHeader()
    room = table.viewport().width()
    for column in range(owner):  # Severity … Detail: shown, inside the table
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room + 1
    row = next(r for r in range(page.model.rowCount()) if page.model.rows[r][owner])
    tip = page.model.data(page.model.index(row, 3), Qt.ItemDataRole.ToolTipRole)
    assert f"Owner: {page.model.rows[row][owner]}" in tip.splitlines()


def test_a_narrow_filter_box_ends_its_choice_in_an_ellipsis(qtbot) -> None:
    from kuzet.ui.register_page import FilterBox

    text = "Кез келген тексеру нәтижесі"
    boxes = {}
    for width in (120, 400):
        box = boxes[width] = FilterBox()
        box.addItem(text)
        box.setFixedWidth(width)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        assert not box.grab().isNull()  # painted through the eliding paintEvent
    narrow = boxes[120].shown_text()
    assert narrow.endswith("…") and text.startswith(narrow[:-1]) and len(narrow) > 4
    assert boxes[400].shown_text() == text
    assert boxes[120].currentText() == text  # only the painting is shortened


def test_an_individual_s_owners_tab_keeps_its_texts_at_the_top(demo_window, qtbot) -> None:
    page = demo_window.show_page("customers")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    customers = demo_window.desk.customers
    individual = next(i for i in page.model.ids() if customers.customer(i).kind == "individual")
    view = page.edit_record(individual)
    qtbot.waitExposed(view)
    tab = view.show_tab("owners")
    qtbot.waitUntil(tab.isVisible)
    assert not tab.table.view.isVisible()
    # the two texts sit one under the other at the top, the empty space below them
    assert tab.summary.geometry().top() <= tab.intro.geometry().bottom() + 20
    assert tab.summary.geometry().bottom() < tab.height() // 3
    view.reject()
