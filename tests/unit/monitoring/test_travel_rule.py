"""The Travel Rule (AIFC AML 11-1): required data at and below USD 1,000, the missing
fields per transfer, an alert per incomplete transfer, and counterparty providers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kuzet.regime.rulepack import Override, RuleBook
from kuzet.regime.travel_rule import check, field_label, travel_rule_parameters
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.monitoring import travel_rule, vasps
from kuzet.registers.system import rules as rule_register
from kuzet.store.models.monitoring import Alert
from kuzet.store.models.transaction import CustomerTransaction
from kuzet.store.session import Store, rule_pack
from support.monitoring_data import RESIDENT_IIN, TODAY, import_rows, make_customers, row

D = dt.date
FULL = {
    "originator_name": "Қасымов Нұрлан",
    "originator_wallet": "TXmVthgn7WpzGTYVZ3G2qD6Q8BjVvMZ3DF",
    "originator_id": "IIN 850314300013",
    "beneficiary_name": "Ivan Petrov",
    "beneficiary_wallet": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
}


@pytest.fixture(scope="module")
def params():
    return travel_rule_parameters(RuleBook(rule_pack()), TODAY)


@pytest.mark.parametrize(
    ("usd", "blank", "status", "missing"),
    [
        ("1000", (), "complete", ()),
        ("1000", ("originator_id",), "incomplete", ("originator_id",)),
        (
            "1000.00",
            ("beneficiary_name", "originator_wallet"),
            "incomplete",
            ("originator_wallet", "beneficiary_name"),
        ),
        ("999.99", ("originator_id",), "complete", ()),  # not required below USD 1,000
        ("999.99", ("beneficiary_wallet",), "incomplete", ("beneficiary_wallet",)),
        ("0", ("originator_name",), "incomplete", ("originator_name",)),
    ],
)
def test_required_fields_at_and_below_the_threshold(params, usd, blank, status, missing) -> None:
    data = {k: ("  " if k in blank else v) for k, v in FULL.items()}
    result = check("USDT", Decimal(usd), data, params)
    assert (result.status, result.missing) == (status, missing)
    assert result.at_or_above is (Decimal(usd) >= 1000)


def test_money_is_not_a_transfer_of_digital_assets(params) -> None:
    result = check("kzt", Decimal("50000"), {}, params)
    assert (result.status, result.missing) == ("not_applicable", ())


def test_the_rule_pack_sets_threshold_and_fields_with_their_source(params) -> None:
    rules = RuleBook(rule_pack())
    rule = rules.effective("monitoring.travel_rule.threshold_usd", TODAY)
    assert rule.value == Decimal("1000") and "11-1.1" in rule.source
    # The content was read in the rule [V]; its start (about 10 Sep 2024) is not exact [U].
    assert rules.rule("monitoring.travel_rule.threshold_usd").confidence == "V"
    assert rule.confidence == "U" and "unconfirmed" in rule.note
    assert rule.valid_from == D(2024, 9, 10)
    assert params.at_or_above == tuple(FULL)
    assert field_label("originator_id").startswith("originator's address, ID number")
    broken = RuleBook(
        rules.pack,
        overrides=(
            Override("monitoring.travel_rule.fields_below", ("iban",), D(2020, 1, 1), None, "x"),
        ),
    )
    with pytest.raises(ValueError, match="unknown fields: iban"):
        travel_rule_parameters(broken, TODAY)


def test_one_alert_per_incomplete_transfer_at_or_above_the_threshold(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    rows = [
        row(TODAY, RESIDENT_IIN, "out", "520000", "1000", originator_id="", reference="at"),
        row(
            TODAY,
            RESIDENT_IIN,
            "out",
            "520000",
            "1000",
            beneficiary_wallet="",
            beneficiary_name="",
            reference="at2",
        ),
        row(
            TODAY, RESIDENT_IIN, "out", "519000", "999.99", beneficiary_wallet="", reference="below"
        ),
        row(TODAY, RESIDENT_IIN, "out", "5200000", "10000", reference="complete"),
        row(
            TODAY,
            RESIDENT_IIN,
            "in",
            "5200000",
            "10000",
            asset="KZT",
            originator_name="",
            reference="money",
        ),
    ]
    import_rows(store, tmp_path / "t.csv", rows)
    with store.transaction() as session:
        monitoring.run(session, store.rules(session), TODAY)
    with store.reading() as session:
        found = (
            session.execute(select(Alert).where(Alert.rule == "travel_rule").order_by(Alert.id))
            .scalars()
            .all()
        )
        assert [a.transaction_ids for a in found] == ["1", "2"]
        assert "missing originator's address, ID number" in found[0].reason
        assert "beneficiary's name, beneficiary's wallet" in found[1].reason
        gaps = travel_rule.incomplete_transfers(session, store.rules(session))
        assert [(i, r.missing) for i, r in gaps] == [
            (1, ("originator_id",)),
            (2, ("beneficiary_name", "beneficiary_wallet")),
        ]
        stored = dict(
            session.execute(
                select(CustomerTransaction.reference, CustomerTransaction.travel_rule)
            ).all()
        )
    assert stored == {
        "at": "incomplete",
        "at2": "incomplete",
        "below": "incomplete",
        "complete": "complete",
        "money": "not_applicable",
    }


def test_an_officer_override_of_the_threshold_updates_the_stored_status(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    import_rows(
        store,
        tmp_path / "t.csv",
        [row(TODAY, RESIDENT_IIN, "out", "400000", "800", originator_id="")],
    )
    with store.transaction() as session:
        assert monitoring.run(session, store.rules(session), TODAY).travel_rule_incomplete == 0
    with store.transaction() as session:
        rule_register.set_override(
            session, store.rules(session), "monitoring.travel_rule.threshold_usd", "500", D(2026, 1, 1), None,
            "Firm policy: full data from USD 500",
        )  # fmt: skip
    with store.transaction() as session:
        summary = monitoring.run(session, store.rules(session), TODAY)
    assert (summary.travel_rule_incomplete, summary.travel_rule_updated) == (1, 1)
    assert dict(summary.new_alerts) == {"travel_rule": 1}
    with store.reading() as session:
        assert session.get(CustomerTransaction, 1).travel_rule_missing == "originator_id"


def test_counterparty_providers_and_their_due_diligence(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    with store.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            vasps.save(
                session,
                {"name": " ", "jurisdiction": "XX", "due_diligence_on": TODAY + dt.timedelta(1)},
                TODAY,
            )
        assert set(caught.value.field_errors) == {
            "name",
            "jurisdiction",
            "due_diligence_on",
            "due_diligence_by",
        }
        late = vasps.save(session, {"name": "Bybit", "jurisdiction": "ae"}, TODAY)
        vasps.save(
            session,
            {"name": "Binance", "due_diligence_on": D(2026, 1, 5), "due_diligence_by": "MLRO"},
            TODAY,
        )
        with pytest.raises(ValidationFailed, match="already has this name"):
            vasps.save(session, {"name": "BINANCE"}, TODAY)
    import_rows(
        store,
        tmp_path / "t.csv",
        [
            row(D(2026, 11, 2), RESIDENT_IIN, "out", "5200", "10", counterparty_provider="bybit"),
            row(D(2026, 11, 3), RESIDENT_IIN, "out", "5200", "10", counterparty_provider="Binance"),
            row(
                D(2026, 11, 4), RESIDENT_IIN, "out", "5200", "10", counterparty_provider="Garantex"
            ),
        ],
    )
    with store.transaction() as session:
        monitoring.run(session, store.rules(session), TODAY)
        vasps.save(
            session,
            {"due_diligence_on": D(2026, 11, 10), "due_diligence_by": "MLRO"},
            TODAY,
            late.id,
        )
    with store.reading() as session:
        reasons = [
            a.reason
            for a in session.execute(
                select(Alert).where(Alert.rule == "unvetted_provider")
            ).scalars()
        ]
        assert len(reasons) == 2
        assert any("Bybit" in r and "due diligence is not recorded" in r for r in reasons)
        assert any("Garantex" in r and "not in the register" in r for r in reasons)
        assert vasps.unregistered_names(session) == [("Garantex", 1)]
        listing = vasps.ProviderListing()
        ids = listing.ids(session, ListQuery())
        shown = listing.rows(session, ids)
        assert [shown[i][0] for i in ids] == ["Binance", "Bybit"]
        assert shown[ids[1]][1] == "AE United Arab Emirates" and shown[ids[1]][6] == 1
    # Due diligence done after the transfer: the transfer was still not vetted in time.
    with store.transaction() as session:
        monitoring.run(session, store.rules(session), TODAY)
        bybit = session.execute(select(Alert).where(Alert.anchor == "bybit")).scalar_one()
        assert "due diligence is not recorded" in bybit.reason  # the open alert keeps its facts
