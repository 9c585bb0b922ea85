"""History tab: every change to the file and what hangs off it, from the audit trail."""

from __future__ import annotations

from typing import Any

from ...i18n import tr
from ...registers.customers.history import REGISTER_TITLES
from ...registers.system.trail import summarize
from ..form import hint_label
from .widgets import CustomerTab, Table


class HistoryTab(CustomerTab):
    title = "History"

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.place(
            hint_label(
                tr(
                    "From the hash-chained audit trail: who changed what and when, with the "
                    "reason where one was given. Newest first."
                )
            )
        )
        self.table = Table(("When (UTC)", "Who", "What", "Record", "Action", "Changes", "Reason"))
        self.place(self.table.view, 1)

    def refresh(self) -> None:
        entries = self.customers.history(self.customer_id)
        rows, keys = [], []
        for entry in reversed(entries):
            rows.append(
                (
                    entry.at.replace("T", " ")[:19],
                    entry.actor,
                    tr(REGISTER_TITLES.get(entry.register_name, entry.register_name)),
                    f"#{entry.record_id}",
                    tr(entry.action),
                    summarize(entry),
                    entry.reason or "",
                )
            )
            keys.append(entry.id)
        self.table.set_rows(rows, keys)
