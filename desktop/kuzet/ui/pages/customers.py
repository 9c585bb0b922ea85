"""The Customers page: the customer register over SQL, fast at 100,000 files.

Search by name in Cyrillic or Latin, IIN or BIN; filter by kind, risk tier, PEP, decision
and what needs attention (overdue review, incomplete EDD, expired ID, IIN conflict); sort
by any column. New opens the customer form; Open (or a double-click) the customer view.
Import reads CSV or XLSX and asks for a column matching when the header is not canonical.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton

from ...i18n import plural, tr
from ...progress import Progress
from ...registers.errors import ImportRejected
from ..notify import inform, warn
from ..register_page import RegisterPage
from ..tasks import run_task

COLUMN_WIDTHS = (250, 190, 105, 90, 100, 110, 125, 95)


class CustomersPage(RegisterPage):
    title = "Customers"
    hint = (
        "Customer files (KYC/CDD): individuals and legal entities with their beneficial "
        "owners, PEP status, risk, EDD, documents and reviews. Overdue reviews and expired ID "
        "documents also show on the Dashboard."
    )
    noun = "customer"
    noun_plural = "customers"
    search_placeholder = "Search name (Cyrillic or Latin), IIN or BIN…"
    empty_text = (
        "No customers yet.\n\nAdd one with New (Ctrl+N), or import a CSV/XLSX file with "
        "Import… (header: kind,name,name_latin,iin_bin,birth_date,citizenship,residence,"
        "id_type,id_number,id_expiry,address,pep,purpose)."
    )

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.desk = desk  # kuzet/desk.py: the customer view reaches the vault through desk.system
        self.customers = desk.customers
        super().__init__(self.customers, self.customers.customer_listing())
        self.window_ref = window
        self.buttons["edit"].setText(tr("Open"))
        self._filters_on_their_own_row()
        self.dialog: Any = None
        self.view: Any = None
        self.mapping: dict[str, str] | None = None

    def _filters_on_their_own_row(self) -> None:
        """Five filters do not fit beside the search: four get a row of their own, the
        "needs attention" filter (the longest choices) stays beside the search, and
        Reassess all joins the actions beside the title."""
        page = self.layout()
        for index in range(page.count()):
            bar = page.itemAt(index).layout()
            if bar is not None and bar.indexOf(self.search) >= 0:
                break
        else:
            return
        row = QHBoxLayout()
        row.setSpacing(8)
        for key, widget in (*self.filter_boxes.items(), ("", self.show_retired)):
            if key == "attention":
                continue
            bar.removeWidget(widget)
            row.addWidget(widget)
        row.addStretch(1)
        self.reassess_button = QPushButton(tr("Reassess all"))
        self.reassess_button.setToolTip(
            tr(
                "Score every customer again from the rules in force today "
                "(after a weight or a FATF list changed)"
            )
        )
        self.reassess_button.clicked.connect(lambda: self.reassess_all())
        self.action_row.insertWidget(0, self.reassess_button)
        self.search.setMinimumWidth(360)
        page.insertLayout(index + 1, row)

    def refresh(self) -> None:
        self.listing = self.customers.customer_listing()
        self.model.listing = self.listing
        super().refresh()

    # --- records --------------------------------------------------------------------------

    def fit_columns(self, widest: int = 360) -> None:
        """Fixed widths: measuring 100,000 rows' contents would cost more than the query."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)

    def new_record(self) -> Any:  # CustomerDialog
        from ..dialogs.customer_dialog import CustomerDialog  # on first use: the page opens faster

        dialog = CustomerDialog(self.customers, parent=self)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
                self.after_change(dialog.saved_id)
                self.edit_record(dialog.saved_id)

        dialog.finished.connect(done)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_record(self, record_id: int) -> Any:  # CustomerView
        from ..customer.view import CustomerView  # on first use: the page opens faster

        view = CustomerView(self.desk, record_id, self)
        view.changed.connect(lambda: self.after_change(record_id))
        view.open()
        self.view = view
        return view

    def retire_record(self, record_id: int, reason: str) -> None:
        self.customers.retire_customer(record_id, reason)

    def reassess_all(self) -> Any:  # -> Task
        def done(count: int) -> None:
            self.after_change()
            inform(
                self,
                tr("Reassess all"),
                plural(
                    count,
                    tr(
                        "{count} customer got a new risk assessment."
                        "|{count} customers got a new risk assessment."
                    ),
                ).format(count=count),
            )

        work = self.customers.reassess_all
        self.task = run_task(self, tr("Reassessing customers"), work, on_success=done)
        return self.task

    # --- import and export ------------------------------------------------------------

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import customers"), "", tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> Any:  # the column-matching dialog, or the Task
        """Import ``path``; when its header is not canonical, ask which column is which."""
        # Imported here: opening the page should not pay for the import machinery.
        from ...registers.customers.imports import IMPORT_FIELDS, IMPORT_LABELS, REQUIRED
        from ...registers.tabular import read_header
        from ..dialogs.column_mapping import ask_mapping, needs_mapping

        try:
            headers = read_header(path)
        except ImportRejected as exc:
            warn(self, tr("Import refused"), str(exc))
            return None
        if not needs_mapping(headers, REQUIRED):
            self.mapping = None
            return self.start_import(path)
        labels = {k: tr(v) for k, v in IMPORT_LABELS.items()}

        def chosen(mapping: dict[str, str]) -> None:
            self.mapping = mapping
            self.task = self.start_import(path)

        self.dialog = ask_mapping(
            self, headers, IMPORT_FIELDS, REQUIRED, chosen, labels, file_name=path.name
        )
        return self.dialog

    def import_records(self, path: Path, progress: Progress) -> int:
        return self.customers.import_customers(path, self.mapping, progress)

    def _imported(self, path: Path, count: int) -> None:
        """The count, and the customers left unscreened (no list, or out-of-date lists)."""
        headline = getattr(count, "screening_headline", lambda: "")()
        if not headline:
            super()._imported(path, count)
            return
        self.after_change()
        imported = tr("Imported from {file}: {count} {nouns}.").format(
            file=path.name, count=int(count), nouns=tr(self.noun_plural)
        )
        warn(self, tr("Import"), f"{imported}\n\n{headline}", "\n".join(count.unscreened_lines()))

    def export_records(self, path: Path, progress: Progress) -> int:
        progress.step(0, 0, tr("Writing {name}").format(name=path.name))
        return self.customers.export_customers(path, self.current_query(), self.listing)
