"""Who is working: the sign-in dialog at start, and the firm's first officer.

``SignInDialog``: the officer (a list of the firm's active officers) and their password;
a one-officer firm that switched passwords off is asked for no password. The
``FirstOfficerDialog`` makes a new firm's first officer (MLRO or administrator), who is
then signed in. ``AddOfficerDialog`` is the Team page's "Add officer…".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from ...i18n import tr
from ...registers.errors import RegisterError
from ...registers.system.permissions import ROLE_TITLES, ROLES
from ..form import FormDialog


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def role_combo(roles: tuple[str, ...] = ROLES) -> QComboBox:
    combo = QComboBox()
    for role in roles:
        combo.addItem(tr(ROLE_TITLES[role]), role)
    return combo


class SignInDialog(FormDialog):
    """Sign in: ``identity`` holds the signed-in officer once accepted."""

    def __init__(self, team: Any, parent: QWidget | None = None) -> None:
        super().__init__("Sign in", parent)
        self.team = team  # registers/system/team_desk.py
        self.identity = None
        self.officer = QComboBox()
        for row in team.officers(include_disabled=False):
            label = f"{row.name} ({row.login}, {tr(ROLE_TITLES.get(row.role, row.role))})"
            self.officer.addItem(label, row.login)
        self.add_field("officer", "Officer", self.officer, "Who is working on this computer now.")
        self.password = _password_field()
        self.passwords_off = team.passwords_off()
        if not self.passwords_off:
            self.add_field("password", "Password", self.password)

    def save(self) -> None:
        try:
            self.identity = self.team.sign_in(self.officer.currentData(), self.password.text())
        except RegisterError as exc:
            self.show_errors({"password" if not self.passwords_off else "": str(exc)})
            self.password.clear()
            return
        self.accept()


class ServerPasswordDialog(FormDialog):
    """The officer's password on the firm's PostgreSQL server (team mode): asked when the
    keyring holds none, and again after the server refused one."""

    def __init__(self, location: Any, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__("Sign in to the team database", parent)
        self.location = location  # store/location.py's DatabaseLocation
        server = f"{location.host or 'localhost'}/{location.database}"
        self.add_field("server", "Server", QLabel(server))
        self.add_field("login", "Officer", QLabel(location.user), "Your login on the server.")
        self.password = self.add_field("password", "Password", _password_field())
        self.remember = QCheckBox(tr("Remember the password on this computer"))
        self.add_field("remember", "Keyring", self.remember, "Kept in the OS keyring only.")
        if problem:
            self.show_errors({"password": problem})

    def save(self) -> None:
        if not self.password.text():
            self.show_errors({"password": tr("Enter a password.")})
            return
        self.accept()

    @classmethod
    def ask(
        cls, location: Any, problem: str = "", parent: QWidget | None = None
    ) -> tuple[str, bool] | None:
        """(the password, remember it) or None when the officer cancels."""
        dialog = cls(location, problem, parent)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isChecked()


class FirstOfficerDialog(FormDialog):
    """A new firm's first officer: name, login, role (MLRO or admin) and password."""

    def __init__(self, team: Any, parent: QWidget | None = None) -> None:
        super().__init__("The firm's first officer", parent)
        self.team = team
        self.identity = None
        self.full_name = self.add_field(
            "full_name", "Full name", QLineEdit(), "Added to the staff register."
        )
        self.login = self.add_field("login", "Login", QLineEdit(), "For example a.nurlanova.")
        self.role = self.add_field("role", "Role", role_combo(("mlro", "admin")))
        self.password = self.add_field("password", "Password", _password_field())
        self.again = self.add_field("again", "Password again", _password_field())

    def values(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name.text(),
            "login": self.login.text(),
            "role": self.role.currentData(),
            "password": self.password.text(),
        }

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.show_errors({"again": tr("The two passwords differ.")})
            return
        try:
            self.identity = self.team.start_firm(self.values())
        except RegisterError as exc:
            self.show_errors(getattr(exc, "field_errors", {"": str(exc)}))
            return
        self.accept()


class AddOfficerDialog(FormDialog):
    """Add an officer: a current member of staff, or a new one by name."""

    NEW = -1

    def __init__(self, team: Any, staff: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__("Add officer", parent)
        self.team = team
        self.staff = QComboBox()
        self.staff.addItem(tr("A new member of staff (enter the name)"), self.NEW)
        for staff_id, label in staff:
            self.staff.addItem(label, staff_id)
        self.add_field("staff_id", "Member of staff", self.staff)
        self.full_name = self.add_field("full_name", "Full name", QLineEdit())
        self.login = self.add_field("login", "Login", QLineEdit())
        self.role = self.add_field("role", "Role", role_combo())
        self.password = self.add_field("password", "Password", _password_field())

    def values(self) -> dict[str, Any]:
        staff_id = self.staff.currentData()
        return {
            "staff_id": None if staff_id == self.NEW else staff_id,
            "full_name": self.full_name.text(),
            "login": self.login.text(),
            "role": self.role.currentData(),
            "password": self.password.text(),
        }

    def save(self) -> None:
        self.submit(self.team.add_officer)
