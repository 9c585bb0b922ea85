"""Record an annual AML Return: the year it covers, when it was filed, the reference."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy import select

from ...regime import programme
from ...registers.errors import ValidationFailed
from ...registers.programme import firm, risk_assessment
from ...store.models.programme import AmlReturn
from ..form import DateField, FormDialog


class AmlReturnDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **_extra
    ) -> None:
        super().__init__("Edit AML Return" if record_id else "Record an AML Return", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.year_end = self.add_field(
            "year_end",
            "Financial year ending",
            DateField(),
            "Due two months after the year-end for AIFC firms (rule pack).",
        )
        self.filed_on = self.add_field("filed_on", "Filed on", DateField(optional=True))
        self.reference = self.add_field("reference", "Reference", QLineEdit())
        self.notes = self.add_field("notes", "Notes", QLineEdit())
        with store.reading() as session:
            profile = firm.profile(session)
            if record_id is not None:
                r = session.execute(select(AmlReturn).where(AmlReturn.id == record_id)).scalar()
        if record_id is not None:
            self.year_end.set_value(r.year_end)
            self.filed_on.set_value(r.filed_on)
            self.reference.setText(r.reference)
            self.notes.setText(r.notes)
        elif profile is not None:
            self.year_end.set_value(
                programme.year_end_on_or_before(
                    self.today, profile.year_end_month, profile.year_end_day
                )
            )
            self.filed_on.set_value(self.today)

    def values(self) -> dict[str, Any]:
        return {
            "year_end": self.year_end.value(),
            "filed_on": self.filed_on.value(),
            "reference": self.reference.text(),
            "notes": self.notes.text(),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                record = risk_assessment.save_return(
                    session, self.values(), self.store.rules(session), self.today, self.record_id
                )
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
