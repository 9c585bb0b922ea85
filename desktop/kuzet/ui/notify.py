"""Messages to the officer that never block the event loop (window-modal, opened)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

# The last message shown, for tests and for the status bar.
last_message: dict[str, str] = {}


def _show(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    last_message.update(title=title, text=text, details=details)
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Information, title, text, details)


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    return _show(parent, QMessageBox.Icon.Warning, title, text, details)
