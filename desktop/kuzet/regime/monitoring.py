"""Transaction monitoring rules as pure functions over plain data.

Each rule takes transactions (``Tx``) and the facts it needs, and returns ``Hit``s: the
rule, the customer, the transactions and a reason that names the parameters used. Every
parameter comes from the rule pack (``resources/rules/monitoring.toml``), read with
``parameters(rules, day)`` on the day of the transaction (laws change; a pattern is judged
by the rule in force when it happened).

A hit's ``anchor`` identifies it within its rule and customer (a transaction id, a month):
the register uses it so that running the rules again does not duplicate alerts.

The audit pack prints a stored reason in the pack's language by reading it back against
these English sentences (``reports/sections/text_reasons.py`` holds them word for word, with
their Russian and Kazakh): change a reason here and there together.

No database and no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..i18n import tr
from .rulepack import RuleBook, RuleNotInForce
from .threshold_catalogue import ThresholdRow, threshold_rows

THRESHOLD = "threshold"
LARGE_TRANSACTION = "large_transaction"
STRUCTURING = "structuring"
RAPID_IN_OUT = "rapid_in_out"
HIGH_RISK = "high_risk_jurisdiction"
RETAIL_CAP = "retail_cap"
LISTED_WALLET = "listed_wallet"
TRAVEL_RULE = "travel_rule"
UNVETTED_PROVIDER = "unvetted_provider"
FROZEN_CUSTOMER = "frozen_customer"

# Each rule: its title and the rule-pack keys it reads (shown with their sources).
RULES: dict[str, tuple[str, tuple[str, ...]]] = {
    THRESHOLD: (
        "Threshold transaction (report to the FIU)",
        ("monitoring.threshold_reports", "monitoring.offshore_zones"),
    ),
    LARGE_TRANSACTION: (
        "Large transaction (the firm's alert threshold)",
        ("monitoring.internal_alert_kzt",),
    ),
    STRUCTURING: (
        "Structuring below the firm's alert threshold",
        (
            "monitoring.internal_alert_kzt",
            "monitoring.structuring.window_days",
            "monitoring.structuring.margin_percent",
            "monitoring.structuring.min_count",
        ),
    ),
    RAPID_IN_OUT: (
        "Rapid in-and-out of funds",
        (
            "monitoring.rapid.window_days",
            "monitoring.rapid.share_percent",
            "monitoring.rapid.min_kzt",
        ),
    ),
    HIGH_RISK: ("High-risk jurisdiction", ("monitoring.high_risk.lists",)),
    RETAIL_CAP: (
        "Retail purchases over the monthly cap without a knowledge test",
        (
            "monitoring.retail.cap_usd",
            "monitoring.retail.count_all_deposits",
            "customers.home_country",
        ),
    ),
    LISTED_WALLET: ("Wallet of a listed person", ()),
    FROZEN_CUSTOMER: (
        "Operation of a frozen customer",
        (
            "monitoring.frozen_customer.enabled",
            "monitoring.freeze_notification.deadline_business_days",
        ),
    ),
    TRAVEL_RULE: (
        "Travel Rule data incomplete",
        (
            "monitoring.travel_rule.threshold_usd",
            "monitoring.travel_rule.fields_at_or_above",
        ),
    ),
    UNVETTED_PROVIDER: ("Counterparty provider not vetted before the transfer", ()),
}

IN, OUT = "in", "out"
DIRECTIONS = (IN, OUT)


def rule_title(rule: str) -> str:
    return tr(RULES[rule][0]) if rule in RULES else rule


@dataclass(frozen=True)
class Tx:
    """A transaction as the rules see it. Values are ``Decimal``; ``provider`` is the
    counterparty provider's casefolded name ("" when none)."""

    id: int
    customer_id: int
    day: dt.date
    direction: str
    asset: str
    value_kzt: Decimal
    value_usd: Decimal
    counterparty_wallet: str = ""
    originator_wallet: str = ""
    beneficiary_wallet: str = ""
    provider: str = ""
    provider_name: str = ""  # as written in the transaction
    originator_name: str = ""
    beneficiary_name: str = ""

    @property
    def counterparty_name(self) -> str:
        """Who the customer dealt with: the originator of a deposit, the beneficiary of a
        withdrawal (Travel Rule data)."""
        return self.originator_name if self.direction == IN else self.beneficiary_name


@dataclass(frozen=True)
class CustomerFacts:
    id: int
    kind: str  # individual or entity
    citizenship: str = ""
    residence: str = ""
    test_passed_on: dt.date | None = None  # the first passed knowledge test


@dataclass(frozen=True)
class Hit:
    rule: str
    customer_id: int
    transaction_ids: tuple[int, ...]
    anchor: str
    reason: str
    day: dt.date  # the day of the last transaction in the pattern
    threshold_kzt: Decimal | None = None  # a threshold report's threshold (catalogue row)
    kind: str = ""  # a threshold report's kind of operation (catalogue row)


@dataclass(frozen=True)
class Parameters:
    internal_alert_kzt: Decimal
    threshold_rows: tuple[ThresholdRow, ...]
    offshore_zones: frozenset[str]
    structuring_window_days: int
    structuring_margin_percent: Decimal
    structuring_min_count: int
    rapid_window_days: int
    rapid_share_percent: Decimal
    rapid_min_kzt: Decimal
    high_risk_lists: tuple[str, ...]
    high_risk_countries: Mapping[str, str]  # country code -> the list (rule key) it is on
    retail_cap_usd: Decimal | None  # None before the cap came into force
    retail_count_all_deposits: bool
    home_country: str
    fiat_assets: frozenset[str]


ParamSource = Parameters | Callable[[dt.date], Parameters]


def parameters(rules: RuleBook, day: dt.date) -> Parameters:
    """Every monitoring parameter in force on ``day``."""
    lists = tuple(str(k) for k in rules.value("monitoring.high_risk.lists", day))
    countries: dict[str, str] = {}
    for key in lists:
        try:
            codes = rules.value(key, day)
        except (RuleNotInForce, KeyError):
            continue  # a list with no value that day (or a key the pack dropped)
        for code in codes:
            countries.setdefault(str(code).upper(), key)
    cap = rules.value_or("monitoring.retail.cap_usd", day)
    return Parameters(
        internal_alert_kzt=Decimal(rules.value("monitoring.internal_alert_kzt", day)),
        threshold_rows=threshold_rows(rules.value_or("monitoring.threshold_reports", day, ())),
        offshore_zones=frozenset(
            str(c).upper() for c in rules.value_or("monitoring.offshore_zones", day, ())
        ),
        structuring_window_days=int(rules.value("monitoring.structuring.window_days", day)),
        structuring_margin_percent=Decimal(
            rules.value("monitoring.structuring.margin_percent", day)
        ),
        structuring_min_count=int(rules.value("monitoring.structuring.min_count", day)),
        rapid_window_days=int(rules.value("monitoring.rapid.window_days", day)),
        rapid_share_percent=Decimal(rules.value("monitoring.rapid.share_percent", day)),
        rapid_min_kzt=Decimal(rules.value("monitoring.rapid.min_kzt", day)),
        high_risk_lists=lists,
        high_risk_countries=countries,
        retail_cap_usd=None if cap is None else Decimal(cap),
        retail_count_all_deposits=bool(
            rules.value_or("monitoring.retail.count_all_deposits", day, False)
        ),
        home_country=str(rules.value("customers.home_country", day)).upper(),
        fiat_assets=frozenset(str(a).upper() for a in rules.value("monitoring.fiat_assets", day)),
    )


def params_on(source: ParamSource, day: dt.date) -> Parameters:
    return source if isinstance(source, Parameters) else source(day)


def money(value: Decimal, code: str) -> str:
    """``4 950 000 KZT`` / ``1 000.50 USD``: how amounts read in reasons."""
    quantized = value.quantize(Decimal("0.01"))
    text = f"{quantized:,.2f}".replace(",", " ")
    if text.endswith(".00"):
        text = text[:-3]
    return f"{text} {code}"


def percent(value: Decimal) -> str:
    """``90`` rather than ``9E+1``."""
    return f"{value.normalize():f}"


def day_text(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def by_customer(txs: Iterable[Tx]) -> dict[int, list[Tx]]:
    grouped: dict[int, list[Tx]] = defaultdict(list)
    for tx in txs:
        grouped[tx.customer_id].append(tx)
    for items in grouped.values():
        items.sort(key=lambda t: (t.day, t.id))
    return grouped


def direction_word(direction: str) -> str:
    return tr("Deposit") if direction == IN else tr("Withdrawal")


# --- the firm's alert threshold (threshold reports: monitoring_parties) -------------


def large_transaction_hits(txs: Iterable[Tx], params: ParamSource) -> list[Hit]:
    """Each transaction at or above the firm's own alert threshold: an internal alert for
    review, not a report to the FIU."""
    hits = []
    for tx in txs:
        p = params_on(params, tx.day)
        if tx.value_kzt >= p.internal_alert_kzt:
            reason = tr(
                "{what} of {value} on {date}: at or above the firm's alert threshold of "
                "{threshold} (monitoring.internal_alert_kzt; an internal alert, not a report "
                "to the FIU)."
            ).format(
                what=direction_word(tx.direction),
                value=money(tx.value_kzt, "KZT"),
                date=day_text(tx.day),
                threshold=money(p.internal_alert_kzt, "KZT"),
            )
            hits.append(
                Hit(LARGE_TRANSACTION, tx.customer_id, (tx.id,), str(tx.id), reason, tx.day)
            )
    return hits


# --- structuring --------------------------------------------------------------------


def _just_below(tx: Tx, p: Parameters) -> bool:
    floor = p.internal_alert_kzt * (Decimal(100) - p.structuring_margin_percent) / Decimal(100)
    return floor <= tx.value_kzt < p.internal_alert_kzt


def structuring_hits(txs: Iterable[Tx], params: ParamSource) -> list[Hit]:
    """Several transactions of one customer in one direction, each just below the
    threshold, within the window of days (clusters do not overlap)."""
    hits = []
    for customer_id, items in by_customer(txs).items():
        for direction in DIRECTIONS:
            near = [
                t
                for t in items
                if t.direction == direction and _just_below(t, params_on(params, t.day))
            ]
            start = 0
            while start < len(near):
                p = params_on(params, near[start].day)
                last_day = near[start].day + dt.timedelta(days=p.structuring_window_days - 1)
                end = start
                while end + 1 < len(near) and near[end + 1].day <= last_day:
                    end += 1
                cluster = near[start : end + 1]
                if len(cluster) >= p.structuring_min_count:
                    hits.append(_structuring_hit(customer_id, direction, cluster, p))
                    start = end + 1
                else:
                    start += 1
    return hits


def _structuring_hit(customer_id: int, direction: str, cluster: Sequence[Tx], p: Parameters) -> Hit:
    total = sum((t.value_kzt for t in cluster), Decimal(0))
    floor = p.internal_alert_kzt * (Decimal(100) - p.structuring_margin_percent) / Decimal(100)
    reason = tr(
        "{count} {what}s from {first} to {last}, each between {floor} and the firm's alert "
        "threshold of {threshold} (total {total}): at least {min_count} within {days} days, "
        "margin {margin}% (monitoring.structuring.*, monitoring.internal_alert_kzt)."
    ).format(
        count=len(cluster),
        what=direction_word(direction).lower(),
        first=day_text(cluster[0].day),
        last=day_text(cluster[-1].day),
        floor=money(floor, "KZT"),
        threshold=money(p.internal_alert_kzt, "KZT"),
        total=money(total, "KZT"),
        min_count=p.structuring_min_count,
        days=p.structuring_window_days,
        margin=percent(p.structuring_margin_percent),
    )
    ids = tuple(t.id for t in cluster)
    return Hit(STRUCTURING, customer_id, ids, f"{direction}:{ids[0]}", reason, cluster[-1].day)


# --- rapid in-and-out ---------------------------------------------------------------


def rapid_in_out_hits(txs: Iterable[Tx], params: ParamSource) -> list[Hit]:
    """A deposit of at least the minimum, most of which (the share) leaves within the
    window of days. Each withdrawal counts for one deposit only."""
    hits = []
    for customer_id, items in by_customer(txs).items():
        outs = [t for t in items if t.direction == OUT]
        used: set[int] = set()
        for deposit in (t for t in items if t.direction == IN):
            p = params_on(params, deposit.day)
            if deposit.value_kzt < p.rapid_min_kzt or deposit.value_kzt <= 0:
                continue
            needed = deposit.value_kzt * p.rapid_share_percent / Decimal(100)
            last_day = deposit.day + dt.timedelta(days=p.rapid_window_days)
            taken: list[Tx] = []
            total = Decimal(0)
            for out in outs:
                if out.id in used or out.day < deposit.day or out.day > last_day:
                    continue
                taken.append(out)
                total += out.value_kzt
                if total >= needed:
                    break
            if total < needed:
                continue
            used.update(t.id for t in taken)
            share = (total / deposit.value_kzt * 100).quantize(Decimal("1"))
            reason = tr(
                "Deposit of {value} on {date}; {share}% of it ({total}) withdrawn by {last} "
                "in {count} withdrawal(s): at least {min_share}% within {days} day(s) of a "
                "deposit of {minimum} or more (monitoring.rapid.*)."
            ).format(
                value=money(deposit.value_kzt, "KZT"),
                date=day_text(deposit.day),
                share=share,
                total=money(total, "KZT"),
                last=day_text(taken[-1].day),
                count=len(taken),
                min_share=percent(p.rapid_share_percent),
                days=p.rapid_window_days,
                minimum=money(p.rapid_min_kzt, "KZT"),
            )
            ids = (deposit.id, *(t.id for t in taken))
            hits.append(Hit(RAPID_IN_OUT, customer_id, ids, str(deposit.id), reason, taken[-1].day))
    return hits
