"""Dialogs that fit the screen: the body scrolls, the buttons stay in view.

``scroll_body(dialog)`` moves everything of a dialog's top-level box layout but its
button boxes into a ``BodyScroll``, whose size hint is its content's, capped so the whole
dialog fits the available geometry of its screen (taskbar and panels left out) minus
``SCREEN_MARGIN``; the dialog's height is capped there too. ``cap_to_screen(dialog)`` only
caps (for dialogs whose tables or tabs already scroll). ``FormDialog`` (``ui/form.py``)
frames itself; other dialogs call one of the two at the end of their ``__init__``. The
screen's room (``screen_limit``, ``clamp_into_screen``) is in ``screen_fit.py``, which the
main window uses at start-up without this module's cost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .screen_fit import clamp_into_screen, screen_limit

# What a wizard or tab around a nested scroll area takes: titles, tabs and buttons.
NESTED_RESERVE = QSize(40, 240)


class BodyScroll(QScrollArea):
    """A scroll area as large as its content, but no larger than its window's screen
    leaves room for (the window's other rows, the buttons, are counted first)."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogBody")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setWidget(body)
        body.installEventFilter(self)  # rows added later change the size asked for

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _room(self) -> QSize:
        """The size left for the body once the window's other rows have theirs."""
        window = self.window()
        limit = screen_limit(window)
        layout = window.layout() if window is not self else None
        if layout is None:
            return limit
        if not isinstance(layout, QBoxLayout) or layout.indexOf(self) < 0:
            # Inside a page of a wizard or tab: leave a fixed room for what is around it.
            return limit - NESTED_RESERVE
        others = 0
        shown = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is self:
                continue
            if item.widget() is not None and item.widget().isHidden():
                continue
            others += item.sizeHint().height()
            shown += 1
        margins = layout.contentsMargins()
        others += margins.top() + margins.bottom() + layout.spacing() * shown
        return QSize(limit.width() - margins.left() - margins.right(), limit.height() - others)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        wanted = body.sizeHint().expandedTo(body.minimumSizeHint())
        room = self._room()
        height = min(wanted.height(), max(120, room.height()))
        width = wanted.width()
        if height < wanted.height():
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(min(width, room.width()), height)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        width = body.minimumSizeHint().width() if body is not None else 0
        width += self.verticalScrollBar().sizeHint().width()
        return QSize(min(width, self._room().width()), 80)


class _KeepOnScreen(QObject):
    """Caps its dialog to the screen it is shown on (which may not be known earlier)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_to_screen(watched)
        return False


def fit_to_screen(dialog: QWidget) -> None:
    """Cap ``dialog`` at its screen's available size minus the margin, shrinking it (and
    moving it into the screen) when it is larger now; when shown smaller than it asks
    for (Qt opens windows at most 2/3 of the screen high), grow it up to that cap."""
    limit = screen_limit(dialog)
    if dialog.minimumHeight() > limit.height():
        dialog.setMinimumHeight(limit.height())
    if dialog.minimumWidth() > limit.width():
        dialog.setMinimumWidth(limit.width())
    dialog.setMaximumSize(limit)
    if dialog.isVisible():
        wanted = dialog.sizeHint().boundedTo(limit)
        if dialog.height() < wanted.height():
            dialog.resize(dialog.width(), wanted.height())
    clamp_into_screen(dialog)


def cap_to_screen(dialog: QWidget) -> None:
    """Keep ``dialog`` within its screen whenever it is shown."""
    keeper = _KeepOnScreen(dialog)
    dialog.installEventFilter(keeper)
    fit_to_screen(dialog)


def _is_buttons(item: object) -> bool:
    widget = item.widget() if hasattr(item, "widget") else None
    return isinstance(widget, QDialogButtonBox)


def scroll_body(dialog: QWidget) -> BodyScroll:
    """Move every row of ``dialog``'s top-level box layout before its last button box into
    a scrolling body; the button box (and what follows it) stays below, always in view."""
    outer = dialog.layout()
    if not isinstance(outer, QBoxLayout):
        raise TypeError("scroll_body needs a dialog laid out in a QBoxLayout")
    last_buttons = max(
        (i for i in range(outer.count()) if _is_buttons(outer.itemAt(i))), default=outer.count()
    )
    body = QWidget()
    body.setObjectName("dialogBodyContent")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(outer.spacing())
    for _ in range(last_buttons):
        stretch = outer.stretch(0)
        item = outer.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch, item.alignment())
        elif item.layout() is not None:
            layout: QLayout = item.layout()
            inner.addLayout(layout, stretch)
        elif item.spacerItem() is not None:
            if stretch:
                inner.addStretch(stretch)
            else:
                inner.addSpacing(item.spacerItem().sizeHint().height())
    scroll = BodyScroll(body, dialog)
    outer.insertWidget(0, scroll, 1)
    cap_to_screen(dialog)
    return scroll
