"""The Audit trail page: every change, filtered by register, record and date; verify."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ...i18n import format_datetime, format_number, tr
from ...registers.listing import ListQuery
from ...registers.system.trail import changed_fields
from ...registers.system.trail_labels import action_label, field_label, register_label
from ..form import add_date_range, hint_label
from ..notify import inform, warn
from ..register_page import RegisterPage
from ..tasks import run_task


class TrailPage(RegisterPage):
    title = "Audit trail"
    hint = (
        "Every insert, edit and retirement, hash-chained: an edit made outside Kuzet breaks "
        "the chain. Verify recomputes it and checks every register row."
    )
    noun = "entry"
    noun_plural = "entries"
    search_placeholder = "Record number…"
    empty_text = (
        "The trail is empty: nothing has been recorded yet.\n\n"
        "Every change you make in a register is recorded here."
    )
    can_create = False
    can_import = False
    can_retire = False

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.system = desk.system  # registers/system/desk.py
        super().__init__(self.system, self.system.trail_listing())
        self.buttons["edit"].setText(tr("Details"))
        extra = QHBoxLayout()
        self.date_from, self.date_to = add_date_range(extra, self.apply_query, self.system.today)
        extra.addStretch(1)
        self.verify_label = hint_label(wrap=False)
        extra.addWidget(self.verify_label)
        verify = QPushButton(tr("Verify trail"))
        verify.clicked.connect(lambda: self.start_verify())
        extra.addWidget(verify)
        self.layout().insertLayout(3 if self.hint else 2, extra)

    def current_query(self) -> ListQuery:
        query = super().current_query()
        filters = dict(query.filters)
        start = getattr(self, "date_from", None)
        if start is not None and start.value():
            filters["from"] = start.value().isoformat()
        end = getattr(self, "date_to", None)
        if end is not None and end.value():
            filters["to"] = end.value().isoformat()
        return ListQuery(query.search, filters, query.sort, query.descending, True)

    def show_register(self, register: str, record_id: int | None = None) -> None:
        box = self.filter_boxes["register"]
        index = box.findData(register)
        if index < 0:
            box.addItem(tr(register_label(register)), register)
            index = box.findData(register)
        box.setCurrentIndex(index)
        self.search.setText(str(record_id) if record_id is not None else "")
        self.apply_query()

    def edit_record(self, record_id: int) -> None:
        entry = self.system.trail_entry(record_id)
        if entry is None:
            return
        lines = [
            f"{tr(field_label(field))}: {old!r} → {new!r}"
            for field, old, new in changed_fields(entry.before, entry.after)
        ]
        after = (
            json.dumps(json.loads(entry.after), ensure_ascii=False, indent=1) if entry.after else ""
        )
        inform(
            self,
            tr("Trail entry #{id}").format(id=entry.id),
            tr("{action} of {register} #{record}\nat {at} by {actor}\n").format(
                action=tr(action_label(entry.action)),
                register=tr(register_label(entry.register_name)),
                record=entry.record_id,
                at=entry.at,
                actor=entry.actor,
            )
            + (tr("reason: {reason}\n").format(reason=entry.reason) if entry.reason else "")
            + "\n".join(lines[:20]),
            tr("hash {hash}\nprevious {previous}\n\nState after:\n{after}").format(
                hash=entry.hash, previous=entry.prev_hash, after=after
            ),
        )

    def start_verify(self):  # -> Task
        self.verify_label.setText(tr("Verifying…"))
        return run_task(
            self,
            tr("Verifying the audit trail"),
            lambda progress: self.system.verify_trail(),
            on_success=self._verified,
        )

    def _verified(self, report: Any) -> None:
        stamp = format_datetime(dt.datetime.now())
        if report.intact:
            self.verify_label.setText(
                tr("Intact at {stamp}: {entries} entries").format(
                    stamp=stamp, entries=format_number(report.entries)
                )
            )
            inform(self, tr("Audit trail"), report.summary())
        else:
            self.verify_label.setText(tr("BROKEN at {stamp}").format(stamp=stamp))
            warn(self, tr("Audit trail"), report.summary())
