"""IIN and BIN: Kazakhstan's 12-digit individual and business identification numbers.

IIN: digits 1-6 birth date YYMMDD; digit 7 century and sex (1/2 = 1800s, 3/4 = 1900s,
5/6 = 2000s; odd male, even female); 8-11 serial; 12 check digit.
BIN: digits 1-4 registration year and month YYMM; digit 5 type (4 resident legal entity,
5 non-resident legal entity, 6 individual entrepreneur in joint form); digit 6 unit
(0 head office, 1 branch, 2 representative office, 3 peasant farm); 7-11 serial; 12 check.

The two are told apart by digit 5: in an IIN it is the tens digit of the birth day (0-3),
in a BIN it is the entity type (4-6).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..i18n import tr

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
BIN_TYPES = {
    "4": "resident legal entity",
    "5": "non-resident legal entity",
    "6": "individual entrepreneur (joint form)",
}
BIN_UNITS = {
    "0": "head office",
    "1": "branch",
    "2": "representative office",
    "3": "peasant farm",
}


@dataclass(frozen=True)
class IinInfo:
    number: str
    birth_date: dt.date
    sex: str  # "male" or "female"
    century: int
    serial: str


@dataclass(frozen=True)
class BinInfo:
    number: str
    registered_year: int
    registered_month: int
    entity_type: str
    unit: str
    serial: str


@dataclass(frozen=True)
class IdCheck:
    """The outcome of checking one number: valid or not, why, and what it encodes."""

    number: str
    kind: str  # "IIN", "BIN" or "?" when it is neither
    valid: bool
    reason: str = ""
    iin: IinInfo | None = None
    bin: BinInfo | None = None

    def describe(self) -> str:
        if not self.valid:
            return f"{self.number}: invalid {self.kind if self.kind != '?' else ''}".rstrip() + (
                f": {self.reason}"
            )
        if self.iin is not None:
            i = self.iin
            return (
                f"{self.number}: valid IIN: born {i.birth_date.isoformat()}, {i.sex}, "
                f"serial {i.serial}"
            )
        b = self.bin
        assert b is not None
        return (
            f"{self.number}: valid BIN: registered {b.registered_year}-{b.registered_month:02d}, "
            f"{b.entity_type}, {b.unit}, serial {b.serial}"
        )

    def shown(self) -> str:
        """What a valid BIN encodes, in the window's language ("" for anything else):
        ``describe`` is the English line the CLI prints."""
        b = self.bin
        if not self.valid or b is None:
            return ""
        return tr("valid BIN: registered {month}, {type}, {unit}, serial {serial}").format(
            month=f"{b.registered_month:02d}.{b.registered_year}",
            type=tr(b.entity_type),
            unit=tr(b.unit),
            serial=b.serial,
        )


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for 11 digits, or None when no check digit exists (r = 10 twice)."""
    digits = [int(c) for c in first_eleven]
    remainder = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11
    if remainder == 10:
        remainder = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS, strict=True)) % 11
        if remainder == 10:
            return None
    return remainder


def _checksum_problem(number: str) -> str:
    expected = check_digit(number[:11])
    if expected is None:
        return "no check digit exists for these 11 digits"
    if expected != int(number[11]):
        return f"check digit is {number[11]}, expected {expected}"
    return ""


def _shape_problem(number: str) -> str:
    if len(number) != 12:
        return f"has {len(number)} characters, expected 12 digits"
    if not number.isdigit():
        return "must contain digits only"
    return ""


def check_iin(number: str) -> IdCheck:
    """Validate ``number`` as an IIN and decode it."""
    number = number.strip()
    problem = _shape_problem(number)
    if problem:
        return IdCheck(number, "IIN", False, problem)
    code = int(number[6])
    if code not in _CENTURY:
        return IdCheck(number, "IIN", False, f"digit 7 is {code}: century and sex must be 1-6")
    year = _CENTURY[code] + int(number[0:2])
    try:
        birth = dt.date(year, int(number[2:4]), int(number[4:6]))
    except ValueError:
        return IdCheck(number, "IIN", False, f"birth date {number[0:6]} (YYMMDD) is not a date")
    problem = _checksum_problem(number)
    if problem:
        return IdCheck(number, "IIN", False, problem)
    info = IinInfo(
        number=number,
        birth_date=birth,
        sex="male" if code % 2 else "female",
        century=_CENTURY[code],
        serial=number[7:11],
    )
    return IdCheck(number, "IIN", True, iin=info)


def check_bin(number: str) -> IdCheck:
    """Validate ``number`` as a BIN and decode it."""
    number = number.strip()
    problem = _shape_problem(number)
    if problem:
        return IdCheck(number, "BIN", False, problem)
    month = int(number[2:4])
    if not 1 <= month <= 12:
        return IdCheck(number, "BIN", False, f"registration month {number[2:4]} is not 01-12")
    if number[4] not in BIN_TYPES:
        return IdCheck(number, "BIN", False, f"type digit {number[4]} is not 4, 5 or 6")
    if number[5] not in BIN_UNITS:
        return IdCheck(number, "BIN", False, f"unit digit {number[5]} is not 0, 1, 2 or 3")
    problem = _checksum_problem(number)
    if problem:
        return IdCheck(number, "BIN", False, problem)
    two_digit = int(number[0:2])
    # A BIN carries no century: the registration cannot be in the future.
    year = 2000 + two_digit if 2000 + two_digit <= dt.date.today().year else 1900 + two_digit
    info = BinInfo(
        number=number,
        registered_year=year,
        registered_month=month,
        entity_type=BIN_TYPES[number[4]],
        unit=BIN_UNITS[number[5]],
        serial=number[6:11],
    )
    return IdCheck(number, "BIN", True, bin=info)


def check_id(number: str) -> IdCheck:
    """Decide whether ``number`` is an IIN or a BIN (by digit 5) and check it."""
    number = number.strip()
    problem = _shape_problem(number)
    if problem:
        return IdCheck(number, "?", False, problem)
    if number[4] in "0123":
        return check_iin(number)
    if number[4] in BIN_TYPES:
        return check_bin(number)
    return IdCheck(
        number,
        "?",
        False,
        f"digit 5 is {number[4]}: neither an IIN (birth day 0-3x) nor a BIN type (4, 5 or 6)",
    )


def iin_agrees(iin: str, birth_date: dt.date | None, sex: str | None) -> list[str]:
    """Where a valid IIN disagrees with a file's birth date or sex: one line per conflict."""
    result = check_iin(iin)
    if not result.valid or result.iin is None:
        return [f"IIN {iin} is invalid: {result.reason}"]
    conflicts = []
    if birth_date is not None and birth_date != result.iin.birth_date:
        conflicts.append(
            f"IIN {iin} encodes birth date {result.iin.birth_date.isoformat()}, "
            f"the file says {birth_date.isoformat()}"
        )
    if sex and sex != result.iin.sex:
        conflicts.append(f"IIN {iin} encodes sex {result.iin.sex}, the file says {sex}")
    return conflicts


def make_iin(birth: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN (for demos and tests), or None if the serial has no check digit."""
    base = {1800: 1, 1900: 3, 2000: 5}[birth.year // 100 * 100]
    code = base if sex == "male" else base + 1
    first = f"{birth:%y%m%d}{code}{serial:04d}"
    digit = check_digit(first)
    return None if digit is None else first + str(digit)


def make_bin(year: int, month: int, entity_type: str, unit: str, serial: int) -> str | None:
    """Build a valid BIN (for demos and tests), or None if the serial has no check digit."""
    first = f"{year % 100:02d}{month:02d}{entity_type}{unit}{serial:05d}"
    digit = check_digit(first)
    return None if digit is None else first + str(digit)
