"""The regime as of 2026 (monitoring, customers, the programme), each corrected rule on
both sides of its effective date with hand-computed expectations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet.regime.monitoring import CustomerFacts, Tx, parameters
from kuzet.regime.monitoring_parties import retail_cap_hits
from kuzet.regime.risk import (
    edd_required,
    pep_active,
    pep_rule_start,
    pep_status_ends,
    risk_parameters,
)
from kuzet.regime.rulepack import Override, RuleBook
from kuzet.regime.travel_rule import (
    COMPLETE,
    INCOMPLETE,
    NOT_IN_FORCE,
    RULE_NOT_SET,
    check,
    travel_rule_parameters,
)
from kuzet.store.session import rule_pack

D = dt.date
RULES = RuleBook(rule_pack())
RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "rules"
DESKTOP = Path(__file__).resolve().parents[3] / "desktop"
FULL = {
    "originator_name": "Қасымов Нұрлан",
    "originator_wallet": "TXmVthgn7WpzGTYVZ3G2qD6Q8BjVvMZ3DF",
    "originator_id": "IIN 850314300013",
    "beneficiary_name": "Ivan Petrov",
    "beneficiary_wallet": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
}


# --- FATF ---------------------------------------------------------------------------


def test_the_grey_list_of_june_2026_adds_iraq_and_drops_algeria() -> None:
    def grey(day: dt.date) -> set[str]:
        return set(RULES.value("customers.fatf.monitored", day))

    assert "IQ" in grey(D(2026, 7, 1)) and "DZ" not in grey(D(2026, 7, 1))
    assert "DZ" in grey(D(2026, 3, 1)) and "IQ" not in grey(D(2026, 3, 1))
    assert "BA" in grey(D(2026, 6, 19)) and "BA" not in grey(D(2026, 6, 18))
    assert "NA" in grey(D(2026, 6, 18)) and "NA" not in grey(D(2026, 6, 19))
    # The list of 21 Feb 2025, for history, exactly as published.
    assert grey(D(2025, 3, 1)) == set(
        [
            "DZ",
            "AO",
            "BG",
            "BF",
            "CM",
            "CI",
            "HR",
            "CD",
            "HT",
            "KE",
            "LA",
            "LB",
            "ML",
            "MC",
            "MZ",
            "NA",
            "NP",
            "NG",
            "ZA",
            "SS",
            "SY",
            "TZ",
            "VE",
            "VN",
            "YE",
        ]
    )
    assert grey(D(2026, 2, 13)) == set(
        [
            "DZ",
            "AO",
            "BO",
            "BG",
            "CM",
            "CI",
            "CD",
            "HT",
            "KE",
            "KW",
            "LA",
            "LB",
            "MC",
            "NA",
            "NP",
            "PG",
            "SS",
            "SY",
            "VE",
            "VN",
            "VG",
            "YE",
        ]
    )
    assert grey(D(2026, 6, 19)) == set(
        [
            "AO",
            "BA",
            "BO",
            "BG",
            "CM",
            "CI",
            "CD",
            "HT",
            "IQ",
            "KE",
            "KW",
            "LA",
            "LB",
            "MC",
            "NP",
            "PG",
            "SS",
            "SY",
            "VE",
            "VN",
            "VG",
            "YE",
        ]
    )
    # Copies of 2025 no checked source confirms are marked U; the sourced lists S.
    assert RULES.effective("customers.fatf.monitored", D(2025, 7, 1)).confidence == "U"
    assert RULES.effective("customers.fatf.monitored", D(2026, 7, 1)).confidence == "S"


def test_the_black_list_and_the_risk_score_follow_the_dates() -> None:
    assert set(RULES.value("customers.fatf.high_risk", D(2026, 7, 1))) == {"KP", "IR", "MM"}
    assert "countermeasures" in RULES.rule("customers.fatf.high_risk").description
    before, after = risk_parameters(RULES, D(2026, 6, 18)), risk_parameters(RULES, D(2026, 7, 1))
    assert "IQ" not in before.monitored and "IQ" in after.monitored
    assert "DZ" in before.monitored and "DZ" not in after.monitored


# --- domestic PEPs --------------------------------------------------------------------


def test_a_domestic_pep_who_left_office_in_2021() -> None:
    """Left office on 30 Jun 2021. The PEP rules reach domestic PEPs on 1 Jan 2022, and the
    status lasts 12 months after leaving office, so the firm treats the person as a PEP
    (EDD) from 1 Jan 2022 to 30 Jun 2022, and not before or after."""
    params = risk_parameters(RULES, D(2026, 12, 7))
    ends = pep_status_ends("domestic", "", D(2021, 6, 30), params)
    assert ends == D(2022, 6, 30)
    start = pep_rule_start("domestic", "", params)
    assert start == D(2022, 1, 1)
    assert not pep_active(ends, D(2021, 12, 31), start)  # before the rule: not a PEP
    assert pep_active(ends, D(2022, 1, 1), start)  # the rule applies: PEP, EDD
    assert edd_required("low", pep_active(ends, D(2022, 3, 1), start), params)
    assert pep_active(ends, D(2022, 6, 30), start)
    assert not pep_active(ends, D(2022, 7, 1), start)  # 12 months after leaving office
    # Family of a domestic PEP follow the domestic rule; foreign PEPs always applied.
    assert pep_rule_start("family", "domestic", params) == D(2022, 1, 1)
    assert pep_rule_start("foreign", "", params) is None
    assert pep_active(None, D(2015, 1, 1), pep_rule_start("foreign", "", params))


def test_a_domestic_pep_who_left_office_in_2020_never_fell_under_the_rule() -> None:
    params = risk_parameters(RULES, D(2026, 12, 7))
    ends = pep_status_ends("domestic", "", D(2020, 6, 30), params)
    start = pep_rule_start("domestic", "", params)
    assert ends == D(2021, 6, 30)
    assert not any(
        pep_active(ends, day, start) for day in (D(2021, 1, 1), D(2022, 1, 1), D(2026, 1, 1))
    )
    rule = RULES.effective("customers.pep.applies_from", D(2026, 1, 1))
    assert rule.confidence == "S" and "KPMG Kazakhstan" in rule.source


# --- the retail cap ---------------------------------------------------------------------

_ids = iter(range(1, 10_000))


def _deposit(day: dt.date, usd: str, asset: str) -> Tx:
    return Tx(next(_ids), 1, day, "in", asset, Decimal(usd) * 520, Decimal(usd))


RETAIL = {1: CustomerFacts(1, "individual", "KZ", "KZ")}


def test_the_cap_counts_purchases_not_transfers_in() -> None:
    day = D(2026, 11, 2)
    purchases = [_deposit(day, "600", "KZT"), _deposit(day, "400.01", "KZT")]
    transfers_in = [_deposit(day, "600", "USDT"), _deposit(day, "400.01", "BTC")]
    assert len(retail_cap_hits(purchases, RETAIL, lambda d: parameters(RULES, d))) == 1
    hit = retail_cap_hits(purchases, RETAIL, lambda d: parameters(RULES, d))[0]
    assert hit.reason.startswith("Purchases of digital assets of 1 000.01 USD")
    assert retail_cap_hits(transfers_in, RETAIL, lambda d: parameters(RULES, d)) == []
    # The stricter firm choice: every deposit counts.
    strict = RuleBook(
        RULES.pack,
        overrides=(
            Override("monitoring.retail.count_all_deposits", True, D(2021, 10, 26), None, "firm"),
        ),
    )
    hits = retail_cap_hits(transfers_in, RETAIL, lambda d: parameters(strict, d))
    assert len(hits) == 1 and hits[0].reason.startswith("Deposits of 1 000.01 USD")
    assert RULES.effective("monitoring.retail.count_all_deposits", day).confidence == "P"


def test_the_cap_applies_from_26_october_2021() -> None:
    def hits(day: dt.date) -> int:
        txs = [_deposit(day, "600", "KZT"), _deposit(day, "400.01", "KZT")]
        return len(retail_cap_hits(txs, RETAIL, lambda d: parameters(RULES, d)))

    assert hits(D(2021, 10, 25)) == 0  # before the cap came into force
    assert hits(D(2021, 10, 26)) == 1
    rule = RULES.effective("monitoring.retail.cap_usd", D(2021, 10, 26))
    assert rule.confidence == "S" and "3.1.1" in rule.source


# --- the Travel Rule --------------------------------------------------------------------


def test_the_aifc_travel_rule_applies_from_about_10_september_2024() -> None:
    missing_id = {**FULL, "originator_id": ""}
    before = travel_rule_parameters(RULES, D(2024, 9, 9), "aifc")
    after = travel_rule_parameters(RULES, D(2024, 9, 10), "aifc")
    assert check("USDT", Decimal("1500"), missing_id, before).status == NOT_IN_FORCE
    assert check("USDT", Decimal("1500"), missing_id, after).status == INCOMPLETE
    assert check("USDT", Decimal("1500"), FULL, after).status == COMPLETE
    # Not 2018: a transfer in 2019 is not checked.
    old = travel_rule_parameters(RULES, D(2019, 5, 1), "aifc")
    assert check("USDT", Decimal("5000"), {}, old).status == NOT_IN_FORCE


def test_the_national_travel_rule_is_entered_from_the_statute() -> None:
    params = travel_rule_parameters(RULES, D(2026, 11, 2), "national")
    assert params.threshold_usd is None and params.citation == "AFM Order No. 5 of 30 Oct 2024"
    assert check("USDT", Decimal("5000"), {}, params).status == RULE_NOT_SET
    rule = RULES.effective("monitoring.travel_rule.national.threshold_usd", D(2026, 11, 2))
    assert rule.confidence == "U" and "Order No. 5 of 30 Oct 2024" in rule.source
    assert (
        "enter it from the statute"
        in RULES.rule("monitoring.travel_rule.national.threshold_usd").description
    )
    # Before the Order: not in force.
    early = travel_rule_parameters(RULES, D(2024, 10, 29), "national")
    assert check("USDT", Decimal("5000"), {}, early).status == NOT_IN_FORCE
    # Once the officer enters the rule, it is checked with the entered values.
    entered = RuleBook(
        RULES.pack,
        overrides=(
            Override(
                "monitoring.travel_rule.national.threshold_usd", "2000", D(2024, 10, 30), None, "x"
            ),
            Override(
                "monitoring.travel_rule.national.fields_at_or_above",
                ("originator_name", "originator_wallet", "beneficiary_name"),
                D(2024, 10, 30),
                None,
                "x",
            ),
            Override(
                "monitoring.travel_rule.national.fields_below",
                ("originator_wallet",),
                D(2024, 10, 30),
                None,
                "x",
            ),
        ),
    )
    national = travel_rule_parameters(entered, D(2026, 11, 2), "national")
    no_name = {**FULL, "beneficiary_name": ""}
    assert check("USDT", Decimal("2000"), no_name, national).status == INCOMPLETE
    assert check("USDT", Decimal("1999.99"), no_name, national).status == COMPLETE


# --- suspicious activity, citations -----------------------------------------------------


def test_suspicious_activity_is_reportable_from_1_april_2026() -> None:
    assert RULES.value("monitoring.str.covers_activity", D(2026, 3, 31)) is False
    assert RULES.value("monitoring.str.covers_activity", D(2026, 4, 1)) is True
    rule = RULES.effective("monitoring.str.covers_activity", D(2026, 4, 1))
    assert "AFM Order No. 22 of 23 Dec 2025" in rule.source and rule.confidence == "S"
    assert RULES.effective("monitoring.str.deadline_business_days", D(2026, 4, 1)).confidence == "U"


def test_the_citations_of_2026() -> None:
    retention = RULES.effective("records.retention_years", D(2026, 1, 1))
    assert retention.source.startswith("AIFC AML Rules, record keeping")
    assert retention.confidence == "U" and "14.5.1" not in retention.source
    assert RULES.effective("programme.aifc.aml_return_months", D(2026, 1, 1)).confidence == "U"
    law = (
        '"On countering the legalisation (laundering) of proceeds of crime, the financing of '
        'terrorism and the financing of the proliferation of weapons of mass destruction"'
    )
    for key in ("records.retention_years_national", "monitoring.ttr.deadline_business_days"):
        assert law in RULES.rule(key).source
    assert "money laundering (commonly" not in RULES.rule("records.retention_years_national").source


@pytest.mark.parametrize(
    "name", ["monitoring.toml", "customers.toml", "records.toml", "programme.toml", "licences.toml"]
)
def test_no_rule_cites_a_brief(name: str) -> None:
    text = (RESOURCES / name).read_text(encoding="utf-8").lower()
    for banned in ("seed document", "project brief", "regime.md", "issue 3"):
        assert banned not in text, (name, banned)
