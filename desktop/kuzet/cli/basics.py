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
) -> None:
    """Open the main window (the same as running kuzet with no command)."""
    from ..ui.launch import run_gui

    raise typer.Exit(run_gui(chosen_db(ctx, db), exit_after_show=exit_after_show))


@app.command()
def demo(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None, "--db", help="Where to build it (default: <data dir>/demo.sqlite)."
    ),
    customers: int = typer.Option(200, "--customers", min=0, help="How many demo customers."),
    seed: int = typer.Option(7, "--seed", help="Random seed: the same seed builds the same firm."),
    open_window: bool = typer.Option(False, "--open", help="Open the window on it afterwards."),
) -> None:
    """Build (or rebuild) a realistic demo firm: a miner that also runs an exchange desk."""
    from ..demo.build import DemoRefused, build_demo
    from ..paths import demo_db_path
    from ..progress import Progress

    root_db = (ctx.find_root().obj or {}).get("db")
    path = Path(db or root_db).expanduser().resolve() if (db or root_db) else demo_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = take_write_lock(ctx, path)  # never rebuild a demo that a window has open
    try:
        store = build_demo(path, customers=customers, seed=seed, progress=Progress(stderr_progress))
    except DemoRefused as exc:
        fail(str(exc))
    store.close()
    typer.echo(f"\nDemo firm ready: {path}", err=True)
    if open_window:
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
