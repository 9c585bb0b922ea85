"""The Sales page: the sales ledger, imports of exchange trade histories (with a column
matching dialog for other layouts), and whether each sale counts towards the mandatory
sale; and ``LedgerPage``, what it shares with the Mining output page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from ...i18n import format_number, tr
from ...progress import Progress
from ...registers.errors import ImportRejected
from ...registers.listing import Listing
from ...registers.mining import imports as mining_imports
from ...registers.mining.import_reader import ImportResult
from ...registers.tabular import read_header
from ..dialogs.column_mapping import ColumnMappingDialog, needs_mapping
from ..dialogs.sale_dialog import SaleDialog
from ..notify import inform, warn
from ..register_page import RegisterPage

SALE_LABELS = {
    "date": "Date",
    "coin": "Coin",
    "amount": "Amount",
    "price": "Price",
    "currency": "Currency",
    "venue": "Venue",
    "reference": "Reference",
    "counterparty": "Counterparty",
    "kzt_rate": "KZT rate",
    "value_kzt": "Value in KZT",
}


class LedgerPage(RegisterPage):
    """A ledger's page (sales, output): imports with a column-matching step when the
    header is not the canonical one, exports with the page's search, filters and order,
    and record 0 (the Dashboard's shortfall warnings and fee reminders) opening the
    Mandatory sale & fees page."""

    edit_writes = True  # Edit opens the record's form (hidden for a role that only reads)
    import_fields: tuple[str, ...] = ()
    import_required: tuple[str, ...] = ()
    import_labels: dict[str, str] = {}  # noqa: RUF012 (read-only)
    mapping: dict[str, str] | None = None
    known_layouts: dict[tuple[str, ...], dict[str, str]]

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.mining = desk.mining
        self.title, self.hint = tr(self.title), tr(self.hint)
        self.known_layouts = {}
        super().__init__(self.mining, self.ledger_listing())
        self.window_ref = window

    def ledger_listing(self) -> Listing:
        raise NotImplementedError

    def export_ledger(self, path: Path) -> int:
        raise NotImplementedError

    def show_check(self, page: Any) -> None:
        """What record 0 shows on the Mandatory sale & fees page (its first tab)."""

    def select_id(self, record_id: int) -> bool:
        if record_id == 0 and self.window_ref is not None:
            self.show_check(self.window_ref.show_page("mining_checks"))
            return True
        return super().select_id(record_id)

    def export_records(self, path: Path, progress: Progress) -> int:
        progress.step(0, 0, tr("Writing {name}").format(name=path.name))
        return self.export_ledger(path)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import {what}").format(what=tr(self.noun_plural)), "",
            tr("Tables (*.csv *.xlsx);;All files (*)"),
        )  # fmt: skip
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> Any:
        """Import ``path``; when its header is not canonical, ask which column is which."""
        try:
            headers = read_header(path)
        except ImportRejected as exc:
            warn(self, tr("Import refused"), str(exc))
            return None
        if not needs_mapping(headers, self.import_required):
            self.mapping = None
            return self.start_import(path)

        layout = tuple(headers)

        def chosen(mapping: dict[str, str]) -> None:
            self.mapping = mapping
            self.known_layouts[layout] = mapping
            self.task = self.start_import(path)

        labels = {k: tr(v) for k, v in self.import_labels.items()}
        dialog = ColumnMappingDialog(
            headers,
            self.import_fields,
            self.import_required,
            labels,
            path.name,
            initial=self.known_layouts.get(layout),  # the matching used last for this layout
            parent=self,
        )
        dialog.accepted.connect(lambda: chosen(dialog.mapping()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _imported(self, path: Path, result: ImportResult) -> None:
        self.after_change()
        text = tr("{count} {what} imported from {name}; {skipped} already there (skipped).").format(
            count=format_number(result.imported),
            what=tr(self.noun_plural),
            name=path.name,
            skipped=format_number(result.duplicates),
        )
        if result.flagged:
            text += " " + tr("{n} flagged: pool not accredited on that date.").format(
                n=result.flagged
            )
        inform(self, tr("Import"), text)


class SalesPage(LedgerPage):
    title = "Sales"
    hint = (
        "Mined coin sold, by venue. A sale counts towards the mandatory sale when its venue "
        "was AIFC-licensed on the sale date (Venues page). Re-importing a trade history adds "
        "only the trades not yet in the ledger (same venue and reference)."
    )
    noun = "sale"
    noun_plural = "sales"
    editor = SaleDialog
    search_placeholder = "Search reference, counterparty…"
    empty_text = (
        "No sales yet.\n\nAdd a sale with New (Ctrl+N) or import an exchange's trade history "
        "with Import… (date,coin,amount,price,currency,venue,reference)."
    )
    import_fields = mining_imports.SALE_FIELDS
    import_required = mining_imports.SALE_REQUIRED
    import_labels = SALE_LABELS

    def ledger_listing(self) -> Listing:
        return self.mining.sale_listing()

    def export_ledger(self, path: Path) -> int:
        return self.mining.export_sales(path, self.current_query(), self.listing)

    def retire_record(self, record_id: int, reason: str) -> None:
        self.mining.retire_sale(record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> ImportResult:
        return self.mining.import_sales(path, self.mapping, progress)
