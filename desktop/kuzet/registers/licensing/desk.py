"""The licensing desk: what the window and the commands do with licences and pool
accreditations, each call one unit of work (see ``registers/area.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...progress import Progress
from ...store.models import Licence
from ...store.models.mining import PoolAccreditation
from ..area import Area, Work, import_entry
from ..listing import ListQuery
from . import activity, licences, pools


def _import_licences(
    work: Work, path: Path, mapping: Mapping[str, str] | None, progress: Progress
) -> int:
    """The licences of ``path`` (the file is small: its name is all the progress shown)."""
    progress.step(0, 0, path.name)
    return licences.import_file(work.session, path, work.rules, work.today, mapping)


class LicensingDesk(Area):
    # --- licences ---------------------------------------------------------------------

    def licence_listing(self) -> licences.LicenceListing:
        return licences.LicenceListing(self.rules(), self.today)

    def licence_types(self) -> list[licences.LicenceType]:
        return licences.licence_types(self.rules(), self.today)

    def licence(self, licence_id: int) -> Licence:
        with self.reading() as work:
            return licences.get(work.session, licence_id)

    def save_licence(self, data: Mapping[str, Any], licence_id: int | None = None) -> Licence:
        """A new licence (``licence_id`` None) or an edit; ``ValidationFailed`` names the
        fields that are wrong and nothing is written."""
        with self.writing() as work:
            if licence_id is None:
                return licences.create(work.session, data, work.rules, work.today)
            return licences.update(work.session, licence_id, data, work.rules, work.today)

    def retire_licence(self, licence_id: int, reason: str) -> Licence:
        with self.writing() as work:
            return licences.retire(work.session, licence_id, reason)

    def inactive_activity(self) -> list[activity.InactiveActivity]:
        """Stretches of mining, sales of mined coin or customer transactions on days when
        no licence that covers them was in force (critical findings)."""
        with self.reading() as work:
            return activity.inactive_activity(work.session, work.rules, work.today)

    import_licences = import_entry(
        _import_licences,
        "Licences from CSV or XLSX: every row, or nothing (``ImportRejected``).",
    )

    def export_licences(
        self, path: Path, query: ListQuery, listing: licences.LicenceListing | None = None
    ) -> int:
        return self.export_list(listing or self.licence_listing(), query, path, "Licences")

    # --- pool accreditations ----------------------------------------------------------

    def pool_listing(self) -> pools.PoolListing:
        return pools.PoolListing(self.today)

    def pool_reminder_days(self) -> tuple[int, ...]:
        return tuple(self.rules().value_or("mining.pool.reminder_days", self.today, ()))

    def pool(self, record_id: int) -> PoolAccreditation:
        with self.reading() as work:
            return pools.get(work.session, record_id)

    def save_pool(self, data: Mapping[str, Any], record_id: int | None = None) -> PoolAccreditation:
        with self.writing() as work:
            if record_id is None:
                return pools.create(work.session, data, work.today)
            return pools.update(work.session, record_id, data, work.today)

    def retire_pool(self, record_id: int, reason: str) -> PoolAccreditation:
        with self.writing() as work:
            return pools.retire(work.session, record_id, reason)
