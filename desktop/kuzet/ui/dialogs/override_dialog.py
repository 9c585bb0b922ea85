"""Override a rule-pack value from a date, with a reason (audited)."""

from __future__ import annotations

import contextlib
import json
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
                source=tr(rule.source),
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
        if rule.type in ("table", "mapping"):  # edit the value in force rather than retype it
            with contextlib.suppress(LookupError):
                self.value.setText(toml_text(system.rule_value(key).value))
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


def toml_text(value: Any) -> str:
    """A rule value written as the rule pack writes it (a band table: an array of inline
    tables), for the officer to edit."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(toml_text(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)
