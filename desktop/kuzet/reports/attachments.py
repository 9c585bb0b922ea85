"""Registers too long to print: XLSX attachments beside the pack, hashed in its manifest.

A pack table with more than ``ATTACH_ABOVE`` rows (and the per-customer list, always) is
not laid out page by page: its rows go to an XLSX file and the PDF prints a line naming
that file, its row count and its SHA-256 instead (the section shows summaries and
distributions above it). While ``build_pack`` runs, an ``AttachmentSink`` collects the
files in a private temporary folder beside the PDF; when the PDF is in place they move to
``<pack>.attachments/`` and the manifest lists each with its hash and size; the "with
evidence" ZIP carries them under the same relative path. A redacted pack's attachments
hold the same redacted cells as its tables: they are written from the rows the sections
give the table.

The XLSX is written here directly (a sheet of inline strings, a few lines of XML per row):
openpyxl took about 4 s for 100,000 rows of seven cells, most of the pack's time budget.
Text is written as text (``t="inlineStr"``), so a value starting with "=" is never a
formula; numbers as numbers; dates as dates. The ZIP entries carry the pack's generation
time, so the same data always gives the same bytes and hash.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from kuzet.reports.badges import Status

ATTACH_ABOVE = 200  # rows: a longer register goes to an attachment
HASH_GROUP = 16
_SINK: contextvars.ContextVar[AttachmentSink | None] = contextvars.ContextVar(
    "kuzet_pack_attachments", default=None
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SLUG = re.compile(r"[^a-z0-9]+")
_EPOCH = dt.date(1899, 12, 30)


@dataclass(frozen=True)
class Attachment:
    """One attached register: ``file`` relative to the PDF's folder (``pack.attachments/
    customers-01.xlsx``), its title, data rows, SHA-256 and size."""

    file: str
    title: str
    rows: int
    sha256: str
    size: int


class AttachmentSink:
    """Collects the attachments of one pack build in ``folder`` (a private temporary one)."""

    def __init__(self, folder: Path, prefix: str, lang: str, stamp: dt.datetime) -> None:
        self.folder, self.prefix, self.lang = folder, prefix, lang
        self.stamp = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, 0)
        self.section = "table"
        self.attachments: list[Attachment] = []

    def write(
        self, title: str | None, headers: Sequence[str], rows: Iterable[Sequence[object]]
    ) -> Attachment:
        name = f"{len(self.attachments) + 1:02d}-{_SLUG.sub('-', self.section.lower()).strip('-')}"
        path = self.folder / f"{name}.xlsx"
        count = write_xlsx(path, title or self.section, headers, rows, self.lang, self.stamp)
        path.chmod(0o600)  # the user's files are private to the user
        data = path.read_bytes()
        record = Attachment(
            file=f"{self.prefix}/{name}.xlsx",
            title=title or "",
            rows=count,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
        self.attachments.append(record)
        return record


def current_sink() -> AttachmentSink | None:
    """The sink of the pack being built (None outside ``build_pack``: tables print whole)."""
    return _SINK.get()


def attachments_folder(pdf_path: Path) -> Path:
    """``pack.pdf`` → ``pack.attachments`` beside it."""
    return pdf_path.with_name(f"{pdf_path.stem}.attachments")


@contextlib.contextmanager
def collecting(pdf_path: Path, lang: str, stamp: dt.datetime) -> Iterator[AttachmentSink]:
    """Collect attachments while the pack is built; the caller calls ``publish`` once the
    PDF is in place. The temporary folder is removed whatever happens."""
    pdf_path.parent.mkdir(parents=True, exist_ok=True)  # as ``atomic_writer`` does
    temp = Path(tempfile.mkdtemp(prefix=".kuzet-attachments-", dir=pdf_path.parent))
    sink = AttachmentSink(temp, attachments_folder(pdf_path).name, lang, stamp)
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)
        shutil.rmtree(temp, ignore_errors=True)


def publish(sink: AttachmentSink, pdf_path: Path) -> None:
    """Move the collected files to ``<pack>.attachments/`` (0700), replacing an older
    build's folder of the same name; no folder when the pack has no attachment."""
    target = attachments_folder(pdf_path)
    if target.exists():
        shutil.rmtree(target)
    if not sink.attachments:
        return
    target.mkdir(mode=0o700)
    for record in sink.attachments:
        name = Path(record.file).name
        os.replace(sink.folder / name, target / name)


def discard(pdf_path: Path) -> None:
    """Remove a published attachments folder (the pack it belongs to failed)."""
    shutil.rmtree(attachments_folder(pdf_path), ignore_errors=True)


def grouped_hash(sha256: str) -> str:
    """A hash in 16-character groups: where it may break at a line end, and nowhere else."""
    return " ".join(sha256[i : i + HASH_GROUP] for i in range(0, len(sha256), HASH_GROUP))


def attachment_note(record: Attachment, lang: str) -> Flowable:
    """The line the PDF prints instead of an attached register."""
    from kuzet.reports.blocks import note
    from kuzet.reports.formatting import number_formatter
    from kuzet.reports.labels import t

    return note(
        t(
            "attach.note",
            lang,
            title=record.title or t("attach.table", lang),
            rows=number_formatter(lang)(record.rows, None),
            file=record.file,
            sha=grouped_hash(record.sha256),
        )
    )


# --- the XLSX file ----------------------------------------------------------------------


def _cell(value: object, lang: str) -> str:
    """One cell of a row (no ``r`` reference: cells follow each other, which OOXML allows)."""
    kind = value.__class__
    if kind is str:
        return _text(value) if value else "<c/>"  # type: ignore[arg-type]
    if kind is int or kind is Decimal or kind is float:
        return f"<c><v>{format(value, 'f') if kind is Decimal else value}</v></c>"
    if value is None:
        return "<c/>"
    if kind is bool:
        return _text("✓" if value else "—")
    if kind is dt.date:
        return f'<c s="1"><v>{(value - _EPOCH).days}</v></c>'  # type: ignore[operator]
    if kind is dt.datetime:
        return _text(value.isoformat(sep=" ", timespec="seconds"))  # type: ignore[attr-defined]
    if kind is Status:
        return _text(value.label(lang))  # type: ignore[attr-defined]
    return _text(str(value))


def _text(text: str) -> str:
    """Text as text: an inline string, never a formula (characters XML cannot hold are
    dropped from the whole sheet at once, in ``write_xlsx``)."""
    if "&" in text or "<" in text or ">" in text:
        text = escape(text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<c t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
    return f'<c t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(
    path: Path,
    sheet: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    lang: str,
    stamp: tuple[int, int, int, int, int, int],
) -> int:
    """Write one sheet (header row, then ``rows``) to ``path``; return the data rows."""
    count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as book:

        def put(name: str, text: str) -> None:
            book.writestr(zipfile.ZipInfo(name, date_time=stamp), text, zipfile.ZIP_DEFLATED, 1)

        put("[Content_Types].xml", _CONTENT_TYPES)
        put("_rels/.rels", _RELS)
        put("xl/workbook.xml", _WORKBOOK.format(sheet=escape(_sheet_name(sheet), {'"': "&quot;"})))
        put("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        put("xl/styles.xml", _STYLES)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info._compresslevel = 1  # type: ignore[attr-defined]  # speed over size: ~4x faster
        with book.open(info, "w") as raw:
            out: list[str] = [_SHEET_HEAD, "<row>", *(_text(h) for h in headers), "</row>"]
            for count, row in enumerate(rows, start=1):
                if len(row) != len(headers):
                    raise ValueError(f"row {count} has {len(row)} cells, expected {len(headers)}")
                out.append("<row>")
                for value in row:  # text first: most cells are text
                    if value.__class__ is str and value:
                        t = value  # inlined ``_text`` for the common case
                        if "&" in t or "<" in t or ">" in t:
                            t = escape(t)
                        if t[0].isspace() or t[-1].isspace():
                            out.append(_text(value))
                        else:
                            out.append(f'<c t="inlineStr"><is><t>{t}</t></is></c>')
                    else:
                        out.append(_cell(value, lang))
                out.append("</row>")
                if len(out) > 50_000:
                    raw.write(_NOT_XML.sub("", "".join(out)).encode("utf-8"))
                    out = []
            out.append("</sheetData></worksheet>")
            raw.write(_NOT_XML.sub("", "".join(out)).encode("utf-8"))
    return count


def _sheet_name(title: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Register"


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'  # noqa: E501
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'  # noqa: E501
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'  # noqa: E501
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'  # noqa: E501
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'  # noqa: E501
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'  # noqa: E501
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'  # noqa: E501
    "</Relationships>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    "</cellStyles></styleSheet>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
    'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>'
)
