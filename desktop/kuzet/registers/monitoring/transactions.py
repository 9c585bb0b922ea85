"""Customer transactions: import from the firm's systems (CSV or XLSX), linked to the
customer file; retire with a reason; export.

Canonical header (``IMPORT_FIELDS``)::

    date,customer,direction,asset,amount,value_kzt,value_usd,counterparty_wallet,
    counterparty_provider,originator_name,originator_wallet,originator_id,
    beneficiary_name,beneficiary_wallet,reference

``customer`` is the customer's IIN/BIN, or Kuzet's customer number (``#123`` or ``123``):
the customer file has no reference column of its own. ``direction`` is ``in`` (a deposit)
or ``out`` (a withdrawal). Imports are all or nothing: every bad row is reported with its
file, line and field. Rows are written in bulk (``store.bulk.BulkWriter``: one
executemany and one audit-trail entry per chunk of 5,000 rows, holding the SHA-256 of the
rows as stored, which ``kuzet verify`` recomputes); the Travel Rule status of each
transfer is computed as it is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ... import collector
from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import RuleBook
from ...regime.travel_rule import AIFC, TravelRuleParameters, check, travel_rule_parameters
from ...store.audit import utc_now
from ...store.bulk import BulkWriter
from ...store.models.customer import Customer
from ...store.models.monitoring import Alert
from ...store.models.transaction import TRANSACTION_DIRECTIONS, CustomerTransaction
from .. import records
from ..customers.customer_file import fold
from ..errors import FirstLines, ImportRejected, RowProblem
from ..programme import firm
from ..tabular import SourceRow, parse_date, parse_decimal, read_rows, write_table
from . import alerts
from .customer_listing import customer_number, customers_by_id, label_of
from .vasps import provider_key

IMPORT_FIELDS = (
    "date",
    "customer",
    "direction",
    "asset",
    "amount",
    "value_kzt",
    "value_usd",
    "counterparty_wallet",
    "counterparty_provider",
    "originator_name",
    "originator_wallet",
    "originator_id",
    "beneficiary_name",
    "beneficiary_wallet",
    "reference",
)
IMPORT_REQUIRED = ("date", "customer", "direction", "asset", "amount", "value_kzt", "value_usd")
TEXT_FIELDS = IMPORT_FIELDS[7:14]
TRAVEL_RULE_DATA = (
    "originator_name",
    "originator_wallet",
    "originator_id",
    "beneficiary_name",
    "beneficiary_wallet",
)
CHUNK = 5000  # rows per executemany and per bulk trail entry
# The table's own columns, in the order the bulk trail entry records them.
TRANSACTION_COLUMNS = (
    "customer_id",
    "occurred_on",
    "direction",
    "asset",
    "amount",
    "value_kzt",
    "value_usd",
    *TEXT_FIELDS,
    "provider_key",
    "reference",
    "import_batch",
    "travel_rule",
    "travel_rule_missing",
    "search_text",
)
_NUMBER = re.compile(r"^#?\s*(\d+)$")


@dataclass(frozen=True)
class ImportResult:
    count: int
    batch: str
    incomplete_travel_rule: int


class CustomerIndex:
    """Customers by IIN/BIN and by Kuzet number, for linking imported rows."""

    def __init__(self, session: Session) -> None:
        self.by_number: dict[str, int] = {}
        self.active: set[int] = set()
        self.retired: set[int] = set()
        rows = session.execute(select(Customer.id, Customer.iin_bin, Customer.retired_at))
        for customer_id, number, retired_at in rows:
            (self.retired if retired_at is not None else self.active).add(customer_id)
            if number and (retired_at is None or number not in self.by_number):
                self.by_number[number] = customer_id

    def resolve(self, text: str) -> int:
        """The customer ``text`` names, or ``ValueError`` saying why there is none."""
        cleaned = text.strip()
        match = _NUMBER.match(cleaned)
        if match is None:
            raise ValueError(
                tr("{text!r} is not an IIN/BIN (12 digits) or a customer number (#123)").format(
                    text=cleaned
                )
            )
        digits = match.group(1)
        if not cleaned.startswith("#"):
            # 12 digits: an IIN/BIN. Fewer: a spreadsheet may have dropped leading zeros.
            if digits.zfill(12) in self.by_number and len(digits) >= 10:
                return self._usable(self.by_number[digits.zfill(12)])
            if len(digits) == 12:
                raise ValueError(tr("no customer has IIN/BIN {number}").format(number=digits))
        customer_id = int(digits)
        if customer_id not in self.active and customer_id not in self.retired:
            raise ValueError(tr("there is no customer #{id}").format(id=customer_id))
        return self._usable(customer_id)

    def _usable(self, customer_id: int) -> int:
        if customer_id in self.retired:
            raise ValueError(tr("customer #{id} is retired").format(id=customer_id))
        return customer_id


@functools.lru_cache(maxsize=4096)  # a file holds a few hundred days, each many times
def parse_day(text: str) -> dt.date:
    """A date, also when written with a time (``2026-11-03 14:05`` or ISO ``...T...``)."""
    return parse_date(re.split(r"[T ]", text.strip(), maxsplit=1)[0])


def parse_row(
    filename: str, row: SourceRow, customers: CustomerIndex, today: dt.date
) -> tuple[dict[str, Any], list[RowProblem]]:
    """One row's values, and what is wrong with them (each cell read once: this runs for
    every row of a 100,000-row file)."""
    problems: list[RowProblem] = []
    cells = row.values

    def problem(field: str, reason: str) -> None:
        problems.append(RowProblem(filename, row.line, field, reason))

    data: dict[str, Any] = {f: cells.get(f, "") for f in TEXT_FIELDS}
    data["reference"] = cells.get("reference") or None
    for name in IMPORT_REQUIRED:
        if not cells.get(name):
            problem(name, tr("is required"))
    day = cells.get("date")
    if day:
        try:
            data["occurred_on"] = parse_day(day)
            if data["occurred_on"] > today:
                problem("date", tr("is in the future"))
        except ValueError as exc:
            problem("date", str(exc))
    customer = cells.get("customer")
    if customer:
        try:
            data["customer_id"] = customers.resolve(customer)
        except ValueError as exc:
            problem("customer", str(exc))
    direction = cells.get("direction", "").lower()
    if direction and direction not in TRANSACTION_DIRECTIONS:
        problem("direction", tr("must be in or out, not {value!r}").format(value=direction))
    data["direction"] = direction
    data["asset"] = cells.get("asset", "").upper()
    for name in ("amount", "value_kzt", "value_usd"):
        text = cells.get(name)
        if not text:
            continue
        try:
            value = parse_decimal(text)
        except ValueError as exc:
            problem(name, str(exc))
            continue
        if value < 0 or (name == "amount" and value == 0):
            problem(
                name, tr("must be more than 0") if name == "amount" else tr("cannot be negative")
            )
        data[name] = value
    if problems:
        problems.sort(key=lambda p: IMPORT_FIELDS.index(p.field))
    return data, problems


def _search_text(data: Mapping[str, Any]) -> str:
    """The casefolded text the search box matches (one folding for all the fields)."""
    parts = [data.get("reference") or "", *(data.get(f) or "" for f in TEXT_FIELDS)]
    return fold(" | ".join(p for p in parts if p))


def travel_rule_columns(
    data: Mapping[str, Any], params_for: Callable[[dt.date], TravelRuleParameters]
) -> tuple[str, str]:
    """The stored Travel Rule status and missing fields of a transaction's values."""
    result = check(data["asset"], data["value_usd"], data, params_for(data["occurred_on"]))
    return result.status, ",".join(result.missing)


def firm_jurisdiction(session: Session) -> str:
    """Where the firm is licensed ("aifc" or "national"), which decides the Travel Rule
    that applies; AIFC until the firm profile says otherwise."""
    profile = firm.profile(session)
    return (profile.jurisdiction if profile is not None else "") or AIFC


def travel_rule_params(
    rules: RuleBook, jurisdiction: str = AIFC
) -> Callable[[dt.date], TravelRuleParameters]:
    """``travel_rule_parameters`` of ``jurisdiction`` per day, read once per day."""
    cache: dict[dt.date, TravelRuleParameters] = {}

    def params_for(day: dt.date) -> TravelRuleParameters:
        if day not in cache:
            cache[day] = travel_rule_parameters(rules, day, jurisdiction)
        return cache[day]

    return params_for


def _existing_references(session: Session, references: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    t = CustomerTransaction.__table__.c
    for start in range(0, len(references), 500):
        chunk = list(references[start : start + 500])
        found.update(
            dict(session.execute(select(t.reference, t.id).where(t.reference.in_(chunk))).all())
        )
    return found


def import_file(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Import transactions from CSV or XLSX: every row valid, or nothing is written."""
    with collector.paused():  # 100,000 rows of small objects and no cycles
        return _import(session, path, rules, today, mapping, progress)


def _import(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None,
    progress: Progress,
) -> ImportResult:
    progress.step(0, 0, tr("Reading {file}").format(file=path.name))
    rows = read_rows(path, IMPORT_FIELDS, IMPORT_REQUIRED, mapping)
    customers = CustomerIndex(session)
    problems: list[RowProblem] = []
    parsed: list[dict[str, Any]] = []
    seen = FirstLines(path.name, "reference")
    for row in progress.each(rows, tr("Checking {file}").format(file=path.name), 1000):
        data, row_problems = parse_row(path.name, row, customers, today)
        seen.check(data["reference"], row.line, row_problems)
        problems.extend(row_problems)
        parsed.append(data)
    existing = _existing_references(session, list(seen.first))
    for reference, line in seen.first.items():
        if reference in existing:
            done = tr("already imported (transaction #{id})").format(id=existing[reference])
            problems.append(RowProblem(path.name, line, "reference", done))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: p.line))
    batch = f"{utc_now():%Y-%m-%d %H:%M:%S} {path.name}"
    incomplete = insert_transactions(session, parsed, rules, batch, progress)
    return ImportResult(len(parsed), batch, incomplete)


def insert_transactions(
    session: Session,
    parsed: Sequence[Mapping[str, Any]],
    rules: RuleBook,
    batch: str,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write validated rows in bulk with their Travel Rule status; returns the number of
    incomplete transfers. One trail entry per chunk of ``CHUNK`` rows (``BulkWriter``).
    Used by the import and the demo."""
    session.flush()
    table = CustomerTransaction.__table__
    writer = BulkWriter(
        session.connection(), table, TRANSACTION_COLUMNS, tr("import {name}").format(name=batch)
    )
    params_for = travel_rule_params(rules, firm_jurisdiction(session))
    incomplete = 0
    for start in range(0, len(parsed), CHUNK):
        progress.step(start, len(parsed), tr("Writing transactions"))
        rows = []
        for data in parsed[start : start + CHUNK]:
            status, missing = travel_rule_columns(data, params_for)
            incomplete += status == "incomplete"
            rows.append(_stored_row(data, batch, status, missing))
        writer.add(rows)
    progress.step(len(parsed), len(parsed), tr("Writing transactions"))
    return incomplete


def new_record(new_id: int, now: dt.datetime) -> dict[str, Any]:
    """The columns every register row starts with, for a row inserted with Core."""
    return dict(id=new_id, created_at=now, updated_at=now, retired_at=None, retired_reason=None)


def _stored_row(data: Mapping[str, Any], batch: str, status: str, missing: str) -> tuple[Any, ...]:
    """A transaction's own columns (``TRANSACTION_COLUMNS``) as the database stores them:
    the date as ISO text, amounts as exact decimal text (``DecimalText``)."""
    texts = [(data.get(f) or "").strip() for f in TEXT_FIELDS]
    return (
        data["customer_id"],
        data["occurred_on"].isoformat(),
        data["direction"],
        data["asset"],
        _decimal_text(data["amount"]),
        _decimal_text(data["value_kzt"]),
        _decimal_text(data["value_usd"]),
        *texts,
        _provider_key(data.get("counterparty_provider") or ""),
        data.get("reference") or None,
        batch,
        status,
        missing,
        _search_text(data),
    )


@functools.lru_cache(maxsize=4096)  # a few providers, named on many rows
def _provider_key(name: str) -> str:
    return provider_key(name)


def _decimal_text(value: Any) -> str:
    """How ``DecimalText`` stores an amount (a non-Decimal through its text)."""
    return format(value if isinstance(value, Decimal) else Decimal(str(value)), "f")


def get(session: Session, transaction_id: int) -> CustomerTransaction:
    return records.fetch(session, CustomerTransaction, transaction_id, tr("transaction"))


def retire(session: Session, transaction_id: int, reason: str) -> CustomerTransaction:
    """Retire a transaction imported in error (it is kept, and its alerts stay)."""
    return records.retire(session, CustomerTransaction, transaction_id, reason, tr("transaction"))


@dataclass(frozen=True)
class TransactionDetail:
    """One transaction as its dialog shows it: the record, its customer, its alerts."""

    transaction: CustomerTransaction
    customer: str
    alerts: list[Alert]


def detail(session: Session, transaction_id: int) -> TransactionDetail:
    found = get(session, transaction_id)
    return TransactionDetail(
        found,
        label_of(session, found.customer_id),
        alerts.of_transaction(session, transaction_id),
    )


def export(session: Session, path: Path, ids: Sequence[int]) -> int:
    """Write the transactions ``ids`` (in that order) in the import layout, with the
    Travel Rule status; ``customer`` is the IIN/BIN, or ``#number`` without one."""

    def rows() -> Iterator[tuple[Any, ...]]:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            found = {
                t.id: t
                for t in session.execute(
                    select(CustomerTransaction).where(CustomerTransaction.id.in_(chunk))
                ).scalars()
            }
            customers = customers_by_id(session, (t.customer_id for t in found.values()))
            for transaction_id in chunk:
                t = found[transaction_id]
                yield (
                    t.id,
                    t.occurred_on,
                    customer_number(customers.get(t.customer_id), t.customer_id),
                    t.direction,
                    t.asset,
                    t.amount,
                    t.value_kzt,
                    t.value_usd,
                    *(getattr(t, f) for f in TEXT_FIELDS),
                    t.reference or "",
                    t.travel_rule,
                    t.travel_rule_missing,
                )

    headers = ["id", *IMPORT_FIELDS, "travel_rule", "travel_rule_missing"]
    return write_table(path, headers, rows(), sheet="Transactions")
