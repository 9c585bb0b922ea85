"""The customer test helpers (support/customer_data.py) make what the tests assume."""

from __future__ import annotations

import datetime as dt

from support.customer_data import bin_number, iin


def test_made_numbers_are_valid_and_decode_to_what_was_asked() -> None:
    from kuzet.regime.ids import check_bin, check_iin

    number = iin(dt.date(1985, 3, 14), "female")
    decoded = check_iin(number).iin
    assert decoded is not None
    assert (decoded.birth_date, decoded.sex) == (dt.date(1985, 3, 14), "female")
    assert check_bin(bin_number(2019, 5)).valid
