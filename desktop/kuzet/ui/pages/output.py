"""The Mining output page: coin credited by pools, with the pool-accreditation flag."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ...i18n import tr
from ...progress import Progress
from ...registers.mining import imports as mining_imports
from ...registers.mining import output
from ...registers.mining.import_reader import ImportResult
from ..dialogs.output_dialog import OutputDialog
from ..register_page import RegisterPage
from .sales import LedgerImport

OUTPUT_LABELS = {
    "date": "Date",
    "coin": "Coin",
    "amount": "Amount",
    "pool": "Pool",
    "kwh": "kWh",
    "reference": "Reference",
    "notes": "Notes",
}


class OutputPage(LedgerImport, RegisterPage):
    title = "Mining output"
    hint = (
        "Coin credited by pools, per day or per payout, with the electricity used. Output "
        "through a pool that was not accredited on that date is FLAGGED with the reason."
    )
    noun = "output record"
    noun_plural = "output records"
    editor = OutputDialog
    search_placeholder = "Search pool, reference, notes…"
    empty_text = (
        "No output yet.\n\nAdd a day's output with New (Ctrl+N) or import a pool's payout "
        "file with Import… (date,coin,amount,pool,kwh,reference)."
    )
    import_fields = mining_imports.OUTPUT_FIELDS
    import_required = mining_imports.OUTPUT_REQUIRED
    import_labels = OUTPUT_LABELS

    def __init__(self, store: Any, window: Any = None) -> None:
        self.title, self.hint = tr(self.title), tr(self.hint)
        self.known_layouts = {}
        super().__init__(store, output.OutputListing(store.rules(), dt.date.today()))
        self.window_ref = window

    def select_id(self, record_id: int) -> bool:
        """Record 0 is the mining fee (the Dashboard's fee reminders)."""
        if record_id == 0 and self.window_ref is not None:
            page = self.window_ref.show_page("mining_checks")
            show_fees = getattr(page, "show_fees", None)
            if show_fees is not None:
                show_fees()
            return True
        return super().select_id(record_id)

    def retire_record(self, record_id: int, reason: str) -> None:
        with self.store.transaction() as session:
            output.retire(session, record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> ImportResult:
        with self.store.transaction() as session:
            return mining_imports.import_output(
                session, path, self.store.rules(session), dt.date.today(), self.mapping, progress
            )

    def export_records(self, path: Path, progress: Progress) -> int:
        progress.step(0, 0, tr("Writing {name}").format(name=path.name))
        with self.store.reading() as session:
            return output.export(session, path, self.listing, self.current_query())
