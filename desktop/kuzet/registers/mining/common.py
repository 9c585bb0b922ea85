"""What the mining registers share: name keys, coin and currency codes, the rules they ask,
and the two questions the checks ask of the registers: was a pool accredited on a day,
did a venue hold a licence that counts toward the mandatory sale on a day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime import mining
from ...regime.rulepack import RuleBook
from ...store.models.mining import PoolAccreditation, Venue
from ..tabular import parse_decimal

CODE = re.compile(r"^[A-Z0-9]{2,10}$")
KZT = "KZT"


def name_key(text: str) -> str:
    """How names are matched: spaces collapsed, case folded (Cyrillic too)."""
    return " ".join(str(text or "").split()).casefold()


def search_text(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p not in (None, "")).casefold()


def parse_code(text: str, what: str) -> str:
    """A coin or currency code: BTC, ETH, KZT, USDT (2-10 letters or digits)."""
    code = str(text or "").strip().upper()
    if not CODE.match(code):
        raise ValueError(
            tr("{text!r} is not a {what} code (2-10 letters or digits, e.g. BTC)").format(
                text=text, what=what
            )
        )
    return code


def describe_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def decimal_field(
    data: Mapping[str, Any], key: str, errors: dict[str, str], required: bool, positive: bool
) -> Decimal | None:
    """A decimal field of a form: the value, or None with a message in ``errors``."""
    raw = data.get(key)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            errors[key] = tr("Enter a number.")
        return None
    try:
        value = raw if isinstance(raw, Decimal) else parse_decimal(str(raw))
    except ValueError as exc:
        errors[key] = str(exc)
        return None
    if (positive and value <= 0) or value < 0:
        errors[key] = tr("Must be more than zero.") if positive else tr("Cannot be negative.")
        return None
    return value


def day_field(
    data: Mapping[str, Any],
    key: str,
    errors: dict[str, str],
    today: dt.date,
    missing: str,
    future: str,
) -> dt.date | None:
    """A date of a form that cannot be after ``today``; a message in ``errors`` (``missing``
    or ``future``) when it is wrong."""
    day = data.get(key)
    if day is None:
        errors[key] = missing
    elif day > today:
        errors[key] = future
    return day


def code_field(data: Mapping[str, Any], key: str, errors: dict[str, str], what: str) -> str:
    """A coin or currency code of a form ("" with a message in ``errors`` when wrong)."""
    try:
        return parse_code(str(data.get(key) or ""), what)
    except ValueError as exc:
        errors[key] = str(exc)
        return ""


def _not_held(
    day: dt.date,
    start: dt.date | None,
    end: dt.date | None,
    status: str,
    since: dt.date | None,
    texts: tuple[str, str, str],
) -> str:
    """Why a licence (or an accreditation) valid from ``start`` to ``end`` (None: no
    bound), and suspended or revoked from ``since`` when its ``status`` says so (no day:
    always), does not hold on ``day``; "" when it does. ``texts``: not yet valid, ended
    (with the bound as ``{day}``), and suspended or revoked (``{word}`` from ``{day}``)."""
    not_yet, ended, withdrawn = texts
    if start is not None and day < start:
        return not_yet.format(day=describe_date(start))
    if end is not None and day > end:
        return ended.format(day=describe_date(end))
    if status in ("suspended", "revoked") and (since is None or day >= since):
        word = tr("suspended") if status == "suspended" else tr("revoked")
        return withdrawn.format(word=word, day=describe_date(since))
    return ""


def _held_sql(day: Any, start: Any, end: Any, status: Any, since: Any, active: str) -> list[Any]:
    """SQL: the conditions of ``_not_held`` finding nothing on ``day`` (a column): valid
    from ``start`` to ``end``, and in the ``active`` status or suspended or revoked only
    after ``day``."""
    return [
        or_(start.is_(None), start <= day),
        or_(end.is_(None), end >= day),
        or_(status == active, and_(since.is_not(None), since > day)),
    ]


# --- rules ----------------------------------------------------------------------------


def share_on(rules: RuleBook) -> Callable[[dt.date], Decimal | None]:
    """The required share in force on a day (None where the rule has no value)."""
    cache: dict[dt.date, Decimal | None] = {}

    def lookup(day: dt.date) -> Decimal | None:
        if day not in cache:
            value = rules.value_or("mining.sale.required_share", day)
            cache[day] = None if value is None else Decimal(value)
        return cache[day]

    return lookup


def period_kind_on(rules: RuleBook) -> Callable[[dt.date], str]:
    def lookup(day: dt.date) -> str:
        kind = str(rules.value_or("mining.sale.period", day, "quarter"))
        return kind if kind in mining.PERIOD_KINDS else "quarter"

    return lookup


def hardware_required(rules: RuleBook, day: dt.date) -> bool:
    return bool(rules.value_or("mining.pool.hardware_in_kz_required", day, False))


# --- pools: accredited on a day? -------------------------------------------------------


def accreditation_problem(
    records: Iterable[PoolAccreditation], day: dt.date, hardware_rule: bool
) -> str:
    """Why output on ``day`` through a pool with these accreditations is flagged ("" when
    one of them covered the day)."""
    records = [r for r in records if r.retired_at is None]
    if not records or all(r.status == "not_accredited" for r in records):
        return tr("pool not accredited (no accreditation in the register)")
    reasons: list[str] = []
    for record in sorted(records, key=lambda r: r.accredited_on or dt.date.min, reverse=True):
        reason = _record_problem(record, day, hardware_rule)
        if not reason:
            return ""
        reasons.append(reason)
    return reasons[0]


def _record_problem(record: PoolAccreditation, day: dt.date, hardware_rule: bool) -> str:
    if record.status == "not_accredited" or record.accredited_on is None:
        return tr("pool not accredited")
    texts = (
        tr("not yet accredited (from {day})"),
        tr("accreditation expired on {day}"),
        tr("accreditation {word} from {day}"),
    )
    problem = _not_held(
        day, record.accredited_on, record.expires_on, record.status, record.status_from, texts
    )
    if problem:
        return problem
    if hardware_rule and not record.hardware_in_kz:
        return tr("pool hardware outside Kazakhstan")
    return ""


def accreditations_by_pool(session: Session) -> dict[str, list[PoolAccreditation]]:
    found: dict[str, list[PoolAccreditation]] = {}
    query = select(PoolAccreditation).where(PoolAccreditation.retired_at.is_(None))
    for record in session.execute(query).scalars():
        found.setdefault(record.pool_key, []).append(record)
    return found


def accredited_sql(output_table: Any, hardware_rule: bool) -> Any:
    """SQL: an accreditation covers the output row's pool and date (for filters)."""
    p = PoolAccreditation.__table__.c
    o = output_table.c
    conditions = [
        p.pool_key == o.pool_key,
        p.retired_at.is_(None),
        p.status != "not_accredited",
        p.accredited_on.is_not(None),
        *_held_sql(
            o.output_date, p.accredited_on, p.expires_on, p.status, p.status_from, "accredited"
        ),
    ]
    if hardware_rule:
        conditions.append(p.hardware_in_kz.is_(True))
    return select(p.id).where(*conditions).exists()


# --- venues: a qualifying licence on a day? ---------------------------------------------

AIFC_ONLY = ("aifc",)
LICENSOR_WORDS = {
    "aifc": "AIFC-licensed",
    "nbk_licence": "licensed by the National Bank",
    "nbk_registration": "registered by the National Bank",
}


def qualifying_venues(rules: RuleBook, day: dt.date) -> tuple[str, ...]:
    """The licence kinds whose venues count toward the mandatory sale on ``day`` (rule
    ``mining.sale.qualifying_venues``; AIFC only where the rule has no value)."""
    return tuple(str(k) for k in rules.value_or("mining.sale.qualifying_venues", day, AIFC_ONLY))


def qualifying_on(rules: RuleBook) -> Callable[[dt.date], tuple[str, ...]]:
    cache: dict[dt.date, tuple[str, ...]] = {}

    def lookup(day: dt.date) -> tuple[str, ...]:
        if day not in cache:
            cache[day] = qualifying_venues(rules, day)
        return cache[day]

    return lookup


def licensor(venue: Venue) -> str:
    """Who licensed the venue; a venue written before the field: from its numbers."""
    kind = getattr(venue, "licensed_by", "") or "none"
    if kind == "none" and venue.aifc_licence_number.strip() and venue.aifc_status != "none":
        return "aifc"
    return kind


def venue_problem(venue: Venue, day: dt.date, qualifying: Iterable[str] = AIFC_ONLY) -> str:
    """Why a sale on ``day`` through ``venue`` does not count ("" when it does):
    ``qualifying`` lists the licence kinds that count (rule mining.sale.qualifying_venues)."""
    qualifying = tuple(qualifying)
    kind = licensor(venue)
    if kind in ("nbk_licence", "nbk_registration"):
        if kind not in qualifying:
            return tr("{who}: does not count (rule mining.sale.qualifying_venues)").format(
                who=tr(LICENSOR_WORDS[kind])
            )
        if not venue.nbk_licence.strip():
            return tr("no National Bank licence or registration number")
        return ""
    if kind != "aifc" or not venue.aifc_licence_number.strip() or venue.aifc_status == "none":
        return tr("no AIFC licence")
    if "aifc" not in qualifying:
        return tr("AIFC-licensed: does not count (rule mining.sale.qualifying_venues)")
    texts = (
        tr("AIFC licence valid from {day}"),
        tr("AIFC licence ended on {day}"),
        tr("AIFC licence {word} from {day}"),
    )
    return _not_held(
        day, venue.valid_from, venue.valid_to, venue.aifc_status, venue.aifc_status_from, texts
    )


def licensed_on(venue: Venue, day: dt.date, qualifying: Iterable[str] = AIFC_ONLY) -> bool:
    return venue_problem(venue, day, qualifying) == ""


def venues_by_id(session: Session, include_retired: bool = True) -> dict[int, Venue]:
    query = select(Venue)
    if not include_retired:
        query = query.where(Venue.retired_at.is_(None))
    return {v.id: v for v in session.execute(query).scalars()}


def licensed_sql(sale_table: Any, qualifying: Iterable[str] = AIFC_ONLY) -> Any:
    """SQL: the sale's venue held a qualifying licence on the sale date (for filters)."""
    qualifying = tuple(qualifying)
    v = Venue.__table__.c
    s = sale_table.c
    kinds = []
    if "aifc" in qualifying:
        kinds.append(
            and_(
                or_(
                    v.licensed_by == "aifc",
                    and_(v.licensed_by == "none", v.aifc_status != "none"),
                ),
                v.aifc_licence_number != "",
                v.aifc_status != "none",
                *_held_sql(
                    s.sale_date,
                    v.valid_from,
                    v.valid_to,
                    v.aifc_status,
                    v.aifc_status_from,
                    "active",
                ),
            )
        )
    nbk = [k for k in ("nbk_licence", "nbk_registration") if k in qualifying]
    if nbk:
        kinds.append(and_(v.licensed_by.in_(nbk), v.nbk_licence != ""))
    if not kinds:
        return select(v.id).where(v.id.is_(None)).exists()
    return select(v.id).where(v.id == s.venue_id, or_(*kinds)).exists()
