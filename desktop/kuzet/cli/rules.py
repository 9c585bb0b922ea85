"""kuzet rules: list the rule pack, check a pack, override a value, update the pack.

Each command imports what it uses when it runs, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

import sys
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
    stale: bool = typer.Option(
        False,
        "--stale",
        help="Only rules whose source is due for review (not reviewed in 12 months).",
    ),
) -> None:
    """Each rule: value in force, mark, source, when reviewed, and any officer override."""
    day = parse_day(on, "--on")
    system = open_desk(ctx, db).system
    pack = system.rule_pack()
    if pack.info is not None:
        typer.echo(f"rule pack {pack.info.version} ({pack.info.title}), SHA-256 {pack.sha256}")
    for line in system.rule_lines(day):
        if not line.key.startswith(prefix) or (stale and not line.stale):
            continue
        unit = f" {line.unit}" if line.unit else ""
        mark = f"[{line.confidence}]" + (" OVERRIDDEN" if line.overridden else "")
        reviewed = line.reviewed.isoformat() if line.reviewed else "never"
        due = " (review due)" if line.stale else ""
        typer.echo(
            f"{line.key} = {line.value}{unit} {mark}\n    {line.title}; {line.source}"
            f"\n    reviewed {reviewed}{due}"
        )
        if line.flag:
            typer.echo(f"    FLAGGED: {line.flag}")


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
    version = f"rule pack {pack.version}, " if pack.version else ""
    typer.echo(f"{version}{len(pack.rules)} rules, all valid ({pack.directory})")


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


@rules_app.command("update")
def update(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A rule pack: a ZIP of its folder, or the folder."),
    yes: bool = typer.Option(False, "--yes", help="Apply without asking (for scripts)."),
    db: Path | None = DbOption,
) -> None:
    """Import a newer rule pack: show its version, SHA-256 and the rule-by-rule changes,
    then apply it (with --yes, or when confirmed at a terminal). Exit 1 when refused."""
    from ..registers.errors import RegisterError
    from ..registers.system import rule_updates

    asks = not yes and sys.stdin.isatty()
    system = open_desk(ctx, db, write=yes or asks).system
    try:
        preview = system.preview_rule_update(file)
    except RegisterError as exc:
        fail(str(exc))
    for text in rule_updates.preview_lines(preview):
        typer.echo(text)
    if not yes:
        if not asks:
            typer.echo("Nothing changed. Run again with --yes to apply this pack.")
            return
        if not typer.confirm("Apply this rule pack?", default=False):
            typer.echo("Nothing changed.")
            return
    try:
        row = system.apply_rule_update(preview)
    except RegisterError as exc:
        fail(str(exc))
    typer.echo(f"rule pack {row.version} applied ({preview.diff.summary()}); recorded in the trail")
