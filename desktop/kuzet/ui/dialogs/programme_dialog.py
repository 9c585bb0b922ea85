"""What the AML programme's record dialogs share: one opens on the programme's desk
(``registers/programme/desk.py``) for a new record or an existing one, fills its fields
from the record by their keys, and saves through the desk with a message under each field
that is wrong."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from ..form import DateField, FormDialog, field_values, fill_fields


def choices(pairs: Iterable[tuple[Any, str]]) -> QComboBox:
    """A drop-down of ``(value, label)`` choices (labels as they are to be shown)."""
    box = QComboBox()
    for value, label in pairs:
        box.addItem(label, value)
    return box


class RecordDialog(FormDialog):
    """Add or edit one record of the programme. A dialog names the record as the desk does
    (``thing``: ``programme.<thing>(id)`` reads it, ``programme.save_<thing>(data, id)``
    saves it), gives its two titles, and adds its fields in ``build`` under the keys the
    register uses; each field is filled from the record's value of the same name, except
    ``own_fields`` (lists, tables), which the dialog fills and reads itself."""

    thing = ""
    titles = ("New record", "Edit record")  # in English; the form translates them
    own_fields: tuple[str, ...] = ()

    def __init__(
        self,
        programme: Any,
        record_id: int | None = None,
        parent: QWidget | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(self.titles[1] if record_id else self.titles[0], parent)
        self.programme = programme  # registers/programme/desk.py
        self.record_id = record_id
        self.today = programme.today  # for defaults and placeholders only
        self.build(**extra)
        if record_id is not None:
            self.load(self.read(record_id))

    def build(self, **extra: Any) -> None:
        """Add the fields; ``extra`` pre-fills a new record (e.g. the audit selected)."""
        raise NotImplementedError

    def date_field(self, optional: bool = False) -> DateField:
        """A date field that opens on the desk's day."""
        return DateField(optional, today=self.today)

    def read(self, record_id: int) -> Any:
        return getattr(self.programme, self.thing)(record_id)

    def write(self, data: dict[str, Any]) -> Any:
        return getattr(self.programme, f"save_{self.thing}")(data, self.record_id)

    def load(self, record: Any) -> None:
        fill_fields(self.fields, record, self.own_fields)

    def values(self) -> dict[str, Any]:
        return field_values(self.fields, self.own_fields)

    def save(self) -> None:
        self.submit(self.write)
