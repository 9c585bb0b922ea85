"""kuzet rules: list the rule pack, check a pack, override a value.

Each command imports what it uses when it runs, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app
from .common import DbOption, fail, open_desk, parse_day

rules_app = typer.Typer(help="The rule pack: every number of the law with its source.")
app.add_typer(rules_app, name="rules")


@rules_app.command("list")
def list_rules(
    ctx: typer.Context,
    db: Path | None = DbOption,
    on: str | None = typer.Option(None, "--on", help="Values in force on this date (YYYY-MM-DD)."),
    prefix: str = typer.Option("", "--key", help="Only rules whose key starts with this."),
) -> None:
    """Each rule: value in force, confidence mark, source, and any officer override."""
    day = parse_day(on, "--on")
    lines = open_desk(ctx, db).system.rule_lines(day)
    for line in lines:
        if not line.key.startswith(prefix):
            continue
        unit = f" {line.unit}" if line.unit else ""
        mark = f"[{line.confidence}]" + (" OVERRIDDEN" if line.overridden else "")
        typer.echo(f"{line.key} = {line.value}{unit} {mark}\n    {line.title}; {line.source}")


@rules_app.command("check")
def check(
    directory: Path = typer.Argument(None, help="A rule-pack folder (default: the shipped one)."),
) -> None:
    """Validate a rule pack: unknown keys, missing sources and overlapping dates are errors."""
    from ..paths import rules_dir
    from ..regime.rulepack import RulePackError, load_pack

    try:
        pack = load_pack(directory or rules_dir())
    except RulePackError as exc:
        fail(str(exc))
    typer.echo(f"{len(pack.rules)} rules, all valid ({pack.directory})")


@rules_app.command("override")
def override(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The rule key, e.g. mining.mandatory_sale.share"),
    value: str = typer.Argument(..., help="The value, written as in the rule pack (TOML)."),
    valid_from: str = typer.Option(..., "--from", help="First day it applies (YYYY-MM-DD)."),
    valid_to: str | None = typer.Option(None, "--to", help="Last day it applies."),
    reason: str = typer.Option(..., "--reason", help="Why (recorded in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Override a rule's value from a date, with a reason (audited)."""
    from ..registers.errors import RegisterError

    data = {
        "value": value,
        "valid_from": parse_day(valid_from, "--from"),
        "valid_to": parse_day(valid_to, "--to"),
        "reason": reason,
    }
    system = open_desk(ctx, db).system
    try:
        row = system.save_override(key, data)
    except RegisterError as exc:
        fail(f"{key}: {exc}")
    typer.echo(f"override #{row.id} of {key} recorded")
