"""Reading and writing register tables: CSV and XLSX, with line numbers and mappings.

Every importer reads through ``read_rows`` so that every error names the file, the line
(the spreadsheet row number, header = line 1) and the field. Exports go through
``write_table``, atomically.

Hostile text is refused or defused here, for every register (``check_text`` and the export
cells at the end): an imported field holding a control character other than TAB, CR and
LF, or longer than rule ``imports.max_text_chars`` allows, refuses the file (file, line
and field named; nothing is imported). Exports write text as text: an XLSX text cell is
always a string cell (never a formula), and a CSV field that a spreadsheet would read as
a formula (it starts with ``=``, ``+``, ``-``, ``@``, TAB or CR, after any single quotes)
gets a single quote in front, as OWASP recommends; a plain number (``-5.00``) is left
alone. Reading a CSV takes exactly one leading quote off a field whose rest starts that
way, so an exported file imported again gives back the values it was written from.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..store.files import atomic_writer
from .errors import ImportRejected, RowProblem
from .zip_guard import check_xlsx

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
    limits: Mapping[str, int] | None = None,
) -> list[SourceRow]:
    """All data rows of ``path`` as canonical fields; raise ``ImportRejected`` on a bad header.

    ``mapping`` maps canonical field names to the file's own header names; without it the
    header must use the canonical names (case and surrounding spaces do not matter).
    Blank rows are skipped. ``limits`` (``text_limits``) caps each field's length: by
    default the shipped rule pack's.
    """
    name = path.name
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise ImportRejected([RowProblem(name, 0, "", "expected a .csv or .xlsx file")])
    rows = _raw_rows(path, mapping, limits)
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


def _raw_rows(
    path: Path,
    mapping: Mapping[str, str] | None = None,
    limits: Mapping[str, int] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """Every row of ``path`` (header first) as text cells, checked by ``check_text``."""
    rows = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    return check_text(path.name, rows, mapping, limits)


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
    quoted = "'" in text
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a field over the csv module's limit, or a broken line
            reason = (
                f"a field on this line is longer than {csv.field_size_limit():,} characters"
                if "field limit" in str(exc)
                else f"not a readable CSV line: {exc}"
            )
            raise ImportRejected([RowProblem(path.name, line, "", reason)]) from None
        if quoted:  # take off the quote an export put in front of a formula-like field
            cells = [c[1:] if c[:1] == "'" and _FORMULA_START.match(c, 1) else c for c in cells]
        yield line, cells
        line = reader.line_num + 1


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    check_xlsx(path)  # a zip bomb is refused from its declared sizes, before any expanding
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
            writer.writerow([_csv_cell(v) for v in headers])
            for row in rows:
                writer.writerow([_csv_cell(v) for v in row])
                count += 1
        return count
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet(title=sheet[:31])
    ws.append([_xlsx_cell(ws, v) for v in headers])
    for row in rows:
        ws.append([_xlsx_cell(ws, v) for v in row])
        count += 1
    with atomic_writer(path, "wb") as handle:
        book.save(handle)
    return count


def _csv_cell(value: Any) -> str:
    value = _export_cell(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(str(value))


# --- hostile text ---------------------------------------------------------------------

TEXT_LIMITS_RULE = "imports.max_text_chars"
MAX_TEXT_PROBLEMS = 1000  # a file with more bad fields is refused at that many
# Control characters (Unicode Cc) but TAB, LF and CR; and the two non-characters XML refuses.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Not allowed in an XLSX file at all: written as U+FFFD (only old data can hold them).
_NOT_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = re.compile("'*[=+\\-@\t\r]")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?\Z")


def neutralise(text: str) -> str:
    """``text`` as a CSV field no spreadsheet reads as a formula: a single quote in front
    when it starts (after any quotes) with ``=``, ``+``, ``-``, ``@``, TAB or CR and is
    not a plain number. Reading the CSV takes exactly that quote off again."""
    if _FORMULA_START.match(text) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def _xlsx_cell(ws: Any, value: Any) -> Any:
    """An XLSX cell value: text is always a string cell, never a formula; text that
    starts like a formula is also marked "quoted" so a spreadsheet keeps it text when
    the cell is edited."""
    value = _export_cell(value)
    if not isinstance(value, str):
        return value
    if _NOT_XLSX.search(value):
        value = _NOT_XLSX.sub("\ufffd", value)
    if not _FORMULA_START.match(value) or _PLAIN_NUMBER.match(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def text_limits(rules: Any = None, day: dt.date | None = None) -> dict[str, int]:
    """The longest text each field may hold, by field name (``default``: every other
    field), from ``rules`` (a ``RuleBook``, with the officer's overrides) or the shipped
    rule pack."""
    if rules is None:
        from ..store.session import rule_pack

        rules = rule_pack()
    value = rules.value(TEXT_LIMITS_RULE, day or dt.date.today())
    return {str(k).strip().lower(): int(v) for k, v in value.items()}


def check_text(
    name: str,
    rows: Iterable[tuple[int, list[str]]],
    mapping: Mapping[str, str] | None = None,
    limits: Mapping[str, int] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """``rows`` (header first) without the rows holding a control character (other than
    TAB, CR, LF) or a field longer than ``limits``; once all are read (at once for a bad
    header), ``ImportRejected`` names every such field (file, line, the column as headed
    in the file), so the caller's transaction rolls back and nothing is imported."""
    limits = dict(limits) if limits is not None else text_limits()
    default = limits.get("default", 2000)
    iterator = iter(rows)
    try:
        header_line, header = next(iterator)
    except StopIteration:
        return
    columns = [h.strip() for h in header]
    field_of = {v.strip().lower(): k.lower() for k, v in (mapping or {}).items()}
    caps = [limits.get(field_of.get(c.lower(), c.lower()), default) for c in columns]
    shortest = min([default, *caps])
    problems: list[RowProblem] = []

    def look(line: int, cells: list[str]) -> bool:
        joined = "\t".join(cells)
        if len(joined) <= shortest and not _CONTROL.search(joined):
            return True
        before = len(problems)
        for index, cell in enumerate(cells):
            column = columns[index] if index < len(columns) and columns[index] else ""
            field = column or f"column {index + 1}"
            found = _CONTROL.search(cell)
            if found:
                code = f"U+{ord(found.group()):04X}"
                problems.append(
                    RowProblem(name, line, field, f"holds the control character {code}")
                )
            cap = caps[index] if index < len(caps) else default
            if len(cell) > cap:
                problems.append(
                    RowProblem(
                        name, line, field, f"{len(cell):,} characters: at most {cap:,} allowed"
                    )
                )
        if len(problems) >= MAX_TEXT_PROBLEMS:
            raise ImportRejected(problems)
        return len(problems) == before

    if not look(header_line, header):
        raise ImportRejected(problems)  # without its header the rows mean nothing
    yield header_line, header
    search = _CONTROL.search
    for line, cells in iterator:
        # most rows: one look at the whole row (printable text holds no control character)
        joined = " ".join(cells)
        clean = len(joined) <= shortest and (joined.isprintable() or not search(joined))
        if clean or look(line, cells):
            yield line, cells
    if problems:
        raise ImportRejected(problems)
