"""Add or edit a beneficial owner: a natural person, with share, control and PEP status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from ...i18n import tr
from ...registers.customers import options
from ...registers.customers.owners import percent_text
from ..customer.form import PartDialog, choice_box, country_box, load_fields
from ..form import DateField


class OwnerDialog(PartDialog):
    def heading(self, record_id: int | None) -> str:
        return tr("Edit owner") if record_id else tr("Add beneficial owner")

    def build(self) -> None:
        choices = self.customers.form_choices()
        self.name = self.add_field("name", tr("Name (as in the ID document)"), QLineEdit())
        self.name_latin = self.add_field("name_latin", tr("Name in Latin"), QLineEdit())
        self.iin = self.add_field("iin", tr("IIN"), QLineEdit())
        self.iin.setMaxLength(12)
        self.birth_date = self.add_field(
            "birth_date", tr("Date of birth"), DateField(True, today=self.today)
        )
        labels = {k: tr(v) for k, v in options.SEX_LABELS.items()}
        self.sex = self.add_field("sex", tr("Sex"), choice_box(labels, "—"))
        self.citizenship = self.add_field("citizenship", tr("Citizenship"), country_box())
        self.residence = self.add_field("residence", tr("Residence"), country_box())
        self.id_type = self.add_field(
            "id_type", tr("ID document"), choice_box(choices.id_types, "—")
        )
        self.id_number = self.add_field("id_number", tr("Document number"), QLineEdit())
        self.id_expires_on = self.add_field(
            "id_expires_on", tr("Expires on"), DateField(True, today=self.today)
        )
        self.ownership_percent = self.add_field(
            "ownership_percent",
            tr("Share, %"),
            QLineEdit(),
            tr("25% or more, or control, makes a beneficial owner (rule pack)."),
        )
        self.control = self.add_field(
            "control", tr("Control"), QCheckBox(tr("Exercises control otherwise"))
        )
        self.control_note = self.add_field("control_note", tr("How"), QLineEdit())
        self.iin_note = self.add_field(
            "iin_note",
            tr("IIN explanation"),
            QLineEdit(),
            tr("Only if the IIN disagrees with the birth date or sex."),
        )
        self.pep: QComboBox | None = None
        if self.record_id is None:
            self.pep = self.add_field(
                "pep", tr("PEP declaration"), choice_box(choices.pep_kinds, tr("Not a PEP"))
            )
            self.pep_position = self.add_field("pep_position", tr("PEP position"), QLineEdit())

    def load(self, record_id: int) -> None:
        owner = self.customers.owner(record_id)
        values = {key: getattr(owner, key) for key in self.fields}
        percent = owner.ownership_percent
        values["ownership_percent"] = "" if percent is None else percent_text(percent)
        load_fields(self.fields, values)

    def values(self) -> dict[str, Any]:
        data = super().values()
        data["ownership_percent"] = data["ownership_percent"].strip().replace(",", ".") or None
        return data

    def save(self) -> None:
        self.submit(lambda data: self.customers.save_owner(self.customer_id, data, self.record_id))
