"""Reading and writing register tables: CSV and XLSX, with line numbers and mappings.

Every importer reads through ``read_rows`` so that every error names the file, the line
(the spreadsheet row number, header = line 1) and the field. Exports go through
``write_table``, atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..store.files import atomic_writer
from .errors import ImportRejected, RowProblem

TABLE_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class SourceRow:
    line: int
    values: dict[str, str]  # canonical field name -> text as written ("" when empty)

    def get(self, field: str) -> str:
        return self.values.get(field, "")


def load_mapping(path: Path) -> dict[str, str]:
    """A column mapping file: ``[columns]`` with ``canonical_name = "Header in the file"``."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ImportRejected(
            [RowProblem(path.name, 0, "", f"cannot read mapping: {exc}")]
        ) from None
    columns = data.get("columns")
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise ImportRejected(
            [RowProblem(path.name, 0, "columns", 'expected [columns] with name = "Header" pairs')]
        )
    return dict(columns)


def read_header(path: Path) -> list[str]:
    """The header row of a CSV or XLSX file (for the column-mapping dialog)."""
    for _line, cells in _raw_rows(path):
        return [c.strip() for c in cells]
    return []


def read_rows(
    path: Path,
    fields: Sequence[str],
    required: Iterable[str] = (),
    mapping: Mapping[str, str] | None = None,
) -> list[SourceRow]:
    """All data rows of ``path`` as canonical fields; raise ``ImportRejected`` on a bad header.

    ``mapping`` maps canonical field names to the file's own header names; without it the
    header must use the canonical names (case and surrounding spaces do not matter).
    Blank rows are skipped.
    """
    name = path.name
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise ImportRejected([RowProblem(name, 0, "", "expected a .csv or .xlsx file")])
    rows = _raw_rows(path)
    try:
        header_line, header = next(rows)
    except StopIteration:
        raise ImportRejected([RowProblem(name, 1, "", "the file is empty")]) from None
    positions = _positions(name, header_line, header, fields, required, mapping)
    result = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        values = {
            field: (cells[index].strip() if index < len(cells) else "")
            for field, index in positions.items()
        }
        result.append(SourceRow(line, values))
    return result


def _positions(
    name: str,
    line: int,
    header: list[str],
    fields: Sequence[str],
    required: Iterable[str],
    mapping: Mapping[str, str] | None,
) -> dict[str, int]:
    found = {h.strip().lower(): i for i, h in enumerate(header) if h and h.strip()}
    wanted = {f: (mapping or {}).get(f, f) for f in fields}
    if mapping:
        unknown = sorted(set(mapping) - set(fields))
        if unknown:
            raise ImportRejected(
                [
                    RowProblem(name, 0, u, "the mapping names a field Kuzet does not know")
                    for u in unknown
                ]
            )
    problems = [
        RowProblem(name, line, field, f"column {wanted[field]!r} is missing from the header")
        for field in required
        if wanted[field].strip().lower() not in found
    ]
    if problems:
        raise ImportRejected(problems)
    return {f: found[h.strip().lower()] for f, h in wanted.items() if h.strip().lower() in found}


def _raw_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    if path.suffix.lower() == ".xlsx":
        yield from _xlsx_rows(path)
    else:
        yield from _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(
            [RowProblem(path.name, 0, "", f"cannot read the file: {exc}")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportRejected(
            [RowProblem(path.name, line, "", "not UTF-8 text: save the file as CSV UTF-8")]
        ) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    for cells in reader:
        yield line, cells
        line = reader.line_num + 1


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # imported here: only XLSX work pays for it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise ImportRejected(
            [RowProblem(path.name, 0, "", f"not a readable XLSX file: {exc}")]
        ) from None
    try:
        sheet = book.worksheets[0]
        for index, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield index, [_cell_text(v) for v in row]
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- value parsers: each returns the value or raises ValueError with a reason ----------


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY``."""
    text = text.strip()
    try:
        if len(text) == 10 and text[2] == "." and text[5] == ".":
            return dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)") from None


def parse_optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None


def parse_decimal(text: str) -> Decimal:
    """A number with a dot as the decimal separator (no thousands separators)."""
    cleaned = text.strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number (use a dot for decimals)") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a finite number")
    return value


def parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in {"1", "yes", "y", "true", "да", "иә"}:
        return True
    if lowered in {"0", "no", "n", "false", "нет", "жоқ", ""}:
        return False
    raise ValueError(f"{text!r} is not yes or no")


# --- export ---------------------------------------------------------------------------


def _export_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "Register"
) -> int:
    """Write ``rows`` under ``headers`` to ``path`` (.csv or .xlsx) atomically; return count."""
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ValueError(f"{path.name}: export to .csv or .xlsx")
    count = 0
    if suffix == ".csv":
        with atomic_writer(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
                count += 1
        return count
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(title=sheet[:31])
    ws.append(list(headers))
    for row in rows:
        ws.append([_export_cell(v) for v in row])
        count += 1
    with atomic_writer(path, "wb") as handle:
        book.save(handle)
    return count


def _csv_cell(value: Any) -> str:
    value = _export_cell(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
