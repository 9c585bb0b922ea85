"""The Mining output page: coin credited by pools, with the pool-accreditation flag."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...progress import Progress
from ...registers.listing import Listing
from ...registers.mining import imports as mining_imports
from ...registers.mining.import_reader import ImportResult
from ..dialogs.output_dialog import OutputDialog
from .sales import LedgerPage

OUTPUT_LABELS = {
    "date": "Date",
    "coin": "Coin",
    "amount": "Amount",
    "pool": "Pool",
    "kwh": "kWh",
    "reference": "Reference",
    "notes": "Notes",
}


class OutputPage(LedgerPage):
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

    def ledger_listing(self) -> Listing:
        return self.mining.output_listing()

    def export_ledger(self, path: Path) -> int:
        return self.mining.export_output(path, self.current_query(), self.listing)

    def show_check(self, page: Any) -> None:
        """Record 0 is the mining fee (the Dashboard's fee reminders)."""
        if page is not None:
            page.show_fees()

    def retire_record(self, record_id: int, reason: str) -> None:
        self.mining.retire_output(record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> ImportResult:
        return self.mining.import_output(path, self.mapping, progress)
