"""Add or edit PEP status, for the customer or one of its beneficial owners."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...i18n import tr
from ...registers.customers import (
    customer_file as customers,
)
from ...registers.customers import options
from ...registers.customers import (
    owners as customer_owners,
)
from ...registers.customers import (
    peps as customer_peps,
)
from ...registers.errors import ValidationFailed
from ..form import DateField, FormDialog


class PepDialog(FormDialog):
    def __init__(
        self,
        store: Any,
        customer_id: int,
        pep_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit PEP status") if pep_id else tr("Add PEP status"), parent)
        self.store = store
        self.customer_id = customer_id
        self.pep_id = pep_id
        self.today = dt.date.today()
        self.saved_id: int | None = None
        rules = store.rules()
        self.person = QComboBox()
        with store.reading() as session:
            customer = customers.get(session, customer_id)
            self.person.addItem(tr("{name} (the customer)").format(name=customer.name), None)
            for owner in customer_owners.owners_of(session, customer_id):
                self.person.addItem(tr("{name} (owner)").format(name=owner.name), owner.id)
        self.add_field("owner_id", tr("Person"), self.person)
        self.kind = QComboBox()
        for key, label in options.pep_kinds(rules, self.today).items():
            self.kind.addItem(label, key)
        self.add_field("kind", tr("Category"), self.kind)
        self.related_kind = QComboBox()
        for key in ("domestic", "foreign", "international"):
            self.related_kind.addItem(options.pep_kinds(rules, self.today).get(key, key), key)
        self.add_field("related_kind", tr("The PEP related to is"), self.related_kind)
        self.related_person = self.add_field(
            "related_person", tr("Related to (who, relation)"), QLineEdit()
        )
        self.position = self.add_field("position", tr("Position"), QLineEdit())
        self.organisation = self.add_field(
            "organisation", tr("State body / country / organisation"), QLineEdit()
        )
        self.took_office = self.add_field("took_office", tr("Took office"), DateField(True))
        self.left_office = self.add_field(
            "left_office",
            tr("Left office"),
            DateField(True),
            tr("Domestic PEP status lasts 12 months after leaving office (rule pack)."),
        )
        self.identified_by = self.add_field("identified_by", tr("Identified by"), QLineEdit())
        self.notes = self.add_field("notes", tr("Notes"), QLineEdit())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if pep_id is not None:
            self._load(pep_id)
        self._kind_changed()

    def _load(self, pep_id: int) -> None:
        with self.store.reading() as session:
            record = customer_peps.get_pep(session, pep_id)
        self.person.setCurrentIndex(max(0, self.person.findData(record.owner_id)))
        self.person.setEnabled(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind)))
        self.related_kind.setCurrentIndex(max(0, self.related_kind.findData(record.related_kind)))
        self.related_person.setText(record.related_person)
        self.position.setText(record.position)
        self.organisation.setText(record.organisation)
        self.took_office.set_value(record.took_office)
        self.left_office.set_value(record.left_office)
        self.identified_by.setText(record.identified_by)
        self.notes.setText(record.notes)

    def _kind_changed(self) -> None:
        related = self.kind.currentData() in customer_peps.RELATED_KINDS
        self.related_kind.setEnabled(related)
        self.related_person.setEnabled(related)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "related_kind": self.related_kind.currentData(),
            "related_person": self.related_person.text(),
            "position": self.position.text(),
            "organisation": self.organisation.text(),
            "took_office": self.took_office.value(),
            "left_office": self.left_office.value(),
            "identified_by": self.identified_by.text(),
            "notes": self.notes.text(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                if self.pep_id is None:
                    record = customer_peps.add_pep(
                        session,
                        self.customer_id,
                        self.values(),
                        rules,
                        self.today,
                        owner_id=self.person.currentData(),
                    )
                else:
                    record = customer_peps.update_pep(
                        session, self.pep_id, self.values(), rules, self.today
                    )
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
