"""kuzet lists / lists import / screen / hits / hits decide: watchlists and screening.

The commands reach the screening area through ``open_desk``; what would load the
database layer or the list parsers is imported inside a command, not at the top, so that
``kuzet --help`` stays fast."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..progress import Progress
from ..registers.errors import RegisterError
from .apps import app
from .common import DbOption, fail, open_desk, stderr_progress

FORMATS = ("un-xml", "ofac-csv", "ofac-xml", "eu-csv", "afm-xml", "afm-pf-xml", "csv")
STATUSES = ("open", "true_match", "false_positive", "auto_cleared", "lapsed", "all")
NO_LISTS = "No watchlist imported yet: kuzet lists import --format FORMAT FILE..."

lists_app = typer.Typer(
    help="Watchlists: the versions in force (kuzet lists) and importing an edition "
    "(kuzet lists import).",
    invoke_without_command=True,
)
hits_app = typer.Typer(
    help="Screening hits: list them (kuzet hits) and decide one (kuzet hits decide).",
    invoke_without_command=True,
)
app.add_typer(lists_app, name="lists")
app.add_typer(hits_app, name="hits")


@lists_app.callback(invoke_without_command=True)
def list_versions(
    ctx: typer.Context,
    every: bool = typer.Option(False, "--all", help="Every version, not only those in force."),
    db: Path | None = DbOption,
) -> None:
    """List the watchlist versions: date, hash, entries and the changes from the version
    before."""
    if ctx.invoked_subcommand is not None:
        return
    from ..registers.listing import ListQuery  # here: start-up time

    screening = open_desk(ctx, db, write=False).screening
    listing = screening.version_listing()
    ids = screening.list_ids(listing, ListQuery(filters={"state": "" if every else "active"}))
    rows = screening.list_rows(listing, ids)
    if not ids:
        typer.echo(NO_LISTS)
        return
    for version_id in ids:
        name, state, published, imported, entries, added, changed, removed, fmt, sha = rows[
            version_id
        ]
        shown = f"{published:%d.%m.%Y}" if published else "no date"
        typer.echo(
            f"#{version_id:<4} {name:<16} {state:<9} published {shown:<10} "
            f"imported {imported:%d.%m.%Y %H:%M}  {entries:>6} entries "
            f"(+{added} ~{changed} -{removed})  {fmt:<8} sha256 {sha}"
        )


@lists_app.command("import")
def import_lists(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="List file(s)."),
    list_format: str = typer.Option(
        ...,
        "--format",
        help="un-xml, ofac-csv (the sdn, alt and add files together), ofac-xml, eu-csv, "
        "afm-xml, afm-pf-xml (the AFM proliferation-financing list) or csv "
        "(ref,name,aliases,dob,kind, optional iin and wallets).",
    ),
    name: str = typer.Option("", "--name", help="The list's name (default: from the file)."),
    rescreen: bool = typer.Option(
        True, "--rescreen/--no-rescreen", help="Re-screen every customer and owner afterwards."
    ),
    db: Path | None = DbOption,
) -> None:
    """Import a list edition as a new version, all files or none; then re-screen."""
    if list_format not in FORMATS:
        fail(f"--format {list_format!r}: use one of {', '.join(FORMATS)}", 2)
    screening = open_desk(ctx, db).screening
    try:
        results = screening.import_lists(list_format, files, name, Progress(stderr_progress))
        typer.echo("", err=True)  # end the progress line
        for result in results:
            typer.echo(result.summary())
        for result in results:
            for warning in result.warnings:
                typer.echo(f"warning: {warning}", err=True)
        if rescreen and any(not r.already_imported for r in results):
            _screen_all(screening, "list import")
        gap = screening.lists_gap()
        if gap is not None:
            typer.echo(str(gap), err=True)
    except RegisterError as exc:
        fail(f"{', '.join(str(f) for f in files)}: {exc}")


def _screen_all(screening, trigger: str, show_hits: bool = False) -> None:  # ScreeningDesk
    outcome = screening.screen_all(Progress(stderr_progress), trigger=trigger)
    typer.echo("", err=True)
    if outcome is None:
        typer.echo("No watchlist imported: nothing screened.")
        return
    typer.echo(outcome.summary())
    if show_hits:
        _print_hits(screening, outcome.open_hit_ids)


@app.command("screen")
def screen_command(
    ctx: typer.Context,
    customer: int | None = typer.Option(None, "--customer", help="Screen this customer."),
    every: bool = typer.Option(False, "--all", help="Screen every customer and owner."),
    names: Path | None = typer.Option(
        None,
        "--names",
        exists=True,
        dir_okay=False,
        help="Screen the names in FILE (one name<TAB>dob per line); nothing is recorded.",
    ),
    as_json: bool = typer.Option(False, "--json", help="With --names: one JSON object a line."),
    db: Path | None = DbOption,
) -> None:
    """Screen customers and owners (recorded as a run), or names from a file (not recorded)."""
    if sum([customer is not None, every, names is not None]) != 1:
        fail("give one of --customer ID, --all or --names FILE", 2)
    if names is not None:
        _screen_names(ctx, db, names, as_json)
        return
    screening = open_desk(ctx, db).screening
    gap = screening.lists_gap()
    if gap is not None and gap.kind == "screening_lists_missing":
        fail(f"{gap}\nNothing was screened.")  # no list: screening would find nobody
    try:
        if every:
            _screen_all(screening, "on demand", show_hits=True)
        else:
            assert customer is not None
            outcome = screening.screen_customer(customer)
            if outcome is None:
                fail(NO_LISTS)
            typer.echo(outcome.summary())
            _print_hits(screening, outcome.open_hit_ids)
    except RegisterError as exc:
        fail(str(exc))
    if gap is not None:  # screened, but against out-of-date lists: the result is not clean
        fail(str(gap))


def _print_hits(screening, hit_ids: list[int]) -> None:  # screening: ScreeningDesk
    for hit in screening.hits(hit_ids):
        typer.echo(f"hit #{hit.id} (open, score {hit.score}):")
        for line in json.loads(hit.explanation)["lines"]:
            typer.echo(f"  {line}")


def read_names(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, name, dob) per non-empty line of ``path``; fails naming the line on a bad date."""
    from ..screening.listdates import is_birth_date  # here: start-up time

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{path}: cannot be read as UTF-8 text ({exc})")
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        name, _, dob = line.partition("\t")
        name, dob = " ".join(name.split()), dob.strip()
        if not name:
            continue
        if dob and not is_birth_date(dob):
            fail(f"{path.name} line {number}, field dob: {dob!r} is not YYYY-MM-DD or YYYY")
        found.append((number, name, dob or None))
    return found


def _screen_names(ctx: typer.Context, db: Path | None, path: Path, as_json: bool) -> None:
    queries = read_names(path)
    screening = open_desk(ctx, db, write=False).screening
    found = screening.screen_names([(name, dob) for _, name, dob in queries])
    if found is None:
        fail(NO_LISTS)
    for (_, name, dob), hits in zip(queries, found, strict=True):
        if as_json:
            matches = [
                {
                    "list": h.source,
                    "ref": h.ref,
                    "name": h.list_name,
                    "score": round(h.score / 100, 2),
                    "explanation": [line.strip() for line in h.explanation()],
                }
                for h in hits
            ]
            typer.echo(json.dumps({"query": name, "matches": matches}, ensure_ascii=False))
            continue
        typer.echo(f"{name}{f' ({dob})' if dob else ''}: {len(hits)} match(es)")
        for hit in hits:
            typer.echo(f"  {hit.score:>3}  {hit.source} {hit.ref}  {hit.list_name}")
            for factor in hit.factors:  # a partial name: which parts matched, which are absent
                if factor.description.startswith("partial name"):
                    typer.echo(f"       {factor.description}")


@hits_app.callback(invoke_without_command=True)
def list_hits(
    ctx: typer.Context,
    status: str = typer.Option("open", "--status", help=f"{', '.join(STATUSES)}."),
    as_json: bool = typer.Option(False, "--json", help="A JSON array with the explanations."),
    db: Path | None = DbOption,
) -> None:
    """List screening hits (open ones by default), best score first."""
    if ctx.invoked_subcommand is not None:
        return
    from ..registers.listing import ListQuery  # here: start-up time

    if status not in STATUSES:
        fail(f"--status {status!r}: use one of {', '.join(STATUSES)}", 2)
    screening = open_desk(ctx, db, write=False).screening
    listing = screening.hit_listing()
    query = ListQuery(filters={"status": "" if status == "all" else status})
    ids = screening.list_ids(listing, query)
    rows = screening.list_rows(listing, ids)
    keys = [column.key for column in listing.columns]
    if as_json:
        hits = screening.hits(ids)
        subjects = {hit_id: dict(zip(keys, rows[hit_id], strict=True))["subject"] for hit_id in ids}
        typer.echo(json.dumps([_hit_json(h, subjects[h.id]) for h in hits], ensure_ascii=False))
        return
    for hit_id in ids:
        row = dict(zip(keys, rows[hit_id], strict=True))
        level = f"{row['severity']:<9} " if row.get("severity") else ""
        typer.echo(
            f"#{hit_id:<5} {level}{row['score']:>3}  {row['status']:<22} "
            f"{row['raised']:%d.%m.%Y}  {row['subject']}  ~  {row['entry_name']} "
            f"({row['list']} {row['ref']})"
        )
    if not ids:
        typer.echo("No hits.")


def _hit_json(hit, subject: str) -> dict:  # hit: ScreeningHit
    return {
        "id": hit.id,
        "customer_id": hit.customer_id,
        "owner_id": hit.owner_id,
        "subject": subject,
        "screened_name": hit.subject_name,
        "list": hit.list_name,
        "list_version": hit.version_id,
        "ref": hit.entry_ref,
        "name": hit.entry_name,
        "score": hit.score,
        "status": hit.status,
        "explanation": json.loads(hit.explanation)["lines"],
        "decided_by": hit.decided_by,
        "decided_at": hit.decided_at.isoformat() if hit.decided_at else None,
        "reason": hit.reason,
    }


@hits_app.command("decide")
def decide_hit(
    ctx: typer.Context,
    hit_id: int = typer.Argument(..., help="The hit's number (kuzet hits)."),
    true_match: bool = typer.Option(False, "--true-match", help="The person is the listed one."),
    false_positive: bool = typer.Option(False, "--false-positive", help="Not the listed one."),
    reason: str = typer.Option(..., "--reason", help="Why (goes in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Decide an open hit: true match (the customer is flagged) or false positive
    (remembered for that customer and entry)."""
    if true_match == false_positive:
        fail("give --true-match or --false-positive", 2)
    screening = open_desk(ctx, db).screening
    try:
        decision = screening.decide_hit(
            hit_id, "true_match" if true_match else "false_positive", reason
        )
    except RegisterError as exc:
        fail(f"hit #{hit_id}: {exc}")
    typer.echo(f"hit #{hit_id}: {decision.status.replace('_', ' ')} ({decision.version_note})")
    if decision.remembered_until:
        typer.echo(f"remembered as a false positive until {decision.remembered_until:%d.%m.%Y}")
    for number, step in enumerate(decision.next_steps, start=1):
        typer.echo(f"{number}. {step}")
