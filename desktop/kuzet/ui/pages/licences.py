"""The Licences page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...i18n import tr
from ...progress import Progress
from ..dialogs.licence_dialog import LicenceDialog
from ..register_page import RegisterPage


class LicencesPage(RegisterPage):
    title = "Licences"
    hint = (
        "Licences, registrations and permits. Expiries show on the Dashboard 90, 60 and 30 "
        "days ahead (rule pack: licence.reminder_days)."
    )
    noun = "licence"
    edit_writes = True  # hidden for a role that only reads
    key_columns = ("type", "number", "expires_on", "days_left", "status")  # in view at 1366 px
    noun_plural = "licences"
    editor = LicenceDialog
    search_placeholder = "Search number, issuer, conditions…"
    empty_text = (
        "No licences yet.\n\nAdd your digital mining licence, AFSA or NBK licence with New "
        "(Ctrl+N), or import a CSV/XLSX file with Import…"
    )

    def __init__(self, desk: Any, window: Any = None) -> None:
        self.licensing = desk.licensing
        super().__init__(self.licensing, self.licensing.licence_listing())
        self.window_ref = window

    def retire_record(self, record_id: int, reason: str) -> None:
        self.licensing.retire_licence(record_id, reason)

    def import_records(self, path: Path, progress: Progress) -> int:
        progress.step(0, 0, tr("Checking {file}").format(file=path.name))
        return self.licensing.import_licences(path, progress=progress)
