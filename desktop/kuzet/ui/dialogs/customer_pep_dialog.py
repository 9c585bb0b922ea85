"""Add or edit PEP status, for the customer or one of its beneficial owners."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...i18n import tr
from ...registers.customers.peps import RELATED_KINDS
from ..customer.form import PartDialog, load_fields, person_box
from ..form import DateField


class PepDialog(PartDialog):
    def heading(self, record_id: int | None) -> str:
        return tr("Edit PEP status") if record_id else tr("Add PEP status")

    def build(self) -> None:
        people = person_box(self.customers, self.customer_id)
        self.person = self.add_field("owner_id", tr("Person"), people)
        kinds = self.customers.form_choices().pep_kinds
        self.kind = QComboBox()
        for key, label in kinds.items():
            self.kind.addItem(label, key)
        self.add_field("kind", tr("Category"), self.kind)
        self.related_kind = QComboBox()
        for key in ("domestic", "foreign", "international"):
            self.related_kind.addItem(kinds.get(key, key), key)
        self.add_field("related_kind", tr("The PEP related to is"), self.related_kind)
        self.related_person = self.add_field(
            "related_person", tr("Related to (who, relation)"), QLineEdit()
        )
        self.position = self.add_field("position", tr("Position"), QLineEdit())
        self.organisation = self.add_field(
            "organisation", tr("State body / country / organisation"), QLineEdit()
        )
        self.took_office = self.add_field(
            "took_office", tr("Took office"), DateField(True, today=self.today)
        )
        self.left_office = self.add_field(
            "left_office",
            tr("Left office"),
            DateField(True, today=self.today),
            tr("Domestic PEP status lasts 12 months after leaving office (rule pack)."),
        )
        self.identified_by = self.add_field("identified_by", tr("Identified by"), QLineEdit())
        self.notes = self.add_field("notes", tr("Notes"), QLineEdit())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def load(self, record_id: int) -> None:
        record = self.customers.pep(record_id)
        load_fields(self.fields, {key: getattr(record, key) for key in self.fields})
        self.person.setEnabled(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        related = self.kind.currentData() in RELATED_KINDS
        self.related_kind.setEnabled(related)
        self.related_person.setEnabled(related)

    def save(self) -> None:
        self.submit(
            lambda data: self.customers.save_pep(
                self.customer_id, data, self.record_id, data.pop("owner_id")
            )
        )
