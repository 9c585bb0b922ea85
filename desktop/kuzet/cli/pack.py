"""kuzet pack: the PDF audit pack (and its manifest, and the evidence ZIP); kuzet pack verify.

Each command imports what it uses when it runs (reportlab is slow to load), so
``kuzet --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import typer

from ..clock import SYSTEM_CLOCK, FixedClock
from .apps import app
from .common import DbOption, fail, open_desk, parse_day, stderr_progress

EXIT_USAGE = 2
LANGS = ("en", "ru")

pack_app = typer.Typer(
    help="Build the PDF audit pack (kuzet pack --out FILE.pdf), or check one (kuzet pack verify).",
    invoke_without_command=True,
)
app.add_typer(pack_app, name="pack")


def _period(start: str | None, end: str | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """Both dates absent: the last full calendar quarter; ``--from`` alone runs to today;
    ``--to`` alone starts on 1 January of its year."""
    from ..reports.pack import default_period

    day_from, day_to = parse_day(start, "--from"), parse_day(end, "--to")
    if day_from is None and day_to is None:
        period = default_period(today)
        return period.date_from, period.date_to
    day_to = day_to or today
    day_from = day_from or dt.date(day_to.year, 1, 1)
    if day_from > day_to:
        fail(f"--from {day_from} is after --to {day_to}", EXIT_USAGE)
    return day_from, day_to


def _sections(text: str | None) -> list[str] | None:
    from ..reports.sections.registry import UnknownSection, chosen_keys

    if text is None:
        return None
    try:
        return chosen_keys(text.split(","))
    except UnknownSection as exc:
        fail(f"--sections: {exc}", EXIT_USAGE)
    except ValueError as exc:
        fail(f"--sections: {exc}", EXIT_USAGE)


@pack_app.callback()
def pack(
    ctx: typer.Context,
    out: Path | None = typer.Option(None, "--out", help="The PDF to write (FILE.pdf)."),
    date_from: str | None = typer.Option(
        None, "--from", help="First day (YYYY-MM-DD); default: the last full calendar quarter."
    ),
    date_to: str | None = typer.Option(None, "--to", help="Last day (YYYY-MM-DD)."),
    lang: str = typer.Option("en", "--lang", help="Language of the pack: en or ru."),
    sections: str | None = typer.Option(
        None,
        "--sections",
        help="Comma-separated keys (default all): firm, licences, mining, customers, "
        "screening, training, audits, monitoring, rules, trail.",
    ),
    redact: bool = typer.Option(
        False, "--redact", help="Mask customers' names and identification numbers."
    ),
    with_evidence: Path | None = typer.Option(
        None,
        "--with-evidence",
        help="Also write this ZIP: the PDF, the manifest and decrypted copies of the documents "
        "the pack cites (vault passphrase from KUZET_VAULT_PASSPHRASE, or asked).",
    ),
    db: Path | None = DbOption,
) -> None:
    """Build the audit pack: a PDF with a manifest (SHA-256 of the PDF and of every
    evidence file) beside it. Prints the pages, the SHA-256 and the manifest's path."""
    if ctx.invoked_subcommand is not None:
        return
    if out is None:
        fail("Missing option --out FILE.pdf (or use: kuzet pack verify FILE)", EXIT_USAGE)
    if lang.lower() not in LANGS:
        fail(f"--lang: {lang!r} is not one of {', '.join(LANGS)}", EXIT_USAGE)
    today = SYSTEM_CLOCK.today()  # the options are checked first; the pack uses this day too
    period = _period(date_from, date_to, today)
    keys = _sections(sections)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    system = open_desk(ctx, db, write=False, clock=FixedClock(today)).system
    outcome = _build(system, out, period, lang.lower(), keys, redact, with_evidence)
    result = outcome.result
    typer.echo(f"Audit pack written: {result.pdf_path} ({result.pages} pages)")
    typer.echo(f"SHA-256: {result.sha256}")
    typer.echo(f"Manifest: {result.manifest_path}")
    typer.echo(f"Pack ID: {result.pack_id}; evidence files: {len(result.evidence)}")
    if outcome.bundle_path is not None:
        typer.echo(f"With evidence: {outcome.bundle_path}")
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)


def _build(system, out, period, lang, keys, redact, with_evidence):  # -> PackOutcome
    """The pack through the system desk, asking once for the vault's passphrase where the
    pack cites documents and the environment gives none."""
    from ..progress import Cancelled, Progress
    from ..reports.pack import PASSPHRASE_ENV
    from ..store.keys import VaultError, VaultLocked

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    choices = {"lang": lang, "sections": keys, "redact": redact, "with_evidence": with_evidence}
    for attempt in range(2):
        try:
            progress = Progress(stderr_progress)
            outcome = system.build_pack(
                out, *period, progress, vault_passphrase=passphrase, **choices
            )
        except VaultLocked as exc:
            typer.echo("", err=True)
            if attempt or passphrase is not None or not sys.stdin.isatty():
                fail(str(exc))
            passphrase = typer.prompt("Vault passphrase", hide_input=True, err=True)
            continue
        except VaultError as exc:
            typer.echo("", err=True)
            fail(str(exc))
        except Cancelled:
            fail("Cancelled: no file was written.")
        except (OSError, ValueError) as exc:
            typer.echo("", err=True)
            fail(f"The pack was not written: {exc}")
        typer.echo("", err=True)
        return outcome
    fail("The vault stayed locked: no file was written.")


@pack_app.command("verify")
def verify(
    file: Path = typer.Argument(..., help="FILE.manifest.json, FILE.pdf or the evidence ZIP."),
) -> None:
    """Check a pack against its manifest (the PDF's size and SHA-256, and that every evidence
    file was hashed), or a "with evidence" ZIP file by file. Exit 1 naming each problem."""
    from ..reports.bundle import verify_bundle
    from ..reports.manifest import load_manifest, verify_manifest
    from ..reports.pack import manifest_for

    if file.suffix.lower() == ".zip":
        problems = verify_bundle(file)
        summary = f"{file}: every file matches the manifest inside the ZIP"
    else:
        manifest = manifest_for(file)
        problems = verify_manifest(manifest)
        summary = ""
        if not problems:
            data = load_manifest(manifest)
            pdf = data["pdf"]
            summary = (
                f"{manifest.with_name(pdf['file'])}: matches its manifest "
                f"(pack {data['pack_id']}, {pdf['pages']} pages, SHA-256 {pdf['sha256']}; "
                f"{len(data.get('evidence', []))} evidence file(s) recorded)"
            )
    if problems:
        for problem in problems:
            typer.echo(f"PROBLEM: {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(summary)
