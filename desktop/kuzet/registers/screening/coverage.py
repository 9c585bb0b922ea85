"""Whether screening can be trusted today: a list in force, and none of them out of date.

Screening against no list finds nothing, and screening against last year's list misses
everyone designated since: both look like a clean result. ``lists_gap`` says so in the
officer's words, naming each list and its date, or returns None when every list in force
is current. A list is out of date when its publication date (the import date when the file
gives none) is more than rule ``screening.list_max_age_days`` days before today.

The Dashboard shows the gap at the top (finding kinds ``screening_lists_missing`` and
``screening_lists_stale``), a customer import names the customers it could not screen, and
``kuzet screen`` exits 1 with the message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.models.screening import WatchlistVersion
from . import watchlists

MAX_AGE_RULE = "screening.list_max_age_days"
MISSING = "screening_lists_missing"
STALE = "screening_lists_stale"


@dataclass(frozen=True)
class ListAge:
    """One list in force and the day its age is counted from."""

    list_name: str
    version_id: int
    dated: dt.date
    published: bool  # False: the file gave no date, so ``dated`` is the import date
    age_days: int

    def describe(self) -> str:
        if self.published:
            return tr("{list} published {date} ({days} days ago)").format(
                list=self.list_name, date=f"{self.dated:%d.%m.%Y}", days=self.age_days
            )
        return tr("{list} imported {date}, no publication date ({days} days ago)").format(
            list=self.list_name, date=f"{self.dated:%d.%m.%Y}", days=self.age_days
        )


class ListsGap(str):
    """The officer's message (a ``str``), with the finding ``kind`` (``MISSING`` or
    ``STALE``) and the out-of-date ``lists`` (empty when no list is in force)."""

    kind: str
    lists: tuple[ListAge, ...]

    def __new__(cls, message: str, kind: str, lists: tuple[ListAge, ...] = ()) -> ListsGap:
        gap = super().__new__(cls, message)
        gap.kind = kind
        gap.lists = lists
        return gap


def list_age(version: WatchlistVersion, today: dt.date) -> ListAge:
    if version.published_on is not None:
        dated, published = version.published_on, True
    else:
        imported = version.created_at
        dated, published = (imported.date() if imported else today), False
    return ListAge(version.list_name, version.id or 0, dated, published, (today - dated).days)


def stale_lists(
    versions: list[WatchlistVersion], max_age_days: int, today: dt.date
) -> tuple[ListAge, ...]:
    """The versions dated more than ``max_age_days`` before ``today``, oldest first."""
    ages = (list_age(version, today) for version in versions)
    return tuple(sorted((a for a in ages if a.age_days > max_age_days), key=lambda a: -a.age_days))


def lists_gap(session: Session, rules: RuleBook, today: dt.date) -> ListsGap | None:
    """Why screening cannot be trusted today, or None when every list in force is current."""
    versions = watchlists.active_versions(session)
    if not versions:
        return ListsGap(
            tr(
                "No watchlist is in force: nobody is screened. Import the lists the firm "
                "screens against (UN, OFAC SDN, EU, the AFM lists) on the Lists page or with "
                "kuzet lists import."
            ),
            MISSING,
        )
    max_age = int(rules.value(MAX_AGE_RULE, today))
    stale = stale_lists(versions, max_age, today)
    if not stale:
        return None
    return ListsGap(
        tr(
            "Screening uses out-of-date lists (older than {days} days): {lists}. Import the "
            "current editions: a person listed since is not found."
        ).format(days=max_age, lists="; ".join(a.describe() for a in stale)),
        STALE,
        stale,
    )
