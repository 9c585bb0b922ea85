"""The Customers page's list: search, filters and sorting in SQL, fast at 100,000 files.

Search matches the casefolded ``search_text`` (both names, IIN/BIN, owners' names; Kazakh
letters folded, so "Касымов", "қасымов" and "KASSYMOV" all find Қасымов). Filters: kind,
risk tier, PEP (status lasting today), onboarding status (with "Frozen"), and what needs
attention (overdue review, incomplete EDD, expired ID, an unexplained IIN conflict). A
frozen customer's status reads "FROZEN <day of the freeze>" in the critical colour (the marker).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, exists, literal, not_, or_, select
from sqlmodel import Session

from ...i18n import plural, tr
from ...labels import RISK_TIER_LABELS, label
from ...regime.risk import risk_parameters
from ...regime.rulepack import RuleBook
from ...regime.severity import HIGH, MEDIUM
from ...store.models.customer import Customer
from ...store.models.edd import EddRecord
from ...store.models.pep import PepStatus
from ..listing import Column, Filter, ListQuery, RecordListing, like_pattern
from . import options
from .customer_file import fold
from .open_hits import OpenHits, open_hits

ATTENTION = {
    "overdue_review": "Review overdue",
    "review_due": "Review due within the reminder window",
    "edd_incomplete": "EDD required and incomplete",
    "id_expired": "ID document expired",
    "iin_conflict": "IIN disagrees with the file",
    "pending": "Waiting for a decision",
}


# The columns that may be empty (the others always hold a value).
MAY_BE_EMPTY = ("next_review_on", "id_expires_on", "risk")


def summary_columns(c: Any) -> tuple[Any, ...]:
    """What a list of customers shows of each file after its name, read from the table's
    columns ``c``: IIN/BIN, kind, risk tier and score, status, next review and ID expiry
    (the Customers page and the pack's customer list show the same)."""
    return (
        c.iin_bin,
        c.kind,
        c.risk_tier,
        c.risk_score,
        c.status,
        c.next_review_on,
        c.id_expires_on,
    )


class CustomerListing(RecordListing):
    """Columns: name, Latin name, IIN/BIN, kind, risk, PEP, status, next review, ID expiry."""

    model = Customer
    columns = (
        Column("name", "Name"),
        Column("name_latin", "Latin name"),
        Column("iin_bin", "IIN / BIN"),
        Column("kind", "Kind"),
        Column("risk", "Risk", "left"),
        Column("pep", "PEP"),
        Column("status", "Status"),
        Column("next_review_on", "Next review", "right"),
        Column("id_expires_on", "ID expires", "right"),
    )
    default_sort = ("name", False)
    folded_search = "search_text"

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today
        self.params = risk_parameters(rules, today)
        self.pep_labels = options.pep_kinds(rules, today)
        self.window = dt.timedelta(days=int(rules.value("customers.review.reminder_days", today)))
        # Translated once: rows() and tone() run for every row on screen.
        self.kind_text = {k: tr(v) for k, v in options.KIND_LABELS.items()}
        self.status_text = {k: tr(v) for k, v in options.STATUS_LABELS.items()}
        self.tier_text = {k: tr(v) for k, v in options.TIER_LABELS.items()}
        self.not_assessed = tr("not assessed")
        self.retired_text = tr("retired ({status})")
        self.retired_prefix = self.retired_text.split("{")[0]
        self.muted = {self.status_text["rejected"], self.status_text["exited"]}
        self.high_prefix = self.tier_text["high"]
        self.frozen_text = tr("FROZEN")
        self.hits_text = tr("{count} open hit|{count} open hits")

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "kind",
                tr("Kind"),
                (("", tr("Any kind")), *((k, tr(v)) for k, v in options.KIND_LABELS.items())),
            ),
            Filter(
                "tier",
                tr("Risk tier"),
                (
                    ("", tr("Any risk")),
                    *((k, label(RISK_TIER_LABELS, k)) for k in options.TIER_LABELS),
                ),
            ),
            Filter(
                "pep",
                tr("PEP"),
                (("", tr("PEP or not")), ("yes", tr("PEPs")), ("no", tr("Not PEPs"))),
            ),
            Filter(
                "status",
                tr("Status"),
                (("", tr("Any status")), *((k, tr(v)) for k, v in options.STATUS_LABELS.items())),
            ),
            Filter(
                "attention",
                tr("Needs attention"),
                (("", tr("Everything")), *((k, tr(v)) for k, v in ATTENTION.items())),
            ),
        ]

    # --- SQL pieces ---------------------------------------------------------------------

    def pep_now(self) -> Any:
        c, p = Customer.__table__.c, PepStatus.__table__.c
        return exists().where(
            p.customer_id == c.id,
            p.retired_at.is_(None),
            or_(p.status_ends_on.is_(None), p.status_ends_on >= self.today),
        )

    def edd_incomplete(self) -> Any:
        c, e = Customer.__table__.c, EddRecord.__table__.c
        needed = or_(c.risk_tier.in_(sorted(self.params.edd_tiers)), self.pep_now())
        complete = exists().where(e.customer_id == c.id, e.complete.is_(True))
        return and_(needed, not_(complete), c.status.in_(("pending", "approved")))

    def attention(self, key: str) -> Any:
        c = Customer.__table__.c
        if key == "overdue_review":
            return and_(c.status == "approved", c.next_review_on < self.today)
        if key == "review_due":
            return and_(c.status == "approved", c.next_review_on <= self.today + self.window)
        if key == "edd_incomplete":
            return self.edd_incomplete()
        if key == "id_expired":
            return c.id_expires_on < self.today
        if key == "iin_conflict":
            return and_(c.iin_conflict.is_(True), c.iin_note == "")
        if key == "pending":
            return c.status == "pending"
        return literal(True)

    def where(self, query: ListQuery) -> list[Any]:
        c, chosen = self.table, query.filters
        conditions = []
        if chosen.get("kind"):
            conditions.append(c.kind == chosen["kind"])
        if chosen.get("tier"):
            conditions.append(c.risk_tier == chosen["tier"])
        if chosen.get("pep") == "yes":
            conditions.append(self.pep_now())
        elif chosen.get("pep") == "no":
            conditions.append(not_(self.pep_now()))
        if chosen.get("status"):
            conditions.append(c.status == chosen["status"])
        if chosen.get("attention"):
            conditions.append(self.attention(chosen["attention"]))
        return conditions

    def search(self, text: str) -> Any:
        """Names as ``fold`` keeps them (Kazakh letters folded, spaces collapsed)."""
        return self.table.search_text.like(like_pattern(fold(text)), escape="\\")

    def sort_columns(self) -> dict[str, Any]:
        c = self.table
        tier_rank = case(
            (c.risk_tier == "high", 3),
            (c.risk_tier == "medium", 2),
            (c.risk_tier == "low", 1),
            else_=0,
        )
        return super().sort_columns() | {
            "name": c.search_text,
            "risk": tier_rank * 1000 + c.risk_score,
            "pep": case((self.pep_now(), 1), else_=0),
        }

    def order(self, query: ListQuery) -> list[Any]:
        """``RecordListing.order`` (empty values last, ties by id) where a column may be
        empty: the dates and the risk. The other columns are never empty and sort bare, ties
        following the sort's direction, so that unfiltered the name order comes straight
        from ix_customer_live_search, read forwards or backwards. With a filter, "|| ''"
        keeps SQLite from walking that index row by row and lets it use the filter's own
        index, then sort the few rows that match."""
        sorts = self.sort_columns()
        key = query.sort if query.sort in sorts else self.default_sort[0]
        if key in MAY_BE_EMPTY:
            return super().order(query)
        column = sorts[key]
        if key == "name" and any(query.filters.values()):
            column = column + ""
        if query.descending:
            return [column.desc(), self.table.id.desc()]
        return [column.asc(), self.table.id.asc()]

    # --- display ------------------------------------------------------------------------

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Only the columns shown (not whole files), and the PEP kinds of all at once."""
        c = self.table
        wanted = list(ids)
        found = session.execute(
            select(
                c.id, c.name, c.name_latin, *summary_columns(c), c.retired_at, c.frozen_on
            ).where(c.id.in_(wanted))
        ).all()
        peps = self.pep_kinds(session, wanted)
        hits = open_hits(session, wanted)  # one grouped query for the page
        return {
            row[0]: self.row(row[:-1], peps.get(row[0], ()), row[-1], hits.get(row[0]))
            for row in found
        }

    def pep_kinds(self, session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
        p = PepStatus.__table__.c
        result: dict[int, list[str]] = {}
        rows = session.execute(
            select(p.customer_id, p.kind).where(
                p.customer_id.in_(list(ids)),
                p.retired_at.is_(None),
                or_(p.status_ends_on.is_(None), p.status_ends_on >= self.today),
            )
        ).all()
        for customer_id, kind in rows:
            result.setdefault(customer_id, []).append(kind)
        return result

    def row(
        self,
        record: Any,
        peps: Sequence[str] = (),
        frozen_on: dt.date | None = None,
        hits: OpenHits | None = None,
    ) -> tuple[Any, ...]:
        """The display values of ``record`` (the columns ``rows`` selects) and its PEP kinds;
        a frozen customer's status is the marker "FROZEN <day of the freeze>", and open
        screening hits put the marker "⚠ 2 open hits · " before the status."""
        (_id, name, latin, number, kind, tier, score, status, review, expires, retired) = record
        risk = f"{self.tier_text.get(tier, tier)} ({score})" if tier else self.not_assessed
        pep = ", ".join(sorted({self.pep_labels.get(k, k) for k in peps}))
        shown_status = self.status_text.get(status, status)
        if status == "frozen":
            shown_status = self.frozen_text + (f" {frozen_on:%d.%m.%Y}" if frozen_on else "")
        if retired is not None:
            shown_status = self.retired_text.format(status=shown_status)
        if hits is not None:
            marker = plural(hits.count, self.hits_text).format(count=hits.count)
            shown_status = f"⚠ {marker} · {shown_status}"  # first: a narrow column elides the end
        return (
            name,
            latin,
            number,
            self.kind_text.get(kind, kind),
            risk,
            pep,
            shown_status,
            review,
            expires,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        """Overdue review or expired ID high; high risk or a pending decision medium."""
        shown, review, expires = values[6], values[7], values[8]
        hits = shown.startswith("⚠ ")  # an open screening hit waits for a decision
        status = shown.split(" · ", 1)[1] if hits else shown
        if status.startswith(self.frozen_text):
            return "critical"
        if status in self.muted or status.startswith(self.retired_prefix):
            return "muted"
        if hits:
            return HIGH
        if (review is not None and review < self.today) or (
            expires is not None and expires < self.today
        ):
            return HIGH
        if values[4].startswith(self.high_prefix) or status == self.status_text["pending"]:
            return MEDIUM
        return None
