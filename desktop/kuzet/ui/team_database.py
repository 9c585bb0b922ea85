"""Which database the window shows: a team database on a PostgreSQL server has no file,
no vault folder and no file backups here (the server's: ``kuzet admin backup``)."""

from __future__ import annotations

from typing import Any


def team_server(window: Any) -> str | None:
    """``host/database`` of the window's team database, or None for a database file."""
    location = getattr(getattr(window, "store", None), "location", None)
    if location is None or not location.is_postgresql:
        return None
    return f"{location.host or 'localhost'}/{location.database}"
