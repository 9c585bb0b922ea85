"""Wiring: decide between the window and the command line, as cheaply as possible.

``kuzet`` (or ``kuzet gui``) opens the window without importing the CLI machinery, so the
window appears fast; every other command goes to ``kuzet.cli``.
"""

from __future__ import annotations

import sys

from . import startup


def _gui_arguments(argv: list[str]) -> dict | None:
    """The GUI's options if ``argv`` asks only for the window, else None."""
    options: dict = {"db": None, "exit_after_show": False}
    args = list(argv)
    if args and args[0] == "gui":
        args = args[1:]
    while args:
        head = args.pop(0)
        if head == "--db" and args:
            options["db"] = args.pop(0)
        elif head.startswith("--db="):
            options["db"] = head.split("=", 1)[1]
        elif head == "--exit-after-show":
            options["exit_after_show"] = True
        else:
            return None
    return options


def main(argv: list[str] | None = None) -> int:
    startup.mark()
    argv = sys.argv[1:] if argv is None else list(argv)
    options = _gui_arguments(argv)
    if options is not None:
        from .ui.launch import run_gui

        return run_gui(options["db"], exit_after_show=options["exit_after_show"])
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
