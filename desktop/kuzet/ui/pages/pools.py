"""The Pool accreditations page."""

from __future__ import annotations

from typing import Any

from ...i18n import tr
from ..dialogs.pool_dialog import PoolDialog
from ..register_page import RegisterPage


class PoolsPage(RegisterPage):
    title = "Pool accreditations"
    hint = (
        "The pools the firm mines through. Output credited through a pool that was not "
        "accredited that day is flagged on the Mining output page. The law gives no term: "
        "enter the expiry; reminders {days} days before it (rule mining.pool.reminder_days)."
    )
    noun = "accreditation"
    noun_plural = "accreditations"
    export_sheet = "Pools"
    editor = PoolDialog
    search_placeholder = "Search pool, BIN, number, evidence…"
    empty_text = (
        "No pools yet.\n\nAdd each pool you mine through with New (Ctrl+N), with its "
        "accreditation (or as not accredited)."
    )
    can_import = False
    edit_writes = True  # hidden for a role that only reads

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.licensing = desk.licensing
        days = self.licensing.pool_reminder_days()
        self.title = tr(self.title)
        self.hint = tr(self.hint).format(days=", ".join(str(d) for d in days) or "—")
        super().__init__(self.licensing, self.licensing.pool_listing())
        self.window_ref = window

    def retire_record(self, record_id: int, reason: str) -> None:
        self.licensing.retire_pool(record_id, reason)
