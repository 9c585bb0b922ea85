"""``kuzet vault``: the document vault's key when it is lost for good."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from .apps import app
from .common import EXIT_PROBLEM, DbOption, fail, open_store
from .words import counted

vault_app = typer.Typer(help="The document vault's key.")
app.add_typer(vault_app, name="vault")

PASSPHRASE_ENV = "KUZET_VAULT_PASSPHRASE"


@vault_app.command("new-key")
def new_key(
    ctx: typer.Context,
    reason: str = typer.Option(..., "--reason", help="Why the old key is lost (in the trail)."),
    db: Path | None = DbOption,
) -> None:
    """Replace a lost vault key: new documents go under a new key; the documents under the
    lost one are listed as unreadable (their records stay). Where no OS keyring is usable
    the new passphrase comes from KUZET_VAULT_PASSPHRASE, else it is asked twice."""
    from ..store import keys
    from ..store.lost_key import replace_lost_key

    if not reason.strip():
        fail("Say why the vault key is lost (--reason); it goes in the trail.", 2)
    store = open_store(ctx, db, write=True)
    ctx.call_on_close(store.close)
    passphrase = None
    if not keys.keyring_status().usable:
        passphrase = os.environ.get(PASSPHRASE_ENV) or typer.prompt(
            "New vault passphrase", hide_input=True, confirmation_prompt=True
        )
    try:
        replaced = replace_lost_key(store, reason, passphrase)
    except keys.VaultError as exc:
        fail(str(exc), EXIT_PROBLEM)
    typer.echo(
        f"The lost vault key {replaced.old_vault_id} was retired; new documents go under "
        f"{replaced.new_vault_id} ({replaced.key_source})."
    )
    if replaced.unreadable:
        typer.echo(f"{counted(len(replaced.unreadable), 'document')} cannot be opened any more:")
        for line in replaced.unreadable:
            typer.echo(f"  {line}")
    else:
        typer.echo("No document was under the lost key.")
