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
from .words import counted

EXIT_USAGE = 2
LANGS = ("en", "ru", "kk")

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
    lang: str = typer.Option("en", "--lang", help="Language of the pack: en, ru or kk."),
    sections: str | None = typer.Option(
        None,
        "--sections",
        help="Comma-separated keys (default all): findings, evidence_map, firm, licences, "
        "mining, customers, screening, training, audits, monitoring, rules, trail, signoff.",
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
    sample: int | None = typer.Option(
        None,
        "--sample",
        help="Add the auditor's sample: N customer files drawn at random, stratified by "
        "risk tier, printed in full.",
    ),
    seed: int | None = typer.Option(
        None,
        "--seed",
        help="The sample's seed (same database and seed: same sample); "
        "default: a random seed, printed.",
    ),
    by: int | None = typer.Option(
        None,
        "--by",
        help="The officer who prepares the pack: a staff id of the staff register "
        "(default: the MLRO in office, when on the staff register; else refused).",
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
    if seed is not None and sample is None:
        fail("--seed needs --sample N", EXIT_USAGE)
    if sample is not None and sample < 1:
        fail(f"--sample: {sample} is not a number of files (1 or more)", EXIT_USAGE)
    if sample is not None and seed is None:
        import secrets

        seed = secrets.randbelow(1_000_000)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    system = open_desk(ctx, db, write=False, clock=FixedClock(today)).system
    drawn = {"sample_size": sample or 0, "sample_seed": seed, "prepared_by": by}
    outcome = _build(system, out, period, lang.lower(), keys, redact, with_evidence, drawn)
    result = outcome.result
    typer.echo(f"Audit pack written: {result.pdf_path} ({result.pages} pages)")
    typer.echo(f"SHA-256: {result.sha256}")
    typer.echo(f"Manifest: {result.manifest_path}")
    typer.echo(f"Pack ID: {result.pack_id}; evidence files: {len(result.evidence)}")
    if sample:
        typer.echo(f"Sample: {counted(sample, 'customer file')}, seed {seed}")
    if outcome.bundle_path is not None:
        typer.echo(f"With evidence: {outcome.bundle_path}")
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)


def _build(system, out, period, lang, keys, redact, with_evidence, drawn=None):  # -> PackOutcome
    """The pack through the system desk, asking once for the vault's passphrase where the
    pack cites documents and the environment gives none."""
    from ..progress import Cancelled, Progress
    from ..reports.pack import PASSPHRASE_ENV
    from ..reports.preparer import NoPreparer, UnknownPreparer
    from ..store.keys import VaultError, VaultLocked

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    choices = {"lang": lang, "sections": keys, "redact": redact, "with_evidence": with_evidence}
    choices |= drawn or {}
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
        except (UnknownPreparer, NoPreparer) as exc:
            typer.echo("", err=True)
            fail(f"The pack was not written: {exc}", EXIT_USAGE)
        except (OSError, ValueError) as exc:
            typer.echo("", err=True)
            fail(f"The pack was not written: {exc}")
        typer.echo("", err=True)
        return outcome
    fail("The vault stayed locked: no file was written.")


@pack_app.command("verify")
def verify(
    file: Path = typer.Argument(
        ..., help="The PDF (a copy under any name), FILE.manifest.json or the evidence ZIP."
    ),
    manifest: Path | None = typer.Option(
        None,
        "--manifest",
        help="The manifest to check a PDF against (default: FILE.manifest.json beside it).",
    ),
) -> None:
    """Check a file against its manifest: given a PDF, that very file's size and SHA-256
    (against the manifest beside it, or --manifest); given a manifest, the PDF it names
    beside it; given a "with evidence" ZIP, every file in it. Also that every evidence file
    was hashed. Exit 1 naming each problem."""
    from ..reports.bundle import verify_bundle
    from ..reports.manifest import load_manifest, verify_manifest
    from ..reports.pack import manifest_for

    given_manifest = file.name.lower().endswith(".json")
    if manifest is not None and (given_manifest or file.suffix.lower() == ".zip"):
        fail("--manifest goes with a PDF: a manifest or a ZIP carries its own", EXIT_USAGE)
    if file.suffix.lower() == ".zip":
        problems = verify_bundle(file)
        summary = f"{file}: every file matches the manifest inside the ZIP"
    else:
        if given_manifest:
            manifest, pdf_file = file, None
        else:
            manifest, pdf_file = manifest or manifest_for(file), file
        problems = verify_manifest(manifest, pdf_file=pdf_file)
        summary = ""
        if not problems:
            data = load_manifest(manifest)
            pdf = data["pdf"]
            checked = pdf_file or manifest.with_name(pdf["file"])
            summary = (
                f"{checked}: matches its manifest {manifest} "
                f"(pack {data['pack_id']}, {pdf['pages']} pages, SHA-256 {pdf['sha256']}; "
                f"{counted(len(data.get('evidence', [])), 'evidence file')} recorded)"
            )
    if problems:
        for problem in problems:
            typer.echo(f"PROBLEM: {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(summary)
