"""Choose a watchlist edition to import: its format, its file(s) and, for the firm's own
lists, a name. The page imports it in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...i18n import tr
from ...registers.screening.watchlists import FORMAT_LABELS
from ..form import FormDialog

FILE_HINTS = {
    "un-xml": "The consolidated list XML from the UN Security Council's website.",
    "ofac-csv": "Choose sdn.csv with alt.csv and add.csv (all three together).",
    "ofac-xml": "sdn.xml from OFAC's Sanctions List Service.",
    "eu-csv": "The EU's consolidated financial sanctions list, CSV v1.1 (semicolons).",
    "afm-xml": "The AFM list XML of category 1 or 2 (each file is its own list).",
    "csv": "Header ref,name,aliases,dob,kind (aliases separated by ;, dob YYYY-MM-DD or "
    "YYYY, kind person or organization); an optional iin column.",
}
FILTERS = {
    "un-xml": "XML files (*.xml)",
    "ofac-csv": "CSV files (*.csv)",
    "ofac-xml": "XML files (*.xml)",
    "eu-csv": "CSV files (*.csv)",
    "afm-xml": "XML files (*.xml)",
    "csv": "CSV files (*.csv)",
}


class ListImportDialog(FormDialog):
    """``values()`` gives (format, paths, name) once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Import a watchlist"), parent)
        self.paths: list[Path] = []
        self.list_format = QComboBox()
        for key, label in FORMAT_LABELS.items():
            self.list_format.addItem(tr(label), key)
        self.add_field("format", "Format", self.list_format)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.files_label = QLabel(tr("No file chosen"))
        self.files_label.setWordWrap(True)
        self.choose = QPushButton(tr("Choose…"))
        self.choose.clicked.connect(self.choose_files)
        line.addWidget(self.files_label, 1)
        line.addWidget(self.choose)
        self.add_field("files", "Files", row)
        self.file_hint = QLabel()
        self.file_hint.setObjectName("pageHint")
        self.file_hint.setWordWrap(True)
        self.form.addRow("", self.file_hint)
        self.name = self.add_field(
            "name",
            "List name",
            QLineEdit(),
            "For the firm's own lists (e.g. Domestic PEPs); other lists are named by the file.",
        )
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("Import"))
        self.list_format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        key = self.list_format.currentData()
        self.file_hint.setText(tr(FILE_HINTS[key]))
        self.name.setEnabled(key == "csv")

    def choose_files(self) -> None:
        key = self.list_format.currentData()
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Choose the list files"), "", f"{tr(FILTERS[key])};;{tr('All files (*)')}"
        )
        if names:
            self.set_paths([Path(n) for n in names])

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = list(paths)
        self.files_label.setText("\n".join(p.name for p in self.paths) or tr("No file chosen"))

    def set_format(self, key: str) -> None:
        self.list_format.setCurrentIndex(max(0, self.list_format.findData(key)))

    def values(self) -> dict[str, Any]:
        key = self.list_format.currentData()
        return {
            "format": key,
            "paths": list(self.paths),
            "name": self.name.text().strip() if key == "csv" else "",
        }

    def save(self) -> None:
        errors = {}
        if not self.paths:
            errors["files"] = tr("Choose the list files to import.")
        elif self.values()["name"] and len(self.paths) > 1:
            errors["name"] = tr("A list name can be given for one list at a time.")
        self.show_errors(errors)
        if not errors:
            self.accept()
