"""Rule packs imported from a file (``kuzet rules update``), kept whole in the database.

Every officer's Kuzet on the same database loads the newest pack: the one shipped with the
program or the newest imported here, whichever has the higher version. ``files`` holds the
pack's TOML files as JSON (``{file name: text}``), so the pack in force can always be
rebuilt and checked against ``sha256``.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord


class RulePackVersion(RegisterRecord, table=True):
    __tablename__ = "rule_pack_version"

    version: str = Field(index=True)  # dotted integers, e.g. 2026.12.2
    title: str
    published: dt.date
    sha256: str  # of the file imported (the ZIP), or of the folder's files
    source_name: str  # the file or folder it came from (its name only)
    files: str  # JSON: {file name: TOML text}
    summary: str  # the diff against the pack in force when it was imported, in words
    changes: str  # JSON: {rule key: added, changed or retired}
    imported_by: str
    imported_at: dt.datetime
