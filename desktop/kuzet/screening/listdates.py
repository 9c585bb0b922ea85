"""Dates as the lists write them, turned into ``datetime.date`` or ``YYYY-MM-DD``/``YYYY``.

* ISO ``2011-03-10`` (UN, EU), possibly with a time after it (``2026-02-27T00:00:09Z``);
* ``dd.mm.yyyy`` (Kazakhstan AFM), ``dd/mm/yyyy`` (EU file generation date);
* ``MM/DD/YYYY`` (OFAC ``Publish_Date``);
* OFAC birth dates: ``10 Dec 1948``, ``Dec 1948``, ``1948``, ``circa 1948``,
  ``1948 to 1950``, ``01 Jan 1960 to 31 Dec 1962``, ``circa 1975-1979``.

A birth-date range becomes every year in it when it spans at most ``MAX_RANGE_YEARS``
years, otherwise its two end years; a month without a day becomes the year.
"""

from __future__ import annotations

import datetime as dt
import re

from kuzet.regime.ids import check_iin

MAX_RANGE_YEARS = 10
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR_ONLY = re.compile(r"^\d{4}$")
_OFAC_ONE = re.compile(
    r"(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>[A-Za-z]{3})[a-z]*\.?\s+)?(?P<year>\d{4})"
)
_OFAC_DOB = re.compile(r"\bDOB\s+([^;]+)")


def iso_date(text: str) -> dt.date | None:
    """``YYYY-MM-DD`` (anything after it ignored) as a date, or ``None``."""
    match = _ISO.match(text.strip())
    if not match:
        return None
    return _date(*(int(g) for g in match.groups()))


def dmy_date(text: str) -> dt.date | None:
    """``dd.mm.yyyy`` or ``dd/mm/yyyy`` as a date, or ``None``."""
    match = _DMY.match(text.strip())
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return _date(year, month, day)


def mdy_date(text: str) -> dt.date | None:
    """``MM/DD/YYYY`` as a date, or ``None``."""
    match = _MDY.match(text.strip())
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    return _date(year, month, day)


def any_list_date(text: str) -> dt.date | None:
    """ISO first, then ``dd.mm.yyyy``."""
    return iso_date(text) or dmy_date(text)


def is_birth_date(text: str) -> bool:
    """``YYYY-MM-DD`` (a real day) or ``YYYY``: the two forms ``ListEntry.dobs`` holds."""
    if _YEAR_ONLY.match(text):
        return True
    return len(text) == 10 and iso_date(text) is not None


def year_span(first: int, last: int) -> list[str]:
    """Every year from ``first`` to ``last`` if the span is short, else the two ends."""
    if last < first:
        first, last = last, first
    if last - first <= MAX_RANGE_YEARS:
        return [str(y) for y in range(first, last + 1)]
    return [str(first), str(last)]


def ofac_birth_dates(text: str) -> list[str]:
    """Birth dates in OFAC's wording (one ``dateOfBirth`` value or a remark's ``DOB`` part)."""
    text = text.strip().rstrip(".").strip()
    text = re.sub(r"^(?:circa|approximately|approx\.?)\s+", "", text, flags=re.IGNORECASE)
    parts = re.split(r"\s+to\s+|(?<=\d{4})\s*-\s*(?=\d{4})", text, maxsplit=1)
    found = [_ofac_one(part) for part in parts]
    if any(value is None for value in found):
        return []
    if len(found) == 2:
        return year_span(int(found[0][:4]), int(found[1][:4]))
    return [found[0]]


def ofac_remark_birth_dates(remarks: str) -> list[str]:
    """Every birth date in an OFAC ``Remarks`` field (``DOB 10 Dec 1948; alt. DOB 1950``)."""
    dobs: list[str] = []
    for match in _OFAC_DOB.finditer(remarks):
        dobs.extend(ofac_birth_dates(match.group(1)))
    return dobs


def iin_birth_date(iin: str) -> str | None:
    """The birth date a valid IIN encodes (``regime.ids``), or ``None``."""
    checked = check_iin(iin)
    return checked.iin.birth_date.isoformat() if checked.valid and checked.iin else None


def _ofac_one(text: str) -> str | None:
    match = _OFAC_ONE.fullmatch(text.strip())
    if not match:
        return None
    year = int(match.group("year"))
    month_name = match.group("month")
    if month_name is None:
        return str(year) if match.group("day") is None else None
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    if match.group("day") is None:
        return str(year)
    day = _date(year, month, int(match.group("day")))
    return day.isoformat() if day else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
