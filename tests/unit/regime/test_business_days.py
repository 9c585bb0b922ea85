"""Deadlines in business days around Kazakhstan's public holidays and transfer days."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.regime.business_days import (
    EXTRA_DAYS_OFF_RULE,
    EXTRA_WORKING_DAYS_RULE,
    BusinessCalendar,
    calendar_from_rules,
    str_deadline,
    ttr_deadline,
)
from kuzet.regime.rulepack import Override, RuleBook
from kuzet.store.session import rule_pack

D = dt.date


@pytest.fixture(scope="module")
def rules() -> RuleBook:
    return RuleBook(rule_pack())


def test_a_friday_transaction_is_reported_by_monday(rules: RuleBook) -> None:
    assert ttr_deadline(D(2026, 11, 20), rules) == D(2026, 11, 23)
    assert ttr_deadline(D(2026, 11, 23), rules) == D(2026, 11, 24)  # Monday -> Tuesday


def test_a_transaction_before_nauryz_waits_for_the_holidays_to_end(rules: RuleBook) -> None:
    # Nauryz 2026: 21-23 March (Sat-Mon) and the observed days 24-25 March (Tue-Wed).
    assert ttr_deadline(D(2026, 3, 20), rules) == D(2026, 3, 26)
    assert BusinessCalendar().holiday_name(D(2026, 3, 24)).startswith("Nowruz")


def test_a_transaction_on_new_years_eve_is_due_after_the_new_year_holidays(
    rules: RuleBook,
) -> None:
    # 1 and 2 January 2026 are Thursday and Friday; the next business day is Monday the 5th.
    assert ttr_deadline(D(2025, 12, 31), rules) == D(2026, 1, 5)


def test_a_transfer_day_off_and_a_working_sunday_count_as_the_law_says(rules: RuleBook) -> None:
    calendar = BusinessCalendar()
    # Friday 3 January 2025 was a day off, moved from Sunday 5 January, which was worked.
    assert not calendar.is_business_day(D(2025, 1, 3))
    assert calendar.is_business_day(D(2025, 1, 5))
    assert ttr_deadline(D(2024, 12, 31), rules) == D(2025, 1, 5)
    # Saturday 4 May 2024 was worked so that Wednesday 8 May was free.
    assert calendar.is_business_day(D(2024, 5, 4))
    assert ttr_deadline(D(2024, 5, 3), rules) == D(2024, 5, 4)
    assert ttr_deadline(D(2024, 5, 6), rules) == D(2024, 5, 10)  # 7, 8, 9 May are off


def test_an_str_is_due_one_business_day_after_the_decision(rules: RuleBook) -> None:
    # Victory Day 2026 falls on Saturday 9 May and is observed on Monday 11 May.
    assert str_deadline(D(2026, 5, 8), rules) == D(2026, 5, 12)
    assert str_deadline(D(2026, 11, 25), rules) == D(2026, 11, 26)
    assert rules.effective("monitoring.str.deadline_business_days", D(2026, 5, 8)).confidence == "U"
    assert rules.effective("monitoring.ttr.deadline_business_days", D(2026, 5, 8)).confidence == "V"


def test_a_decree_the_package_does_not_know_is_added_in_the_rule_pack(rules: RuleBook) -> None:
    overridden = RuleBook(
        rules.pack,
        overrides=(
            Override(EXTRA_DAYS_OFF_RULE, ("2026-11-23",), D(2026, 1, 1), None, "decree"),
            Override(EXTRA_WORKING_DAYS_RULE, ("2026-11-28",), D(2026, 1, 1), None, "decree"),
        ),
    )
    assert ttr_deadline(D(2026, 11, 20), overridden) == D(2026, 11, 24)
    calendar = calendar_from_rules(overridden, D(2026, 11, 20))
    assert calendar.is_business_day(D(2026, 11, 28))  # a Saturday made a working day
    assert calendar.holiday_name(D(2026, 11, 23)) == "Day off (rule pack)"
    bad = RuleBook(
        rules.pack,
        overrides=(Override(EXTRA_DAYS_OFF_RULE, ("23.11.2026",), D(2026, 1, 1), None, "typo"),),
    )
    with pytest.raises(ValueError, match="not a date"):
        calendar_from_rules(bad, D(2026, 11, 20))


def test_counting_business_days_between_two_days() -> None:
    calendar = BusinessCalendar()
    assert calendar.business_days_between(D(2026, 11, 25), D(2026, 11, 25)) == 0
    assert calendar.business_days_between(D(2026, 11, 25), D(2026, 11, 30)) == 3  # Thu, Fri, Mon
    assert calendar.business_days_between(D(2026, 11, 30), D(2026, 11, 25)) == -3
    assert calendar.add_business_days(D(2026, 3, 21), 0) == D(2026, 3, 26)
    with pytest.raises(ValueError):
        calendar.add_business_days(D(2026, 3, 21), -1)


def test_30_august_stops_being_a_holiday_from_2026(rules: RuleBook) -> None:
    # 2025: Constitution Day, Sat 30 Aug, is observed on Mon 1 Sep, so a transaction on
    # Fri 29 Aug 2025 is reported on Tue 2 Sep.
    assert ttr_deadline(D(2025, 8, 29), rules) == D(2025, 9, 2)
    # 2026 constitution: 30 August is no longer a holiday (needs holidays>=0.101), so a
    # transaction on Fri 28 Aug 2026 is reported on Mon 31 Aug 2026.
    assert ttr_deadline(D(2026, 8, 28), rules) == D(2026, 8, 31)
    assert BusinessCalendar().is_business_day(D(2026, 8, 31))


def test_15_march_is_a_holiday_from_2027(rules: RuleBook) -> None:
    # Before 2027: Fri 15 Mar 2024 is a working day, the day after Thu 14 Mar 2024.
    assert ttr_deadline(D(2024, 3, 14), rules) == D(2024, 3, 15)
    # Fri 13 Mar 2026 -> Mon 16 Mar 2026 (15 March 2026, a Sunday, is no holiday yet).
    assert ttr_deadline(D(2026, 3, 13), rules) == D(2026, 3, 16)
    # From 2027, Mon 15 March is Constitution Day: Fri 12 Mar 2027 -> Tue 16 Mar 2027.
    assert ttr_deadline(D(2027, 3, 12), rules) == D(2027, 3, 16)
    assert BusinessCalendar().holiday_name(D(2027, 3, 15))
