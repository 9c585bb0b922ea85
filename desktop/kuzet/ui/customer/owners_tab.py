"""Owners tab: the beneficial owners of a legal entity (individuals have none)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...i18n import plural, tr
from ...registers.customers import owners, peps
from ..dialogs.customer_owner_dialog import OwnerDialog
from .widgets import RecordsTab


class OwnersTab(RecordsTab):
    title = "Owners"
    editor = OwnerDialog

    def __init__(self, view: Any) -> None:
        super().__init__(
            view,
            tr(
                "Natural persons who own 25% or more of the entity or control it otherwise. "
                "Each is screened and checked for PEP status like a customer."
            ),
            headers=(
                "[person] Name",  # a person's name: «Аты-жөні», not «Атауы» (i18n.tr)
                "Latin name",
                "IIN",
                "Share, %",
                "Control",
                "Citizenship",
                "PEP",
                "IIN check",
            ),
            pick=(tr("Owners"), tr("Select an owner first.")),
            retire=(tr("Retire owner"), tr("Why is this person no longer an owner?")),
            right=(3,),
        )
        self.add_buttons(
            (tr("Add…"), self.add), (tr("Edit…"), self.edit), (tr("Retire…"), self.retire)
        )
        self.table.view.doubleClicked.connect(lambda _i: self.edit() if self.writes else None)
        # an individual's tab hides the table: the texts then stay at the top
        self.layout_.addStretch(0)

    def refresh(self) -> None:
        customer = self.customers.customer(self.customer_id)
        found = self.customers.owners(self.customer_id)
        records = self.customers.peps(self.customer_id)
        entity = customer.kind == "entity"
        self.table.view.setVisible(entity)
        for button in self.buttons.values():
            button.setVisible(entity and self.writes)  # hidden if the role may not
            button.setEnabled(not customer.retired)
        if not entity:
            self.summary.setText(tr("An individual customer has no beneficial owners to record."))
            return
        pep_owners = {p.owner_id for p in records if peps.is_active(p, self.today)}
        rows, keys, tones = [], [], []
        total = Decimal(0)
        for owner in found:
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
            plural(
                len(found),
                tr(
                    "{count} beneficial owner; recorded shares add up to {total}%."
                    "|{count} beneficial owners; recorded shares add up to {total}%."
                ),
            ).format(count=len(found), total=owners.percent_text(total))
            if found
            else tr("No beneficial owners yet: an entity cannot be approved without them.")
        )

    def retire_record(self, record_id: int, reason: str) -> Any:
        return self.customers.retire_owner(record_id, reason)
