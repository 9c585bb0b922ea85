"""A firm with a team: an MLRO, a deputy, an analyst and an auditor, each with a password
(``make_team``), and signing in as one of them (``as_officer``)."""

from __future__ import annotations

from pathlib import Path

from kuzet.registers.system import four_eyes, settings, signin
from kuzet.registers.system.permissions import CHANGE_SETTINGS
from kuzet.registers.system.team_desk import TeamDesk
from kuzet.store.session import Store

PASSWORD = "correct-horse"
TEAM = (("mlro.one", "mlro"), ("deputy.two", "deputy"), ("analyst.three", "analyst"))
AUDITOR = "auditor.four"


def make_team(store: Store) -> TeamDesk:
    """The firm's first officer (the MLRO) and the others, added by the MLRO."""
    team = TeamDesk(store)
    first, _ = TEAM[0]
    team.start_firm({"login": first, "role": "mlro", "full_name": "Mlro One", "password": PASSWORD})
    for login, role in (*TEAM[1:], (AUDITOR, "auditor")):
        team.add_officer(
            {"login": login, "role": role, "full_name": login.title(), "password": PASSWORD}
        )
    return team


def as_officer(store: Store, login: str) -> signin.Identity:
    return TeamDesk(store).sign_in(login, PASSWORD)


def four_eyes_on(store: Store) -> None:
    """Every action that may need a second officer needs one (one audited change)."""
    with TeamDesk(store).writing(CHANGE_SETTINGS) as work:
        settings.put(work.session, four_eyes.SETTING, dict.fromkeys(four_eyes.KINDS, True))


def four_eyes_off(target: Store | Path | str) -> None:
    """The firm's setting with no action needing a second officer (one audited change).

    Four-eyes is on by default in team mode (PostgreSQL) and off on SQLite: a test of a
    feature other than four-eyes, where one officer decides, switches it off explicitly
    so it runs alike on both engines. ``target`` is an open store or a database (a path
    or a URL, opened and closed here)."""
    store = target if isinstance(target, Store) else Store.open(target)[0]
    try:
        with TeamDesk(store).writing(CHANGE_SETTINGS) as work:
            settings.put(work.session, four_eyes.SETTING, dict.fromkeys(four_eyes.KINDS, False))
    finally:
        if store is not target:
            store.close()


def shown_database(db_file: Path | str) -> str:
    """The database as the window names it: the file's path, or on a team database
    (a PostgreSQL URL) "Team database: host/database" (no file, so no path to show)."""
    text = str(db_file)
    if not text.startswith("postgresql"):
        return text
    from sqlalchemy.engine import make_url

    url = make_url(text)
    return f"Team database: {url.host or 'localhost'}/{url.database}"


def forget_vault_keys() -> None:
    """As on another computer: no vault key, and no officer's key pair, in this process's
    memory (the team vault tests start and end with it)."""
    from kuzet.store import keys, team_keys

    keys.forget()
    team_keys.forget()
