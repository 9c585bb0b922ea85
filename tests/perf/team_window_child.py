"""Start the window on a team database and print the ms from process start to its first
paint and to "ready" (the pages shown, the officer signed in: ``store_ready``), then exit.

``after``: ``kuzet gui --db URL`` as it starts now (``launch.run_gui``: paint, then
connect). ``before``: the order it had before issue #18's first-paint item, replayed with
the same pieces (``team_open.open_team``: connect, check the schema and load the rule
pack, then build and show the window and hand it the store).
"""

from __future__ import annotations

import sys

from kuzet import startup

startup.mark()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402

from kuzet.ui import launch  # noqa: E402
from kuzet.ui.main_window import MainWindow  # noqa: E402

times: dict[str, float] = {}


class Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "paint" not in times and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            times["paint"] = startup.elapsed_ms()
            report(watched)
        return False


painted = Painted()
original_init = MainWindow.__init__


def watched_init(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    original_init(self, *args, **kwargs)
    self.installEventFilter(painted)
    self.store_ready.connect(lambda: ready(self))


def ready(window) -> None:  # type: ignore[no-untyped-def]
    times["ready"] = startup.elapsed_ms()
    report(window)


def report(window) -> None:  # type: ignore[no-untyped-def]
    """Both moments known (the paint may come after "ready" when connecting first)."""
    if "paint" in times and "ready" in times and "shown" not in times:
        times["shown"] = 1
        print(f"{times['paint']:.0f} {times['ready']:.0f}", flush=True)
        QTimer.singleShot(0, window.close)


MainWindow.__init__ = watched_init  # type: ignore[method-assign]
MainWindow._start_prompts = lambda self: None  # type: ignore[method-assign]  # not timed


def before(url: str) -> int:
    from kuzet.store.location import parse_location
    from kuzet.ui.team_open import open_team

    location = parse_location(url)
    app = launch.make_app(icon=False)
    settings = launch.ui_settings()
    store, code = open_team(location, quiet=True)
    if store is None:
        return code
    window = MainWindow(location.path, ui_settings=settings)
    window.show()
    QTimer.singleShot(0, lambda: window.use_store(store))
    try:
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    mode, url = sys.argv[1], sys.argv[2]
    sys.exit(before(url) if mode == "before" else launch.run_gui(url))
