"""About Kuzet: version, where the data lives, and the licences of what ships with it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from ... import __version__, paths
from ...i18n import tr
from ..dialog_frame import scroll_body
from ..team_database import team_server

FONT_LICENCE_FILE = "LICENSE-DejaVu.txt"


def font_licence_text() -> str:
    """The fonts' licence as shipped beside them (or a note that it is missing)."""
    path = paths.fonts_dir() / FONT_LICENCE_FILE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return tr("The font licence file {path} is missing from this install.").format(path=path)


class AboutDialog(QDialog):
    def __init__(self, window: Any = None) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("About Kuzet"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.heading = name = QLabel(
            "<span style='font-size:16pt; font-weight:600'>Күзет · Kuzet</span><br>"
            + tr("Version {version}").format(version=__version__)
            + "<br>"
            + tr(
                "An offline compliance desk for licensed crypto firms and mining operators in "
                "Kazakhstan. Kuzet makes no network connections."
            )
        )
        name.setWordWrap(True)
        top.addWidget(name, 1)
        layout.addLayout(top)
        server = team_server(window)
        if server is not None:  # no file and no file backups: the server's (kuzet admin)
            # the Settings page's labels (no file-backup line to leave out of a sentence)
            team = tr("Team database: {server}").format(server=server)
            where = f"{tr('Database')}: {team}<br>{tr('Data folder')}: {paths.data_dir()}"
        else:
            database = Path(getattr(window, "db_path", "") or paths.db_path())
            where = tr("Database: {database}<br>Data folder: {data}<br>Backups: {backups}").format(
                database=database, data=paths.data_dir(), backups=paths.backups_dir(database)
            )
        self.details = QLabel(
            where
            + "<br>"
            + tr("Python {python} · Qt for Python (PySide6) {qt}, LGPL v3").format(
                python=sys.version.split()[0], qt=pyside_version
            )
        )
        self.details.setWordWrap(True)
        self.details.setObjectName("pageHint")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        fonts = QLabel(
            tr(
                "Fonts: DejaVu Sans and DejaVu Sans Mono (used in the PDF audit pack), under the "
                "Bitstream Vera licence with DejaVu changes in the public domain:"
            )
        )
        fonts.setWordWrap(True)
        layout.addWidget(fonts)
        self.licence = QPlainTextEdit(font_licence_text())
        self.licence.setReadOnly(True)
        # verbatim legal text: the tour's allow-list names this widget (tour_allowlist.toml)
        self.licence.setObjectName("font-licence")
        self.licence.setMinimumHeight(160)
        layout.addWidget(self.licence, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_body(self)


def open_about(window: Any) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.open()
    return dialog
