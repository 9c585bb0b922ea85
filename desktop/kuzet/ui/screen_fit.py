"""The screen's room for a window: its available size less a margin, and keeping a window
wholly on it.

On the window's start-up path, so it uses no ``Qt`` enum namespace (building it costs
~20 ms) and no widget classes beyond ``QApplication``; the scrolling dialog frame
(``dialog_frame.py``) builds on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

# Room left for the window's title bar and frame, which the window manager adds.
SCREEN_MARGIN = 48


def available_rect(widget: QWidget | None = None) -> QRect:
    """The available geometry of ``widget``'s screen (the primary one without a widget)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def screen_limit(widget: QWidget | None = None) -> QSize:
    """The largest size a window or dialog may take on ``widget``'s screen."""
    rect = available_rect(widget)
    return QSize(max(200, rect.width() - SCREEN_MARGIN), max(200, rect.height() - SCREEN_MARGIN))


def clamp_into_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available size minus the margin and move it
    wholly onto that screen (a size or place saved on a larger screen, say)."""
    limit = screen_limit(window)
    size = window.size().boundedTo(limit)
    if size != window.size():
        window.resize(size)
    rect = available_rect(window)
    frame = window.frameGeometry()
    if window.isWindow() and not rect.contains(frame):
        x = min(max(frame.x(), rect.x()), rect.right() - frame.width() + 1)
        y = min(max(frame.y(), rect.y()), rect.bottom() - frame.height() + 1)
        window.move(max(rect.x(), x), max(rect.y(), y))
