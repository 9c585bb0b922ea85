"""The visible texts of a widget tree, in the order the widgets were built: what a reader of
the screen sees (labels, buttons, group and tab titles, table headers and the first rows of
each table, tooltips, placeholders, combo items, check boxes, menus and the window title).
Widgets hidden on the screen (another tab, a collapsed panel) are skipped."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

TABLE_ROWS = 20  # the first rows of each table that count as its visible text
TEXT_LINES = 40  # of a read-only text box

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """``text`` as the reader sees it: rich text as plain text, mnemonics (&) removed,
    white space collapsed."""
    if not text:
        return ""
    if _TAG.search(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = re.sub(r"&(&?)", lambda m: "&" if m.group(1) else "", text)
    return " ".join(text.split())


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is None:
        header = getattr(view, "header", lambda: None)()
    top = QModelIndex()
    try:
        count = model.columnCount(top)
    except TypeError:  # a list model keeps its one column private
        count = 1
    columns = [c for c in range(count) if not (header is not None and header.isSectionHidden(c))]
    if (header is not None and not header.isHidden() and count > 1) or (
        header is not None
        and (not header.isHidden() and model.headerData(0, Qt.Orientation.Horizontal))
    ):
        for column in columns:
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(top), TABLE_ROWS)):
        is_hidden_row = getattr(view, "isRowHidden", None)
        if is_hidden_row is not None:
            try:
                if is_hidden_row(row):
                    continue
            except TypeError:  # a tree's isRowHidden takes a parent index
                if is_hidden_row(row, top):
                    continue
        for column in columns:
            index = model.index(row, column)
            found.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if tip:
                found.append(str(tip))
    return found


def widget_texts(widget: QWidget) -> list[str]:
    """The texts ``widget`` itself shows (not its children's)."""
    found: list[str] = [widget.toolTip()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.isTabVisible(index):
                found += [widget.tabText(index), widget.tabToolTip(index)]
    elif isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
        if widget.isEditable() and widget.lineEdit() is not None:
            found.append(widget.lineEdit().placeholderText())
        found.append(widget.placeholderText())
    elif isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    elif isinstance(widget, QAbstractSpinBox):
        found += [getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()]
        if widget.specialValueText() and widget.text() == widget.specialValueText():
            found.append(widget.specialValueText())
    elif isinstance(widget, (QTextBrowser | QTextEdit, QPlainTextEdit)):
        found.append(widget.placeholderText())
        if widget.isReadOnly():
            found += widget.toPlainText().splitlines()[:TEXT_LINES]
    elif isinstance(widget, QAbstractItemView):
        found += _view_texts(widget)
    if isinstance(widget, QMainWindow):
        found += [action.text() for action in widget.menuBar().actions() if action.isVisible()]
    return found


def visible_texts(root: QWidget, owners: dict[str, str] | None = None) -> list[str]:
    """Every distinct visible text of ``root`` and its shown children, the window title
    first, in build order. ``owners``, when given, receives the ``objectName`` of the
    widget that shows each text (texts of unnamed widgets are left out): the allow-list
    names a widget that holds verbatim legal text (a licence) by it."""
    seen: set[str] = set()
    out: list[str] = []

    def add(text: str, owner: str = "") -> None:
        text = plain(text)
        if text and text not in seen:
            seen.add(text)
            out.append(text)
            if owners is not None and owner:
                owners[text] = owner

    add(root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        for text in widget_texts(widget):
            add(text or "", widget.objectName())
    return out
