"""kuzet admin officer add|disable|role|list, and kuzet approvals list|approve|reject|withdraw.

Exit codes: 0 done; 1 refused (a wrong login or password, a role that may not do it, a
check of the register, your own request); 2 usage; 3 the database cannot be opened;
4 busy. A firm with no officers yet takes its first officer (MLRO or admin) from
``kuzet admin officer add`` without anyone signed in.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .apps import admin_app, app
from .common import EXIT_USAGE, DbOption, fail, open_desk

officer_app = typer.Typer(help="The firm's officers: who signs in, and in which role.")
admin_app.add_typer(officer_app, name="officer")
approvals_app = typer.Typer(
    help="Four-eyes approval requests: a change one officer proposed, waiting for another.",
    invoke_without_command=True,
)
app.add_typer(approvals_app, name="approvals")

ReasonOption = typer.Option("", "--reason", help="Why (goes in the audit trail).")


def _new_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("New officer's password: ")
        if getpass.getpass("Again: ") != first:
            fail("The two passwords differ; nothing was changed.")
        return first
    fail("Give the password with --password-stdin (or run in a terminal).", EXIT_USAGE)


def _refused(exc: Exception) -> None:
    fail(str(exc))


@officer_app.command("add")
def add(
    ctx: typer.Context,
    login: str = typer.Argument(..., help="The login, e.g. a.seitkali."),
    role: str = typer.Option(..., "--role", help="mlro, deputy, analyst, auditor or admin."),
    name: str = typer.Option("", "--name", help="Full name (added to the staff register)."),
    staff_id: int | None = typer.Option(None, "--staff-id", help="A current staff member."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of stdin."
    ),
    db: Path | None = DbOption,
) -> None:
    """Add an officer (admin or MLRO signed in; or the firm's first officer)."""
    from ..registers.errors import RegisterError
    from ..registers.system.permissions import ROLES

    if role not in ROLES:
        fail(f"--role must be one of {', '.join(ROLES)}", EXIT_USAGE)
    if not name and staff_id is None:
        fail("Give --name or --staff-id.", EXIT_USAGE)
    team = open_desk(ctx, db).team
    data = {"login": login, "role": role, "full_name": name, "staff_id": staff_id}
    data["password"] = _new_password(password_stdin)
    try:
        # the firm's first officer needs nobody signed in (and is signed in)
        officer = team.add_officer(data) if team.has_officers() else team.start_firm(data)
    except RegisterError as exc:
        _refused(exc)
    typer.echo(f"officer {officer.login} added ({officer.role})")


def _officer_id(team, login: str) -> int:  # team: TeamDesk
    found = team.officer_id(login)
    if found is None:
        fail(f"No active officer {login!r}.")
    return found


@officer_app.command("disable")
def disable(
    ctx: typer.Context,
    login: str = typer.Argument(...),
    reason: str = typer.Option(..., "--reason", help="Why (goes in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Disable an officer: they can no longer sign in (the trail keeps who they were).
    A team vault's key is rotated at once; when it is locked here, your vault password is
    read as the sign-in password is (KUZET_VAULT_PASSWORD first, if set)."""
    from ..registers.errors import RegisterError
    from ..store.keys import VaultError, VaultLocked

    team = open_desk(ctx, db).team
    officer_id = _officer_id(team, login)
    try:
        try:
            team.disable(officer_id, reason)
        except VaultLocked:
            team.disable(officer_id, reason, _vault_password(team))
    except (RegisterError, VaultError) as exc:
        _refused(exc)
    typer.echo(f"officer {login} disabled")


def _vault_password(team) -> str:  # team: TeamDesk
    """The signed-in officer's vault password: KUZET_VAULT_PASSWORD, else as their sign-in
    password (KUZET_PASSWORD, the keyring, a prompt); exit 1 when there is none."""
    import os

    from .signin import password_for

    identity = team.identity()
    login = identity.login if identity is not None else ""
    given = os.environ.get("KUZET_VAULT_PASSWORD") or (password_for(login) if login else None)
    if not given:
        fail(
            "The document vault is locked and its key must change: give your vault password "
            "(KUZET_VAULT_PASSWORD or KUZET_PASSWORD, or run in a terminal). Nothing was changed."
        )
    return given


@officer_app.command("role")
def set_role(
    ctx: typer.Context,
    login: str = typer.Argument(...),
    role: str = typer.Argument(..., help="mlro, deputy, analyst, auditor or admin."),
    reason: str = typer.Option(..., "--reason", help="Why (goes in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Change an officer's role."""
    from ..registers.errors import RegisterError
    from ..registers.system.permissions import ROLES

    if role not in ROLES:
        fail(f"ROLE must be one of {', '.join(ROLES)}", EXIT_USAGE)
    team = open_desk(ctx, db).team
    try:
        team.set_role(_officer_id(team, login), role, reason)
    except RegisterError as exc:
        _refused(exc)
    typer.echo(f"officer {login} is now {role}")


@officer_app.command("list")
def list_officers(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Every officer: login, role, name, and whether disabled."""
    for row in open_desk(ctx, db, write=False).team.officers():
        state = "" if row.active else "  (disabled)"
        typer.echo(f"{row.login}\t{row.role}\t{row.name}{state}")


@approvals_app.callback()
def approvals_root(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Without a command: the pending requests (as ``kuzet approvals list``)."""
    if ctx.invoked_subcommand is None:
        _print_requests(ctx, db, "pending")


def _print_requests(ctx: typer.Context, db: Path | None, state: str) -> None:
    for r in open_desk(ctx, db, write=False).team.requests(state):
        when = f"{r.created_at:%Y-%m-%d %H:%M}" if r.created_at else ""
        checker = f" by {r.checker}" if r.checker else ""
        typer.echo(
            f"#{r.id}\t{r.state}{checker}\t{r.kind}\t{r.target}\tmaker {r.maker}\t{when}"
            + (f"\t{r.reason}" if r.reason else "")
        )


@approvals_app.command("list")
def list_requests(
    ctx: typer.Context,
    state: str = typer.Option(
        "pending", "--state", help="pending, approved, rejected, withdrawn or all."
    ),
    db: Path | None = DbOption,
) -> None:
    """Approval requests in a state (default: pending), newest first."""
    if state not in ("pending", "approved", "rejected", "withdrawn", "all"):
        fail("--state must be pending, approved, rejected, withdrawn or all", EXIT_USAGE)
    _print_requests(ctx, db, "" if state == "all" else state)


def _decide(ctx: typer.Context, db: Path | None, action: str, request_id: int, reason: str):
    from ..registers.errors import RegisterError

    team = open_desk(ctx, db).team
    try:
        getattr(team, action)(request_id, reason)
    except RegisterError as exc:
        _refused(exc)


@approvals_app.command("approve")
def approve(
    ctx: typer.Context,
    request_id: int = typer.Argument(...),
    reason: str = ReasonOption,
    db: Path | None = DbOption,
) -> None:
    """Approve another officer's request: its change is applied now (checked again)."""
    _decide(ctx, db, "approve", request_id, reason)
    typer.echo(f"request #{request_id} approved and applied")


@approvals_app.command("reject")
def reject(
    ctx: typer.Context,
    request_id: int = typer.Argument(...),
    reason: str = typer.Option(..., "--reason", help="Why (goes in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Reject another officer's request: nothing of it is applied."""
    _decide(ctx, db, "reject", request_id, reason)
    typer.echo(f"request #{request_id} rejected")


@approvals_app.command("withdraw")
def withdraw(
    ctx: typer.Context,
    request_id: int = typer.Argument(...),
    reason: str = ReasonOption,
    db: Path | None = DbOption,
) -> None:
    """Withdraw your own request."""
    _decide(ctx, db, "withdraw", request_id, reason)
    typer.echo(f"request #{request_id} withdrawn")
