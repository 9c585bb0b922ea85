"""PEP tab: the PEP status of the customer and of its beneficial owners."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from ...i18n import tr
from ...registers.customers import options
from ...registers.customers import owners as customer_owners
from ...registers.customers import peps as customer_peps
from ..dialogs.customer_pep_dialog import PepDialog
from ..notify import inform
from .widgets import CustomerTab, Table, ask_text, buttons, hint


class PepTab(CustomerTab):
    title = "PEP"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.layout_.addWidget(
            hint(
                tr(
                    "Politically exposed persons: foreign, domestic and international-"
                    "organisation PEPs, their family members and close associates. A PEP "
                    "needs EDD before approval. Domestic status ends 12 months after leaving "
                    "office (rule customers.pep.status_months_after_office)."
                )
            )
        )
        self.summary = hint("")
        self.layout_.addWidget(self.summary)
        self.table = Table(
            (
                "Person",
                "Category",
                "Position",
                "Organisation",
                "Took office",
                "Left office",
                "Status ends",
                "In force",
            )
        )
        self.layout_.addWidget(self.table.view, 1)
        row, self.buttons = buttons(
            (tr("Add…"), self.add),
            (tr("Edit…"), self.edit),
            (tr("Withdraw…"), lambda: self.withdraw()),
        )
        self.layout_.addLayout(row)
        self.table.view.doubleClicked.connect(lambda _i: self.edit())
        self.dialog: PepDialog | None = None

    def refresh(self) -> None:
        with self.store.reading() as session:
            records = customer_peps.peps_of(session, self.customer_id)
            owners = {
                o.id: o.name
                for o in customer_owners.owners_of(session, self.customer_id, include_retired=True)
            }
            labels = options.pep_kinds(self.store.rules(session), self.today)
        rows, keys, tones = [], [], []
        for record in records:
            active = customer_peps.is_active(record, self.today)
            person = owners.get(record.owner_id, "") if record.owner_id else tr("the customer")
            rows.append(
                (
                    person,
                    labels.get(record.kind, record.kind),
                    record.position or record.related_person,
                    record.organisation,
                    record.took_office,
                    record.left_office,
                    record.status_ends_on,
                    tr("yes") if active else tr("ended"),
                )
            )
            keys.append(record.id)
            tones.append("bad" if active else "muted")
        self.table.set_rows(rows, keys, tones)
        active = sum(1 for t in tones if t == "bad")
        self.summary.setText(
            tr("{count} PEP record(s) in force.").format(count=active)
            if active
            else tr("Not a PEP, and no owner is.")
        )

    def add(self) -> PepDialog:
        return self._open(None)

    def edit(self) -> PepDialog | None:
        pep_id = self.table.selected()
        if pep_id is None:
            inform(self, tr("PEP"), tr("Select a PEP record first."))
            return None
        return self._open(pep_id)

    def _open(self, pep_id: int | None) -> PepDialog:
        dialog = PepDialog(self.store, self.customer_id, pep_id, self)
        dialog.finished.connect(
            lambda result: self.changed() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def withdraw(self, reason: str | None = None) -> bool:
        pep_id = self.table.selected()
        if pep_id is None:
            inform(self, tr("PEP"), tr("Select a PEP record first."))
            return False
        if reason is None:
            reason = ask_text(self, tr("Withdraw PEP status"), tr("Why is this record withdrawn?"))
            if reason is None:
                return False
        return self.run(
            tr("Withdraw PEP status"),
            lambda session, rules: customer_peps.retire_pep(
                session, pep_id, reason, rules, self.today
            ),
        )
