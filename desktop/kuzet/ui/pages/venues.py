"""The Venues page: exchanges the firm sells through, and whether each counts today."""

from __future__ import annotations

from typing import Any

from ...i18n import tr
from ..dialogs.venue_dialog import VenueDialog
from ..register_page import RegisterPage


class VenuesPage(RegisterPage):
    title = "Venues"
    hint = (
        "Exchanges the firm sells mined coin through. A sale counts towards the mandatory "
        "sale when its venue's AIFC licence was active and valid on the sale date."
    )
    noun = "venue"
    noun_plural = "venues"
    export_sheet = "Venues"
    editor = VenueDialog
    search_placeholder = "Search name, jurisdiction, licence…"
    empty_text = (
        "No venues yet.\n\nAdd the exchanges you sell through with New (Ctrl+N), with their "
        "AIFC licence, before importing their trade histories on the Sales page."
    )
    can_import = False
    edit_writes = True  # hidden for a role that only reads

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.mining = desk.mining
        self.title, self.hint = tr(self.title), tr(self.hint)
        super().__init__(self.mining, self.mining.venue_listing())
        self.window_ref = window

    def retire_record(self, record_id: int, reason: str) -> None:
        self.mining.retire_venue(record_id, reason)
