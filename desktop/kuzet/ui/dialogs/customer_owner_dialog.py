"""Add or edit a beneficial owner: a natural person, with share, control and PEP status."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...i18n import tr
from ...registers.customers import options
from ...registers.customers import owners as customer_owners
from ...registers.errors import ValidationFailed
from ..customer.form import choice_box, country_box, set_choice
from ..form import DateField, FormDialog


class OwnerDialog(FormDialog):
    def __init__(
        self,
        store: Any,
        customer_id: int,
        owner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit owner") if owner_id else tr("Add beneficial owner"), parent)
        self.store = store
        self.customer_id = customer_id
        self.owner_id = owner_id
        self.today = dt.date.today()
        self.saved_id: int | None = None
        rules = store.rules()
        self.name = self.add_field("name", tr("Name (as in the ID document)"), QLineEdit())
        self.name_latin = self.add_field("name_latin", tr("Name in Latin"), QLineEdit())
        self.iin = self.add_field("iin", tr("IIN"), QLineEdit())
        self.iin.setMaxLength(12)
        self.birth_date = self.add_field("birth_date", tr("Date of birth"), DateField(True))
        labels = {k: tr(v) for k, v in options.SEX_LABELS.items()}
        self.sex = self.add_field("sex", tr("Sex"), choice_box(labels, "—"))
        self.citizenship = self.add_field("citizenship", tr("Citizenship"), country_box())
        self.residence = self.add_field("residence", tr("Residence"), country_box())
        self.id_type = self.add_field(
            "id_type", tr("ID document"), choice_box(options.id_types(rules, self.today), "—")
        )
        self.id_number = self.add_field("id_number", tr("Document number"), QLineEdit())
        self.id_expires_on = self.add_field("id_expires_on", tr("Expires on"), DateField(True))
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
        if owner_id is None:
            pep_labels = options.pep_kinds(rules, self.today)
            self.pep = self.add_field(
                "pep", tr("PEP declaration"), choice_box(pep_labels, tr("Not a PEP"))
            )
            self.pep_position = self.add_field("pep_position", tr("PEP position"), QLineEdit())
        else:
            self._load(owner_id)

    def _load(self, owner_id: int) -> None:
        with self.store.reading() as session:
            owner = customer_owners.get_owner(session, owner_id)
        self.name.setText(owner.name)
        self.name_latin.setText(owner.name_latin)
        self.iin.setText(owner.iin)
        self.birth_date.set_value(owner.birth_date)
        set_choice(self.sex, owner.sex)
        set_choice(self.citizenship, owner.citizenship)
        set_choice(self.residence, owner.residence)
        set_choice(self.id_type, owner.id_type)
        self.id_number.setText(owner.id_number)
        self.id_expires_on.set_value(owner.id_expires_on)
        percent = owner.ownership_percent
        self.ownership_percent.setText("" if percent is None else format(percent.normalize(), "f"))
        self.control.setChecked(owner.control)
        self.control_note.setText(owner.control_note)
        self.iin_note.setText(owner.iin_note)

    def values(self) -> dict[str, Any]:
        percent = self.ownership_percent.text().strip().replace(",", ".")
        data: dict[str, Any] = {
            "name": self.name.text(),
            "name_latin": self.name_latin.text(),
            "iin": self.iin.text(),
            "birth_date": self.birth_date.value(),
            "sex": self.sex.currentData(),
            "citizenship": self.citizenship.currentData(),
            "residence": self.residence.currentData(),
            "id_type": self.id_type.currentData(),
            "id_number": self.id_number.text(),
            "id_expires_on": self.id_expires_on.value(),
            "ownership_percent": percent or None,
            "control": self.control.isChecked(),
            "control_note": self.control_note.text(),
            "iin_note": self.iin_note.text(),
        }
        if self.pep is not None:
            data["pep"] = self.pep.currentData()
            data["pep_position"] = self.pep_position.text()
        return data

    def save(self) -> None:
        data = self.values()
        try:
            if data["ownership_percent"] is not None:
                Decimal(data["ownership_percent"])
        except ArithmeticError:
            self.show_errors({"ownership_percent": tr("Enter the share as a number of percent.")})
            return
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                if self.owner_id is None:
                    owner = customer_owners.add_owner(
                        session, self.customer_id, data, rules, self.today
                    )
                else:
                    owner = customer_owners.update_owner(
                        session, self.owner_id, data, rules, self.today
                    )
                self.saved_id = owner.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
