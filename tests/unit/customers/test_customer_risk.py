"""Risk scoring from the rule pack, overrides, PEP status lapse and review scheduling."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import select

from kuzet.regime import risk
from kuzet.registers.customers import edd as customer_edd
from kuzet.registers.customers import onboarding
from kuzet.registers.customers import peps as customer_peps
from kuzet.registers.customers.risk import assessments_of, override_tier
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.system.rules import set_override
from kuzet.store.models import AuditEntry
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from support.customer_data import TODAY, create, entity, iin, individual


def test_each_factor_contributes_its_points_from_the_pack(store: Store) -> None:
    params = risk.risk_parameters(store.rules(), TODAY)
    profile = risk.RiskProfile(
        kind="entity",
        pep_kinds=("domestic",),
        jurisdictions=("KZ", "AE", "IR"),
        product="otc",
        channel="remote",
        funds_source="business",
        open_hits=2,
    )
    result = risk.score(profile, params)
    parts = {c.factor: c.points for c in result.contributions}
    assert parts == {
        "customer_type": 15,
        "pep": 35,
        "jurisdiction": 60,  # Iran: FATF call for action
        "product": 25,
        "channel": 20,
        "funds_source": 5,
        "open_hits": 60,  # counted once however many hits
    }
    assert result.score == sum(parts.values()) and result.tier == "high"
    jurisdiction = next(c for c in result.contributions if c.factor == "jurisdiction")
    assert "worst: IR" in jurisdiction.value and "call for action" in jurisdiction.value
    assert "customers.risk.pep" in params.sources["pep"]


def test_tiers_follow_the_thresholds_and_missing_answers_score_nothing(store: Store) -> None:
    params = risk.risk_parameters(store.rules(), TODAY)
    quiet = risk.RiskProfile("individual", (), ("KZ",), "hosting", "in_person", "salary")
    assert risk.score(quiet, params).score == 5
    assert risk.score(quiet, params).tier == "low"
    grey = risk.RiskProfile("individual", (), ("KZ", "VN"), "exchange", "in_person", "salary")
    assert risk.score(grey, params).tier == "medium"  # 30 + 15
    unknown = risk.RiskProfile("individual", (), ("KZ",), "", "", "")
    part = {c.factor: c for c in risk.score(unknown, params).contributions}
    assert part["funds_source"].value == "not recorded" and part["funds_source"].points == 0
    established = risk.RiskProfile("individual", (), ("KZ",), "", "", "unknown")
    assert risk.score(established, params).score == 40  # "not established" is an answer
    assert risk.tier_for(29, {"medium": 30, "high": 60}) == "low"
    assert risk.tier_for(30, {"medium": 30, "high": 60}) == "medium"
    assert risk.tier_for(60, {"medium": 30, "high": 60}) == "high"


def test_fatf_lists_are_effective_dated(store: Store) -> None:
    rules = store.rules()
    june = risk.risk_parameters(rules, dt.date(2025, 7, 1))
    november = risk.risk_parameters(rules, dt.date(2025, 11, 1))
    assert "ZA" in june.monitored and "ZA" not in november.monitored
    assert {"KP", "IR", "MM"} <= november.high_risk
    # Kuzet's unconfirmed copies of 2025 are U; the lists of 2026 are sourced (S).
    assert rules.effective("customers.fatf.monitored", dt.date(2025, 11, 1)).confidence == "U"
    assert rules.effective("customers.fatf.monitored", dt.date(2026, 7, 1)).confidence == "S"


def test_an_officer_override_of_a_weight_changes_the_score(store: Store) -> None:
    first = create(store, individual())
    with store.transaction() as session:
        set_override(
            session,
            store.rules(session),
            "customers.risk.channels",
            '[{ key = "in_person", label = "In person", points = 40 }]',
            dt.date(2026, 1, 1),
            None,
            "Business risk assessment 2026: walk-in customers are higher risk here",
        )
    second = create(store, individual(iin_bin=iin(dt.date(1991, 1, 1)), name="Другой"))
    with store.reading() as session:
        assert session.get(Customer, first).risk_score == 15
        assert session.get(Customer, second).risk_score == 55
        assert session.get(Customer, second).risk_tier == "medium"


def test_assessment_history_and_an_override_with_its_reason_in_the_trail(store: Store) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        rules = store.rules(session)
        with pytest.raises(ValidationFailed) as caught:
            override_tier(session, customer_id, "high", " ", rules, TODAY)
        assert "reason" in caught.value.field_errors
        override_tier(
            session, customer_id, "high", "Adverse media: fraud allegations", rules, TODAY
        )
    with store.reading() as session:
        customer = session.get(Customer, customer_id)
        history = assessments_of(session, customer_id)
        entries = session.exec(
            select(AuditEntry).where(
                AuditEntry.register_name == "risk_assessment", AuditEntry.record_id == history[0].id
            )
        ).all()
    assert customer.risk_tier == "high" and customer.risk_score == 15
    assert [(a.computed_tier, a.override_tier, a.tier) for a in history] == [
        ("low", "high", "high"),
        ("low", "", "low"),
    ]
    assert entries[0].reason == "Adverse media: fraud allegations"
    factors = json.loads(history[0].factors)
    assert [f["factor"] for f in factors][:3] == ["customer_type", "pep", "jurisdiction"]
    # The override is carried forward when the file changes, until the officer clears it.
    with store.transaction() as session:
        rules = store.rules(session)
        from kuzet.registers.customers import customer_file as customers

        onboarding.update_customer(session, customer_id, {"funds_source": "loan"}, rules, TODAY)
        assert customers.get(session, customer_id).risk_tier == "high"
        override_tier(session, customer_id, "", "Allegations withdrawn", rules, TODAY)
        assert customers.get(session, customer_id).risk_tier == "low"


def test_review_interval_follows_the_tier_5_3_1_years(store: Store) -> None:
    low = create(store, individual())
    medium = create(
        store,
        individual(
            iin_bin=iin(dt.date(1970, 2, 2)), name="Иванов", citizenship="VN", residence="VN"
        ),
    )
    high = create(
        store, individual(iin_bin=iin(dt.date(1971, 3, 3)), name="Петров", residence="IR")
    )
    approved_on = dt.date(2026, 2, 1)
    with store.transaction() as session:
        rules = store.rules(session)
        for customer_id in (low, medium):
            customer_edd.decide(session, customer_id, "approve", "", rules, approved_on)
        customer_edd.save_edd(
            session,
            high,
            {
                "source_of_wealth": "Sale of a flat in Almaty, 2024",
                "wealth_verified": True,
                "wealth_evidence": "Notarised sale contract seen",
                "funds_verified": True,
                "funds_evidence": "Bank statement Halyk, March 2026",
                "approved_by": "A. Seitkali, CEO",
                "approved_on": approved_on,
                "enhanced_monitoring": True,
            },
            approved_on,
        )
        customer_edd.decide(session, high, "approve", "", rules, approved_on)
    with store.reading() as session:
        due = {i: session.get(Customer, i).next_review_on for i in (low, medium, high)}
        tiers = {i: session.get(Customer, i).risk_tier for i in (low, medium, high)}
    assert tiers == {low: "low", medium: "medium", high: "high"}
    assert due == {
        low: dt.date(2031, 2, 1),
        medium: dt.date(2029, 2, 1),
        high: dt.date(2027, 2, 1),
    }
    with store.transaction() as session:
        review = onboarding.record_review(
            session,
            high,
            {"reviewed_on": TODAY, "outcome": "confirmed", "notes": "Transactions as expected"},
            store.rules(session),
            TODAY,
        )
        assert review.next_review_on == dt.date(2027, 11, 25)
        customer = session.get(Customer, high)
        assert (customer.last_review_on, customer.next_review_on) == (TODAY, dt.date(2027, 11, 25))


def test_domestic_pep_status_ends_12_months_after_office_foreign_does_not(store: Store) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        rules = store.rules(session)
        domestic = onboarding.save_pep(
            session,
            customer_id,
            {
                "kind": "domestic",
                "position": "Deputy akim of Karaganda region",
                "took_office": dt.date(2019, 1, 1),
                "left_office": dt.date(2025, 12, 31),
            },
            rules,
            TODAY,
        )
        assert domestic.status_ends_on == dt.date(2026, 12, 31)
        assert customer_peps.is_active(domestic, TODAY)
        assert not customer_peps.is_active(domestic, dt.date(2027, 1, 1))
        assert session.get(Customer, customer_id).risk_tier == "medium"  # 15 + 35
        spouse = onboarding.save_pep(
            session,
            customer_id,
            {
                "kind": "family",
                "related_kind": "domestic",
                "related_person": "Spouse of the deputy akim",
                "left_office": dt.date(2025, 12, 31),
            },
            rules,
            TODAY,
        )
        assert spouse.status_ends_on == dt.date(2026, 12, 31)
        foreign = onboarding.save_pep(
            session,
            customer_id,
            {"kind": "foreign", "position": "Minister", "left_office": dt.date(2020, 1, 1)},
            rules,
            TODAY,
        )
        assert foreign.status_ends_on is None
        assert session.get(Customer, customer_id).risk_tier == "high"
        with pytest.raises(ValidationFailed) as caught:
            onboarding.save_pep(session, customer_id, {"kind": "family"}, rules, TODAY)
        assert set(caught.value.field_errors) == {"related_kind", "related_person"}


def test_an_owners_pep_status_and_jurisdiction_count_for_the_entity(store: Store) -> None:
    company = create(store, entity())
    with store.transaction() as session:
        rules = store.rules(session)
        before = session.get(Customer, company).risk_score
        owner = onboarding.add_owner(
            session,
            company,
            {
                "name": "Ким Виктор",
                "citizenship": "AE",
                "ownership_percent": "30",
                "pep": "foreign",
                "pep_position": "Member of parliament",
            },
            rules,
            TODAY,
        )
        customer = session.get(Customer, company)
        assert customer.risk_tier == "high"
        assert customer.risk_score == before + 60 + 10  # foreign PEP; AE is "other"
        onboarding.retire_owner(session, owner.id, "Sold the stake", rules, TODAY)
        assert session.get(Customer, company).risk_score == before
        assert customer_peps.peps_of(session, company) == []


def test_reassess_all_after_the_fatf_list_changes_and_pep_status_lapses(store: Store) -> None:
    from kuzet.registers.customers.reassess import reassess_all
    from kuzet.store.verify import verify

    turkish = create(
        store,
        individual(iin_bin="", citizenship="TR", residence="TR", birth_date=dt.date(1980, 1, 1)),
    )
    local = create(store, individual(iin_bin=iin(dt.date(1981, 1, 1)), name="Б"))
    with store.transaction() as session:
        rules = store.rules(session)
        customer_edd.decide(session, turkish, "approve", "", rules, dt.date(2026, 2, 1))
        onboarding.save_pep(
            session,
            local,
            {"kind": "domestic", "position": "Akim", "left_office": dt.date(2026, 1, 31)},
            rules,
            TODAY,
        )
    with store.reading() as session:
        assert session.get(Customer, turkish).risk_score == 25  # other jurisdiction, exchange
        assert session.get(Customer, local).risk_tier == "medium"
    with store.transaction() as session:
        assert reassess_all(session, store.rules(session), TODAY) == 0  # nothing changed
        set_override(
            session,
            store.rules(session),
            "customers.fatf.monitored",
            '["TR", "VN"]',
            dt.date(2026, 11, 1),
            None,
            "FATF plenary: Türkiye added to increased monitoring",
        )
    with store.transaction() as session:
        assert reassess_all(session, store.rules(session), TODAY) == 1
    later = dt.date(2027, 3, 1)  # the domestic PEP's status ended on 31.01.2027
    with store.transaction() as session:
        assert reassess_all(session, store.rules(session), later) == 1
    with store.reading() as session:
        first, second = session.get(Customer, turkish), session.get(Customer, local)
        assert (first.risk_score, first.risk_tier) == (45, "medium")
        assert first.next_review_on == dt.date(2029, 2, 1)  # medium: 3 years from approval
        assert (second.risk_score, second.risk_tier) == (15, "low")
        assert assessments_of(session, local)[0].assessed_on == later
    assert verify(store.engine).intact
