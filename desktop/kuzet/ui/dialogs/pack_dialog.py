"""File › Audit pack…: choose the period, the sections, the language, redaction, the
evidence ZIP and where to write; the pack is built in the background with progress and
Cancel, and the PDF opens when it is done.

A locked vault (the pack cites documents and the key is derived from a passphrase) is
asked for its passphrase, then the build runs again; a cancelled or failed build leaves
no file (``reports.pack.make_pack``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...i18n import tr
from ...regime.mining import add_months, quarter_of
from ...reports.pack import default_period
from ...reports.sections.registry import SECTION_KEYS, section_titles
from ...store.keys import VaultLocked, WrongKey
from ..form import DateField, FormDialog
from ..i18n_qt import current_language
from ..notify import inform
from ..refusals import error_text
from ..tasks import Task, run_task

PRESETS = (
    ("last_quarter", "Last full quarter"),
    ("quarter", "This quarter to date"),
    ("last_year", "Last full year"),
    ("year", "This year to date"),
    ("twelve_months", "The last 12 months"),
    ("custom", "Chosen dates"),
)
PACK_LANGUAGES = (("en", "English"), ("ru", "Русский"), ("kk", "Қазақша"))


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates of a period preset (None for chosen dates)."""
    if key == "last_quarter":
        period = default_period(today)
        return period.date_from, period.date_to
    if key == "quarter":
        return quarter_of(today).start, today
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if key == "year":
        return dt.date(today.year, 1, 1), today
    if key == "twelve_months":
        return add_months(today, -12) + dt.timedelta(days=1), today
    return None


def _ui_pack_language() -> str:
    language = current_language()
    return language if language in ("ru", "kk") else "en"


class PackDialog(FormDialog):
    def __init__(self, window: Any) -> None:
        super().__init__("Audit pack", window)
        self.window = window
        self.system = window.desk.system  # registers/system/desk.py builds the pack
        self.today = self.system.today
        self.passphrase: str | None = None
        self.task: Task | None = None
        self.outcome: Any = None
        self.open_when_done = QGuiApplication.platformName() != "offscreen"
        self.setMinimumWidth(620)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Build pack"))

        self.preset = QComboBox()
        for key, label in PRESETS:
            self.preset.addItem(tr(label), key)
        self.add_field("preset", "Period", self.preset)
        self.date_from = self.add_field("date_from", "From", DateField(today=self.today))
        self.date_to = self.add_field("date_to", "To", DateField(today=self.today))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self._preset_changed()
        self.date_from.edit.dateChanged.connect(self._dates_edited)
        self.date_to.edit.dateChanged.connect(self._dates_edited)

        self.section_boxes: dict[str, QCheckBox] = {}
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        titles = section_titles(_ui_pack_language())
        for index, key in enumerate(SECTION_KEYS):
            box = QCheckBox(titles[key])
            box.setChecked(True)
            self.section_boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.add_field("sections", "Sections", grid_box)

        self.language = QComboBox()
        for key, label in PACK_LANGUAGES:
            self.language.addItem(label, key)
        self.language.setCurrentIndex(self.language.findData(_ui_pack_language()))
        self.add_field(
            "lang",
            "Language",
            self.language,
            "The language of the pack; it may differ from the window's.",
        )
        self.prepared_by = QComboBox()
        self._fill_officers()
        self.add_field(
            "prepared_by",
            "Prepared by",
            self.prepared_by,
            "The officer named on the cover, the sign-off page and the manifest: an active "
            "member of the staff register (the MLRO by default).",
        )
        self.sample_size = QSpinBox()
        self.sample_size.setRange(0, 1000)
        self.sample_size.setSpecialValueText(tr("No sample"))
        self.add_field(
            "sample_size",
            "Auditor's sample",
            self.sample_size,
            "How many customer files to draw at random, stratified by risk tier, and print "
            "in full.",
        )
        self.sample_seed = QSpinBox()
        self.sample_seed.setRange(0, 999_999)
        self.sample_seed.setValue(secrets.randbelow(1_000_000))
        self.add_field(
            "sample_seed",
            "Sample seed",
            self.sample_seed,
            "Printed in the pack: the same database and seed draw the same sample again.",
        )
        self.redact = QCheckBox(tr("Mask customers' names and identification numbers"))
        self.add_field(
            "redact",
            "Redaction",
            self.redact,
            "A redacted copy cites no customer documents and withholds the officer's case facts.",
        )
        self.with_evidence = QCheckBox(tr("Also write a ZIP with the cited documents"))
        self.add_field(
            "with_evidence",
            "Evidence",
            self.with_evidence,
            "The ZIP holds the PDF, its manifest and decrypted copies of the documents the "
            "pack cites; keep it as safe as the vault.",
        )
        self.destination = QLineEdit(str(self._default_destination()))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.destination, 1)
        line.addWidget(browse)
        self.add_field("destination", "Save as", row)
        self._auto_name = self.destination.text()

    # --- the form -----------------------------------------------------------------------

    def _fill_officers(self) -> None:
        """Active staff: the signed-in officer chosen first, else the MLRO in office
        (``reports.preparer``)."""
        programme = self.window.desk.programme
        holder = programme.office_holders().get("mlro")
        mlro = " ".join(holder.person.casefold().split()) if holder is not None else ""
        mine = self.window.desk.team.signed_in_staff_id()
        mlro_index = mine_index = None
        for index, (staff_id, label) in enumerate(programme.response_owners()):
            self.prepared_by.addItem(label, staff_id)
            name = " ".join(label.split(",")[0].casefold().split())
            if mlro and name == mlro and mlro_index is None:
                mlro_index = index
            if mine is not None and staff_id == mine:
                mine_index = index
        chosen = mine_index if mine_index is not None else (mlro_index or 0)
        self.prepared_by.setCurrentIndex(chosen)

    def _preset_changed(self) -> None:
        dates = preset_period(self.preset.currentData(), self.today)
        if dates is None:
            return
        for field, day in zip((self.date_from, self.date_to), dates, strict=True):
            field.edit.blockSignals(True)
            field.set_value(day)
            field.edit.blockSignals(False)
        self._rename()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._rename()

    def _folder(self) -> Path:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(found) if found else Path.home()
        return folder if folder.is_dir() else Path(self.window.db_path).parent

    def _default_destination(self) -> Path:
        start, end = self.date_from.value(), self.date_to.value()
        return self._folder() / f"audit-pack-{start:%Y%m%d}-{end:%Y%m%d}.pdf"

    def _rename(self) -> None:
        """Keep the suggested file name in step with the period until the officer types one."""
        if not hasattr(self, "destination"):
            return
        if self.destination.text() == self._auto_name:
            self._auto_name = str(self._default_destination())
            self.destination.setText(self._auto_name)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the audit pack"), self.destination.text(), tr("PDF (*.pdf)")
        )
        if name:
            self.destination.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def chosen_sections(self) -> list[str]:
        return [key for key, box in self.section_boxes.items() if box.isChecked()]

    def values(self) -> dict[str, Any]:
        text = self.destination.text().strip()
        out = Path(text) if text else None
        if out is not None and out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        return {
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
            "sections": self.chosen_sections(),
            "lang": self.language.currentData(),
            "redact": self.redact.isChecked(),
            "out": out,
            "zip": out.with_suffix(".zip") if out and self.with_evidence.isChecked() else None,
            "prepared_by": self.prepared_by.currentData(),
            "sample_size": self.sample_size.value(),
            "sample_seed": self.sample_seed.value(),
        }

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        errors: dict[str, str] = {}
        if values["date_from"] > values["date_to"]:
            errors["date_to"] = tr("The period cannot end before it starts.")
        if not values["sections"]:
            errors["sections"] = tr("Tick at least one section.")
        if values["prepared_by"] is None:
            errors["prepared_by"] = tr(
                "Add the officer who prepares the pack to the staff register first."
            )
        out = values["out"]
        if out is None:
            errors["destination"] = tr("Choose where to save the PDF.")
        elif not out.parent.is_dir():
            errors["destination"] = tr("The folder {folder} does not exist.").format(
                folder=out.parent
            )
        return errors

    # --- the build ----------------------------------------------------------------------

    def save(self) -> None:
        self.build()

    def build(self) -> Task | None:
        values = self.values()
        errors = self.check(values)
        self.show_errors(errors)
        if errors:
            return None
        self._busy(True)
        passphrase = self.passphrase

        out, start, end = values["out"], values["date_from"], values["date_to"]
        keys = ("lang", "sections", "redact", "prepared_by", "sample_size", "sample_seed")
        choices = {key: values[key] for key in keys}
        choices.update(with_evidence=values["zip"], vault_passphrase=passphrase)

        def work(progress: Any) -> Any:
            return self.system.build_pack(out, start, end, progress, **choices)

        self.task = run_task(self, tr("Building the audit pack"), work, self._done, self._failed)
        self.task.finished.connect(self._finished)
        return self.task

    def _busy(self, busy: bool) -> None:
        for widget in (*self.fields.values(), self.buttons):
            widget.setEnabled(not busy)

    def _finished(self) -> None:
        self._busy(False)
        if self.task is not None and self.task.was_cancelled:
            self.show_errors({"": tr("Cancelled: no file was written.")})

    def _failed(self, error: Exception) -> None:
        if isinstance(error, VaultLocked | WrongKey):
            text, ok = QInputDialog.getText(
                self,
                tr("Document vault"),
                f"{error}\n\n" + tr("Enter the vault's passphrase to include the documents."),
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.passphrase = text
                self._busy(False)
                self.build()
                return
        self.show_errors(
            {"": tr("The pack was not written: {error}").format(error=error_text(error))}
        )

    def _done(self, outcome: Any) -> None:
        self.outcome = outcome
        result = outcome.result
        lines = [
            tr("{pages} pages, pack ID {pack_id}.").format(
                pages=result.pages, pack_id=result.pack_id
            ),
            tr("SHA-256: {sha}").format(sha=result.sha256),
            tr("Manifest: {path}").format(path=result.manifest_path),
        ]
        if outcome.bundle_path is not None:
            lines.append(tr("With evidence: {path}").format(path=outcome.bundle_path))
        inform(
            self.window,
            tr("Audit pack written"),
            tr("The audit pack was written to {path}.").format(path=result.pdf_path),
            "\n".join(lines + result.warnings),
        )
        if self.open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf_path)))
        self.accept()


def open_pack_dialog(window: Any) -> PackDialog | None:
    """File › Audit pack… (Ctrl+P)."""
    if getattr(window, "desk", None) is None:
        return None
    dialog = PackDialog(window)
    dialog.open()
    return dialog
