"""Team mode's officer: the PostgreSQL login the server authenticated (issue #18).

On a team database the officer is the URL's user: the server checked their password
when the store connected, so the window signs in the active officer with that login and
asks for no second password; the same password (an officer's server password is their
Kuzet password) unseals their vault key pair, so documents open without a question. A
login that is no active officer of the firm signs nobody in (the window then only reads).
"""

from __future__ import annotations

from typing import Any

from ...store.location import password_for
from . import officers, signin


def server_login(team: Any) -> str:
    """The PostgreSQL login of a team database's store ("" for an SQLite file)."""
    location = team.store.location
    return location.user if location.is_postgresql else ""


def sign_in_server_login(team: Any) -> signin.Identity | None:
    """Sign in the officer the server authenticated (``team``: the TeamDesk); None for an
    SQLite file, or when that login is no active officer of the firm."""
    login = server_login(team)
    if not login:
        return None
    with team.reading() as work:
        officer = officers.by_login(work.session, login)
        if officer is None:
            return None
        identity = signin.Identity(officer.login, officer.role, officer.id)
    signin.begin(identity)
    team.unseal_vault_key(identity, password_for(team.store.location))
    return identity
