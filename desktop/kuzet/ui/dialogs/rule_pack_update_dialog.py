"""Update the rule pack from a file: choose the ZIP (or folder), read its version, SHA-256
and the rule-by-rule changes, then apply it for every officer (audited) or cancel.

Nothing is written until "Apply" is pressed; a refused file (older, invalid, unsafe)
says why and leaves Apply disabled.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError
from ...registers.system.rule_updates import preview_lines
from ..approval_notice import sent_for_approval
from ..dialog_frame import scroll_body
from ..notify import warn


class RulePackUpdateDialog(QDialog):
    def __init__(self, system: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.system = system  # registers/system/desk.py
        self.preview = None
        self.applied = None  # the RulePackVersion row, once applied
        self.setWindowTitle(tr("Update the rule pack"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        pack = system.rule_pack()
        current = pack.info.version if pack.info else tr("unversioned")
        intro = QLabel(
            tr(
                "Rule pack in force: {version}. Choose a newer pack (a ZIP of its folder, as "
                "published) to see what it changes, rule by rule, before applying it. Your "
                "overrides stay in force; those whose rule changes are flagged."
            ).format(version=current)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(tr("No file chosen"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        choose_folder = QPushButton(tr("Choose folder…"))
        choose_folder.clicked.connect(self.choose_folder)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        row.addWidget(choose_folder)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.diff = QPlainTextEdit()
        self.diff.setReadOnly(True)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.diff, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        scroll_body(self)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Rule pack"), "", tr("Rule packs (*.zip);;All files (*)")
        )
        if name:
            self.load(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Rule pack folder"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show what it would change; False (and why) when refused."""
        self.file_label.setText(str(path))
        self.preview = None
        self.apply_button.setEnabled(False)
        self.diff.clear()
        try:
            preview = self.system.preview_rule_update(path)
        except RegisterError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return False
        self.problem.hide()
        self.preview = preview
        self.diff.setPlainText("\n".join(preview_lines(preview)))
        self.apply_button.setText(tr("Apply rule pack {version}").format(version=preview.version))
        self.apply_button.setEnabled(True)
        return True

    def apply(self) -> bool:
        if self.preview is None:
            return False
        try:
            applied = self.system.apply_rule_update(self.preview)
        except RegisterError as exc:
            warn(self, tr("Update the rule pack"), str(exc))
            return False
        if not sent_for_approval(self.parentWidget(), applied):  # four-eyes: not yet applied
            self.applied = applied
        self.accept()
        return True
