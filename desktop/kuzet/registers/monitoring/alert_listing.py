"""The Alerts page's list: open alerts first by default, with their reasons and
transactions; filters by status, rule and customer, searched by rule, reason and the
customer's names."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...regime.monitoring import RULES, rule_title
from ...store.models.monitoring import Alert
from ..listing import Column, Filter, ListQuery
from .alerts import status_label
from .customer_listing import CustomerRecordListing
from .fiu_reports import ids_of


class AlertListing(CustomerRecordListing):
    """Alerts: open ones first by default, with their reasons and transactions."""

    model = Alert
    columns = (
        Column("detected_on", "Detected", "right"),
        Column("rule", "Rule"),
        Column("customer", "Customer"),
        Column("transactions", "Transactions", "right", sortable=False),
        Column("reason", "Reason"),
        Column("status", "Status"),
        Column("decided_by", "Decided by"),
    )
    default_sort = ("detected_on", True)

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "status",
                "Status",
                (
                    ("open", "Open alerts"),
                    ("", "Any status"),
                    ("explained", "Closed as explained"),
                    ("escalated", "Escalated to an STR"),
                ),
            ),
            Filter("rule", "Rule", (("", "Any rule"), *((k, v[0]) for k, v in RULES.items()))),
        ]

    def where(self, query: ListQuery) -> list[Any]:
        t, f = self.table, query.filters
        conditions = [t[key] == f[key] for key in ("status", "rule") if f.get(key)]
        if f.get("customer_id"):
            conditions.append(t.customer_id == int(f["customer_id"]))
        return conditions

    def row(self, r: Any) -> tuple[Any, ...]:
        status = status_label(r.status)
        if r.status == "escalated" and r.report_id:
            status = tr("escalated to STR #{id}").format(id=r.report_id)
        return (
            r.detected_on,
            rule_title(r.rule),
            self.customer(r),
            len(ids_of(r.transaction_ids)),
            r.reason,
            status,
            r.decided_by,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[5] == status_label("open"):
            return "warn"
        if values[5] == status_label("explained"):
            return "muted"
        return None
