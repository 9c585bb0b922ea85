"""Override a rule-pack value from a date, with a reason (audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...regime.rulepack import format_value
from ...registers.system import rules as rule_register
from ..form import DateField, FormDialog


class OverrideDialog(FormDialog):
    def __init__(self, system: Any, key: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Override {key}").format(key=key), parent)
        self.system = system  # registers/system/desk.py
        self.key = key
        rule = system.rule(key)
        try:
            shown = format_value(system.rule_value(key).value)
        except LookupError:
            shown = tr("(not in force today)")
        about = QLabel(
            tr(
                "<b>{title}</b><br>Pack value today: {value} {unit} [{mark}: {meaning}]<br>"
                "Source: {source}"
            ).format(
                title=rule.title,
                value=shown,
                unit=rule.unit,
                mark=rule.confidence,
                meaning=tr(rule_register.confidence_text(rule.confidence)),
                source=rule.source,
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.value = self.add_field(
            "value",
            "New value",
            QLineEdit(),
            tr('Type: {type}. Write it as in the rule pack, e.g. 75, "0.75", [90, 60, 30].').format(
                type=rule.type
            ),
        )
        self.valid_from = self.add_field("valid_from", "From", DateField(today=system.today))
        self.valid_to = self.add_field("valid_to", "To", DateField(True, today=system.today))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.add_field(
            "reason",
            "Reason",
            self.reason,
            "Recorded in the audit trail and printed in the audit pack.",
        )

    def save(self) -> None:
        self.submit(lambda data: self.system.save_override(self.key, data))
