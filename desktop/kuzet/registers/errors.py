"""The errors registers raise: each says what is wrong in the officer's words."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from ..i18n import tr


class RegisterError(Exception):
    """Base for errors a register reports to the officer."""


class NotFound(RegisterError):
    pass


class ValidationFailed(RegisterError):
    """One message per field that is wrong; nothing was written."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.field_errors.items()))


@dataclass(frozen=True)
class RowProblem:
    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else self.file
        return (
            f"{where}, field {self.field}: {self.reason}"
            if self.field
            else f"{where}: {self.reason}"
        )


class ImportRejected(RegisterError):
    """The file has bad rows; nothing was imported. ``problems`` lists every one."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        count = len(problems)
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {count - 50} more" if count > 50 else ""
        super().__init__(f"nothing was imported: {count} problem(s)\n{shown}{more}")


class FirstLines:
    """The line of an imported file each key (an IIN/BIN, a reference, a licence) first
    stands on: a row that repeats a key is a problem naming that line, so the officer
    finds both rows, and the file is refused before the same record is written twice."""

    def __init__(self, file: str, field: str) -> None:
        self.file = file
        self.field = field  # the column the problem names
        self.first: dict[Hashable, int] = {}

    def check(self, key: Hashable, line: int, problems: list[RowProblem]) -> None:
        """Note ``key`` on ``line``, or add "repeats line N" to ``problems`` when an
        earlier line holds it. An empty key (no IIN, no reference) repeats nothing."""
        if not key:
            return
        first = self.first.setdefault(key, line)
        if first != line:
            repeated = tr("repeats line {line}").format(line=first)
            problems.append(RowProblem(self.file, line, self.field, repeated))
