"""Open a team database for the window (issue #18): the officer's server password from
the OS keyring or a dialog, a wrong one said and asked again, the schema check shown.

The officer is the URL's user (their PostgreSQL login). A typed password stays in this
process's memory (``store.location.use_password``); ticking "Remember" puts it in the
keyring (service ``kuzet-postgresql``), never in a settings file.
"""

from __future__ import annotations

import sys
from typing import Any

from ..i18n import tr
from ..store.location import KEYRING_SERVICE, DatabaseLocation, password_for, use_password

EXIT_CANNOT_OPEN = 3  # as the command line's: the database cannot be opened


def server_name(location: DatabaseLocation) -> str:
    """What the window shows for the server: host/database."""
    return f"{location.host or 'localhost'}/{location.database}"


def wrong_password(exc: BaseException) -> bool:
    """Did the server refuse the connection for its password (or the lack of one)?"""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "password authentication failed" in text or "no password supplied" in text


def remember_password(location: DatabaseLocation, password: str) -> bool:
    """Keep ``password`` in the OS keyring (False when no keyring backend works)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, location.keyring_user, password)
    except Exception:  # no usable keyring backend: the password is asked next time
        return False
    return True


def open_store(location: DatabaseLocation) -> Any:
    """Connect, check the schema and load the rule pack: the open Store, or the error
    (``problem_of`` says what it means). Runs off the GUI thread in the window."""
    from ..store.session import Store  # on use: start-up time

    store, _outcome = Store.open(location)
    try:
        store.rules()  # load and validate the rule pack before any page reads it
    except BaseException:
        store.close()
        raise
    return store


def problem_of(location: DatabaseLocation, exc: BaseException) -> tuple[str, str]:
    """What a failure to open means: ("password", what to ask) when the server wants the
    officer's password (again), else ("refuse", what to say; exit code 3)."""
    from sqlalchemy.exc import OperationalError

    from ..store.schema import SchemaError

    if isinstance(exc, SchemaError):  # "ask your administrator"
        return "refuse", str(exc)
    if isinstance(exc, OperationalError) and wrong_password(exc):
        problem = (
            tr("The server refused the password of {login}. Type it again.")
            if password_for(location)
            else tr("The server asks for the password of {login}.")
        )
        return "password", problem.format(login=location.user)
    problem = getattr(exc, "orig", None) or exc
    return "refuse", tr("{server}: cannot connect: {problem}").format(
        server=server_name(location), problem=problem
    )


def open_team(
    location: DatabaseLocation, parent: Any = None, quiet: bool = False, ask: Any = None
) -> tuple[Any, int]:
    """(the open Store, 0), or (None, exit code 3) after saying why. ``quiet``: print
    problems instead of showing them, and ask no password. ``ask(location, problem)``
    returns (password, remember) or None (cancelled); the password dialog by default.
    (The window connects after its first paint instead: ``ui/team_start.py``.)"""
    from sqlalchemy.exc import OperationalError  # on use: start-up time

    from ..store.schema import SchemaError

    if ask is None:
        ask = lambda where, problem: ask_password(where, problem, parent)  # noqa: E731
    remember = False
    while True:
        try:
            store = open_store(location)
        except (SchemaError, OperationalError) as exc:
            kind, message = problem_of(location, exc)
            if kind == "refuse" or quiet:
                return None, _refuse(tr("Kuzet cannot open this database"), message, parent, quiet)
            answer = ask(location, message)
            if answer is None:
                use_password(location, None)
                return None, EXIT_CANNOT_OPEN
            password, remember = answer
            use_password(location, password)
            continue
        if remember:
            remember_password(location, password_for(location) or "")
        return store, 0


def ask_password(location: DatabaseLocation, problem: str, parent: Any) -> Any:
    """The server password dialog: (password, remember) or None (cancelled)."""
    from .dialogs.sign_in import ServerPasswordDialog

    return ServerPasswordDialog.ask(location, problem, parent)


def _refuse(title: str, message: str, parent: Any, quiet: bool) -> int:
    if quiet:
        print(message, file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent, title, message)
    return EXIT_CANNOT_OPEN
