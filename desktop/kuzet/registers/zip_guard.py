"""Refusing a zip bomb before it is opened: the sizes an XLSX archive declares.

An XLSX file is a ZIP archive, and its central directory declares every member's
uncompressed size. ``zipfile`` never returns more bytes of a member than declared (a member
that would expand further fails its CRC check and the file is refused as damaged), so the
declared sizes bound what any reader can be made to expand. ``check_xlsx`` reads only the
central directory and refuses, before a single member is decompressed:

* an archive whose members declare more than ``MAX_EXPANDED_BYTES`` in all (a register of
  a few hundred thousand rows stays far below it);
* a member larger than ``RATIO_FLOOR_BYTES`` that expands more than ``MAX_RATIO`` times
  (spreadsheet XML compresses 5 to 30 times; a bomb of repeated bytes, hundreds or
  thousands of times);
* more than ``MAX_MEMBERS`` members (a workbook holds a few dozen).

These are product limits, not numbers of the law, and they are the same for every firm.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import ImportRejected, RowProblem

MAX_EXPANDED_BYTES = 256 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_MEMBERS = 10_000


def archive_problem(
    archive: zipfile.ZipFile,
    *,
    max_bytes: int = MAX_EXPANDED_BYTES,
    max_ratio: int = MAX_RATIO,
    max_members: int = MAX_MEMBERS,
) -> str | None:
    """Why the archive's declared sizes are refused, in the officer's words; ``None`` if not."""
    members = archive.infolist()
    if len(members) > max_members:
        return f"the archive holds {len(members):,} files (at most {max_members:,} are read)"
    total = sum(member.file_size for member in members)
    if total > max_bytes:
        return (
            f"the archive would expand to {_size(total)} "
            f"(at most {_size(max_bytes)} is read); a file this large is damaged or built "
            "to exhaust memory (a zip bomb)"
        )
    for member in members:
        if member.file_size <= RATIO_FLOOR_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > max_ratio:
            return (
                f"{member.filename} would expand {ratio:,.0f} times, to "
                f"{_size(member.file_size)} (at most {max_ratio} times is read); such a "
                "file is built to exhaust memory (a zip bomb)"
            )
    return None


def check_xlsx(path: Path) -> None:
    """Raise ``ImportRejected`` naming the file if its declared sizes are refused.

    A file that is not a ZIP archive at all is left to the XLSX reader, which names it."""
    try:
        with zipfile.ZipFile(path) as archive:
            problem = archive_problem(archive)
    except (OSError, zipfile.BadZipFile, ValueError):
        return
    if problem:
        raise ImportRejected([RowProblem(path.name, 0, "", f"refused, nothing read: {problem}")])


def _size(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{count / 1024**2:.0f} MB"
