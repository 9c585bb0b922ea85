"""Work a window does once it has painted for the first time.

A zero timer set before ``show()`` runs before the first paint (the platform's expose
event comes later), so what the first paint does not need waits for this instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs the window's ``after_first_paint`` work once it has painted (a zero timer set
    before the paint would run first: the platform's expose event comes later)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[Any] | None = []  # None once the window has painted
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.waiting is not None and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.window.removeEventFilter(self)
            for work in self.waiting:
                QTimer.singleShot(0, work)
            self.waiting = None
        return False
