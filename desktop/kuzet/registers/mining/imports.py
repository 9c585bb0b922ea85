"""Importing exchange trade histories (sales) and pool payout files (output).

All or nothing: every row is checked; a bad row stops the writing (the rest is still
checked so every problem is reported with its line, column and reason) and the caller's
transaction rolls back. Rows already in the register (the same venue and reference for a
sale, the same pool and reference for output) and rows repeated in the file are skipped
and counted. Built for 1,000,000 rows: the file is read with the csv module, rows are
checked and written in chunks (``store.bulk.BulkWriter``: one executemany per chunk and
the audit trail built from the values written), progress is reported per chunk and a
cancel raises ``Cancelled`` so nothing is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ... import collector
from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.mining import TIYN
from ...regime.rulepack import RuleBook
from ...store.bulk import BulkWriter
from ...store.models.mining import MiningOutput, Sale
from . import import_checker, sales, venues
from .common import (
    KZT,
    accreditation_problem,
    accreditations_by_pool,
    hardware_required,
    name_key,
    search_text,
)
from .import_reader import (
    BadValue,
    CheckJob,
    ImportResult,
    Outcome,
    Parse,
    RowReader,
    check_and_write,
    existing_references,
    number_text,
    parse_number,
)
from .sales import kzt_value

SALE_FIELDS = (
    "date",
    "coin",
    "amount",
    "price",
    "currency",
    "venue",
    "reference",
    "counterparty",
    "kzt_rate",
    "value_kzt",
)
SALE_REQUIRED = SALE_FIELDS[:7]
SALE_COLUMNS = (*sales.FIELDS, "search_text")  # the table's own columns, as stored
OUTPUT_FIELDS = ("date", "coin", "amount", "pool", "kwh", "reference", "notes")
OUTPUT_REQUIRED = ("date", "coin", "amount", "pool", "reference")
OUTPUT_COLUMNS = (
    "output_date",
    "coin",
    "amount",
    "pool",
    "pool_key",
    "kwh",
    "reference",
    "notes",
    "search_text",
)


def run_import(
    session: Session,
    job: CheckJob,
    model: Any,
    columns: Sequence[str],
    key_column: str,
    progress: Progress,
) -> Outcome:
    """Read ``job.path`` into ``model``'s table (``columns`` as the job's parser gives
    them), skipping rows whose ``key_column`` and reference are already there; return
    (imported, duplicates, rows read, ids written) or raise ``ImportRejected``.

    A large file is read and checked by a second process while this one writes
    (``import_checker``); if that process finds a bad row, the file is checked again
    here, so every problem is named in the officer's language, and rejected."""
    reader = RowReader(job.path, job.fields, job.required, job.mapping, job.today)
    parse = job.make_parse(reader, job.context)
    table = model.__table__
    writer = BulkWriter(
        session.connection(), table, columns, tr("import {name}").format(name=job.path.name)
    )
    exists = existing_references(session, table.name, key_column)
    with collector.paused():
        if reader.total >= import_checker.FROM_LINES:
            outcome = import_checker.import_checked_elsewhere(job, reader, writer, exists, progress)
            if outcome is import_checker.BAD_ROWS:
                check_and_write(reader, parse, writer, exists, progress, writing=False)
                raise RuntimeError("the checker process refused a file this one accepts")
            if outcome is not import_checker.UNAVAILABLE:
                return outcome  # type: ignore[return-value]
        return check_and_write(reader, parse, writer, exists, progress)


# --- sales ---------------------------------------------------------------------------------

ZERO, INFINITY = Decimal(0), Decimal("Infinity")


def sale_row(
    day: str,
    coin: str,
    quantity: Decimal,
    amount: str,
    unit_price: Decimal,
    price: str,
    currency: str,
    kzt_rate: Decimal | None,
    worth: Decimal | None,
    venue_id: int,
    counterparty: str,
    reference: str,
) -> tuple[Any, ...]:
    """A sale as ``SALE_COLUMNS`` stores it (numbers as written when that is their plain
    form)."""
    return (
        day,
        coin,
        amount if str(quantity) == amount else format(quantity, "f"),
        price if str(unit_price) == price else format(unit_price, "f"),
        currency,
        None if kzt_rate is None else format(kzt_rate, "f"),
        None if worth is None else format(worth, "f"),
        venue_id,
        counterparty,
        reference,
        search_text(reference, counterparty) if counterparty else reference.casefold(),
    )


def sales_parser(reader: RowReader, venue_ids: Mapping[str, int]) -> Parse:
    """The row parser of a trade history; ``venue_ids`` maps ``name_key`` of a venue's
    name to its id. A top-level function, so the checker process can build it too."""
    venue_cache: dict[str, int] = {}

    def venue_of(name: str) -> int:
        found = venue_cache.get(name)
        if found is None:
            found = venue_ids.get(name_key(name))
            if found is None:
                raise BadValue(
                    "venue",
                    tr("{venue!r} is not in the venue register: add it on the Venues page").format(
                        venue=name
                    )
                    if name
                    else tr("the venue is required"),
                )
            venue_cache[name] = found
        return found

    coin_word, currency_word = tr("coin"), tr("currency")
    day_of = reader.iso_day
    codes: dict[str, str] = {}  # code as written -> code, checked

    def careful(r: RowReader, v: list[str]) -> tuple[Any, str, tuple[Any, ...]]:
        """Every value checked in turn, so a bad row is named by its first bad field."""
        day, coin, amount, price, currency, venue, reference, counterparty, rate, value = v
        sale_day = day_of(day)
        coin = r.code("coin", coin, coin_word)
        quantity = parse_number("amount", amount, True, True)
        unit_price = parse_number("price", price, True, True)
        currency = r.code("currency", currency, currency_word)
        venue_id = venue_of(venue)
        if not reference:
            raise BadValue("reference", tr("the trade reference is required (it prevents doubles)"))
        kzt_rate = parse_number("kzt_rate", rate, False, True) if rate else None
        given = parse_number("value_kzt", value, False, False) if value else None
        if counterparty:
            counterparty = " ".join(counterparty.split())
        assert quantity is not None and unit_price is not None
        worth = kzt_value(quantity, unit_price, currency, kzt_rate, given)
        codes[v[1]], codes[v[4]] = coin, currency
        return (
            venue_id,
            reference,
            sale_row(
                sale_day,
                coin,
                quantity,
                amount,
                unit_price,
                price,
                currency,
                kzt_rate,
                worth,
                venue_id,
                counterparty,
                reference,
            ),
        )

    def parse(r: RowReader, v: list[str]) -> tuple[Any, str, tuple[Any, ...]]:
        """The usual row (codes and venue seen before, a plain trade in tenge or with no
        rate or value given) in a few steps; anything else the careful way."""
        day, coin, amount, price, currency, venue, reference, counterparty, rate, value = v
        code, money_code, venue_id = codes.get(coin), codes.get(currency), venue_cache.get(venue)
        if code is None or money_code is None or venue_id is None or not reference:
            return careful(r, v)
        if rate or value:
            return careful(r, v)
        if counterparty:
            counterparty = " ".join(counterparty.split())
        try:
            quantity, unit_price = Decimal(amount), Decimal(price)
            if not (ZERO < quantity < INFINITY and ZERO < unit_price < INFINITY):
                return careful(r, v)
        except InvalidOperation:  # not a number, or NaN compared
            return careful(r, v)
        worth = (quantity * unit_price).quantize(TIYN, ROUND_HALF_UP) if money_code == KZT else None
        return (
            venue_id,
            reference,
            sale_row(
                day_of(day),
                code,
                quantity,
                amount,
                unit_price,
                price,
                money_code,
                None,
                worth,
                venue_id,
                counterparty,
                reference,
            ),
        )

    return parse


def import_sales(
    session: Session,
    path: Path,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Import an exchange trade history: ``date,coin,amount,price,currency,venue,reference``
    (optional ``counterparty``, ``kzt_rate``, ``value_kzt``). The venue must be in the venue
    register (matched by name, case and spaces ignored)."""
    venue_ids = venues.ids_by_key(session)
    job = CheckJob(sales_parser, venue_ids, path, SALE_FIELDS, SALE_REQUIRED, mapping, today)
    imported, duplicates, rows, _ids = run_import(
        session, job, Sale, SALE_COLUMNS, "venue_id", progress
    )
    return ImportResult(imported, duplicates, rows)


# --- output --------------------------------------------------------------------------------


def output_parser(reader: RowReader, _context: Mapping[str, Any]) -> Parse:
    """The row parser of a pool payout file (it needs nothing from the database)."""
    coin_word = tr("coin")

    def parse(r: RowReader, v: list[str]) -> tuple[Any, str, tuple[Any, ...]]:
        day_text, coin, amount, pool, kwh, reference, notes = v
        day_iso = r.day("date", day_text)[1]
        coin = r.code("coin", coin, coin_word)
        quantity = parse_number("amount", amount, True, True)
        used = parse_number("kwh", kwh, False, False)
        pool = " ".join(pool.split())
        if not pool:
            raise BadValue("pool", tr("the pool is required"))
        if not reference:
            raise BadValue(
                "reference", tr("the payout reference is required (it prevents doubles)")
            )
        key = name_key(pool)
        assert quantity is not None
        row = (
            day_iso,
            coin,
            number_text(quantity, amount),
            pool,
            key,
            None if used is None else number_text(used, kwh),
            reference,
            notes,
            search_text(pool, reference, notes),
        )
        return key, reference, row

    return parse


def import_output(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Import a pool payout file: ``date,coin,amount,pool,kwh,reference`` (optional
    ``notes``). A pool not in the pool register is accepted and its output flagged."""
    job = CheckJob(output_parser, {}, path, OUTPUT_FIELDS, OUTPUT_REQUIRED, mapping, today)
    imported, duplicates, rows, ids = run_import(
        session, job, MiningOutput, OUTPUT_COLUMNS, "pool_key", progress
    )
    return ImportResult(imported, duplicates, rows, count_flagged(session, rules, ids))


def count_flagged(session: Session, rules: RuleBook, ids: Sequence[int]) -> int:
    """How many of the output rows ``ids`` went through a pool not accredited that day."""
    pools = accreditations_by_pool(session)
    flagged = 0
    for start in range(0, len(ids), 500):
        query = select(MiningOutput.pool_key, MiningOutput.output_date).where(
            MiningOutput.id.in_(list(ids[start : start + 500]))
        )
        for key, day in session.execute(query):
            if accreditation_problem(pools.get(key, []), day, hardware_required(rules, day)):
                flagged += 1
    return flagged
