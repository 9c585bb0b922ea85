"""Who is working, asked when the window opens a firm (issue #18).

An officer already signed in (a test, a restore) stays. On a team database the officer
is the URL's user, whom the server authenticated (``registers/system/server_login.py``):
no second password is asked; a login that is no active officer of the firm is told so.
On an SQLite file the demo firm signs its demo MLRO in by itself; a firm with no officers
makes its first one; any other firm asks for the officer and their password. Cancelling
leaves nobody signed in: the window then only reads (a "Read only" banner, the write
buttons hidden, and the core refuses writes).
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr
from ..registers.system.server_login import server_login, sign_in_server_login
from .dialogs.sign_in import FirstOfficerDialog, SignInDialog


def sign_in_at_start(window: Any) -> None:
    team = window.desk.team
    if team.identity() is not None:
        return
    login = server_login(team)
    if login:
        if sign_in_server_login(team) is None:
            _not_an_officer(window, login)
        return
    if team.sign_in_demo() is not None:
        return
    dialog = SignInDialog(team, window) if team.has_officers() else FirstOfficerDialog(team, window)
    dialog.exec()  # at start, before any page is shown: modal on purpose


def _not_an_officer(window: Any, login: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        window,
        tr("Read only"),
        tr(
            "{login} is not an active officer of this firm, so Kuzet only reads. Ask your "
            "administrator to add them (kuzet admin officer add)."
        ).format(login=login),
    )
