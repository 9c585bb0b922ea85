"""The trail heads recorded in a database's backups, for ``kuzet verify`` to compare with.

Every backup's manifest records the audit trail's entry count and head hash when it was
made (``store.backup``). The trail must still hold that entry with that hash: if it ends
before it, entries were removed from its tail; if the hash differs, the trail up to it was
rewritten. Two events rightly leave a backup's head behind, so those backups give a note
rather than a failure:

- a restore (the database went back to an older backup): every backup made up to the
  newest pre-restore backup of this database;
- a database built anew (``kuzet demo`` rebuilds its file): every backup made before the
  trail's first entry.

A backup that cannot be read is noted, never trusted. Backups saved elsewhere (``--out``)
are not looked for.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...store.backup import BackupRefused, read_manifest
from ...store.verify import RecordedHead
from .backups import PRE_RESTORE, list_backups


def _utc(text: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def recorded_heads(database: Path, trail_began: str | None) -> tuple[list[RecordedHead], list[str]]:
    """The heads recorded in the backups folder of ``database`` (``trail_began``: the
    ``at`` of the trail's first entry, None while it is empty), and notes on the backups
    that could not be read."""
    found = list_backups(database)
    restored = max((b.made for b in found if b.kind == PRE_RESTORE), default=None)
    began = _utc(trail_began) if trail_began else None
    heads: list[RecordedHead] = []
    notes: list[str] = []
    for backup in sorted(found, key=lambda b: (b.made, b.path.name)):
        try:
            manifest = read_manifest(backup.path)
        except BackupRefused as exc:
            notes.append(f"backup {backup.path.name} could not be compared: {exc}")
            continue
        if not manifest.audit_head or manifest.audit_entries <= 0:
            continue  # an empty trail: nothing to hold
        made = _utc(manifest.created_at)
        binding = (restored is None or backup.made > restored) and (
            began is None or made is None or made >= began
        )
        heads.append(
            RecordedHead(
                manifest.audit_entries,
                manifest.audit_head,
                f"backup {backup.path.name} (made {backup.made:%Y-%m-%d %H:%M:%S})",
                binding,
            )
        )
    return heads, notes
