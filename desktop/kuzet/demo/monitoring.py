"""The demo firm's transactions, monitoring alerts and reports to the FIU.

About six months of deposits and withdrawals of up to 300 approved customers (a few
thousand transactions in USDT, BTC, ETH and tenge), through counterparty providers whose
due diligence is on file, most customers of the retail cap having passed the knowledge
test. Crafted patterns make every rule fire at least once: threshold deposits from an
offshore exchange, a company splitting deposits below the firm's alert threshold, money in
and straight out, a transfer through an Iranian exchange, a retail resident buying more
than USD 1,000 a month without the test, a transfer to a wallet on the OFAC list, an
unvetted provider, and transfers missing Travel Rule data.

The rule pack ships the offshore-zone list empty (the officer enters it from the National
Bank's list); the demo enters a sample of its own as an audited override, so that its
threshold reports appear.

Monitoring runs twice, as a firm would run it monthly: a month ago (those alerts were
reviewed, one escalated to an STR that was filed, threshold reports filed on time) and
today (open alerts, one escalated to an STR due the next business day, one threshold
report overdue).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..regime.business_days import calendar_from_rules
from ..registers.customers import knowledge_tests
from ..registers.monitoring import alerts, fiu_reports, transactions, vasps
from ..registers.monitoring import runs as monitoring
from ..registers.monitoring.fiu_reports import STR, TTR
from ..registers.system import rules as rule_overrides
from ..store.audit import acting_as
from ..store.models.customer import Customer
from ..store.models.monitoring import Alert, ThresholdReport
from .context import DemoContext

OFFICER = "mlro.nurpeisova"
ANALYST = "a.seitkali"
MAX_CUSTOMERS = 300
USD_KZT = Decimal("518.40")  # demo rate (not law): Kuzet takes values from the firm's file
PRICES_USD = {"USDT": Decimal("1"), "BTC": Decimal("91250"), "ETH": Decimal("3180"), "KZT": None}
PROVIDERS = (
    ("Binance", "KY", "BN-2017-001", "CIMA"),
    ("Bybit", "AE", "VARA-BYB-22", "VARA"),
    ("OKX", "SC", "FSA-SD-2019", "FSA Seychelles"),
    ("Kraken", "US", "MSB-31000160", "FinCEN"),
)
LISTED_WALLET = "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"  # in the shipped OFAC SDN sample (2021)


def _wallet(rng: random.Random, asset: str) -> str:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if asset == "BTC":
        return "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    if asset == "ETH":
        return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))
    return "T" + "".join(rng.choice(alphabet) for _ in range(33))


class _Builder:
    """Rows for ``transactions.insert_transactions``, with Travel Rule data filled in."""

    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.rows: list[dict[str, Any]] = []
        self.wallets: dict[tuple[int, str], str] = {}

    def add(
        self,
        customer: Customer,
        day: dt.date,
        direction: str,
        asset: str,
        usd: Decimal,
        provider: str = "",
        counterparty_wallet: str = "",
        drop: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        rng = self.rng
        usd = usd.quantize(Decimal("0.01"))
        price = PRICES_USD[asset]
        amount = (usd * USD_KZT).quantize(Decimal("0.01")) if price is None else usd / price
        amount = amount.quantize(Decimal("0.01") if asset in ("USDT", "KZT") else Decimal("1e-8"))
        own = self.wallets.setdefault((customer.id, asset), _wallet(rng, asset))
        other = counterparty_wallet or _wallet(rng, asset)
        fiat = asset == "KZT"
        other_name = rng.choice(("Ivanov Sergei", "Ахметов Данияр", "Li Wei", "Omarova Aigerim"))
        if provider:
            other_name = f"{other_name} ({provider})"
        own_id = f"IIN {customer.iin_bin}" if customer.iin_bin else f"client #{customer.id}"
        mine = (customer.name, own, own_id)
        theirs = (other_name, other, f"{provider or 'self-hosted'} customer")
        origin, beneficiary = (theirs, mine) if direction == "in" else (mine, theirs)
        row: dict[str, Any] = {
            "customer_id": customer.id,
            "occurred_on": day,
            "direction": direction,
            "asset": asset,
            "amount": amount,
            "value_kzt": (usd * USD_KZT).quantize(Decimal("0.01")),
            "value_usd": usd,
            "counterparty_wallet": "" if fiat else other,
            "counterparty_provider": "" if fiat else provider,
            "originator_name": "" if fiat else origin[0],
            "originator_wallet": "" if fiat else origin[1],
            "originator_id": "" if fiat else origin[2],
            "beneficiary_name": "" if fiat else beneficiary[0],
            "beneficiary_wallet": "" if fiat else beneficiary[1],
            "reference": f"DEMO-{len(self.rows) + 1:06d}",
        }
        for name in drop:
            row[name] = ""
        self.rows.append(row)
        return row

    def routine(self, customer: Customer, start: dt.date, end: dt.date, small: bool) -> None:
        """A customer's ordinary business between ``start`` and ``end``."""
        rng = self.rng
        span = (end - start).days
        per_quarter = rng.randint(2, 12 if customer.kind == "individual" else 20)
        for _ in range(max(1, round(per_quarter * span / 90))):
            day = start + dt.timedelta(days=rng.randint(0, span))
            asset = rng.choices(("USDT", "BTC", "ETH", "KZT"), (60, 25, 5, 10))[0]
            direction = "in" if rng.random() < 0.6 else "out"
            if small:
                usd = Decimal(rng.randint(20, 300))
            elif customer.kind == "entity":
                usd = Decimal(str(round(rng.lognormvariate(8.2, 0.9), 2)))
            else:
                usd = Decimal(str(round(rng.lognormvariate(6.3, 0.9), 2)))
            # Ordinary business stays clear of the threshold and of the band just below it,
            # and withdraws less than comes in.
            usd = min(usd, Decimal("8000"))
            if direction == "out":
                usd = (usd * Decimal("0.45")).quantize(Decimal("0.01"))
            provider = rng.choice([p[0] for p in PROVIDERS]) if rng.random() < 0.7 else ""
            drop: tuple[str, ...] = ()
            if asset != "KZT" and usd >= 1000 and rng.random() < 0.04:
                drop = (rng.choice(("originator_id", "beneficiary_name", "originator_wallet")),)
            self.add(customer, day, direction, asset, usd, provider, drop=drop)


def _customers(ctx: DemoContext) -> list[Customer]:
    """Up to ``MAX_CUSTOMERS`` approved customers at random; only their files are loaded
    (a 100,000-customer demo held every file in memory here: 330 MB)."""
    ids = list(
        ctx.session.execute(
            select(Customer.id)
            .where(Customer.status == "approved", Customer.retired_at.is_(None))
            .order_by(Customer.id)
        ).scalars()
    )
    ctx.rng.shuffle(ids)
    chosen = ids[:MAX_CUSTOMERS]
    files = ctx.session.execute(select(Customer).where(Customer.id.in_(chosen))).scalars()
    by_id = {customer.id: customer for customer in files}
    return [by_id[i] for i in chosen]


def _crafted(b: _Builder, people: dict[str, Customer], today: dt.date, early: bool) -> None:
    """The patterns each rule must catch (``early``: those of the month before)."""
    company, retail, other = people["company"], people["retail"], people["other"]

    def add(who: Customer, days_ago: int, direction: str, usd: str, *rest: Any, **kw: Any) -> None:
        b.add(
            who, today - dt.timedelta(days=days_ago), direction, "USDT", Decimal(usd), *rest, **kw
        )

    if early:
        # A threshold deposit (filed in time), and money in and straight out (an STR).
        add(company, 45, "in", "11800", "Binance")
        add(company, 42, "in", "3900", "Binance")
        add(company, 41, "out", "3750", "Kraken")
        return
    # Structuring: three deposits of about 4.8 million tenge in five days.
    for days_ago, usd in ((12, "9300"), (10, "9420"), (8, "9180")):
        add(company, days_ago, "in", usd, "OKX")
    # Two threshold deposits from an offshore exchange (one report left overdue) and money
    # in and straight out.
    add(company, 5, "in", "15400", "OKX")
    add(company, 1, "in", "10200", "Binance")
    add(company, 3, "in", "4000", "Binance")
    add(company, 2, "out", "3800", "Kraken")
    # A retail resident buying more than USD 1,000 of digital assets this month (tenge paid
    # in) without a knowledge test.
    first = (today - today.replace(day=1)).days
    for days_ago, usd in ((first, "640"), (max(0, first - 3), "520")):
        b.add(retail, today - dt.timedelta(days=days_ago), "in", "KZT", Decimal(usd))
    # An Iranian exchange, a provider not vetted, a listed wallet, missing Travel Rule data.
    add(other, 12, "out", "180", "Nobitex")
    add(other, 11, "out", "240", "ATAIX Eurasia")
    add(other, 10, "out", "95", "", LISTED_WALLET)
    add(other, 9, "out", "2500", "Kraken", drop=("originator_id",))


def _providers(ctx: DemoContext) -> None:
    for index, (name, country, licence, regulator) in enumerate(PROVIDERS):
        vasps.save(
            ctx.session,
            {
                "name": name,
                "jurisdiction": country,
                "licence_number": licence,
                "regulator": regulator,
                "due_diligence_on": ctx.today - dt.timedelta(days=400 + 30 * index),
                "due_diligence_by": OFFICER,
                "notes": "Questionnaire, licence and AML policy on file; Travel Rule via TRUST",
            },
            ctx.today,
        )
    vasps.save(
        ctx.session,
        {"name": "ATAIX Eurasia", "jurisdiction": "KZ", "licence_number": "AFSA-A-LA-2021-0006",
         "regulator": "AFSA", "notes": "Due diligence requested; questionnaire not returned"},
        ctx.today,
    )  # fmt: skip
    vasps.save(
        ctx.session,
        {"name": "Nobitex", "jurisdiction": "IR", "notes": "Iranian exchange: do not onboard"},
        ctx.today,
    )


def _pick_people(customers: list[Customer], rng: random.Random) -> dict[str, Customer]:
    entities = [c for c in customers if c.kind == "entity"] or customers
    residents = [c for c in customers if c.kind == "individual" and c.residence == "KZ"]
    residents = residents or customers
    company = entities[0]
    retail = residents[0]
    other = next((c for c in residents[1:] if c.id != company.id), retail)
    return {"company": company, "retail": retail, "other": other}


def _review_month_before(ctx: DemoContext, reviewed_on: dt.date) -> None:
    session, rules = ctx.session, ctx.rules
    found = list(session.execute(select(Alert).where(Alert.status == "open")).scalars())
    rapid = next((a for a in found if a.rule == "rapid_in_out"), None)
    with acting_as(OFFICER):
        if rapid is not None:
            report = alerts.escalate(
                session, rapid.id, rules, reviewed_on,
                facts="ТОО вывело 96% поступивших средств на следующий день на другую биржу; "
                "экономический смысл операций клиент не пояснил.",
                decided_on=reviewed_on,
            )  # fmt: skip
            filed = calendar_from_rules(rules, reviewed_on).add_business_days(reviewed_on, 1)
            reference = f"AFM-{filed.year}-STR-004417"
            fiu_reports.mark_reported(session, STR, report.id, filed, reference, ctx.today)
        for alert in found:
            if alert.status == "open" and alert.id != (rapid.id if rapid else None):
                alerts.explain(
                    session, alert.id, "Проверено: операции соответствуют профилю клиента"
                )
        for ttr in session.execute(select(ThresholdReport)).scalars():
            reference = f"AFM-TTR-{ttr.transaction_id:06d}"
            fiu_reports.mark_reported(session, TTR, ttr.id, ttr.deadline, reference, ctx.today)


def _review_today(ctx: DemoContext) -> None:
    session, rules, today = ctx.session, ctx.rules, ctx.today
    open_alerts = list(session.execute(select(Alert).where(Alert.status == "open")).scalars())
    structuring = next((a for a in open_alerts if a.rule == "structuring"), None)
    with acting_as(OFFICER):
        if structuring is not None:
            alerts.escalate(
                session, structuring.id, rules, today,
                facts="Три взноса по 4,8 млн тенге за пять дней, каждый чуть ниже порога "
                "пороговой операции; источник средств не подтверждён документами.",
            )  # fmt: skip
    with acting_as(ANALYST):
        for alert in open_alerts[: max(0, len(open_alerts) // 3)]:
            if alert.rule == "travel_rule" and alert.status == "open":
                alerts.explain(session, alert.id, "Данные запрошены у контрагента и получены")
    # File every threshold report except the oldest one still waiting: it is left overdue.
    waiting = list(
        session.execute(
            select(ThresholdReport)
            .where(ThresholdReport.status == "to_report")
            .order_by(ThresholdReport.transaction_on)
        ).scalars()
    )
    for ttr in waiting[1:-1]:
        reference = f"AFM-TTR-{ttr.transaction_id:06d}"
        fiu_reports.mark_reported(session, TTR, ttr.id, min(ttr.deadline, today), reference, today)


DEMO_OFFSHORE_ZONES = '["KY", "SC", "VG"]'


def _offshore_zones(ctx: DemoContext) -> None:
    """The demo officer's entry of the offshore-zone list (an audited override)."""
    with acting_as(OFFICER):
        rule_overrides.set_override(
            ctx.session,
            ctx.rules,
            "monitoring.offshore_zones",
            DEMO_OFFSHORE_ZONES,
            ctx.today - dt.timedelta(days=400),
            None,
            "Demo firm: a sample of offshore zones (Cayman Islands, Seychelles, British Virgin "
            "Islands), not the National Bank's list; enter the list from the National Bank",
        )
    ctx.rules = ctx.store.rules(ctx.session)


def add_monitoring(ctx: DemoContext) -> None:
    customers = _customers(ctx)
    if not customers:
        return
    today = ctx.today
    rng = ctx.rng
    _offshore_zones(ctx)
    _providers(ctx)
    people = _pick_people(customers, rng)
    tested = set()
    for customer in customers:
        if (
            customer.kind == "individual"
            and customer.id != people["retail"].id
            and rng.random() < 0.8
        ):
            taken = customer.onboarded_on or today - dt.timedelta(days=200)
            knowledge_tests.record(
                ctx.session, customer.id, taken, True, today, "Онлайн-тест, 80%+"
            )
            tested.add(customer.id)
    month_ago = today - dt.timedelta(days=30)
    periods = (
        (True, today - dt.timedelta(days=180), month_ago - dt.timedelta(days=1)),
        (False, month_ago, today),
    )
    for early, start, end in periods:
        builder = _Builder(ctx)
        builder.rows = []
        for customer in customers:
            small = customer.kind == "individual" and customer.id not in tested
            builder.routine(customer, start, end, small)
        _crafted(builder, people, today, early)
        for row in builder.rows:
            row["reference"] = f"DEMO-{'A' if early else 'B'}{row['reference'][5:]}"
            row["occurred_on"] = min(row["occurred_on"], today)
        batch = (
            f"{(month_ago if early else today):%Y-%m-%d} demo {'history' if early else 'month'}.csv"
        )
        transactions.insert_transactions(ctx.session, builder.rows, ctx.rules, batch)
        with acting_as(ANALYST):
            monitoring.run(ctx.session, ctx.rules, month_ago if early else today)
        if early:
            _review_month_before(ctx, month_ago)
        else:
            _review_today(ctx)
