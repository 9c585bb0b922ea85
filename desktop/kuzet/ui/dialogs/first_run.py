"""The first-run wizard: where the data lives, the firm profile, the MLRO and deputy, and
what the profile makes apply. Opened on the first start of a database without a firm
profile (not a demo), and from File → Firm set-up wizard…"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...i18n import tr
from ...paths import backups_dir, vault_dir
from ...regime import programme as programme_rules
from ...registers.programme.desk import SetUpRefused
from ..dialog_frame import BodyScroll, cap_to_screen
from ..form import DateField
from .firm_profile_dialog import ProfileForm


def _label(text: str, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if hint:
        label.setObjectName("pageHint")
    return label


class PersonFields:
    """Name, position, residence and appointment date of an MLRO or a deputy."""

    def __init__(
        self, form: QFormLayout, positions: dict[str, str], heading: str, today: dt.date
    ) -> None:
        form.addRow(_label(f"<b>{heading}</b>"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Leave empty to record later"))
        form.addRow(tr("Full name"), self.name)
        self.position = QComboBox()
        for key, label in positions.items():
            self.position.addItem(label, key)
        self.position.setCurrentIndex(max(0, self.position.findData("senior_manager")))
        form.addRow(tr("Position"), self.position)
        self.resident = QCheckBox(tr("Resides in Kazakhstan"))
        self.resident.setChecked(True)
        form.addRow("", self.resident)
        self.appointed = DateField(today=today)
        form.addRow(tr("Appointed"), self.appointed)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form.addRow("", self.error)

    def data(self, role: str) -> dict[str, Any] | None:
        if not self.name.text().strip():
            return None
        return {
            "role": role,
            "person_name": self.name.text(),
            "position": self.position.currentData(),
            "resident_in_kz": self.resident.isChecked(),
            "appointed_on": self.appointed.value(),
        }


class FirstRunWizard(QWizard):
    def __init__(self, programme: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme  # registers/programme/desk.py
        self.setWindowTitle(tr("Set up the firm"))
        self.setMinimumSize(720, 620)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        current = programme.firm_profile()
        holders = programme.office_holders()
        self.addPage(self._welcome_page())
        self.profile_page = QWizardPage()
        self.profile_page.setTitle(tr("The firm"))
        self.profile_page.setSubTitle(
            tr("Who the firm is and where it is licensed: this decides which rules apply.")
        )
        self.profile_form = ProfileForm(programme, self.profile_page)
        # The profile's rows scroll when the screen is short.
        QVBoxLayout(self.profile_page).addWidget(BodyScroll(self.profile_form))
        if current is not None:
            self.profile_form.load(current)
        self.profile_page.validatePage = self._check_profile  # type: ignore[method-assign]
        self.addPage(self.profile_page)
        self.mlro_page = QWizardPage()
        self.mlro_page.setTitle(tr("MLRO and deputy"))
        self.mlro_page.setSubTitle(
            tr(
                "The MLRO must be a director, partner, principal representative or senior "
                "manager and reside in Kazakhstan; AIFC firms also appoint a deputy."
            )
        )
        form = QFormLayout(self.mlro_page)
        positions = {k: tr(v) for k, v in programme.mlro_positions().items()}
        self.people = {
            programme_rules.MLRO: PersonFields(form, positions, tr("MLRO"), programme.today),
            programme_rules.DEPUTY: PersonFields(
                form, positions, tr("Deputy MLRO"), programme.today
            ),
        }
        self.mlro_fields = self.people[programme_rules.MLRO]
        self.deputy_fields = self.people[programme_rules.DEPUTY]
        for role, fields in self.people.items():
            holder = holders[role]
            if holder is not None:
                fields.name.setPlaceholderText(
                    tr("Already recorded: {name}").format(name=holder.person)
                )
        self.mlro_page.validatePage = self._check_people  # type: ignore[method-assign]
        self.addPage(self.mlro_page)
        self.summary_page = QWizardPage()
        self.summary_page.setTitle(tr("What applies"))
        self.summary = _label("")
        QVBoxLayout(self.summary_page).addWidget(self.summary)
        self.summary_page.initializePage = self._summarise  # type: ignore[method-assign]
        self.addPage(self.summary_page)
        cap_to_screen(self)

    def _welcome_page(self) -> QWizardPage:
        # Imported here for start-up time: every start asks whether the wizard is needed
        # (``offer_wizard``), and the keyring loads its backends.
        from ...store.keys import keyring_status

        page = QWizardPage()
        page.setTitle(tr("Welcome to Kuzet"))
        page.setSubTitle(tr("A few questions about the firm. You can change every answer later."))
        status = keyring_status()
        keyring = (
            tr("the OS keyring ({name}) keeps the document vault's key").format(name=status.backend)
            if status.usable
            else tr(
                "Kuzet cannot use an OS keyring here ({reason}); the document vault will ask for a "
                "passphrase"
            ).format(reason=status.reason)
        )
        path = self.programme.store.path
        text = tr(
            "<p>Everything stays on this computer; Kuzet never uses the network.</p>"
            "<p><b>Database:</b> {db}<br><b>Encrypted documents:</b> {vault}<br>"
            "<b>Backups:</b> {backups}</p><p><b>Vault key:</b> {keyring}.</p>"
        ).format(db=path, vault=vault_dir(path), backups=backups_dir(path), keyring=keyring)
        QVBoxLayout(page).addWidget(_label(text))
        return page

    def _check_profile(self) -> bool:
        errors = self.programme.check_firm_profile(self.profile_form.values())
        self.profile_form.show_errors(errors)
        return not errors

    def _check_people(self) -> bool:
        ok = True
        for role, fields in self.people.items():
            data = fields.data(role)
            errors = self.programme.check_appointment(data) if data else {}
            fields.error.setText("; ".join(errors.values()))
            ok = ok and not errors
        return ok

    def _summarise(self) -> None:
        values = self.profile_form.values()
        needs, applies = self.programme.requirements_for(
            values["jurisdiction"], values["activities"]
        )
        lines = [
            f"<li>{a.what}: <b>{a.value}</b> <span style='color:#5f6b76'>[{a.confidence}] "
            f"{a.source}</span></li>"
            for a in applies
        ]
        mining = (
            tr("The mining registers apply (pools, output, sales, the mandatory sale and the fee).")
            if needs.mining
            else tr("No mining activity: the mining registers are not needed.")
        )
        self.summary.setText(
            tr("<p>For {name}:</p><ul>{lines}</ul><p>{mining}</p>").format(
                name=values["legal_name"], lines="".join(lines), mining=mining
            )
        )

    def accept(self) -> None:
        """Save the profile and any appointment entered, in one transaction."""
        entered = {role: fields.data(role) for role, fields in self.people.items()}
        try:
            self.programme.set_up_firm(
                self.profile_form.values(), {role: d for role, d in entered.items() if d}
            )
        except SetUpRefused as exc:
            if exc.part == "profile":
                self.profile_form.show_errors(exc.field_errors)
                page = self.profile_page
            else:  # under the MLRO's or the deputy's heading, whichever was refused
                self.people[exc.part].error.setText("; ".join(exc.field_errors.values()))
                page = self.mlro_page
            while self.currentPage() is not page:
                self.back()
            return
        super().accept()


def open_wizard(window: Any) -> FirstRunWizard:
    """File → Firm set-up wizard…; also opened on the first start (see ``offer_wizard``)."""
    programme = window.desk.programme
    wizard = FirstRunWizard(programme, window)

    def done() -> None:
        for key in ("firm", "dashboard", "calendar"):
            page = getattr(window, "pages", {}).get(key)
            if page is not None and hasattr(page, "refresh"):
                page.refresh()
        name = programme.firm_name()
        window.setWindowTitle(f"Kuzet — {name}" if name else "Kuzet")

    wizard.accepted.connect(done)
    wizard.open()
    return wizard


def offer_wizard(window: Any) -> FirstRunWizard | None:
    """Open the wizard on start when the database needs it (a new firm, not a demo)."""
    return open_wizard(window) if window.desk.programme.needs_set_up() else None
