"""The first steps on a new database, in the order the officer takes them: the firm
profile, the MLRO, the licences, the sanctions lists, the customers. Each step says
whether it is done and which page of the window does it; the Dashboard lists them until
every one is done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlmodel import Session

from ...store.models.customer import Customer
from ...store.models.licence import Licence
from ...store.models.screening import WatchlistVersion
from . import firm, mlro

# The steps in the order they are taken: what to do, why, and the page that does it (the
# window translates the English titles and hints).
STEP_TITLES = {
    "firm_profile": "Enter the firm profile",
    "mlro": "Appoint the MLRO",
    "licences": "Add the licences",
    "lists": "Load the sanctions lists",
    "customers": "Import the customers",
}
STEP_HINTS = {
    "firm_profile": "legal name, BIN, jurisdiction and activities decide what applies",
    "mlro": "the law requires an MLRO in office",
    "licences": "their expiries are reminded 90, 60 and 30 days ahead",
    "lists": "customers cannot be screened without a list in force",
    "customers": "each one is screened and risk-assessed on import",
}
STEP_PAGES = {
    "firm_profile": "firm",
    "mlro": "firm",
    "licences": "licences",
    "lists": "lists",
    "customers": "customers",
}


@dataclass(frozen=True)
class FirstStep:
    """One step of the first run: ``title`` and ``why`` in English (the window translates
    them), ``page`` the key of the page that does it."""

    key: str
    title: str
    why: str
    page: str
    done: bool


def _any(session: Session, model: type) -> bool:
    live = select(model.id).where(model.retired_at.is_(None))  # type: ignore[attr-defined]
    return bool(session.execute(select(exists(live))).scalar())


def first_steps(session: Session, today: dt.date) -> list[FirstStep]:
    """The five first steps in order, each with whether it is done today."""
    list_in_force = select(WatchlistVersion.id).where(WatchlistVersion.active.is_(True))
    done = {
        "firm_profile": firm.profile(session) is not None,
        "mlro": bool(mlro.current_mlro_name(session, today)),
        "licences": _any(session, Licence),
        "lists": bool(session.execute(select(exists(list_in_force))).scalar()),
        "customers": _any(session, Customer),
    }
    return [
        FirstStep(key, title, STEP_HINTS[key], STEP_PAGES[key], done[key])
        for key, title in STEP_TITLES.items()
    ]
