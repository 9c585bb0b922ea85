"""Progress and cancellation for long work, without Qt.

Core functions that may run long (imports, screening runs, pack builds) take a
``Progress`` and call ``progress.step(done, total, message)``; the UI adapts it to a
progress dialog and the CLI to a line on stderr. ``step`` raises ``Cancelled`` once the
user has asked to stop, so the caller's transaction rolls back and nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")


class Cancelled(Exception):
    """The user cancelled the work; whatever it was writing has been rolled back."""


class Progress:
    """Reports progress to an optional callback and carries a cancel flag."""

    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` (total 0 means unknown) and honour a cancel."""
        self.check()
        if self._callback is not None:
            self._callback(done, total, message)

    def each(self, items: Sequence[Item], message: str, every: int) -> Iterator[Item]:
        """``items`` one by one, with a ``step`` before every ``every``-th: a long check or
        write over many rows shows how far it is, and stops at a cancel, without a report
        (and a redraw) per row."""
        for index, item in enumerate(items):
            if index % every == 0:
                self.step(index, len(items), message)
            yield item


NO_PROGRESS = Progress()
