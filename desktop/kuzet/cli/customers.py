"""kuzet customers / customers decide / import customers / export customers.

The registers are imported inside the commands, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app, export_app
from .common import (
    DbOption,
    export_to_table,
    fail,
    import_command,
    open_desk,
    stderr_progress,
)
from .words import counted

TierOption = typer.Option("", "--tier", help="low, medium or high.")
PepOption = typer.Option("", "--pep", help="yes (PEPs only) or no.")
StatusOption = typer.Option("", "--status", help="pending, approved, rejected, exited or frozen.")
AttentionOption = typer.Option(
    "",
    "--attention",
    help="overdue_review, review_due, edd_incomplete, id_expired, iin_conflict or pending.",
)


def _query(
    search: str, tier: str, pep: str, status: str, attention: str, retired: bool
):  # -> ListQuery
    from ..registers.customers.listing import ATTENTION  # on first use: start-up time
    from ..registers.listing import ListQuery

    if attention and attention not in ATTENTION:
        fail(f"--attention: {attention!r} is not one of {', '.join(ATTENTION)}", 2)
    filters = {"tier": tier, "pep": pep, "status": status, "attention": attention}
    return ListQuery(search=search, filters=filters, include_retired=retired)


customers_app = typer.Typer(
    help="List customers (kuzet customers), or record a decision (kuzet customers decide).",
    invoke_without_command=True,
)
app.add_typer(customers_app, name="customers")
DECISION_FLAGS = ("approve", "reject", "freeze", "unfreeze")


@customers_app.callback()
def list_customers(
    ctx: typer.Context,
    db: Path | None = DbOption,
    search: str = typer.Option("", "--search", help="Name (Cyrillic or Latin), IIN or BIN."),
    tier: str = TierOption,
    pep: str = PepOption,
    status: str = StatusOption,
    attention: str = AttentionOption,
    limit: int = typer.Option(50, "--limit", min=0, help="Show at most this many (0: all)."),
    reassess: bool = typer.Option(
        False,
        "--reassess",
        help="First score every customer again from the rules in force today (after a "
        "weight or a FATF list in the rule pack changed).",
    ),
) -> None:
    """List customers by name with risk, PEP status, decision and next review."""
    from ..progress import Progress  # on first use: start-up time

    if ctx.invoked_subcommand is not None:
        return

    customers = open_desk(ctx, db, write=reassess).customers
    if reassess:
        changed = customers.reassess_all(Progress(stderr_progress))
        typer.echo(f"\n{counted(changed, 'customer')} reassessed: their factors changed.", err=True)
    listing = customers.customer_listing()
    ids = customers.list_ids(listing, _query(search, tier, pep, status, attention, False))
    shown = ids if limit == 0 else ids[:limit]
    rows = customers.list_rows(listing, shown)
    for customer_id in shown:
        name, latin, number, _kind, risk, pep_kinds, state, review, _id_expiry = rows[customer_id]
        typer.echo(
            f"#{customer_id:<6} {number or '-':<12}  {risk:<12} {state:<18} "
            f"review {review or '-'!s:<10}  {name}"
            + (f" / {latin}" if latin else "")
            + (f"  [PEP: {pep_kinds}]" if pep_kinds else "")
        )
    if len(shown) < len(ids):
        typer.echo(f"... {len(ids) - len(shown)} more (use --limit 0 to see all)")


@customers_app.command("decide")
def decide(
    ctx: typer.Context,
    customer_id: int = typer.Argument(..., help="The customer's number."),
    approve: bool = typer.Option(False, "--approve", help="Approve the customer."),
    reject: bool = typer.Option(False, "--reject", help="Reject the customer (needs --reason)."),
    freeze: bool = typer.Option(
        False, "--freeze", help="Freeze the customer (needs --reason); drafts the FIU notice."
    ),
    unfreeze: bool = typer.Option(
        False, "--unfreeze", help="Lift the freeze (needs --reason); the customer waits again."
    ),
    reason: str = typer.Option("", "--reason", help="Why (it goes in the file and the trail)."),
    db: Path | None = DbOption,
) -> None:
    """Record a decision on a customer, as the window's EDD tab does. Exit 1 when it is
    refused (the message names what blocks it: hits, EDD, missing CDD)."""
    from ..registers.errors import NotFound, ValidationFailed  # on first use: start-up time

    chosen = [
        name
        for name, on in zip(DECISION_FLAGS, (approve, reject, freeze, unfreeze), strict=True)
        if on
    ]
    if len(chosen) != 1:
        fail("Give exactly one of --approve, --reject, --freeze, --unfreeze.", 2)
    decision = chosen[0]
    customers = open_desk(ctx, db).customers
    try:
        customer = customers.decide(customer_id, decision, reason)
    except NotFound as exc:
        fail(str(exc), 1)
    except ValidationFailed as exc:
        fail(
            f"Customer #{customer_id}: {decision} refused:\n" + "\n".join(exc.field_errors.values())
        )
    typer.echo(f"Customer #{customer.id} {customer.name}: {customer.status}.")


import_command(
    "customers",
    "Import customers, all rows or none. Header: kind,name,name_latin,iin_bin,birth_date, "
    "citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose.",
    lambda desk: desk.customers.import_customers,
    lambda count, file: (
        f"{counted(count, 'customer')} imported from {file}; each waits for a decision."
        + (f"\n{note}" if (note := count.screening_note()) else "")
    ),
)


@export_app.command("customers")
def export_customers(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .xlsx or .csv"),
    search: str = typer.Option("", "--search"),
    tier: str = TierOption,
    pep: str = PepOption,
    status: str = StatusOption,
    attention: str = AttentionOption,
    include_retired: bool = typer.Option(False, "--include-retired"),
    db: Path | None = DbOption,
) -> None:
    """Export customers to XLSX or CSV (the import columns, PEP kinds, risk, reviews)."""
    export_to_table(file)
    customers = open_desk(ctx, db).customers
    query = _query(search, tier, pep, status, attention, include_retired)
    count = customers.export_customers(file, query)
    typer.echo(f"{counted(count, 'customer')} written to {file}")
