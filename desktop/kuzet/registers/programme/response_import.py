"""Import and export management responses (CSV or XLSX): every row valid, or nothing.

Header (canonical names; map others with a TOML ``[columns]`` file)::

    finding_key,finding_text,severity,response,owner,due_on,status,closed_on,notes

``finding_key``, ``severity``, ``response`` and ``owner`` are required. ``owner`` is the
member of staff by full name, e-mail or ``#id`` (active on the day of the import);
``severity`` is critical, high, medium or info; ``status`` is open (when empty),
in_progress, done or accepted_risk; dates are YYYY-MM-DD or DD.MM.YYYY. Each row is
checked as the window checks a response (a due date for critical and high findings, a
closing day when done). The export writes the same columns (and the id), so an exported
file imports again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import RuleBook
from ..errors import ImportRejected, RowProblem
from ..tabular import SourceRow, parse_optional_date, read_rows, write_table
from . import responses
from .training_import import _Lookup

IMPORT_FIELDS = (
    "finding_key",
    "finding_text",
    "severity",
    "response",
    "owner",
    "due_on",
    "status",
    "closed_on",
    "notes",
)
IMPORT_REQUIRED = ("finding_key", "severity", "response", "owner")
# the register's field each checked field is named by in the file
_FILE_FIELD = {"owner_staff_id": "owner"}


@dataclass(frozen=True)
class ResponsesImported:
    rows: int


def _status(text: str) -> str:
    """A status as written: its key or its words ("in progress", "Risk accepted")."""
    folded = "_".join(text.strip().casefold().replace("-", " ").split())
    labels = responses.status_labels().items()
    words = {"_".join(label.casefold().split()): key for key, label in labels}
    aliases = {"risk_accepted": responses.ACCEPTED_RISK, **words}
    return aliases.get(folded, folded) if folded else responses.OPEN


def _parse(name: str, row: SourceRow, staff: _Lookup) -> tuple[dict[str, Any], list[RowProblem]]:
    problems: list[RowProblem] = []
    data: dict[str, Any] = {
        "finding_key": row.get("finding_key"),
        "finding_text": row.get("finding_text"),
        "severity": row.get("severity").strip().casefold(),
        "response": row.get("response"),
        "status": _status(row.get("status")),
        "notes": row.get("notes"),
    }
    for field, target, parse in (
        ("owner", "owner_staff_id", staff.find),
        ("due_on", "due_on", parse_optional_date),
        ("closed_on", "closed_on", parse_optional_date),
    ):
        try:
            data[target] = parse(row.get(field))
        except ValueError as exc:
            problems.append(RowProblem(name, row.line, field, str(exc)))
    return data, problems


def _staff(session: Session, today: dt.date) -> _Lookup:
    members = responses.active_staff(session, today)
    return _Lookup(tr("staff member"), [(m.id or 0, [m.full_name, m.email]) for m in members])


def import_responses(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> ResponsesImported:
    """Add a response for every row; raise ``ImportRejected`` naming every bad row (file,
    line and field), with nothing written."""
    rows = read_rows(path, IMPORT_FIELDS, IMPORT_REQUIRED, mapping)
    staff = _staff(session, today)
    problems: list[RowProblem] = []
    parsed: list[dict[str, Any]] = []
    for row in progress.each(rows, tr("Checking {name}").format(name=path.name), 500):
        data, row_problems = _parse(path.name, row, staff)
        if not row_problems:
            for field, message in responses.check(data, rules, today, session).items():
                row_problems.append(
                    RowProblem(path.name, row.line, _FILE_FIELD.get(field, field), message)
                )
        problems.extend(row_problems)
        parsed.append(data)
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p.line, p.field)))
    for data in progress.each(parsed, tr("Importing {name}").format(name=path.name), 500):
        responses.create(session, data, rules, today)
    return ResponsesImported(len(parsed))


def export_responses(session: Session, path: Path) -> int:
    """Every response in force, oldest first, in the import's columns (and the id), to a
    CSV or XLSX file written atomically; how many rows."""
    rows = (
        (
            v.finding_key,
            v.finding_text,
            v.severity,
            v.response,
            v.owner,
            v.due_on,
            v.status,
            v.closed_on,
            v.notes,
            v.id,
        )
        for v in responses.all_views(session)
    )
    return write_table(path, [*IMPORT_FIELDS, "id"], rows, sheet="Management responses")
