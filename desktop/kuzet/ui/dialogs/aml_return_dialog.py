"""Record an annual AML Return: the year it covers, when it was filed, the reference."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit

from .programme_dialog import RecordDialog


class AmlReturnDialog(RecordDialog):
    thing = "aml_return"
    titles = ("Record an AML Return", "Edit AML Return")

    def build(self, **_extra: Any) -> None:
        self.year_end = self.add_field(
            "year_end",
            "Financial year ending",
            self.date_field(),
            "Due two months after the year-end for AIFC firms (rule pack).",
        )
        self.filed_on = self.add_field("filed_on", "Filed on", self.date_field(True))
        self.reference = self.add_field("reference", "Reference", QLineEdit())
        self.notes = self.add_field("notes", "Notes", QLineEdit())
        last_year_end = None if self.record_id is not None else self.programme.last_year_end()
        if last_year_end is not None:  # a new return: most likely the year just ended
            self.year_end.set_value(last_year_end)
            self.filed_on.set_value(self.today)
