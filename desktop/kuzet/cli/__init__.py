"""``kuzet``: the command line. Each module adds the commands of one area."""

from __future__ import annotations

import typer

from ..store.jobs import JobBusy
from .apps import app


def _load_commands() -> None:
    """Import the module of every area; each registers its commands on ``app``. Imported
    here rather than at the top so that ``kuzet`` with no command opens the window without
    loading them (start-up time)."""
    from . import (  # noqa: F401
        admin,
        backup,
        basics,
        customers,
        licences,
        mining,
        monitoring,
        pack,
        programme,
        reports,
        responses,
        rules,
        screening,
        selftest,
        team,
        vault,
    )


def run(argv: list[str]) -> int:
    _load_commands()
    try:
        code = app(args=argv, prog_name="kuzet", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        return 130
    except JobBusy as exc:  # another officer runs the same long job (team mode)
        typer.echo(str(exc), err=True)
        return 4
    except Exception as exc:
        # Usage errors (click's, which typer may vendor) show themselves and carry a code.
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            return exc.exit_code
        return _unforeseen(exc, argv)
    return code if isinstance(code, int) else 0


def _unforeseen(exc: BaseException, argv: list[str]) -> int:
    """A failure no command caught: one line in the officer's words on stderr, no
    traceback (``cli/failures.py``); the exit code the README gives for it."""
    import sys

    from .failures import details, explain, show_traceback

    message, code = explain(exc, argv)
    if show_traceback():
        sys.stderr.write(details(exc))
    sys.stderr.write(f"\n{message}\n")
    return code
