"""Firm & MLRO: the firm profile, what it makes apply (with each rule's source and mark),
the MLRO gaps, and the MLRO and deputy appointments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.programme import firm
from ..dialogs.firm_profile_dialog import FirmProfileDialog
from ..dialogs.first_run import FirstRunWizard
from ..dialogs.mlro_dialog import MlroDialog
from ..list_model import ListModel
from ..table_view import heading_row
from .programme_panel import PanelSpec, RegisterPanel


class FirmPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.programme = desk.programme  # registers/programme/desk.py
        self.window_ref = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(splitter)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(20, 16, 20, 4)
        heading = heading_row(tr("Firm & MLRO"))
        self.edit_button = QPushButton(tr("Edit profile…"))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_profile())
        heading.addWidget(self.edit_button)
        self.wizard_button = QPushButton(tr("Set-up wizard…"))
        self.wizard_button.clicked.connect(lambda _c=False: self.open_wizard())
        heading.addWidget(self.wizard_button)
        for button in (self.edit_button, self.wizard_button):
            button.setVisible(self.programme.may())  # hidden if the role may not
        column.addLayout(heading)
        self.gaps = QLabel()
        self.gaps.setObjectName("fieldError")
        self.gaps.setWordWrap(True)
        column.addWidget(self.gaps)
        row = QHBoxLayout()
        card = QFrame()
        card.setObjectName("card")
        self.details = QGridLayout(card)
        self.details.setContentsMargins(14, 10, 14, 10)
        self.details.setHorizontalSpacing(14)
        row.addWidget(card, 1)
        self.applies_model = ListModel(["Requirement", "For this firm", "Mark", "Source"])
        self.applies = QTableView()
        self.applies.setModel(self.applies_model)
        self.applies.verticalHeader().setVisible(False)
        self.applies.horizontalHeader().setStretchLastSection(True)
        row.addWidget(self.applies, 1)
        column.addLayout(row, 1)
        splitter.addWidget(top)
        self.appointments = RegisterPanel(
            self.programme,
            self.programme.appointment_listing(),
            PanelSpec(
                "MLRO and deputy appointments",
                "appointment",
                "appointments",
                MlroDialog,
                self.programme.retire_appointment,
                hint="Record when each appointment ended rather than retiring it: retiring is "
                "for entries made in error.",
                search_placeholder="Search name, reference…",
                empty_text="No MLRO appointed yet.\n\nRecord the MLRO (and the deputy, where "
                "required) with New.",
            ),
        )
        self.appointments.changed.connect(self._changed)
        splitter.addWidget(self.appointments)
        splitter.setSizes([330, 420])
        self.refresh_profile()

    def refresh_profile(self) -> None:
        while self.details.count():
            item = self.details.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        overview = self.programme.firm_overview()
        profile, applies, gaps = overview.profile, overview.applies, overview.gaps
        jurisdictions = {k: tr(v) for k, v in overview.jurisdictions.items()}
        activities = {k: tr(v) for k, v in overview.activities.items()}
        if profile is None:
            self._detail(0, tr("No firm profile yet"), tr("Run the set-up wizard to create it."))
        else:
            lines = [
                (tr("Legal name"), profile.legal_name),
                (tr("Name in Latin"), profile.legal_name_latin),
                (tr("BIN"), profile.bin),
                (tr("Licensed in"), jurisdictions.get(profile.jurisdiction, profile.jurisdiction)),
                (
                    tr("Activities"),
                    "\n".join(activities.get(a, a) for a in firm.activity_keys(profile)),
                ),
                (tr("AFSA reference"), profile.afsa_reference),
                (tr("NBK reference"), profile.nbk_reference),
                (tr("FIU (AFM) registration"), profile.fiu_reference),
                (
                    tr("Financial year-end"),
                    f"{profile.year_end_day:02d}.{profile.year_end_month:02d}",
                ),
            ]
            for number, (label, value) in enumerate(lines):
                self._detail(number, label, value or "—")
        self.edit_button.setEnabled(profile is not None)
        self.applies_model.set_rows(
            [(a.what, a.value, a.confidence, a.source) for a in applies],
            [a.rule for a in applies],
            [None] * len(applies),
        )
        self.applies.resizeColumnsToContents()
        self.gaps.setText("\n".join(f"⚠ {gap.message}" for gap in gaps))
        self.gaps.setVisible(bool(gaps))

    def _detail(self, row: int, label: str, value: str) -> None:
        name = QLabel(label)
        name.setObjectName("pageHint")
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.addWidget(name, row, 0)
        self.details.addWidget(text, row, 1)

    def edit_profile(self) -> FirmProfileDialog:
        dialog = FirmProfileDialog(self.programme, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def open_wizard(self) -> FirstRunWizard:
        wizard = FirstRunWizard(self.programme, self.window_ref or self)
        wizard.accepted.connect(self._changed)
        wizard.open()
        return wizard

    def _changed(self) -> None:
        self.refresh_profile()
        self.appointments.refresh()
        self.changed.emit()
        if self.window_ref is not None and hasattr(self.window_ref, "setWindowTitle"):
            name = self.programme.firm_name()
            self.window_ref.setWindowTitle(f"Kuzet — {name}" if name else "Kuzet")

    def refresh(self) -> None:
        self.refresh_profile()
        self.appointments.refresh()

    def select_id(self, record_id: int) -> bool:
        """Select an appointment (MLRO gaps point here; 0 means "the firm as a whole")."""
        return record_id == 0 or self.appointments.select_id(record_id)
