"""What a pack build produces: the PDF's facts, its sections and its evidence files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any


@dataclass(frozen=True)
class SectionResult:
    key: str
    title: str
    start_page: int  # physical page number: the cover is page 1


@dataclass(frozen=True)
class EvidenceRecord:
    """An evidence file as hashed at build time (``sha256`` None: it could not be read)."""

    path: str
    label: str
    sha256: str | None
    size: int | None
    archive_name: str  # where the "with evidence" ZIP stores it
    error: str | None = None


@dataclass(frozen=True)
class PackResult:
    pdf_path: Path
    manifest_path: Path
    pack_id: str
    pages: int
    sha256: str
    size: int
    sections: tuple[SectionResult, ...]
    evidence: tuple[EvidenceRecord, ...]
    seconds: float
    attachments: tuple[Any, ...] = ()  # ``attachments.Attachment``: registers as XLSX files

    @property
    def warnings(self) -> list[str]:
        return [f"evidence not included: {e.path} ({e.error})" for e in self.evidence if e.error]


_UNSAFE = re.compile(r"[^\w.\-]+")


def archive_name(index: int, path: str) -> str:
    """``evidence/003-passport_scan.pdf``: numbered, so equal file names never collide."""
    base = PureWindowsPath(PurePosixPath(path).name).name or "file"
    base = _UNSAFE.sub("_", base).strip("._") or "file"
    if len(base) > 80:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: 79 - len(ext)] + dot + ext) if dot and len(ext) <= 10 else base[:80]
    return f"evidence/{index:03d}-{base}"
