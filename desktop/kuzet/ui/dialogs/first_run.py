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
from ...regime import programme
from ...registers.errors import ValidationFailed
from ...registers.programme import firm, mlro
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

    def __init__(self, form: QFormLayout, positions: dict[str, str], heading: str) -> None:
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
        self.appointed = DateField()
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
    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = dt.date.today()
        self.setWindowTitle(tr("Set up the firm"))
        self.setMinimumSize(720, 620)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        rules = store.rules()
        with store.reading() as session:
            current = firm.profile(session)
            holders = {
                role: programme.current_holder(mlro.appointments(session), role, self.today)
                for role in programme.APPOINTMENT_ROLES
            }
        self.addPage(self._welcome_page())
        self.profile_page = QWizardPage()
        self.profile_page.setTitle(tr("The firm"))
        self.profile_page.setSubTitle(
            tr("Who the firm is and where it is licensed: this decides which rules apply.")
        )
        self.profile_form = ProfileForm(store, self.profile_page)
        QVBoxLayout(self.profile_page).addWidget(self.profile_form)
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
        positions = {k: tr(v) for k, v in mlro.position_labels(rules, self.today).items()}
        self.mlro_fields = PersonFields(form, positions, tr("MLRO"))
        self.deputy_fields = PersonFields(form, positions, tr("Deputy MLRO"))
        for role, fields in (
            (programme.MLRO, self.mlro_fields),
            (programme.DEPUTY, self.deputy_fields),
        ):
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

    def _welcome_page(self) -> QWizardPage:
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
        path = self.store.path
        text = tr(
            "<p>Everything stays on this computer; Kuzet never uses the network.</p>"
            "<p><b>Database:</b> {db}<br><b>Encrypted documents:</b> {vault}<br>"
            "<b>Backups:</b> {backups}</p><p><b>Vault key:</b> {keyring}.</p>"
        ).format(db=path, vault=vault_dir(path), backups=backups_dir(path), keyring=keyring)
        QVBoxLayout(page).addWidget(_label(text))
        return page

    def _check_profile(self) -> bool:
        errors = firm.validate(self.profile_form.values(), self.store.rules(), self.today)
        self.profile_form.show_errors(errors)
        return not errors

    def _check_people(self) -> bool:
        ok = True
        for role, fields in (
            (programme.MLRO, self.mlro_fields),
            (programme.DEPUTY, self.deputy_fields),
        ):
            data = fields.data(role)
            errors = mlro.validate(data, self.store.rules(), self.today) if data else {}
            fields.error.setText("; ".join(errors.values()))
            ok = ok and not errors
        return ok

    def _summarise(self) -> None:
        values = self.profile_form.values()
        rules = self.store.rules()
        needs = programme.requirements(
            rules, values["jurisdiction"], values["activities"], self.today
        )
        lines = [
            f"<li>{a.what}: <b>{a.value}</b> <span style='color:#5f6b76'>[{a.confidence}] "
            f"{a.source}</span></li>"
            for a in firm.what_applies(needs, rules, self.today)
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
        saving = self.mlro_fields  # the appointment being saved, for its error line
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                firm.save(session, self.profile_form.values(), rules, self.today)
                for role, fields in (
                    (programme.MLRO, self.mlro_fields),
                    (programme.DEPUTY, self.deputy_fields),
                ):
                    saving = fields
                    data = fields.data(role)
                    if data:
                        mlro.create(session, data, rules, self.today)
        except ValidationFailed as exc:
            errors = exc.field_errors
            if set(errors) & set(self.profile_form.errors):
                self.profile_form.show_errors(errors)
                while self.currentPage() is not self.profile_page:
                    self.back()
            else:  # under the MLRO's or the deputy's heading, whichever was refused
                saving.error.setText("; ".join(errors.values()))
                while self.currentPage() is not self.mlro_page:
                    self.back()
            return
        super().accept()


def open_wizard(window: Any) -> FirstRunWizard:
    """File → Firm set-up wizard…; also opened on the first start (see ``offer_wizard``)."""
    wizard = FirstRunWizard(window.store, window)

    def done() -> None:
        for key in ("firm", "dashboard", "calendar"):
            page = getattr(window, "pages", {}).get(key)
            if page is not None and hasattr(page, "refresh"):
                page.refresh()
        with window.store.reading() as session:
            from ...registers.system import settings

            name = settings.firm_name(session)
        window.setWindowTitle(f"Kuzet — {name}" if name else "Kuzet")

    wizard.accepted.connect(done)
    wizard.open()
    return wizard


def needs_wizard(store: Any) -> bool:
    """A database with no firm profile that is not a demo: the officer's first start."""
    from ...registers.system import settings

    with store.reading() as session:
        return firm.profile(session) is None and not settings.get(session, settings.IS_DEMO, False)


def offer_wizard(window: Any) -> FirstRunWizard | None:
    """Open the wizard on start when the database needs it."""
    return open_wizard(window) if needs_wizard(window.store) else None
