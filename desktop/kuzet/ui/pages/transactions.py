"""The Transactions page: customer transactions imported from the firm's systems, with
their Travel Rule status; filters by customer, dates, direction, asset, Travel Rule status
and import; import with a column-mapping dialog; the counterparty providers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from ...i18n import format_number, plural, tr
from ...progress import Progress
from ...registers.listing import ListQuery
from ...registers.monitoring import transactions
from ...registers.tabular import read_header
from ..dialogs.column_mapping import ask_mapping, needs_mapping
from ..dialogs.transaction_detail import TransactionDetailDialog
from ..dialogs.vasp_dialog import open_providers
from ..form import add_date_range, hint_label
from ..notify import inform, warn
from ..register_page import FilterBox, RegisterPage
from .alerts import run_monitoring

FIELD_LABELS = {
    "date": "Date",
    "customer": "Customer: IIN/BIN or #number",
    "direction": "Direction (in/out)",
    "asset": "Asset",
    "amount": "Amount",
    "value_kzt": "Value in KZT",
    "value_usd": "Value in USD",
    "counterparty_wallet": "Counterparty wallet",
    "counterparty_provider": "Counterparty provider",
    "originator_name": "Originator's name",
    "originator_wallet": "Originator's wallet",
    "originator_id": "Originator's ID, address or birth data",
    "beneficiary_name": "Beneficiary's name",
    "beneficiary_wallet": "Beneficiary's wallet",
    "reference": "Reference (your transaction id)",
}


class TransactionsPage(RegisterPage):
    title = "Transactions"
    hint = (
        "Deposits and withdrawals of your customers, imported from your systems and linked to "
        "the customer file. Transfers carry the originator's and beneficiary's data (Travel "
        "Rule: AIFC AML 11-1.1 from about 10 Sep 2024 for AIFC firms, full data from USD 1,000; "
        "AFM Order No. 5 of 30 Oct 2024 outside the AIFC, entered from the statute); missing "
        "data is shown in amber."
    )
    noun = "transaction"
    key_columns = (
        "occurred_on",
        "customer",
        "direction",
        "asset",
        "amount",
        "value_kzt",
        "travel_rule",
    )  # in view at 1366 px
    noun_plural = "transactions"
    search_placeholder = "Search reference, wallet, name, provider, customer…"
    empty_text = (
        "No transactions yet.\n\nImport a CSV or XLSX export of your transactions with "
        "Import… (columns: date, customer IIN/BIN, direction in/out, asset, amount, values in "
        "KZT and USD, counterparty and Travel Rule data)."
    )
    can_create = False

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.mapping: dict[str, str] | None = None
        self.ids_filter = ""
        self.monitoring = desk.monitoring
        super().__init__(self.monitoring, self.monitoring.transaction_listing())
        self.window_ref = window
        self._add_second_row()

    def _add_second_row(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(tr("Customer")))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(tr("IIN/BIN, #number or name"))
        self.customer.setClearButtonEnabled(True)
        self.customer.textChanged.connect(lambda _t: self._search_timer.start())
        row.addWidget(self.customer)
        self.date_from, self.date_to = add_date_range(row, self.apply_query, self.monitoring.today)
        row.addWidget(QLabel(tr("Import")))
        self.batch = FilterBox()
        self.fill_batches()
        self.batch.currentIndexChanged.connect(lambda _i: self.apply_query())
        row.addWidget(self.batch)
        self.ids_label = hint_label(wrap=False)
        self.show_all = QPushButton(tr("Show all"))
        self.show_all.clicked.connect(lambda: self.show_ids([]))
        row.addWidget(self.ids_label)
        row.addWidget(self.show_all)
        self.ids_label.hide()
        self.show_all.hide()
        row.addStretch(1)
        self.providers_button = QPushButton(tr("Counterparty providers…"))
        self.providers_button.clicked.connect(self.open_providers)
        self.monitor_button = QPushButton(tr("Run monitoring"))
        self.monitor_button.setToolTip(tr("Apply the monitoring rules and the Travel Rule check"))
        self.monitor_button.clicked.connect(self.run_monitoring)
        # beside the title with the page's other actions
        self.action_row.insertWidget(0, self.monitor_button)
        self.action_row.insertWidget(0, self.providers_button)
        outer = self.layout()
        outer.insertLayout(outer.indexOf(self.body), row)

    # --- query ------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        query = super().current_query()
        if not hasattr(self, "customer"):  # the first query, before the second row exists
            return query
        filters = dict(query.filters)
        filters["customer"] = self.customer.text()
        start, end = self.date_from.value(), self.date_to.value()
        filters["from"] = start.isoformat() if start else ""
        filters["to"] = end.isoformat() if end else ""
        filters["ids"] = self.ids_filter
        filters["batch"] = self.batch.currentData() or ""
        return replace(query, filters=filters)

    def fill_batches(self) -> None:
        chosen = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        self.batch.addItem(tr("Any import"), "")
        for batch in self.monitoring.transaction_batches():
            self.batch.addItem(batch, batch)
        self.batch.setCurrentIndex(max(0, self.batch.findData(chosen)))
        self.batch.blockSignals(False)

    def after_change(self, record_id: int | None = None) -> None:
        self.fill_batches()
        super().after_change(record_id)

    def show_ids(self, ids: list[int], label: str = "") -> None:
        """Show only these transactions (an alert's), or all again with an empty list."""
        self.ids_filter = ",".join(str(i) for i in ids)
        self.ids_label.setText(
            label
            or plural(
                len(ids), tr("Showing {count} transaction|Showing {count} transactions")
            ).format(count=format_number(len(ids)))
        )
        self.ids_label.setVisible(bool(ids))
        self.show_all.setVisible(bool(ids))
        self.apply_query()

    # --- records ----------------------------------------------------------------------

    def new_record(self) -> None:
        inform(self, tr(self.title), tr("Transactions are imported from your systems: Import…"))

    def edit_record(self, record_id: int) -> TransactionDetailDialog:
        dialog = TransactionDetailDialog(self.monitoring, record_id, self)
        dialog.open()
        return dialog

    def retire_record(self, record_id: int, reason: str) -> None:
        self.monitoring.retire_transaction(record_id, reason)

    # --- import and export ------------------------------------------------------------

    def start_import(self, path: Path, mapping: dict[str, str] | None = None):  # -> Task | None
        """Import ``path``; a file whose header lacks the canonical names asks for a mapping."""
        if mapping is None:
            try:
                headers = read_header(path)
            except Exception as exc:  # an unreadable file: the import says why
                warn(self, tr("Import refused"), str(exc))
                return None
            if needs_mapping(headers, transactions.IMPORT_REQUIRED):
                self.mapping_dialog = ask_mapping(
                    self,
                    headers,
                    transactions.IMPORT_FIELDS,
                    transactions.IMPORT_REQUIRED,
                    lambda chosen: self.start_import(path, chosen),
                    {k: tr(v) for k, v in FIELD_LABELS.items()},
                    path.name,
                )
                return None
        self.mapping = mapping
        return super().start_import(path)

    def import_records(self, path: Path, progress: Progress) -> int:
        result = self.monitoring.import_transactions(path, self.mapping, progress)
        self.last_import = result
        return result.count

    def _imported(self, path: Path, count: int) -> None:
        super()._imported(path, count)
        result = getattr(self, "last_import", None)
        if result is not None and result.incomplete_travel_rule:
            inform(
                self,
                tr("Import"),
                plural(
                    result.incomplete_travel_rule,
                    tr(
                        "Imported from {file}: {count} transactions; {missing} transfer lacks "
                        "Travel Rule data. Run monitoring to raise the alerts.|Imported from "
                        "{file}: {count} transactions; {missing} transfers lack Travel Rule "
                        "data. Run monitoring to raise the alerts."
                    ),
                ).format(
                    file=path.name,
                    count=format_number(count),
                    missing=result.incomplete_travel_rule,
                ),
            )

    def export_records(self, path: Path, progress: Progress) -> int:
        return self.monitoring.export_transactions(path, self.current_query(), self.listing)

    # --- providers and monitoring -----------------------------------------------------

    def open_providers(self) -> Any:
        self.providers_dialog = open_providers(self.monitoring, self)
        return self.providers_dialog

    def run_monitoring(self) -> Any:
        return run_monitoring(self, self.monitoring, self.after_change)
