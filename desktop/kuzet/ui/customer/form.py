"""The customer file's fields in two columns, with a message under each wrong field.

Used by the New customer dialog and the Profile tab of the customer view. The fields of
the other kind (individual or legal entity) are hidden; the IIN/BIN is decoded as it is
typed, and a disagreement with the birth date or sex is shown at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...regime.countries import COUNTRIES
from ...regime.ids import check_id
from ...registers.customers import options
from ...registers.customers.customer_file import iin_conflicts
from ..form import DateField
from ..format import display

INDIVIDUAL_ONLY = (
    "birth_date",
    "sex",
    "citizenship",
    "id_type",
    "id_number",
    "id_issuer",
    "id_issued_on",
    "id_expires_on",
    "occupation",
)
ENTITY_ONLY = ("registration_number", "registered_on", "directors")


def _compact(box: QComboBox) -> QComboBox:
    """A drop-down sized for its field, not for its longest item."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def country_box() -> QComboBox:
    box = _compact(QComboBox())
    box.addItem("—", "")
    for code, name in COUNTRIES.items():
        box.addItem(f"{code} — {name}", code)
    return box


def choice_box(choices: dict[str, str], empty: str) -> QComboBox:
    box = _compact(QComboBox())
    box.addItem(empty, "")
    for key, label in choices.items():
        box.addItem(label, key)
    return box


def set_choice(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(0, box.findData(value or "")))


class CustomerForm(QWidget):
    """Every field of the customer file; ``values()`` and ``load()`` speak register keys."""

    def __init__(self, rules: Any, today: dt.date, kind: str = "individual", new: bool = False):
        super().__init__()
        self.today = today
        self.kind = kind
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QFormLayout, int]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setVerticalSpacing(2)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.addLayout(columns)
        self.kind_box = choice_box({k: tr(v) for k, v in options.KIND_LABELS.items()}, "")
        self.kind_box.removeItem(0)
        set_choice(self.kind_box, kind)
        self.kind_box.setEnabled(new)
        self.kind_box.currentIndexChanged.connect(
            lambda _i: self.set_kind(self.kind_box.currentData())
        )
        self._add(left, "kind", tr("Kind"), self.kind_box)
        self.name = self._add(left, "name", tr("Name (as in the ID document)"), QLineEdit())
        self.name_latin = self._add(left, "name_latin", tr("Name in Latin"), QLineEdit())
        self.iin_bin = self._add(left, "iin_bin", tr("IIN / BIN"), QLineEdit())
        self.iin_bin.setMaxLength(12)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("pageHint")
        self.id_hint.setWordWrap(True)
        left.addRow("", self.id_hint)
        self.birth_date = self._add(left, "birth_date", tr("Date of birth"), DateField(True))
        self.sex = self._add(
            left,
            "sex",
            tr("Sex"),
            choice_box({k: tr(v) for k, v in options.SEX_LABELS.items()}, "—"),
        )
        self.citizenship = self._add(left, "citizenship", tr("Citizenship"), country_box())
        self.residence = self._add(left, "residence", tr("Residence / registration"), country_box())
        self.id_type = self._add(
            left, "id_type", tr("ID document"), choice_box(options.id_types(rules, today), "—")
        )
        self.id_number = self._add(left, "id_number", tr("Document number"), QLineEdit())
        self.id_issuer = self._add(left, "id_issuer", tr("Issued by"), QLineEdit())
        self.id_issued_on = self._add(left, "id_issued_on", tr("Issued on"), DateField(True))
        self.id_expires_on = self._add(left, "id_expires_on", tr("Expires on"), DateField(True))
        self.registration_number = self._add(
            left, "registration_number", tr("Registration number"), QLineEdit()
        )
        self.registered_on = self._add(left, "registered_on", tr("Registered on"), DateField(True))
        self.directors = self._add(left, "directors", tr("Directors"), QLineEdit())
        self.address = self._add(right, "address", tr("Address"), QLineEdit())
        self.phone = self._add(right, "phone", tr("Phone"), QLineEdit())
        self.email = self._add(right, "email", tr("E-mail"), QLineEdit())
        self.occupation = self._add(right, "occupation", tr("Occupation"), QLineEdit())
        self.purpose = self._add(
            right, "purpose", tr("Purpose of the relationship"), self._text_box()
        )
        labels = {k: tr(c.label) for k, c in options.products(rules, today).items()}
        self.product = self._add(
            right, "product", tr("Product or service"), choice_box(labels, "—")
        )
        labels = {k: tr(c.label) for k, c in options.channels(rules, today).items()}
        self.channel = self._add(right, "channel", tr("Delivery channel"), choice_box(labels, "—"))
        labels = {k: tr(c.label) for k, c in options.funds_sources(rules, today).items()}
        self.funds_source = self._add(
            right, "funds_source", tr("Source of funds"), choice_box(labels, "—")
        )
        self.source_of_funds = self._add(
            right, "source_of_funds", tr("Funds: details"), self._text_box()
        )
        self.pep = self.pep_position = None
        if new:
            pep_labels = options.pep_kinds(rules, today)
            self.pep = self._add(
                right, "pep", tr("PEP declaration"), choice_box(pep_labels, tr("Not a PEP"))
            )
            self.pep_position = self._add(right, "pep_position", tr("PEP position"), QLineEdit())
        self.notes = self._add(right, "notes", tr("Notes"), self._text_box(44))
        self.iin_bin.textChanged.connect(lambda _t: self.update_id_hint())
        self.birth_date.edit.dateChanged.connect(lambda _d: self.update_id_hint())
        self.birth_date.check.toggled.connect(lambda _on: self.update_id_hint())
        self.sex.currentIndexChanged.connect(lambda _i: self.update_id_hint())
        self.set_kind(kind)

    @staticmethod
    def _text_box(height: int = 52) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setFixedHeight(height)
        box.setTabChangesFocus(True)
        return box

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> Any:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 2)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        form.addRow(label, box)
        self.rows[key] = (form, form.rowCount() - 1)
        self.fields[key] = widget
        self.errors[key] = error
        return widget

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for key, (form, row) in self.rows.items():
            hidden = (kind == "entity" and key in INDIVIDUAL_ONLY) or (
                kind == "individual" and key in ENTITY_ONLY
            )
            form.setRowVisible(row, not hidden)
        self.update_id_hint()

    def update_id_hint(self) -> None:
        number = self.iin_bin.text().strip()
        if len(number) < 12:
            self.id_hint.setText(tr("12 digits") if number else "")
            return
        result = check_id(number)
        if not result.valid:
            self.id_hint.setText(tr("Invalid: {reason}").format(reason=result.reason))
            return
        if result.iin is not None:
            text = tr("Valid IIN: born {date}, {sex}").format(
                date=display(result.iin.birth_date), sex=tr(result.iin.sex)
            )
            conflicts = iin_conflicts(
                "individual", number, self.birth_date.value(), self.sex.currentData()
            )
            if conflicts:
                text += "\n⚠ " + "\n⚠ ".join(conflicts)
            self.id_hint.setText(text)
        elif result.bin is not None:
            b = result.bin
            self.id_hint.setText(
                tr("Valid BIN: registered {month:02d}.{year}, {type}, {unit}").format(
                    month=b.registered_month,
                    year=b.registered_year,
                    type=tr(b.entity_type),
                    unit=tr(b.unit),
                )
            )

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind_box.currentData()}
        for key, widget in self.fields.items():
            if key == "kind":
                continue
            if isinstance(widget, QLineEdit):
                data[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                data[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                data[key] = widget.currentData() or ""
            elif isinstance(widget, DateField):
                data[key] = widget.value()
        return data

    def load(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            widget = self.fields.get(key)
            if widget is None or key == "kind":
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))
            elif isinstance(widget, QComboBox):
                set_choice(widget, value)
            elif isinstance(widget, DateField):
                widget.set_value(value)
        set_choice(self.kind_box, values.get("kind", self.kind))
        self.set_kind(values.get("kind", self.kind))

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message under its field; return the ones no field takes."""
        for key, label in self.errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            widget = self.fields[key]
            widget.setProperty("invalid", bool(message))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        return [m for k, m in errors.items() if k not in self.errors]
