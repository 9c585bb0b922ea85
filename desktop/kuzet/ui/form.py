"""Form dialogs with a message under each field, filled from a register's validation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class DateField(QWidget):
    """A date shown as dd.mm.yyyy with a calendar; optional ones have a tick box."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.optional = optional
        self.check = QCheckBox()
        self.check.setToolTip(tr("Tick to set a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(to_qdate(dt.date.today()))
        if optional:
            layout.addWidget(self.check)
            self.check.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
        layout.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if self.optional and not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, day: dt.date | None) -> None:
        if day is None:
            self.check.setChecked(False)
            return
        self.check.setChecked(True)
        self.edit.setDate(to_qdate(day))


class FormDialog(QDialog):
    """Rows of label, field and an error line; ``show_errors`` fills the error lines.

    The title, field labels and hints are given in English and translated here
    (``packaging/translations.py`` extracts ``add_field`` labels and hints).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(title))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(4)
        outer.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(tr(hint))
            note.setObjectName("pageHint")
            note.setWordWrap(True)
            column.addWidget(note)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.form.addRow(tr(label), box)
        self.fields[key] = widget
        self.errors[key] = error
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            widget = self.fields[key]
            widget.setProperty("invalid", bool(message))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        general = [m for k, m in errors.items() if k not in self.errors]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError
