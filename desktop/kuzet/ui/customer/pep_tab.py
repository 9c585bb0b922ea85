"""PEP tab: the PEP status of the customer and of its beneficial owners."""

from __future__ import annotations

from typing import Any

from ...i18n import plural, tr
from ...registers.customers import peps
from ..dialogs.customer_pep_dialog import PepDialog
from .widgets import RecordsTab


class PepTab(RecordsTab):
    title = "PEP"
    editor = PepDialog

    def __init__(self, view: Any) -> None:
        super().__init__(
            view,
            tr(
                "Politically exposed persons: foreign, domestic and international-"
                "organisation PEPs, their family members and close associates. A PEP "
                "needs EDD before approval. Domestic status ends 12 months after leaving "
                "office (rule customers.pep.status_months_after_office)."
            ),
            headers=(
                "Person",
                "Category",
                "Position",
                "Organisation",
                "Took office",
                "Left office",
                "Status ends",
                "In force",
            ),
            pick=(tr("PEP"), tr("Select a PEP record first.")),
            retire=(tr("Withdraw PEP status"), tr("Why is this record withdrawn?")),
        )
        self.add_buttons(
            (tr("Add…"), self.add), (tr("Edit…"), self.edit), (tr("Withdraw…"), self.retire)
        )
        for button in self.buttons.values():
            button.setVisible(self.writes)  # hidden if the role may not
        self.table.view.doubleClicked.connect(lambda _i: self.edit() if self.writes else None)

    def refresh(self) -> None:
        records = self.customers.peps(self.customer_id)
        owners = self.owner_names()
        labels = self.customers.form_choices().pep_kinds
        rows, keys, tones = [], [], []
        for record in records:
            active = peps.is_active(record, self.today)
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
            plural(active, tr("{count} PEP record in force.|{count} PEP records in force.")).format(
                count=active
            )
            if active
            else tr("Not a PEP, and no owner is.")
        )

    def retire_record(self, record_id: int, reason: str) -> Any:
        return self.customers.retire_pep(record_id, reason)
