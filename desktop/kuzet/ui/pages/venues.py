"""The Venues page: exchanges the firm sells through, and whether each counts today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...i18n import tr
from ...registers.mining import venues
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

    def __init__(self, store: Any, window: Any = None) -> None:
        self.title, self.hint = tr(self.title), tr(self.hint)
        super().__init__(store, venues.VenueListing(dt.date.today()))
        self.window_ref = window

    def retire_record(self, record_id: int, reason: str) -> None:
        with self.store.transaction() as session:
            venues.retire(session, record_id, reason)
