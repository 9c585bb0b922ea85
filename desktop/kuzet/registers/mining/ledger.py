"""What the two mining ledgers share as lists (their records take ``records.Register``).

``LedgerListing`` is the list of the two ledgers (output, sales): the coin and quarter
filters, the order they have always had, and the column that checks each record (was its
pool accredited, was its venue licensed that day) with the row's tone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Numeric, cast

from ...i18n import tr
from ...regime.mining import period_of
from ..listing import Filter, ListQuery, RecordListing


def recent_quarters(today: dt.date, count: int = 8) -> list[tuple[str, str]]:
    """(first day, label) of the quarter holding ``today`` and the ones before it."""
    found = []
    quarter = period_of(today, "quarter")
    for _ in range(count):
        found.append((quarter.start.isoformat(), quarter.label))
        quarter = period_of(quarter.start - dt.timedelta(days=1), "quarter")
    return found


class LedgerListing(RecordListing):
    """The list of a ledger (output or sales), searched in its ``search_text``.

    The ledgers break ties by id in the sort's own direction (newest first shows a day's
    last entry first) and leave empty values where the database sorts them, as they
    always have.
    """

    folded_search = "search_text"
    tie_break = "follow"
    empty_last = False
    date_column: ClassVar[str]  # the day the record is of: the quarter filter's column
    check_column: ClassVar[int]  # where a row shows its check ("yes", or why not)
    failed_tone: ClassVar[str]  # the tone of a row whose check fails

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def checked(self, record: Any, problem: str, failed: str) -> str:
        """What the check column shows of ``record``: "yes" when there is no ``problem``,
        else ``failed`` with the problem as ``{why}``; a retired record, why it was."""
        if record.retired:
            return tr("retired: {reason}").format(reason=record.retired_reason or "")
        return tr("yes") if not problem else failed.format(why=problem)

    def tone(self, values: tuple[Any, ...]) -> str | None:
        check = str(values[self.check_column])
        if check.startswith(tr("retired")):
            return "muted"
        return None if check == tr("yes") else self.failed_tone

    def sort_columns(self) -> dict[str, Any]:
        return dict(super().sort_columns()) | {
            "amount": cast(self.table.amount, Numeric),  # ordering only; sums stay Decimal
        }

    def quarter_filter(self) -> Filter:
        return Filter("quarter", "Quarter", (("", "Any quarter"), *recent_quarters(self.today)))

    def where(self, query: ListQuery) -> list[Any]:
        """The coin (a filter the toolbar does not show: sorting the Coin column does it)
        and the quarter."""
        wanted, t = query.filters, self.table
        conditions = []
        if wanted.get("coin"):
            conditions.append(t.coin == wanted["coin"])
        if wanted.get("quarter"):
            quarter = period_of(dt.date.fromisoformat(wanted["quarter"]), "quarter")
            day = t[self.date_column]
            conditions += [day >= quarter.start, day <= quarter.end]
        return conditions
