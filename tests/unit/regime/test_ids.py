"""IIN and BIN: the cases of REGIME.md and a property over single-digit changes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuzet.regime.ids import (
    check_bin,
    check_digit,
    check_id,
    check_iin,
    iin_agrees,
    make_bin,
    make_iin,
)


def test_iin_needing_the_second_pass_is_valid_and_decodes() -> None:
    first_pass = sum(int(d) * w for d, w in zip("06121160001", range(1, 12), strict=True)) % 11
    assert first_pass == 10  # the case really exercises the second weights
    result = check_id("061211600012")
    assert result.valid and result.kind == "IIN"
    assert result.iin.birth_date == dt.date(2006, 12, 11)
    assert result.iin.sex == "female"
    assert result.iin.century == 2000


@pytest.mark.parametrize("number", ["940140000385", "990140004654"])
def test_known_bins_are_valid(number: str) -> None:
    result = check_id(number)
    assert result.valid and result.kind == "BIN", result.reason
    assert result.bin.entity_type == "resident legal entity"
    assert result.bin.unit == "head office"
    assert result.bin.registered_month == 1


def test_bin_with_month_99_is_invalid() -> None:
    result = check_id("949940000385")
    assert not result.valid
    assert "month 99" in result.reason


def test_bin_with_type_digit_9_is_invalid() -> None:
    result = check_bin("940190000385")
    assert not result.valid
    assert "type digit 9" in result.reason
    assert not check_id("940190000385").valid


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("12345", "12 digits"),
        ("06121160001X", "digits only"),
        ("061211600013", "check digit is 3, expected 2"),
        ("061311600012", "not a date"),
        ("061211700012", "digit 7 is 7"),
    ],
)
def test_invalid_iins_say_why(number: str, reason: str) -> None:
    result = check_iin(number)
    assert not result.valid
    assert reason in result.reason


def test_iin_must_agree_with_the_file() -> None:
    assert iin_agrees("061211600012", dt.date(2006, 12, 11), "female") == []
    conflicts = iin_agrees("061211600012", dt.date(2006, 12, 12), "male")
    assert len(conflicts) == 2
    assert "2006-12-11" in conflicts[0]


valid_iins = st.builds(
    make_iin,
    st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)),
    st.sampled_from(["male", "female"]),
    st.integers(0, 9999),
).filter(lambda n: n is not None)
valid_bins = st.builds(
    make_bin,
    st.integers(1995, 2025),
    st.integers(1, 12),
    st.sampled_from("456"),
    st.sampled_from("0123"),
    st.integers(0, 99999),
).filter(lambda n: n is not None)


def _decoded(number: str):
    result = check_id(number)
    return (result.valid, result.kind, result.iin, result.bin)


@given(st.one_of(valid_iins, valid_bins), st.integers(0, 11), st.integers(1, 9))
def test_changing_one_digit_invalidates_or_decodes_differently(
    number: str, position: int, shift: int
) -> None:
    original = check_id(number)
    assert original.valid, original.reason
    changed = number[:position] + str((int(number[position]) + shift) % 10) + number[position + 1 :]
    after = check_id(changed)
    assert not after.valid or _decoded(changed) != _decoded(number)


def test_check_digit_is_none_when_both_passes_give_ten() -> None:
    found = [f"{n:011d}" for n in range(0, 3000) if check_digit(f"{n:011d}") is None]
    assert found  # such numbers exist and are never valid
    assert all(not check_iin(n + "0").valid for n in found[:5])
