"""kuzet import sales|output|prices, export sales|output, kuzet pools, kuzet venues,
kuzet mining check|fees|prices.

Each command imports what it uses when it runs, so ``kuzet --help`` does not load the
registers (start-up time)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from .apps import app, export_app
from .common import (
    EXIT_PROBLEM,
    DbOption,
    export_to_table,
    import_command,
    open_desk,
)
from .words import counted

mining_app = typer.Typer(help="The mandatory-sale check and the mining fee.")
app.add_typer(mining_app, name="mining")


def _said(text: str, imported: str) -> Callable[[Any, Path], str]:
    """``text`` with the ``ImportResult``'s fields and the ``{file}``; ``{imported_n}``
    (the noun ``imported``), ``{duplicates_n}`` and ``{rows_n}`` are the counts with their
    nouns in the right form."""

    def said(result: Any, file: Path) -> str:
        fields = vars(result)
        kinds = (("imported", imported), ("duplicates", "duplicate"), ("rows", "row"))
        nouns = {f"{key}_n": counted(fields[key], noun) for key, noun in kinds if key in fields}
        return text.format(file=file, **fields, **nouns)

    return said


import_command(
    "sales",
    "Import an exchange trade history. Header: date,coin,amount,price,currency,venue,"
    "reference (optional: counterparty,kzt_rate,value_kzt). Rows already imported (same "
    "venue and reference) are skipped.",
    lambda desk: desk.mining.import_sales,
    _said("{imported_n} imported from {file}; {duplicates_n} skipped ({rows_n} read)", "sale"),
)
import_command(
    "output",
    "Import a pool payout file. Header: date,coin,amount,pool,kwh,reference (optional: "
    "notes). Rows already imported (same pool and reference) are skipped.",
    lambda desk: desk.mining.import_output,
    _said(
        "{imported_n} imported from {file}; {duplicates_n} skipped; "
        "{flagged} flagged: pool not accredited on that date",
        "output record",
    ),
)

import_command(
    "prices",
    "Import the State Revenue Committee's coin prices (the tax value of mined coin on the "
    "day of receipt). Header: date,coin,price_kzt (optional: source,notes). All rows or none; "
    "a price already recorded for the coin and day is skipped when equal, refused when not.",
    lambda desk: desk.mining.import_prices,
    _said(
        "{imported_n} imported from {file}; {duplicates} already recorded ({rows_n} read)", "price"
    ),
)


def _export_command(kind: str, help_text: str) -> None:
    """``kuzet export <kind>``: the rows the page lists, to CSV or XLSX."""

    def export(
        ctx: typer.Context,
        file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
        include_retired: bool = typer.Option(False, "--include-retired"),
        db: Path | None = DbOption,
    ) -> None:
        from ..registers.listing import ListQuery  # on use: start-up time

        export_to_table(file)
        mining = open_desk(ctx, db).mining
        query = ListQuery(include_retired=include_retired)
        write = mining.export_sales if kind == "sales" else mining.export_output
        count = write(file, query)
        typer.echo(f"{counted(count, kind + ' row')} written to {file}")

    export_app.command(kind, help=help_text)(export)


_export_command(
    "sales", "Export the sales ledger (with whether each venue was AIFC-licensed that day)."
)
_export_command("output", "Export mining output (with the pool-accreditation flag).")


def _listed(area: Any, listing: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(id, row) of every record in use, in the listing's own order."""
    from ..registers.listing import ListQuery  # on use: start-up time

    ids = area.list_ids(listing, ListQuery())
    rows = area.list_rows(listing, ids)
    return ((record_id, rows[record_id]) for record_id in ids)


@app.command("pools")
def list_pools(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List pool accreditations, soonest expiry first."""
    licensing = open_desk(ctx, db).licensing
    for record_id, row in _listed(licensing, licensing.pool_listing()):
        pool, bin_, number, _start, expires, days, status, hardware, _ev = row
        left = "" if days is None else f"{days} d"
        where = "hardware in KZ" if hardware else "hardware OUTSIDE KZ"
        typer.echo(
            f"#{record_id:<4} {status:<15} {expires or '(no expiry)'!s:<12} {left:>7}  "
            f"{pool}  {number or '-'}  BIN {bin_ or '-'}  {where}"
        )


@app.command("venues")
def list_venues(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List sale venues, who licensed each, and whether it counts toward the mandatory sale
    today (rule mining.sale.qualifying_venues)."""
    mining = open_desk(ctx, db).mining
    for venue_id, row in _listed(mining, mining.venue_listing()):
        name, jurisdiction, number, status, _f, _t, counts, nbk, licensed_by, sold = row
        typer.echo(
            f"#{venue_id:<4} {name}  ({jurisdiction or '-'})  licensed by: {licensed_by}  "
            f"AIFC {number or '-'} {status}  NBK {nbk or '-'}  counts: {counts}  sales: {sold}"
        )


@mining_app.command("check")
def check(
    ctx: typer.Context,
    coin: str = typer.Option("", "--coin", help="One coin (default: every coin mined)."),
    db: Path | None = DbOption,
) -> None:
    """The mandatory-sale share of every period, newest first, and the running period's
    projection. A finished period whose share was not met reads "not met" (critical). Exit 1
    when the last finished period was not met or the running one is projected short."""
    from ..regime.mining import MET, NOT_MET, finding_kind
    from ..regime.severity import severity_of
    from ..registers.mining.mandatory_sale import (  # on use: start-up time
        coin_amount,
        describe_rule,
        percent,
    )

    mining = open_desk(ctx, db).mining
    rules, day = mining.rules(), mining.today
    problem = False
    for name in [coin.upper()] if coin else mining.coins():
        typer.echo(f"{name}: period, mined, sold via AIFC-licensed, share, required")
        history = mining.share_checks(name)
        finished = [h for h in history if not h.running]
        if finished and finished[0].status == NOT_MET:
            problem = True
        for item in history:
            short = f", shortfall {coin_amount(item.shortfall)}" if item.status == NOT_MET else ""
            kind = finding_kind(item.status)
            level = f" ({severity_of(rules, kind, day)})" if kind and item.status != MET else ""
            typer.echo(
                f"  {item.period.label:<9} {item.mined:>16} {item.sold_licensed:>16} "
                f"{percent(item.share):>7} {describe_rule(item):>7}  {item.status}{level}{short}"
            )
            if item.running and item.projection is not None:
                p = item.projection
                problem = problem or p.short
                typer.echo(
                    f"            projected share {percent(p.projected_share)}; "
                    f"sell {coin_amount(p.still_to_sell)} more by {item.period.end:%d.%m.%Y}"
                )
    if problem:
        raise typer.Exit(EXIT_PROBLEM)


@mining_app.command("fees")
def fees(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """The mining fee per quarter (kWh by source x rate), the payment and declaration dates,
    the quarter's output valued at receipt, and the officer's income-tax estimate where one
    was entered. Exit 1 when a quarter's fee cannot be computed (the reason is printed)."""
    report = open_desk(ctx, db).mining.fee_report()
    typer.echo(f"bands (rule mining.fee.bands): {report.bands}")
    problem = False
    for line in report.lines:
        fee = line.fee
        paid = f"paid {line.basis.paid_on:%d.%m.%Y}" if line.paid else "NOT PAID"
        declared = (
            f"declared {line.basis.declared_on:%d.%m.%Y}"
            if line.declared and line.basis and line.basis.declared_on
            else (f"declaration due {fee.declaration_due:%d.%m.%Y}" if fee.declaration_due else "")
        )
        amount = f"{fee.fee:>14} KZT" if fee.fee is not None else "NOT COMPUTED"
        typer.echo(
            f"{line.quarter.label:<8} {fee.kwh:>14} kWh  fee {amount}  "
            f"due {fee.due:%d.%m.%Y}  {paid}  {declared}  rate {line.rate_text()}"
        )
        if fee.fee is None and fee.kwh:
            problem = True
            typer.echo(f"         cannot be computed: {line.why_not_computed()}")
        mismatch = line.kwh_mismatch()
        if mismatch is not None:
            typer.echo(f"         kWh by source differ from the output register by {mismatch} kWh")
        if line.valuation is not None:
            value = line.valuation
            missing = ", ".join(f"{coin} {day:%d.%m.%Y}" for coin, day in value.unpriced[:10])
            more = f" (+{len(value.unpriced) - 10} more)" if len(value.unpriced) > 10 else ""
            typer.echo(
                f"         output valued at receipt (SRC price): {value.value_kzt} KZT"
                + (f"; no price for {missing}{more}" if value.unpriced else "")
            )
        if line.income_tax is not None:
            typer.echo(
                f"         income-tax estimate {line.income_tax} KZT "
                f"({line.income_tax_source}; not a tax assessment)"
            )
    if problem:
        raise typer.Exit(EXIT_PROBLEM)


@mining_app.command("prices")
def list_prices(
    ctx: typer.Context,
    coin: str = typer.Option("", "--coin", help="One coin (default: every coin)."),
    db: Path | None = DbOption,
) -> None:
    """List the State Revenue Committee's coin prices, newest day first."""
    from ..registers.listing import ListQuery  # on use: start-up time

    mining = open_desk(ctx, db).mining
    listing = mining.price_listing()
    filters = {"coin": coin.upper()} if coin else {}
    query = ListQuery(filters=filters, sort="price_date", descending=True)
    ids = mining.list_ids(listing, query)
    rows = mining.list_rows(listing, ids)
    for price_id in ids:
        day, name, price, source, _notes = rows[price_id]
        typer.echo(f"#{price_id:<5} {day:%d.%m.%Y}  {name:<6} {price:>16} KZT  {source or '-'}")
