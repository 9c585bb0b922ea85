"""Frozen customers: the critical alert on any later operation, and the freeze
notifications to the Financial Monitoring Agency (FIU).

A customer is frozen when a sanctions match is confirmed (or by an officer's decision,
``registers/customers/sanctions.py``). From the freeze day on, every transaction of the
customer, imported or entered, raises the monitoring alert ``frozen_customer`` (rule
``monitoring.frozen_customer.enabled``) and is told to the FIU in a freeze notification
(trigger ``transaction``). The freeze itself is told too (trigger ``freeze``). Each
notification is due within the rule pack's business days
(``monitoring.freeze_notification.deadline_business_days``, unconfirmed [U]) of the freeze
or of the first operation it covers; business days follow Kazakhstan's public holidays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.business_days import calendar_from_rules
from ...regime.monitoring import Hit, Tx, day_text, direction_word, money
from ...regime.rulepack import RuleBook, RuleNotInForce
from ...store.models.customer import Customer
from ...store.models.monitoring import FreezeNotification
from .. import deadlines as deadline_registry

FREEZE = "freeze"  # the kind of FIU report, beside "str" and "ttr"
RULE = "frozen_customer"  # the monitoring rule key
RULE_TITLE = "Operation of a frozen customer"
ENABLED_RULE = "monitoring.frozen_customer.enabled"
DEADLINE_RULE = "monitoring.freeze_notification.deadline_business_days"
TRIGGER_LABELS = {"freeze": "customer frozen", "transaction": "operation after the freeze"}


def trigger_label(trigger: str) -> str:
    return tr(TRIGGER_LABELS.get(trigger, trigger))


def notification_deadline(day: dt.date, rules: RuleBook) -> dt.date:
    """When a freeze notification counted from ``day`` is due (business days)."""
    days = int(rules.value(DEADLINE_RULE, day))
    return calendar_from_rules(rules, day).add_business_days(day, days)


def _ids_text(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(set(ids)))


def _ids_of(text: str) -> list[int]:
    return [int(p) for p in text.split(",") if p.strip().isdigit()]


def draft_on_freeze(
    session: Session,
    customer_id: int,
    frozen_on: dt.date,
    hit_id: int | None,
    rules: RuleBook,
    notes: str = "",
) -> FreezeNotification:
    """The notification of the freeze itself, due from the freeze day."""
    notification = FreezeNotification(
        customer_id=customer_id,
        hit_id=hit_id,
        trigger="freeze",
        frozen_on=frozen_on,
        deadline=notification_deadline(frozen_on, rules),
        status="to_report",
        notes=notes.strip(),
    )
    session.add(notification)
    session.flush()
    return notification


def frozen_customers(session: Session) -> dict[int, tuple[dt.date, int | None]]:
    """Every frozen customer: id -> (the freeze day, the hit behind it)."""
    c = Customer.__table__.c
    rows = session.execute(
        select(c.id, c.frozen_on, c.frozen_hit_id, c.decided_at).where(
            c.status == "frozen", c.retired_at.is_(None)
        )
    )
    found = {}
    for customer_id, frozen_on, hit_id, decided_at in rows:
        day = frozen_on or (decided_at.date() if decided_at else dt.date.min)
        found[customer_id] = (day, hit_id)
    return found


def _enabled(rules: RuleBook, day: dt.date) -> bool:
    try:
        return bool(rules.value(ENABLED_RULE, day))
    except RuleNotInForce:
        return False


def frozen_customer_hits(
    txs: Iterable[Tx], frozen: dict[int, tuple[dt.date, int | None]], rules: RuleBook
) -> list[Hit]:
    """One hit per transaction of a frozen customer dated on or after the freeze day."""
    hits = []
    for tx in txs:
        since = frozen.get(tx.customer_id)
        if since is None or tx.day < since[0] or not _enabled(rules, tx.day):
            continue
        reason = tr(
            "{what} of {value} on {date} by a customer frozen since {frozen}: no operation "
            "is allowed; hold the assets and tell the FIU."
        ).format(
            what=direction_word(tx.direction),
            value=money(tx.value_kzt, "KZT"),
            date=day_text(tx.day),
            frozen=day_text(since[0]),
        )
        hits.append(Hit(RULE, tx.customer_id, (tx.id,), f"tx{tx.id}", reason, tx.day))
    return hits


def draft_for_transactions(
    session: Session,
    hits: Sequence[Hit],
    frozen: dict[int, tuple[dt.date, int | None]],
    rules: RuleBook,
) -> int:
    """A notification (trigger transaction) per frozen customer for its operations not
    yet in one; due from the first of them. Returns how many were drafted."""
    wanted: dict[int, dict[int, dt.date]] = {}
    for hit in hits:
        if hit.rule == RULE:
            wanted.setdefault(hit.customer_id, {})[hit.transaction_ids[0]] = hit.day
    if not wanted:
        return 0
    seen: dict[int, set[int]] = {}
    rows = session.execute(
        select(FreezeNotification.customer_id, FreezeNotification.transaction_ids).where(
            FreezeNotification.customer_id.in_(list(wanted)),
            FreezeNotification.trigger == "transaction",
            FreezeNotification.retired_at.is_(None),
        )
    )
    for customer_id, ids in rows:
        seen.setdefault(customer_id, set()).update(_ids_of(ids))
    drafted = 0
    for customer_id in sorted(wanted):
        new = {
            tx: day
            for tx, day in wanted[customer_id].items()
            if tx not in seen.get(customer_id, set())
        }
        if not new:
            continue
        first = min(new.values())
        frozen_on, hit_id = frozen.get(customer_id, (first, None))
        session.add(
            FreezeNotification(
                customer_id=customer_id,
                hit_id=hit_id,
                trigger="transaction",
                transaction_ids=_ids_text(new),
                frozen_on=frozen_on,
                deadline=notification_deadline(first, rules),
                status="to_report",
            )
        )
        drafted += 1
    session.flush()
    return drafted


def notifications_of(session: Session, customer_id: int) -> list[FreezeNotification]:
    query = select(FreezeNotification).where(
        FreezeNotification.customer_id == customer_id, FreezeNotification.retired_at.is_(None)
    )
    return list(session.execute(query.order_by(FreezeNotification.id)).scalars())


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Freeze notifications still to file: shown from the freeze (or the operation)."""
    waiting = list(
        session.execute(
            select(FreezeNotification).where(
                FreezeNotification.retired_at.is_(None), FreezeNotification.status == "to_report"
            )
        ).scalars()
    )
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({n.customer_id for n in waiting})
            )
        ).all()
    )
    found = []
    for n in waiting:
        detail = tr("{trigger}; frozen {date}; do not tell the customer").format(
            trigger=trigger_label(n.trigger), date=f"{n.frozen_on:%d.%m.%Y}"
        )
        if n.transaction_ids:
            detail += " · " + tr("transactions {ids}").format(ids=n.transaction_ids)
        found.append(
            deadline_registry.Deadline(
                register="freeze_notification",
                record_id=n.id,
                kind=tr("Freeze notification to the FIU"),
                title=tr("Freeze #{id}: {customer}").format(
                    id=n.id, customer=names.get(n.customer_id, "")
                ),
                due=n.deadline,
                remind_from=n.frozen_on,
                owner=tr("Compliance officer"),
                detail=detail,
                finding="freeze_notification_due",
            )
        )
    return found
