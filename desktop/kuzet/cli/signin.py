"""Who a command acts as: ``--officer LOGIN`` (or ``KUZET_OFFICER``) and their password.

The password comes from ``KUZET_PASSWORD`` (tests, scripts), else the OS keyring
(service ``kuzet-officer``, user = the login; ``keyring set kuzet-officer LOGIN``), else
a prompt when the command runs in a terminal. A firm with no officers yet makes the
officer named its first officer (MLRO) with that password. With no officer named, the
demo firm signs its demo MLRO in; anywhere else a write is refused (exit 1), never done
as the computer's user.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer

KEYRING_SERVICE = "kuzet-officer"
EXIT_REFUSED = 1  # cli/common.py's EXIT_PROBLEM: a wrong login or password


def fail(message: str) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(EXIT_REFUSED)


def chosen_officer(ctx: typer.Context) -> str:
    root = ctx.find_root()
    given = (root.obj or {}).get("officer") if root is not None else None
    return str(given or os.environ.get("KUZET_OFFICER") or "").strip()


def password_for(login: str) -> str | None:
    """The officer's password: KUZET_PASSWORD, else the keyring, else a prompt on a
    terminal; None when there is none to be had."""
    given = os.environ.get("KUZET_PASSWORD")
    if given:
        return given
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, login)
    except Exception:  # no usable keyring backend: ask instead
        stored = None
    if stored:
        return stored
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Password for officer {login}: ")
    return None


def sign_in_for_command(ctx: typer.Context, store) -> None:  # store: Store
    """Sign the command's officer in on ``store`` (exit 1 on a wrong login or password)."""
    from ..registers.errors import RegisterError
    from ..registers.system import signin
    from ..registers.system.team_desk import TeamDesk

    team = TeamDesk(store)
    login = chosen_officer(ctx)
    if not login:
        if signin.current() is None:
            team.sign_in_demo()  # nobody otherwise: writes are refused at the desk
        return
    password = password_for(login)
    if not team.has_officers():
        if not password:
            fail(f"{login}: no password (set KUZET_PASSWORD, or run in a terminal)")
        try:
            team.start_firm(
                {"login": login, "role": "mlro", "full_name": login, "password": password}
            )
        except RegisterError as exc:
            fail(f"--officer {login}: {exc}")
        typer.echo(
            f"This firm had no officers: {login} is its first officer (MLRO). "
            "Give their full name in the staff register.",
            err=True,
        )
        return
    try:
        team.sign_in(login, password)
    except RegisterError as exc:
        fail(f"--officer {login}: {exc}")
