"""The main window's sidebar: the brand, then the pages under their group headings.

Built before the first paint, so kept free of Qt's enum namespace (~100 ms to build):
item roles are given as numbers, and a heading keeps its flags (the window steps past
it: ``past_heading``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ..i18n import tr
from .pages import PageSpec
from .sidebar_text import SIDEBAR_WIDTH, heading_font, sidebar_title

# Item data roles, as numbers: Qt.ItemDataRole would build Qt's enum namespace before the
# first paint (start-up time).
FONT_ROLE, FOREGROUND_ROLE = 6, 9
HEADING_COLOUR = "#7f93a6"

# The sidebar scrolls when the pages outgrow the window: a slim dark bar, never a
# horizontal one (set as a stylesheet: the Qt enum namespace costs start-up time).
SIDEBAR_SCROLLBAR = """
QScrollBar:vertical { background: #1d2733; width: 8px; margin: 0; border: none; }
QScrollBar::handle:vertical { background: #3a4b5c; border-radius: 4px; min-height: 32px; }
QScrollBar::handle:vertical:hover { background: #4d6277; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
QScrollBar:horizontal { height: 0; }
"""


def build_sidebar(specs: list[PageSpec]) -> tuple[QWidget, QListWidget, list[int]]:
    """The sidebar's column, its list of pages and headings, and the list row of each
    page (in ``specs`` order)."""
    side = QWidget()
    side.setFixedWidth(SIDEBAR_WIDTH)
    side.setStyleSheet("background: #1d2733;")
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    brand = QLabel("Күзет · Kuzet")
    brand.setObjectName("brand")
    sub = QLabel(tr("Compliance desk"))
    sub.setObjectName("brandSub")
    column.addWidget(brand)
    column.addWidget(sub)
    sidebar = QListWidget()
    sidebar.setObjectName("sidebar")
    sidebar.setStyleSheet(SIDEBAR_SCROLLBAR)
    column.addWidget(sidebar, 1)
    row_of_page: list[int] = []
    group = None
    muted, small = QColor(HEADING_COLOUR), heading_font(sidebar.font())
    for number, spec in enumerate(specs, start=1):
        if spec.group and spec.group != group:
            group = spec.group
            # A heading is an item of its own, small, bold and muted.
            sidebar.addItem(tr(group).upper())
            heading = sidebar.item(sidebar.count() - 1)
            heading.setData(FOREGROUND_ROLE, muted)
            heading.setData(FONT_ROLE, small)
        sidebar.addItem(sidebar_title(tr(spec.title), sidebar.font()))
        row_of_page.append(sidebar.count() - 1)
        if number <= 9:
            sidebar.item(sidebar.count() - 1).setToolTip(f"{tr(spec.title)} (Ctrl+{number})")
    return side, sidebar, row_of_page


def past_heading(row: int, last: int, row_of_page: list[int]) -> int:
    """The page row to select instead of the heading at ``row``: the next page down when
    moving down from ``last`` (or the last page, at the end), else the one above."""
    later = [r for r in row_of_page if r > row]
    earlier = [r for r in row_of_page if r < row]
    if row > last or not earlier:
        return later[0] if later else earlier[-1]
    return earlier[-1]
