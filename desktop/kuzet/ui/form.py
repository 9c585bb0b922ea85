"""Form dialogs with a message under each field, filled from a register's validation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..clock import SYSTEM_CLOCK
from ..i18n import tr
from ..registers.errors import RegisterError, ValidationFailed
from ..store.audit import NotSignedIn
from .approval_notice import sent_for_approval
from .dialog_frame import BodyScroll, cap_to_screen
from .refusals import error_text


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class DateField(QWidget):
    """A date shown as dd.mm.yyyy with a calendar; optional ones have a tick box. It opens
    on ``today``: a dialog passes its area's day (``area.today``); without one, the day of
    the computer's clock (``kuzet/clock.py``)."""

    def __init__(
        self, optional: bool = False, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.optional = optional
        self.check = QCheckBox()
        self.check.setToolTip(tr("Tick to set a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(to_qdate(today or SYSTEM_CLOCK.today()))
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


def hint_label(text: str = "", wrap: bool = True) -> QLabel:
    """A note in the pages' and forms' small hint style."""
    label = QLabel(text)
    label.setObjectName("pageHint")
    label.setWordWrap(wrap)
    return label


def add_date_range(
    row: QHBoxLayout, changed: Callable[[], None], today: dt.date | None = None
) -> tuple[DateField, DateField]:
    """A list's "From" and "To" date filters, both optional, added to ``row``;
    ``changed`` runs whenever either is ticked or moved."""
    fields = []
    for label in (tr("From"), tr("To")):
        row.addWidget(QLabel(label))
        field = DateField(optional=True, today=today)
        field.check.toggled.connect(lambda _on: changed())
        field.edit.dateChanged.connect(lambda _day: changed())
        row.addWidget(field)
        fields.append(field)
    return fields[0], fields[1]


def field_value(widget: QWidget) -> Any:
    """What a form field holds: its text, its date (None when unticked), the data of the
    choice made, or whether it is ticked."""
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(f"a {type(widget).__name__} field has no value: override values()")


def field_values(fields: Mapping[str, QWidget], leave: Collection[str] = ()) -> dict[str, Any]:
    """Every field's value by its key, but for those in ``leave`` (lists, tables: the form
    reads those itself)."""
    return {key: field_value(widget) for key, widget in fields.items() if key not in leave}


def show_value(widget: QWidget, value: Any) -> None:
    """Put a record's value in its field (``field_value`` reads it back); a choice that is
    not offered shows the first one."""
    if isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    else:
        raise TypeError(f"a {type(widget).__name__} field is filled by its dialog")


def fill_fields(fields: Mapping[str, QWidget], record: Any, leave: Collection[str] = ()) -> None:
    """Show in each field ``record``'s value of the same name (the fields are keyed as the
    register keys its records), but for those in ``leave``, which the form fills itself."""
    for key, widget in fields.items():
        if key not in leave:
            show_value(widget, getattr(record, key))


class FormDialog(QDialog):
    """Rows of label, field and an error line; ``show_errors`` fills the error lines.
    The rows scroll when the screen is too short for them (``dialog_frame.BodyScroll``);
    the general error line and the buttons stay below them, in view.

    The title, field labels and hints are given in English and translated here
    (``packaging/translations.py`` extracts ``add_field`` labels and hints).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(title))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(4)
        # The rows scroll when the screen is short; the error line and buttons stay in view.
        self.body_scroll = BodyScroll(body, self)
        outer.addWidget(self.body_scroll, 1)
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
        cap_to_screen(self)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.saved_id: int | None = None  # the record saved, once accepted

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(tr(hint)))
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
        """Every field's value by its key (a dialog with fields of its own kind overrides)."""
        return field_values(self.fields)

    def submit(self, write: Callable[[dict[str, Any]], Any]) -> Any:
        """``write(self.values())``, the desk's one unit of work. When it is refused
        (``ValidationFailed``) the messages go under the fields, nothing was written and the
        dialog stays open (None); else the dialog closes, keeping the record's id in
        ``saved_id``, and the record is returned."""
        try:
            saved = write(self.values())
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return None
        except (RegisterError, NotSignedIn) as exc:  # e.g. the role may not do it
            self.show_errors({"": error_text(exc)})
            return None
        if sent_for_approval(self.parentWidget(), saved):  # four-eyes: nothing changed yet
            self.saved_id = None
            self.accept()
            return None
        self.saved_id = getattr(saved, "id", None)
        self.accept()
        return saved

    def save(self) -> None:
        raise NotImplementedError
