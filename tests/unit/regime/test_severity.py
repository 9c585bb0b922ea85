"""Severities from the rule pack: the mapping is read per day, follows an officer's
override, refuses a kind it does not name, and names every kind Kuzet raises."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.paths import rules_dir
from kuzet.regime.monitoring import RULES
from kuzet.regime.rulepack import Override, RuleBook, load_pack
from kuzet.regime.severity import (
    SEVERITIES,
    UnknownFindingKind,
    most_serious,
    severity_key,
    severity_of,
)

DAY = dt.date(2026, 12, 7)
# The kinds the parts share (brief of issue 14), and the four the issue calls critical.
SHARED_KINDS = (
    "sanctions_match_not_frozen",
    "sanctions_hit_open",
    "customer_frozen",
    "frozen_customer_transaction",
    "freeze_notification_due",
    "screening_lists_missing",
    "screening_lists_stale",
    "listed_wallet",
    "licence_inactive_activity",
    "mandatory_sale_not_met",
    "mandatory_sale_projected_short",
    "deadline.overdue",
    "deadline.due_soon",
    "deadline.upcoming",
)
CRITICAL_KINDS = (
    "sanctions_match_not_frozen",
    "alert.listed_wallet",
    "licence_inactive_activity",
    "mandatory_sale_not_met",
)


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook(load_pack(rules_dir()))


def test_levels_are_ordered_most_serious_first() -> None:
    assert SEVERITIES == ("critical", "high", "medium", "info")
    shuffled = ["info", None, "critical", "medium", "high"]
    assert sorted(shuffled, key=severity_key) == ["critical", "high", "medium", "info", None]
    assert most_serious(["medium", "info", "high"]) == "high"


def test_severity_of_reads_the_rule(book: RuleBook) -> None:
    rule = book.rule("findings.severity")
    assert rule.confidence == "P" and rule.source.startswith("Kuzet product default: ")
    assert rule.reviewed == dt.date(2026, 12, 7)
    assert severity_of(book, "deadline.overdue", DAY) == "high"
    assert severity_of(book, "deadline.due_soon", DAY) == "medium"
    assert severity_of(book, "deadline.upcoming", DAY) == "info"
    assert severity_of(book, "mandatory_sale_projected_short", DAY) == "high"
    for kind in CRITICAL_KINDS:
        assert severity_of(book, kind, DAY) == "critical", kind


def test_an_officer_override_changes_a_level(book: RuleBook) -> None:
    mapping = dict(book.value("findings.severity", DAY)) | {"alert.threshold": "high"}
    overridden = RuleBook(
        book.pack, (Override("findings.severity", mapping, dt.date(2026, 12, 1), None, "Policy"),)
    )
    assert severity_of(book, "alert.threshold", DAY) == "medium"
    assert severity_of(overridden, "alert.threshold", DAY) == "high"
    assert severity_of(overridden, "alert.threshold", dt.date(2026, 11, 30)) == "medium"


def test_an_unknown_kind_is_refused(book: RuleBook) -> None:
    with pytest.raises(UnknownFindingKind, match=r"alert\.listed_walet"):
        severity_of(book, "alert.listed_walet", DAY)


def test_a_level_outside_the_four_is_refused(book: RuleBook) -> None:
    bad = RuleBook(
        book.pack,
        (Override("findings.severity", {"listed_wallet": "urgent"}, DAY, None, "typo"),),
    )
    with pytest.raises(ValueError, match="urgent"):
        severity_of(bad, "listed_wallet", DAY)


def test_every_kind_kuzet_raises_has_a_level(book: RuleBook) -> None:
    mapping = book.value("findings.severity", DAY)
    kinds = [*SHARED_KINDS, *(f"alert.{rule}" for rule in RULES), "alert.frozen_customer"]
    missing = [kind for kind in kinds if kind not in mapping]
    assert missing == []
    assert set(mapping.values()) <= set(SEVERITIES)
