"""The Team page: the firm's officers (who signs in, in which role), adding, changing and
disabling them (admin and MLRO only), one's own password, and switching the officer at
this computer. Also the Settings section "Sign-in and four-eyes"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError
from ...registers.system.four_eyes import KINDS
from ...registers.system.permissions import CHANGE_SETTINGS, MANAGE_OFFICERS, ROLE_TITLES, ROLES
from ...store.keys import VaultError, VaultLocked
from ..dialogs.customer_vault_dialog import with_vault
from ..dialogs.sign_in import AddOfficerDialog, SignInDialog
from ..form import hint_label
from ..list_model import ListModel
from ..notify import inform, warn
from ..table_model import ID_ROLE
from ..table_view import fit_columns, record_table

HEADERS = ["Login", "[person] Name", "Role", "Password", "State"]


def signed_in_text(team: Any) -> str:
    identity = team.identity()
    if identity is None:
        return tr("Nobody is signed in: Kuzet only reads.")
    role = tr(ROLE_TITLES.get(identity.role, identity.role))
    if not identity.with_password:
        return tr("Signed in: {login} ({role}), without a password").format(
            login=identity.login, role=role
        )
    return tr("Signed in: {login} ({role})").format(login=identity.login, role=role)


class TeamPage(QWidget):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.desk = desk
        self.team = desk.team  # registers/system/team_desk.py
        self.window_ref = window
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        title = QLabel(tr("Team"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                tr(
                    "The officers who sign in to Kuzet, and what their role lets them do. "
                    "The audit trail names the signed-in officer for every change. Adding, "
                    "changing and disabling officers belongs to the MLRO and administrators."
                )
            )
        )
        self.who = hint_label()
        layout.addWidget(self.who)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("add", tr("Add officer…"), self.add_officer),
            ("role", tr("Change role…"), self.change_role),
            ("disable", tr("Disable…"), self.disable_selected),
            ("password", tr("Change my password…"), self.change_my_password),
            ("switch", tr("Switch officer…"), self.switch_officer),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = ListModel([tr(h) for h in HEADERS])
        self.table = record_table(self.model)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        manages = self.team.may(MANAGE_OFFICERS)
        for key in ("add", "role", "disable"):
            self.buttons[key].setVisible(manages)
        self.buttons["password"].setVisible(self.team.identity() is not None)
        self.who.setText(signed_in_text(self.team))
        rows, keys, tones = [], [], []
        for row in self.team.officers():
            rows.append(
                (
                    row.login,
                    row.name,
                    tr(ROLE_TITLES.get(row.role, row.role)),
                    tr("set") if row.has_password else tr("none"),
                    tr("active") if row.active else tr("disabled"),
                )
            )
            keys.append(row.id)
            tones.append(None if row.active else "muted")
        self.model.set_rows(rows, keys, tones)
        fit_columns(self.table, 320)  # names and roles whole; the last column takes the rest

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select_login(self, login: str) -> bool:
        for index, row in enumerate(self.model.rows):
            if row[0] == login:
                self.table.selectRow(index)
                return True
        return False

    def add_officer(self) -> AddOfficerDialog:
        dialog = AddOfficerDialog(self.team, self.desk.programme.response_owners(), self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _run(self, title: str, action: Any) -> bool:
        try:
            action()
        except RegisterError as exc:
            warn(self, title, str(exc))
            return False
        self.refresh()
        return True

    def change_role(self, role: str | None = None, reason: str | None = None) -> bool:
        officer_id = self.selected_id()
        if officer_id is None:
            inform(self, tr("Team"), tr("Select an officer first."))
            return False
        if role is None:
            labels = [tr(ROLE_TITLES[r]) for r in ROLES]
            chosen, ok = QInputDialog.getItem(
                self, tr("Change role"), tr("Role:"), labels, 0, False
            )
            if not ok:
                return False
            role = ROLES[labels.index(chosen)]
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("Change role"), tr("Reason:"))
            if not ok:
                return False
        return self._run(tr("Change role"), lambda: self.team.set_role(officer_id, role, reason))

    def disable_selected(self, reason: str | None = None) -> bool:
        officer_id = self.selected_id()
        if officer_id is None:
            inform(self, tr("Team"), tr("Select an officer first."))
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, tr("Disable officer"), tr("Reason:"))
            if not ok:
                return False
        title = tr("Disable officer")

        def disable() -> None:
            self.team.disable(officer_id, reason)

        try:
            return self._run(title, disable)
        except VaultLocked:  # the key rotation needs the vault: ask for the password first
            self.dialog = with_vault(
                self, self.desk.system, lambda _vault: self._run(title, disable)
            )
        except VaultError as exc:
            warn(self, title, str(exc))
        return False

    def change_my_password(self, password: str | None = None) -> bool:
        identity = self.team.identity()
        if identity is None or identity.officer_id is None:
            return False
        if password is None:
            password, ok = QInputDialog.getText(
                self, tr("Change my password"), tr("New password:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
        done = self._run(
            tr("Change my password"),
            lambda: self.team.set_password(identity.officer_id, password),
        )
        if done:
            inform(self, tr("Change my password"), tr("Your password was changed."))
        return done

    def switch_officer(self) -> SignInDialog:
        """Sign another officer in at this computer (a second officer approving, say)."""
        dialog = SignInDialog(self.team, self)
        dialog.finished.connect(lambda _r: self._switched())
        dialog.open()
        self.dialog = dialog
        return dialog

    def _switched(self) -> None:
        self.refresh()
        if self.window_ref is not None and hasattr(self.window_ref, "officer_changed"):
            self.window_ref.officer_changed()


class TeamSettingsSection(QWidget):
    """Settings: passwords off for a one-officer firm, and which decisions need two."""

    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.team = desk.team
        self._quiet = True  # no write while the boxes are being set
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.no_password = QCheckBox(tr("Sign in without a password (a firm with one officer)"))
        self.no_password.toggled.connect(self._passwords_toggled)
        column.addWidget(self.no_password)
        column.addWidget(
            hint_label(
                tr(
                    "The audit trail then names the officer with “(no password)”. Adding a "
                    "second officer brings passwords back."
                )
            )
        )
        column.addWidget(QLabel(tr("Decisions that need a second officer (four-eyes):")))
        self.kinds: dict[str, QCheckBox] = {}
        for key, kind in KINDS.items():
            box = QCheckBox(kind.title())
            box.toggled.connect(lambda on, k=key: self._kind_toggled(k, on))
            self.kinds[key] = box
            column.addWidget(box)
        self.note = hint_label()
        column.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        may = self.team.may(CHANGE_SETTINGS)
        one = len(self.team.officers(include_disabled=False)) == 1
        self._quiet = True
        self.no_password.setChecked(self.team.passwords_off())
        self.no_password.setEnabled(may and (one or self.no_password.isChecked()))
        for key, on in self.team.four_eyes().items():
            self.kinds[key].setChecked(on)
            self.kinds[key].setEnabled(may)
        self._quiet = False

    def _passwords_toggled(self, on: bool) -> None:
        if self._quiet:
            return
        try:
            self.team.set_passwords_off(on)
        except RegisterError as exc:
            self.note.setText(str(exc))
        self.refresh()

    def _kind_toggled(self, key: str, on: bool) -> None:
        if self._quiet:
            return
        try:
            self.team.set_four_eyes(key, on)
        except RegisterError as exc:
            self.note.setText(str(exc))
        self.refresh()
