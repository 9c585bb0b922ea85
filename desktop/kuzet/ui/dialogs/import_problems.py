"""Why an import was refused, in the dialog itself: a sentence with the count, then the
first problems in a scrolling table (line, field, problem), not behind "Show Details…"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import plural, tr
from .. import notify

SHOWN = 200  # the first problems listed; the count says how many there are in all


def problem_cells(problem: Any) -> tuple[str, str, str]:
    """(line, field, problem) of a row problem (``registers/errors.RowProblem``), or of any
    other problem given as text."""
    line = getattr(problem, "line", 0)
    field = getattr(problem, "field", "")
    reason = getattr(problem, "reason", None)
    if reason is None:
        return "", "", str(problem)
    return (str(line) if line else "", field or "", reason)


def problem_line(problem: Any) -> str:
    """One problem in a sentence naming its file, line and field."""
    line, field, reason = problem_cells(problem)
    where = getattr(problem, "file", "") or ""
    if line:
        where = tr("{file}, line {line}").format(file=where, line=line) if where else line
    if field:
        where = tr("{where}, field {field}").format(where=where, field=field)
    return f"{where}: {reason}" if where else reason


class ImportProblemsDialog(QDialog):
    """The problems of a refused import, each on its own row, the first ``SHOWN`` of them."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, problems: Sequence[Any]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        shown = list(problems)[:SHOWN]
        self.table = QTableWidget(len(shown), 3)
        self.table.setHorizontalHeaderLabels([tr("Line"), tr("Field"), tr("Problem")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, problem in enumerate(shown):
            for column, value in enumerate(problem_cells(problem)):
                item = QTableWidgetItem(value)
                item.setToolTip(problem_line(problem))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        if len(problems) > SHOWN:
            more = len(problems) - SHOWN
            forms = tr("…and {count} more problem.|…and {count} more problems.")
            layout.addWidget(QLabel(plural(more, forms).format(count=more)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 440)  # inside a 1366×768 screen; the table scrolls
        self.rows = [problem_line(p) for p in shown]


def show_import_problems(
    parent: QWidget | None, file_name: str, problems: Sequence[Any]
) -> ImportProblemsDialog:
    """Say that nothing was imported from ``file_name`` (may be "" when the problems name
    their files) and list the problems inline."""
    count = len(problems)
    forms = (
        tr(
            "Nothing was imported from {file}: {count} problem. Correct the file and import it "
            "again.|Nothing was imported from {file}: {count} problems. Correct the file and "
            "import it again."
        )
        if file_name
        else tr(
            "Nothing was imported: {count} problem. Correct the file and import it again."
            "|Nothing was imported: {count} problems. Correct the file and import it again."
        )
    )
    text = plural(count, forms).format(file=file_name, count=count)
    title = tr("Import refused")
    dialog = ImportProblemsDialog(parent, title, text, problems)
    notify.last_message.update(title=title, text=text, details="\n".join(dialog.rows))
    dialog.open()
    return dialog
