"""Reading a pack's XLSX attachments back in tests (with openpyxl, as an auditor would)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from kuzet.reports.manifest import load_manifest


def attachment_rows(manifest_path: Path, file: str) -> list[tuple]:
    """The rows (header first) of one attachment the manifest names."""
    book = openpyxl.load_workbook(Path(manifest_path).parent / file, read_only=True)
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def attachment_text(manifest_path: Path) -> str:
    """Every cell of every attachment of the pack, as one text."""
    manifest = load_manifest(manifest_path)
    cells = []
    for entry in manifest.get("attachments", []):
        for row in attachment_rows(manifest_path, entry["file"]):
            cells += ["" if v is None else str(v) for v in row]
    return "\n".join(cells)
