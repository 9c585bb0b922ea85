"""The customer file's fields in two columns, with a message under each wrong field.

Used by the New customer dialog and the Profile tab of the customer view. The fields of
the other kind (individual or legal entity) are hidden; the IIN/BIN is decoded as it is
typed, and a disagreement with the birth date or sex is shown at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
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
from ...registers.customers.customer_file import ENTITY_FIELDS, INDIVIDUAL_FIELDS, iin_conflicts
from ...registers.customers.options import FormChoices
from ..form import DateField, FormDialog, field_value
from ..format import display
from .widgets import error_label


def _compact(box: QComboBox) -> QComboBox:
    """A drop-down sized for its field, not for its longest item."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def country_box() -> QComboBox:
    box = _compact(QComboBox())
    box.addItem("—", "")
    for code, name in COUNTRIES.items():
        box.addItem(f"{code} — {tr(name)}", code)  # names: packaging/translations.py
    return box


def choice_box(choices: dict[str, str], empty: str) -> QComboBox:
    box = _compact(QComboBox())
    box.addItem(empty, "")
    for key, label in choices.items():
        box.addItem(label, key)
    return box


def set_choice(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(0, box.findData(value or "")))


def set_field(widget: QWidget, value: Any) -> None:
    """Show ``value`` in a form field (the reverse of ``field_value``)."""
    if isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox):
        set_choice(widget, value)
    elif isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))


def load_fields(fields: dict[str, QWidget], values: Mapping[str, Any]) -> None:
    """Show each of ``values`` in the field of the same key (others are left as they are)."""
    for key, value in values.items():
        if key in fields:
            set_field(fields[key], value)


def person_box(customers: Any, customer_id: int) -> QComboBox:
    """Whom a record is about: the customer (None) or one of its owners (the owner's id)."""
    box = QComboBox()
    customer = customers.customer(customer_id)
    box.addItem(tr("{name} (the customer)").format(name=customer.name), None)
    for owner in customers.owners(customer_id):
        box.addItem(tr("{name} (owner)").format(name=owner.name), owner.id)
    return box


class PartDialog(FormDialog):
    """Add or edit a record of one customer (an owner, a PEP record, a review) through the
    customers desk: a subclass names itself (``heading``), lays out its fields (``build``)
    and shows the record it edits (``load``)."""

    def __init__(
        self,
        customers: Any,
        customer_id: int,
        record_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.heading(record_id), parent)
        self.customers = customers  # registers/customers/desk.py
        self.customer_id = customer_id
        self.record_id = record_id
        self.today = customers.today
        self.build()
        if record_id is not None:
            self.load(record_id)

    def heading(self, record_id: int | None) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def load(self, record_id: int) -> None:
        raise NotImplementedError


class CustomerForm(QWidget):
    """Every field of the customer file; ``values()`` and ``load()`` speak register keys."""

    def __init__(
        self,
        choices: FormChoices,
        kind: str = "individual",
        new: bool = False,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
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
        self.general_error = error_label()  # the messages no field takes
        self.general_error.hide()
        outer.addWidget(self.general_error)
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
        self.birth_date = self._add(
            left, "birth_date", tr("Date of birth"), DateField(True, today=today)
        )
        self.sex = self._add(
            left,
            "sex",
            tr("Sex"),
            choice_box({k: tr(v) for k, v in options.SEX_LABELS.items()}, "—"),
        )
        self.citizenship = self._add(left, "citizenship", tr("Citizenship"), country_box())
        self.residence = self._add(left, "residence", tr("Residence / registration"), country_box())
        self.id_type = self._add(
            left, "id_type", tr("ID document"), choice_box(choices.id_types, "—")
        )
        self.id_number = self._add(left, "id_number", tr("Document number"), QLineEdit())
        self.id_issuer = self._add(left, "id_issuer", tr("Issued by"), QLineEdit())
        self.id_issued_on = self._add(
            left, "id_issued_on", tr("Issued on"), DateField(True, today=today)
        )
        self.id_expires_on = self._add(
            left, "id_expires_on", tr("Expires on"), DateField(True, today=today)
        )
        self.registration_number = self._add(
            left, "registration_number", tr("Registration number"), QLineEdit()
        )
        self.registered_on = self._add(
            left, "registered_on", tr("Registered on"), DateField(True, today=today)
        )
        self.directors = self._add(left, "directors", tr("Directors"), QLineEdit())
        self.address = self._add(right, "address", tr("Address"), QLineEdit())
        self.phone = self._add(right, "phone", tr("Phone"), QLineEdit())
        self.email = self._add(right, "email", tr("E-mail"), QLineEdit())
        self.occupation = self._add(right, "occupation", tr("Occupation"), QLineEdit())
        self.purpose = self._add(
            right, "purpose", tr("Purpose of the relationship"), self._text_box()
        )
        self.product = self._add(
            right, "product", tr("Product or service"), choice_box(choices.products, "—")
        )
        self.channel = self._add(
            right, "channel", tr("Delivery channel"), choice_box(choices.channels, "—")
        )
        self.funds_source = self._add(
            right, "funds_source", tr("Source of funds"), choice_box(choices.funds_sources, "—")
        )
        self.source_of_funds = self._add(
            right, "source_of_funds", tr("Funds: details"), self._text_box()
        )
        self.pep = self.pep_position = None
        if new:
            self.pep = self._add(
                right, "pep", tr("PEP declaration"), choice_box(choices.pep_kinds, tr("Not a PEP"))
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

    # A field with its error line under it, as in every form dialog (``add_field`` adds
    # the row to ``self.form``; ``show_errors`` fills the lines and ``general_error``).
    add_field = FormDialog.add_field
    show_errors = FormDialog.show_errors

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> Any:
        self.form = form  # the column the field goes in
        self.add_field(key, label, widget)
        self.rows[key] = (form, form.rowCount() - 1)
        return widget

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for key, (form, row) in self.rows.items():
            hidden = (kind == "entity" and key in INDIVIDUAL_FIELDS) or (
                kind == "individual" and key in ENTITY_FIELDS
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
        return {key: field_value(widget) for key, widget in self.fields.items()}

    def load(self, values: dict[str, Any]) -> None:
        load_fields({k: w for k, w in self.fields.items() if k != "kind"}, values)
        set_choice(self.kind_box, values.get("kind", self.kind))
        self.set_kind(values.get("kind", self.kind))
