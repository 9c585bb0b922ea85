"""Owners tab: the beneficial owners of a legal entity (individuals have none)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QDialog

from ...i18n import tr
from ...registers.customers import (
    customer_file as customers,
)
from ...registers.customers import (
    owners as customer_owners,
)
from ...registers.customers import (
    peps as customer_peps,
)
from ..dialogs.customer_owner_dialog import OwnerDialog
from ..notify import inform
from .widgets import CustomerTab, Table, ask_text, buttons, hint


class OwnersTab(CustomerTab):
    title = "Owners"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.intro = hint(
            tr(
                "Natural persons who own 25% or more of the entity or control it otherwise. "
                "Each is screened and checked for PEP status like a customer."
            )
        )
        self.layout_.addWidget(self.intro)
        self.summary = hint("")
        self.layout_.addWidget(self.summary)
        self.table = Table(
            ("Name", "Latin name", "IIN", "Share, %", "Control", "Citizenship", "PEP", "IIN check"),
            right=(3,),
        )
        self.layout_.addWidget(self.table.view, 1)
        row, self.buttons = buttons(
            (tr("Add…"), self.add),
            (tr("Edit…"), self.edit),
            (tr("Retire…"), lambda: self.retire()),
        )
        self.layout_.addLayout(row)
        self.table.view.doubleClicked.connect(lambda _i: self.edit())
        self.dialog: OwnerDialog | None = None

    def refresh(self) -> None:
        with self.store.reading() as session:
            customer = customers.get(session, self.customer_id)
            owners = customer_owners.owners_of(session, self.customer_id)
            peps = customer_peps.peps_of(session, self.customer_id)
        entity = customer.kind == "entity"
        self.table.view.setVisible(entity)
        for button in self.buttons.values():
            button.setVisible(entity)
            button.setEnabled(not customer.retired)
        if not entity:
            self.summary.setText(tr("An individual customer has no beneficial owners to record."))
            return
        pep_owners = {p.owner_id for p in peps if customer_peps.is_active(p, self.today)}
        rows, keys, tones = [], [], []
        total = Decimal(0)
        for owner in owners:
            total += owner.ownership_percent or 0
            conflict = owner.iin_conflict and not owner.iin_note
            rows.append(
                (
                    owner.name,
                    owner.name_latin,
                    owner.iin,
                    owner.ownership_percent,
                    tr("yes") if owner.control else "",
                    owner.citizenship,
                    tr("PEP") if owner.id in pep_owners else "",
                    tr("disagrees, not explained")
                    if conflict
                    else tr("explained")
                    if owner.iin_conflict
                    else "",
                )
            )
            keys.append(owner.id)
            tones.append("bad" if conflict else "warn" if owner.id in pep_owners else None)
        self.table.set_rows(rows, keys, tones)
        self.summary.setText(
            tr("{count} beneficial owner(s); recorded shares add up to {total}%.").format(
                count=len(owners), total=customer_owners.percent_text(total)
            )
            if owners
            else tr("No beneficial owners yet: an entity cannot be approved without them.")
        )

    def add(self) -> OwnerDialog:
        return self._open(None)

    def edit(self) -> OwnerDialog | None:
        owner_id = self.table.selected()
        if owner_id is None:
            inform(self, tr("Owners"), tr("Select an owner first."))
            return None
        return self._open(owner_id)

    def _open(self, owner_id: int | None) -> OwnerDialog:
        dialog = OwnerDialog(self.store, self.customer_id, owner_id, self)
        dialog.finished.connect(
            lambda result: self.changed() if result == QDialog.DialogCode.Accepted else None
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def retire(self, reason: str | None = None) -> bool:
        owner_id = self.table.selected()
        if owner_id is None:
            inform(self, tr("Owners"), tr("Select an owner first."))
            return False
        if reason is None:
            reason = ask_text(
                self, tr("Retire owner"), tr("Why is this person no longer an owner?")
            )
            if reason is None:
                return False
        return self.run(
            tr("Retire owner"),
            lambda session, rules: customer_owners.retire_owner(
                session, owner_id, reason, rules, self.today
            ),
        )
