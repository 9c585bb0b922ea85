"""gui, demo, verify, id: the commands that come with the foundation.

Each command imports what it uses when it runs, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app
from .common import (
    EXIT_PROBLEM,
    DbOption,
    chosen_db,
    chosen_location,
    fail,
    open_desk,
    stderr_progress,
    take_write_lock,
)

EXIT_USAGE = 2


@app.command()
def gui(
    ctx: typer.Context,
    db: Path | None = DbOption,
    exit_after_show: bool = typer.Option(
        False, "--exit-after-show", help="Print ms from process start to the shown window; exit."
    ),
    tour: Path | None = typer.Option(
        None,
        "--tour",
        help="Open every page, tab and dialog, save a PNG of each and their visible texts "
        "(tour.json) in this folder, then exit (1 if a screen failed to open). On the demo "
        "firm unless --db or KUZET_DB names a database.",
    ),
    lang: str = typer.Option("en", "--lang", help="The tour's language: en, ru or kk."),
    size: str = typer.Option("1366x768", "--size", help="The tour's window size, WIDTHxHEIGHT."),
) -> None:
    """Open the main window (the same as running kuzet with no command)."""
    if tour is not None:
        raise typer.Exit(_tour(ctx, db, tour, lang, size))
    from ..ui.launch import run_gui

    location = chosen_location(ctx, db)  # a team database opens too (ui/team_open.py)
    target = location.url if location.is_postgresql else location.path
    raise typer.Exit(run_gui(target, exit_after_show=exit_after_show))


def _tour(ctx: typer.Context, db: Path | str | None, out: Path, lang: str, size: str) -> int:
    """``gui --tour``: on the database given, else on the demo firm (built if missing)."""
    import os

    from ..paths import demo_db_path
    from ..ui.tour.runner import parse_size, run_tour

    if lang not in ("en", "ru", "kk"):
        typer.echo(f"--lang must be en, ru or kk, not {lang!r}", err=True)
        return EXIT_USAGE
    try:
        width_height = parse_size(size)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        return EXIT_USAGE
    root = ctx.find_root()
    given = db or (root.obj or {}).get("db") or os.environ.get("KUZET_DB")
    path = chosen_db(ctx, db) if given else demo_db_path()
    if not given and not path.exists():
        from ..demo.build import build_demo
        from ..progress import Progress

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path, progress=Progress(stderr_progress)).close()
    if not _tour_signed_in(ctx, path):
        typer.echo("the tour of a firm other than the demo needs --officer LOGIN", err=True)
        return EXIT_USAGE
    return run_tour(path, out.expanduser().resolve(), lang, width_height)


def _tour_signed_in(ctx: typer.Context, path: Path) -> bool:
    """Sign the tour's officer in (``--officer``, or the demo's MLRO) before the window
    opens, so that no sign-in dialog waits for a click."""
    from ..registers.system import signin
    from ..store.session import Store
    from .signin import sign_in_for_command

    store, _ = Store.open(path)
    try:
        sign_in_for_command(ctx, store)
    finally:
        store.close()
    return signin.current() is not None


@app.command()
def demo(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None,
        "--db",
        parser=lambda text: text if "://" in text else Path(text),  # a URL keeps its //
        help="Where to build it: a file or a team database URL (default: <data dir>/demo.sqlite).",
    ),
    customers: int = typer.Option(200, "--customers", min=0, help="How many demo customers."),
    seed: int = typer.Option(7, "--seed", help="Random seed: the same seed builds the same firm."),
    open_window: bool = typer.Option(False, "--open", help="Open the window on it afterwards."),
) -> None:
    """Build (or rebuild) a realistic demo firm: a miner that also runs an exchange desk."""
    from ..demo.build import DemoRefused, build_demo
    from ..paths import demo_db_path
    from ..progress import Progress
    from ..store.location import LocationError, parse_location

    root_db = (ctx.find_root().obj or {}).get("db")
    try:
        location = parse_location(db or root_db or demo_db_path())
    except LocationError as exc:
        fail(f"--db: {exc}", EXIT_USAGE)
    path = location.path
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = None
    if not location.is_postgresql:
        lock = take_write_lock(ctx, path)  # never rebuild a demo that a window has open
    try:
        store = build_demo(
            location, customers=customers, seed=seed, progress=Progress(stderr_progress)
        )
    except DemoRefused as exc:
        fail(str(exc))
    store.close()
    typer.echo(f"\nDemo firm ready: {location.display()}", err=True)
    if open_window:
        if lock is None:
            fail("--open: open a team database from the window's sign-in instead", EXIT_USAGE)
        lock.release()  # the window takes it
        from ..ui.launch import run_gui

        raise typer.Exit(run_gui(path))


@app.command()
def verify(
    ctx: typer.Context,
    db: Path | None = DbOption,
    against: Path | None = typer.Option(
        None,
        "--against",
        help="A pack's MANIFEST.json: also prove the trail still holds the chain up to the "
        "head it recorded (nothing removed from the tail, rewritten or recomputed).",
    ),
) -> None:
    """Recompute the audit chain and check every register row against it (exit 1 if broken);
    with --against, also check the trail against the head a pack's manifest recorded."""
    anchor = _anchor_of(against) if against is not None else None
    system = open_desk(ctx, db).system
    report = system.verify_trail()
    typer.echo(report.summary())
    intact = report.intact
    if anchor is not None:
        checked = system.verify_trail_against(anchor)
        typer.echo(f"Against {against}: {checked.summary()}")
        intact = intact and checked.intact
    if not intact:
        raise typer.Exit(EXIT_PROBLEM)


def _anchor_of(manifest: Path):  # -> TrailAnchor
    """The trail head a pack's manifest recorded (exit 2 if it cannot serve)."""
    from ..reports.manifest import load_manifest
    from ..store.anchor import TrailAnchor

    try:
        data = load_manifest(manifest)
    except (OSError, ValueError) as exc:
        fail(f"--against: cannot read the manifest {manifest}: {exc}", EXIT_USAGE)
    if "trail_head" not in data:
        fail(
            f"--against: {manifest} records no trail head (a pack made before Kuzet recorded "
            "one): there is nothing to check the trail against",
            EXIT_USAGE,
        )
    try:
        return TrailAnchor.from_dict(data["trail_head"])
    except ValueError as exc:
        fail(f"--against: {manifest}: {exc}", EXIT_USAGE)


@app.command("id")
def id_command(numbers: list[str] = typer.Argument(..., help="IINs or BINs (12 digits).")) -> None:
    """Check IINs and BINs: valid or invalid with the reason, and what they encode."""
    from ..regime.ids import check_id

    results = [check_id(n) for n in numbers]
    for result in results:
        typer.echo(result.describe())
    if not all(r.valid for r in results):
        raise typer.Exit(EXIT_PROBLEM)
