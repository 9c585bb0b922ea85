"""The Alerts page's list: open alerts first by default, the most serious first (severity
from the rule ``findings.severity``, kind ``alert.<rule>``), with their reasons and
transactions; filters by status, rule and customer, searched by rule, reason and the
customer's names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import case
from sqlmodel import Session

from ...i18n import tr
from ...regime.monitoring import RULES, rule_title
from ...regime.rulepack import RuleBook
from ...regime.severity import SEVERITIES, severity_key, severity_label, severity_of
from ...store.models.monitoring import Alert
from ..listing import Column, Filter, ListQuery
from .alerts import shown_reason, status_label
from .customer_listing import CustomerRecordListing
from .fiu_reports import ids_of


def alert_levels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    """The severity of an alert of each monitoring rule (kind ``alert.<rule>``) on ``day``."""
    return {rule: severity_of(rules, f"alert.{rule}", day) for rule in RULES}


class AlertListing(CustomerRecordListing):
    """Alerts: the most serious first by default (then the newest), with their reasons and
    transactions. ``levels`` maps each rule to its severity (``alert_levels``)."""

    model = Alert
    columns = (
        Column("severity", "Severity"),
        Column("detected_on", "Detected", "right"),
        Column("rule", "Rule"),
        Column("customer", "Customer"),
        Column("transactions", "Transactions", "right", sortable=False),
        Column("reason", "Reason"),
        Column("status", "Status"),
        Column("decided_by", "Decided by"),
    )
    default_sort = ("severity", False)

    def __init__(self, levels: Mapping[str, str] | None = None) -> None:
        self.levels = dict(levels or {})

    def level(self, rule: str) -> str:
        return self.levels.get(rule, "")

    def sort_columns(self) -> dict[str, Any]:
        ranks = {rule: severity_key(level) for rule, level in self.levels.items()}
        rank = case(ranks, value=self.table.rule, else_=len(SEVERITIES)) if ranks else None
        found = dict(super().sort_columns())
        if rank is not None:
            found["severity"] = rank
        return found

    def default_order(self, query: ListQuery) -> list[Any]:
        """Most serious first, then the newest (before a column is chosen)."""
        sorts = self.sort_columns()
        first = [sorts["severity"].asc()] if "severity" in sorts else []
        return [*first, *self.sorted_by(self.table.detected_on, True)]

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
            severity_label(self.level(r.rule)),
            r.detected_on,
            rule_title(r.rule),
            self.customer(r),
            len(ids_of(r.transaction_ids)),
            shown_reason(r.rule, r.reason),
            status,
            r.decided_by,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        """An open alert in its severity's colour; a closed one muted or plain."""
        if values[6] == status_label("explained"):
            return "muted"
        if values[6] != status_label("open"):
            return None
        words = {severity_label(level): level for level in SEVERITIES}
        return words.get(values[0])
