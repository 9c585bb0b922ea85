"""The pack's manifest: ``<name>.manifest.json`` beside the PDF.

It names the pack (id, firm, period, when and by whom), lists its sections with their start
pages, and records the SHA-256 and size of the PDF and of every evidence file the sections
cite, so anyone can later check that nothing was changed (``verify_manifest``). It also
records the audit trail's head (last entry id and hash), so a database can later be checked
against it (``kuzet verify --against``, ``store.anchor``). Evidence is
hashed from the bytes a reader callback returns: later those come decrypted from the vault,
so the hash is of the document itself, not of its encrypted blob.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import kuzet
from kuzet.progress import Progress
from kuzet.reports.results import EvidenceRecord, PackResult, archive_name
from kuzet.reports.section import EvidenceRef, PackContext
from kuzet.store.anchor import TrailAnchor
from kuzet.store.audit import chain_head
from kuzet.store.files import atomic_write_text

FORMAT = "kuzet-audit-pack-manifest"
VERSION = 1

EvidenceReader = Callable[[EvidenceRef], bytes]


def manifest_path_for(pdf_path: str | Path) -> Path:
    """``pack.pdf`` → ``pack.manifest.json`` in the same folder."""
    pdf_path = Path(pdf_path)
    return pdf_path.with_name(f"{pdf_path.stem}.manifest.json")


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_plain_file(ref: EvidenceRef) -> bytes:
    """The default evidence reader: the file at ``ref.path`` as it is on disk."""
    return Path(ref.path).read_bytes()


def hash_evidence(
    refs: Sequence[EvidenceRef], read: EvidenceReader, progress: Progress | None = None
) -> list[EvidenceRecord]:
    """Hash every evidence file; one that cannot be read is recorded with its error.
    Each file is a step of ``progress`` (decrypting vault documents takes a while)."""
    records = []
    for index, ref in enumerate(refs, start=1):
        if progress is not None:
            progress.step(index - 1, len(refs), ref.label)
        name = archive_name(index, ref.path)
        try:
            data = read(ref)
        except OSError as exc:
            error = f"{type(exc).__name__}: {exc.strerror or exc}"
            records.append(EvidenceRecord(ref.path, ref.label, None, None, name, error))
            continue
        digest = hashlib.sha256(data).hexdigest()
        records.append(EvidenceRecord(ref.path, ref.label, digest, len(data), name))
    return records


def prepared_by_entry(ctx: PackContext) -> dict[str, Any]:
    """The officer who prepared the pack: staff id (None when only a name was given), name
    and position, from the staff register (``reports.preparer``)."""
    if ctx.preparer is not None:
        return ctx.preparer.as_dict()
    return {"staff_id": None, "name": ctx.generated_by, "position": ""}


def manifest_dict(result: PackResult, ctx: PackContext) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "pack_id": result.pack_id,
        "firm_name": ctx.firm_name,
        "lang": ctx.lang,
        "redacted": ctx.redact,
        "period": {
            "from": ctx.period.date_from.isoformat(),
            "to": ctx.period.date_to.isoformat(),
        },
        "generated_at_utc": ctx.generated_at_utc.isoformat(timespec="seconds"),
        "generated_at_local": ctx.generated_at_local.isoformat(timespec="seconds"),
        "generated_by": ctx.generated_by,
        "prepared_by": prepared_by_entry(ctx),
        "generator": f"Kuzet {kuzet.__version__}",
        **rule_pack_entry(ctx),
        **trail_head_entry(ctx),
        "pdf": {
            "file": result.pdf_path.name,
            "sha256": result.sha256,
            "size": result.size,
            "pages": result.pages,
        },
        "sections": [
            {"key": s.key, "title": s.title, "start_page": s.start_page} for s in result.sections
        ],
        "attachments": [
            {"file": a.file, "title": a.title, "rows": a.rows, "sha256": a.sha256, "size": a.size}
            for a in result.attachments
        ],
        "evidence": [
            {
                "path": e.path,
                "label": e.label,
                "sha256": e.sha256,
                "size": e.size,
                "archive_name": e.archive_name,
                **({"error": e.error} if e.error else {}),
            }
            for e in result.evidence
        ],
    }


def rule_pack_entry(ctx: PackContext) -> dict[str, Any]:
    """``{"rule_pack": {version, title, published, sha256}}`` of the pack in force."""
    pack = getattr(getattr(ctx.data, "rules", None), "pack", None)
    if pack is None:
        return {}
    info = pack.info
    return {
        "rule_pack": {
            "version": info.version if info else "",
            "title": info.title if info else "",
            "published": info.published.isoformat() if info else "",
            "sha256": pack.sha256,
        }
    }


def trail_head_entry(ctx: PackContext) -> dict[str, Any]:
    """``{"trail_head": {entry_id, hash}}``: the audit trail's last entry as the pack's read
    session sees it (the same snapshot the sections read), the anchor that
    ``kuzet verify --against`` checks a database against later (``store.anchor``)."""
    session = getattr(ctx.data, "session", None)
    if session is None:
        return {}
    entry_id, digest = chain_head(session.connection())
    return {"trail_head": TrailAnchor(entry_id, digest).as_dict()}


def write_manifest(result: PackResult, ctx: PackContext) -> Path:
    """Write the manifest beside the PDF (atomically) and return its path."""
    text = json.dumps(manifest_dict(result, ctx), ensure_ascii=False, indent=2) + "\n"
    atomic_write_text(result.manifest_path, text)
    return result.manifest_path


def load_manifest(path: str | Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a Kuzet audit pack manifest")
    if data.get("version") != VERSION:
        raise ValueError(f"{path}: manifest version {data.get('version')!r} is not supported")
    return data


def verify_manifest(
    path: str | Path,
    read_evidence: EvidenceReader | None = None,
    pdf_file: str | Path | None = None,
) -> list[str]:
    """Problems found (empty list: the PDF, and the evidence if a reader is given, match).

    ``pdf_file`` is the PDF to check (a copy, under any name); by default the one the
    manifest names, beside it."""
    path = Path(path)
    try:
        data = load_manifest(path)
    except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
        return [f"cannot read manifest {path}: {exc}"]
    problems = []
    pdf = data.get("pdf") or {}
    if pdf_file is None:
        pdf_path = path.with_name(str(pdf.get("file", "")))
        missing = not pdf.get("file") or not pdf_path.is_file()
        what = f"PDF {pdf_path.name!r} named by the manifest"
    else:
        pdf_path = Path(pdf_file)
        missing, what = not pdf_path.is_file(), f"PDF {str(pdf_path)!r}"
    if missing:
        problems.append(f"{what} is missing")
    else:
        if pdf_path.stat().st_size != pdf.get("size"):
            problems.append(f"{pdf_path.name}: size differs from the manifest")
        if sha256_file(pdf_path) != pdf.get("sha256"):
            problems.append(f"{pdf_path.name}: SHA-256 differs from the manifest")
    for entry in data.get("attachments", []):
        problems += _check_attachment(path.parent, entry)
    for entry in data.get("evidence", []):
        problems += _check_evidence(entry, read_evidence)
    return problems


def _check_attachment(folder: Path, entry: dict[str, Any]) -> list[str]:
    """An attached register (``pack.attachments/01-customers.xlsx``) beside the manifest."""
    name = str(entry.get("file", ""))
    where = folder / name
    if not name or ".." in Path(name).parts or not where.is_file():
        return [f"attachment {name!r} named by the manifest is missing"]
    if where.stat().st_size != entry.get("size") or sha256_file(where) != entry.get("sha256"):
        return [f"attachment {name!r} differs from the manifest"]
    return []


def _check_evidence(entry: dict[str, Any], read: EvidenceReader | None) -> list[str]:
    where = f"evidence {entry.get('path')!r}"
    if not entry.get("sha256"):
        return [f"{where} was not readable when the pack was built: {entry.get('error')}"]
    if read is None:
        return []
    try:
        data = read(EvidenceRef(entry["path"], entry.get("label", "")))
    except OSError as exc:
        return [f"{where} cannot be read: {exc}"]
    if hashlib.sha256(data).hexdigest() != entry["sha256"] or len(data) != entry.get("size"):
        return [f"{where} differs from the manifest"]
    return []
