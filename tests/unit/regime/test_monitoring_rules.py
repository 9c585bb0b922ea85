"""Each monitoring rule on crafted data: a hit, and a near miss that must not hit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet.regime.monitoring import (
    CustomerFacts,
    Parameters,
    Tx,
    large_transaction_hits,
    parameters,
    rapid_in_out_hits,
    structuring_hits,
)
from kuzet.regime.monitoring_parties import (
    high_risk_hits,
    listed_wallet_hits,
    normalise_address,
    retail_cap_hits,
)
from kuzet.regime.rulepack import RuleBook
from kuzet.store.session import rule_pack

D = dt.date
DAY = D(2026, 11, 2)
_ids = iter(range(1, 100_000))


def tx(
    day: dt.date, kzt: str, direction: str = "in", customer: int = 1, usd: str = "0", **kw
) -> Tx:
    return Tx(
        id=next(_ids),
        customer_id=customer,
        day=day,
        direction=direction,
        asset=kw.pop("asset", "USDT"),
        value_kzt=Decimal(kzt),
        value_usd=Decimal(usd),
        **kw,
    )


@pytest.fixture(scope="module")
def params() -> Parameters:
    return parameters(RuleBook(rule_pack()), DAY)


def test_parameters_come_from_the_rule_pack(params: Parameters) -> None:
    assert params.internal_alert_kzt == Decimal("5000000")
    assert params.offshore_zones == frozenset()  # entered by the officer from the NBK's list
    assert (params.structuring_window_days, params.structuring_min_count) == (7, 3)
    assert params.structuring_margin_percent == Decimal("10")
    assert params.rapid_window_days == 2 and params.rapid_share_percent == Decimal("90")
    assert params.retail_cap_usd == Decimal("1000") and params.home_country == "KZ"
    assert params.high_risk_countries["IR"] == "customers.fatf.high_risk"
    assert "VE" not in params.high_risk_countries  # grey list only when the officer adds it


def test_internal_alert_at_the_firms_threshold_not_one_tenge_below(params: Parameters) -> None:
    at = tx(DAY, "5000000")
    below = tx(DAY, "4999999.99")
    hits = large_transaction_hits([at, below], params)
    assert [h.transaction_ids for h in hits] == [(at.id,)]
    assert "5 000 000 KZT" in hits[0].reason and "monitoring.internal_alert_kzt" in hits[0].reason
    assert "not a report to the FIU" in hits[0].reason


def test_structuring_three_just_below_within_seven_days(params: Parameters) -> None:
    cluster = [
        tx(DAY, "4600000"),
        tx(DAY + dt.timedelta(3), "4900000"),
        tx(DAY + dt.timedelta(6), "4500000"),
    ]
    hits = structuring_hits(cluster, params)
    assert len(hits) == 1
    assert hits[0].transaction_ids == tuple(t.id for t in cluster)
    assert "3 deposits" in hits[0].reason and "total 14 000 000 KZT" in hits[0].reason
    assert "within 7 days" in hits[0].reason and "margin 10%" in hits[0].reason


@pytest.mark.parametrize(
    "case",
    [
        "spread over eight days",
        "one below the margin",
        "only two",
        "other customer",
        "other direction",
    ],
)
def test_structuring_near_misses(params: Parameters, case: str) -> None:
    first, second = tx(DAY, "4600000"), tx(DAY + dt.timedelta(3), "4900000")
    third = {
        "spread over eight days": tx(DAY + dt.timedelta(7), "4500000"),
        "one below the margin": tx(DAY + dt.timedelta(6), "4499999"),
        "only two": None,
        "other customer": tx(DAY + dt.timedelta(6), "4500000", customer=2),
        "other direction": tx(DAY + dt.timedelta(6), "4500000", direction="out"),
    }[case]
    assert structuring_hits([t for t in (first, second, third) if t], params) == []


def test_rapid_in_and_out_within_two_days(params: Parameters) -> None:
    deposit = tx(DAY, "2000000")
    out1 = tx(DAY + dt.timedelta(1), "1000000", direction="out")
    out2 = tx(DAY + dt.timedelta(2), "800000", direction="out")
    hits = rapid_in_out_hits([deposit, out1, out2], params)
    assert len(hits) == 1
    assert hits[0].transaction_ids == (deposit.id, out1.id, out2.id)
    assert "90%" in hits[0].reason and "2 day(s)" in hits[0].reason


@pytest.mark.parametrize("case", ["too late", "too little", "small deposit", "before deposit"])
def test_rapid_in_and_out_near_misses(params: Parameters, case: str) -> None:
    deposit = tx(DAY, "999999" if case == "small deposit" else "2000000")
    outs = {
        "too late": [tx(DAY + dt.timedelta(3), "2000000", direction="out")],
        "too little": [tx(DAY + dt.timedelta(1), "1799999", direction="out")],
        "small deposit": [tx(DAY, "999999", direction="out")],
        "before deposit": [tx(DAY - dt.timedelta(1), "2000000", direction="out")],
    }[case]
    assert rapid_in_out_hits([deposit, *outs], params) == []


def test_a_withdrawal_counts_for_one_deposit_only(params: Parameters) -> None:
    first, second = tx(DAY, "2000000"), tx(DAY, "2000000")
    out = tx(DAY + dt.timedelta(1), "2000000", direction="out")
    hits = rapid_in_out_hits([first, second, out], params)
    assert [h.transaction_ids for h in hits] == [(first.id, out.id)]


def test_high_risk_jurisdictions_of_customer_and_provider(params: Parameters) -> None:
    customers = {
        1: CustomerFacts(1, "individual", "KZ", "IR"),
        2: CustomerFacts(2, "individual", "KZ", "KZ"),
        3: CustomerFacts(3, "entity", "", "VE"),  # grey list: a near miss by default
    }
    iranian = [tx(DAY, "100", customer=1), tx(DAY + dt.timedelta(5), "100", customer=1)]
    via_provider = tx(DAY, "100", customer=2, provider="nobitex", provider_name="Nobitex")
    clean = [tx(DAY, "100", customer=2, provider="binance"), tx(DAY, "100", customer=3)]
    hits = high_risk_hits(
        [*iranian, via_provider, *clean], customers, {"nobitex": "IR", "binance": "KY"}, params
    )
    assert [(h.customer_id, h.transaction_ids, h.anchor) for h in hits] == [
        (1, tuple(t.id for t in iranian), "2026-11"),
        (2, (via_provider.id,), "2026-11"),
    ]
    assert "residence IR is on customers.fatf.high_risk" in hits[0].reason
    assert "provider Nobitex is in IR" in hits[1].reason


def test_retail_cap_above_1000_usd_a_month_without_a_test(params: Parameters) -> None:
    retail = CustomerFacts(1, "individual", "KZ", "KZ")
    # Purchases: tenge paid in to buy digital assets.
    deposits = [
        tx(DAY, "0", usd="600", asset="KZT"),
        tx(DAY + dt.timedelta(10), "0", usd="400.01", asset="KZT"),
    ]
    hits = retail_cap_hits(deposits, {1: retail}, params)
    assert len(hits) == 1 and hits[0].anchor == "2026-11"
    assert "1 000.01 USD" in hits[0].reason and "no knowledge test passed" in hits[0].reason
    # Passed only after the cap was exceeded: still a hit, saying so.
    late = CustomerFacts(1, "individual", "KZ", "KZ", test_passed_on=D(2026, 11, 20))
    assert "passed only on 20.11.2026" in retail_cap_hits(deposits, {1: late}, params)[0].reason


@pytest.mark.parametrize(
    "case", ["exactly 1000", "test passed", "entity", "non-resident", "withdrawals", "two months"]
)
def test_retail_cap_near_misses(params: Parameters, case: str) -> None:
    customer = {
        "entity": CustomerFacts(1, "entity", "", "KZ"),
        "non-resident": CustomerFacts(1, "individual", "KZ", "RU"),
        "test passed": CustomerFacts(1, "individual", "KZ", "KZ", test_passed_on=D(2026, 11, 12)),
    }.get(case, CustomerFacts(1, "individual", "KZ", "KZ"))
    second_day = D(2026, 12, 1) if case == "two months" else D(2026, 11, 12)
    direction = "out" if case == "withdrawals" else "in"
    second_usd = "400" if case == "exactly 1000" else "400.01"
    deposits = [
        tx(DAY, "0", direction, usd="600", asset="KZT"),
        tx(second_day, "0", direction, usd=second_usd, asset="KZT"),
    ]
    assert retail_cap_hits(deposits, {1: customer}, params) == []


def test_transfers_to_and_from_listed_wallets() -> None:
    addresses = {
        normalise_address("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"): ("OFAC SDN", "12345", "SUEX OTC"),
        normalise_address("0xAbC0000000000000000000000000000000000001"): ("UN", "QDi.1", "LAZARUS"),
    }
    out = tx(DAY, "100", "out", counterparty_wallet=" 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h ")
    incoming = tx(DAY, "100", "in", originator_wallet="0xabc0000000000000000000000000000000000001")
    near = tx(
        DAY, "100", "out", counterparty_wallet="12qtd5bfwrsdnsazy76uve1xycgntojh9h"
    )  # base58 is case-sensitive
    hits = listed_wallet_hits([out, incoming, near], addresses)
    assert [h.transaction_ids for h in hits] == [(out.id,), (incoming.id,)]
    assert "SUEX OTC (OFAC SDN, entry 12345)" in hits[0].reason
    assert listed_wallet_hits([out], {}) == []
