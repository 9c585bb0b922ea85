"""Override a rule-pack value from a date, with a reason (audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...i18n import tr
from ...regime.rulepack import format_value
from ...registers.errors import ValidationFailed
from ...registers.system import rules as rule_register
from ..form import DateField, FormDialog


class OverrideDialog(FormDialog):
    def __init__(self, store: Any, key: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Override {key}").format(key=key), parent)
        self.store = store
        self.key = key
        self.saved_id: int | None = None
        rule = store.pack.rule(key)
        today = dt.date.today()
        try:
            current = store.rules().effective(key, today)
            shown = format_value(current.value)
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
        self.valid_from = self.add_field("valid_from", "From", DateField())
        self.valid_to = self.add_field("valid_to", "To", DateField(optional=True))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.add_field(
            "reason",
            "Reason",
            self.reason,
            "Recorded in the audit trail and printed in the audit pack.",
        )

    def values(self) -> dict[str, Any]:
        return {
            "value": self.value.text(),
            "valid_from": self.valid_from.value(),
            "valid_to": self.valid_to.value(),
            "reason": self.reason.toPlainText(),
        }

    def save(self) -> None:
        data = self.values()
        try:
            with self.store.transaction() as session:
                row = rule_register.set_override(
                    session,
                    self.store.rules(session),
                    self.key,
                    data["value"],
                    data["valid_from"],
                    data["valid_to"],
                    data["reason"],
                )
                self.saved_id = row.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
