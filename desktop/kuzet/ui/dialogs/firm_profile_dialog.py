"""Edit the firm profile: legal name, BIN, jurisdiction, activities, regulator references.

``ProfileForm`` is the form itself (the first-run wizard shows it too); ``FirmProfileDialog``
puts it in a dialog with Save and Cancel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...regime.ids import check_bin
from ...registers.programme import firm
from ..form import FormDialog, field_values, fill_fields

OWN_FIELDS = ("activities", "year_end_day")  # filled and read by the form itself


class ProfileForm(QWidget):
    """The profile's fields, each with a message line under it."""

    def __init__(self, programme: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme  # registers/programme/desk.py
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setVerticalSpacing(3)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.legal_name = self._add("legal_name", tr("Legal name"), QLineEdit())
        self.legal_name.setPlaceholderText("ТОО «…»")
        self.legal_name_latin = self._add("legal_name_latin", tr("Name in Latin"), QLineEdit())
        self.bin = self._add("bin", tr("BIN"), QLineEdit())
        self.bin.setMaxLength(12)
        self.bin_info = QLabel()
        self.bin_info.setObjectName("pageHint")
        self.form.addRow("", self.bin_info)
        self.bin.textChanged.connect(self._bin_changed)
        self.jurisdiction = QComboBox()
        for key, label in programme.jurisdiction_labels().items():
            self.jurisdiction.addItem(tr(label), key)
        self._add("jurisdiction", tr("Licensed in"), self.jurisdiction)
        self.activities = QListWidget()
        for key, label in programme.activity_labels().items():
            item = QListWidgetItem(tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.activities.addItem(item)
        rows = self.activities.count()
        self.activities.setFixedHeight(
            rows * self.activities.sizeHintForRow(0) + 2 * self.activities.frameWidth() + 4
        )
        self._add("activities", tr("Activities"), self.activities)
        self.afsa_reference = self._add("afsa_reference", tr("AFSA reference"), QLineEdit())
        self.nbk_reference = self._add("nbk_reference", tr("NBK reference"), QLineEdit())
        self.fiu_reference = self._add("fiu_reference", tr("FIU (AFM) registration"), QLineEdit())
        self.fiu_reference.setPlaceholderText("АФМ-…")
        self.fiu_missing = QLabel(tr("not entered: the STR draft prints the firm's FIU number"))
        self.fiu_missing.setObjectName("fieldError")  # red, as the form's errors
        self.form.addRow("", self.fiu_missing)
        self.fiu_reference.textChanged.connect(self._fiu_changed)
        self._fiu_changed("")
        self.address = self._add("address", tr("Address"), QLineEdit())
        year_end = QWidget()
        row = QHBoxLayout(year_end)
        row.setContentsMargins(0, 0, 0, 0)
        self.year_end_day = QSpinBox()
        self.year_end_day.setRange(1, 31)
        self.year_end_day.setValue(31)
        self.year_end_month = QComboBox()
        for month in range(1, 13):
            self.year_end_month.addItem(QLocale().standaloneMonthName(month), month)
        self.year_end_month.setCurrentIndex(11)
        row.addWidget(self.year_end_day)
        row.addWidget(self.year_end_month, 1)
        self._add("year_end_day", tr("Financial year-end"), year_end)

    def _add(self, key: str, label: str, widget: QWidget) -> Any:
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
        self.form.addRow(label, box)
        self.fields[key], self.errors[key] = widget, error
        return widget

    def _bin_changed(self, text: str) -> None:
        text = text.strip()
        if len(text) < 12:
            self.bin_info.setText("")
            return
        result = check_bin(text)
        self.bin_info.setText(result.shown() if result.valid else tr("not a valid BIN"))

    def _fiu_changed(self, text: str) -> None:
        self.fiu_missing.setVisible(not text.strip())

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(bool(errors.get(key)))

    def load(self, profile: Any) -> None:
        fill_fields(self.fields, profile, OWN_FIELDS)
        self.set_activities(firm.activity_keys(profile))
        self.year_end_day.setValue(profile.year_end_day)
        self.year_end_month.setCurrentIndex(profile.year_end_month - 1)

    def set_activities(self, keys: list[str]) -> None:
        for row in range(self.activities.count()):
            item = self.activities.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        chosen = [
            self.activities.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.activities.count())
            if self.activities.item(r).checkState() == Qt.CheckState.Checked
        ]
        return field_values(self.fields, OWN_FIELDS) | {
            "activities": chosen,
            "year_end_month": self.year_end_month.currentData(),
            "year_end_day": self.year_end_day.value(),
        }


class FirmProfileDialog(FormDialog):
    """``ProfileForm`` in a dialog with Save and Cancel."""

    def __init__(self, programme: Any, parent: QWidget | None = None) -> None:
        super().__init__("Firm profile", parent)
        self.setMinimumWidth(560)
        self.programme = programme  # registers/programme/desk.py
        self.profile_form = ProfileForm(programme, self)
        self.form.addRow(self.profile_form)
        current = programme.firm_profile()
        if current is not None:
            self.profile_form.load(current)

    def values(self) -> dict[str, Any]:
        return self.profile_form.values()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.profile_form.show_errors(errors)

    def save(self) -> None:
        self.submit(self.programme.save_firm_profile)
