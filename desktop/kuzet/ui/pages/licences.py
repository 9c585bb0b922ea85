"""The Licences page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ...i18n import tr
from ...progress import Progress
from ...registers import licences
from ...registers.licences import LicenceListing
from ..dialogs.licence_dialog import LicenceDialog
from ..register_page import RegisterPage


class LicencesPage(RegisterPage):
    title = "Licences"
    hint = (
        "Licences, registrations and permits. Expiries show on the Dashboard 90, 60 and 30 "
        "days ahead (rule pack: licence.reminder_days)."
    )
    noun = "licence"
    noun_plural = "licences"
    editor = LicenceDialog
    search_placeholder = "Search number, issuer, conditions…"
    empty_text = (
        "No licences yet.\n\nAdd your digital mining licence, AFSA or NBK licence with New "
        "(Ctrl+N), or import a CSV/XLSX file with Import…"
    )

    def __init__(self, store: Any, window: Any = None) -> None:
        listing = LicenceListing(store.rules(), dt.date.today())
        super().__init__(store, listing)
        self.window_ref = window

    def retire_record(self, record_id: int, reason: str) -> None:
        with self.store.transaction() as session:
            licences.retire(session, record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> int:
        with self.store.transaction() as session:
            progress.step(0, 0, tr("Checking {file}").format(file=path.name))
            return licences.import_file(session, path, self.store.rules(session), dt.date.today())

    def export_records(self, path: Path, progress: Progress) -> int:
        with self.store.reading() as session:
            return licences.export(session, path, self.listing, self.current_query())
