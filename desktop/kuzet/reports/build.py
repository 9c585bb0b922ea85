"""``build_pack``: sections → PDF + manifest, atomically, with progress and cancel.

Steps: build each section's flowables (progress 0..n), lay out and write the PDF to a
temporary file beside the target (progress n..2n, reported per page as well, so a cancel
is honoured within a long table) after making it PDF/A-2b (``archive.make_archival``: the
manifest's hash is of that final file), hash the evidence files, move the PDF into place, then
write the manifest. A cancelled or failed build leaves neither file nor temporary file.
Registers too long to print go to XLSX attachments (``attachments``) in
``<name>.attachments/`` beside the PDF, moved into place with it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from kuzet.reports.archive import make_archival
from kuzet.reports.attachments import collecting, discard, publish
from kuzet.reports.document import PlannedSection, check_keys, render_pdf
from kuzet.reports.manifest import (
    EvidenceReader,
    hash_evidence,
    manifest_path_for,
    read_plain_file,
    write_manifest,
)
from kuzet.reports.pdftext import clear_caches
from kuzet.reports.results import PackResult, SectionResult
from kuzet.reports.section import PackContext, Section
from kuzet.store.files import atomic_writer


class _HashingWriter:
    """A write-only stream that hashes and counts what passes through to ``target``."""

    def __init__(self, target: IO[bytes]) -> None:
        self._target = target
        self.digest = hashlib.sha256()
        self.size = 0
        self.name = getattr(target, "name", None)

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self._target.write(data)

    def flush(self) -> None:
        self._target.flush()


def build_pack(
    sections: Sequence[Section],
    ctx: PackContext,
    out_path: str | os.PathLike[str],
    *,
    read_evidence: EvidenceReader | None = None,
) -> PackResult:
    """Build the audit pack at ``out_path`` and its manifest beside it.

    ``read_evidence`` returns the bytes of an evidence file (default: read the path from
    disk); the vault will pass a decrypting reader. Raises ``kuzet.progress.Cancelled`` if
    ``ctx.progress`` is cancelled; nothing is left behind then.
    """
    started = time.perf_counter()
    out_path = Path(out_path)
    progress = ctx.progress
    check_keys([section.key for section in sections])
    total = 2 * len(sections)
    planned = []
    ctx.section_keys = tuple(section.key for section in sections)
    with collecting(out_path, ctx.lang, ctx.generated_at_local) as attached:
        for index, section in enumerate(sections):
            title = section.title(ctx.lang)
            progress.step(index, total, title)
            attached.section = ctx.current_section = section.key
            planned.append(PlannedSection(section.key, title, list(section.build(ctx))))

        try:
            with atomic_writer(out_path) as handle:
                sink = _HashingWriter(handle)
                laid_out = io.BytesIO()
                layout = render_pdf(laid_out, ctx, planned, progress)
                # PDF/A-2b (XMP, output intent, printable links): the hash is of these bytes
                sink.write(make_archival(laid_out.getvalue(), lang=ctx.lang))
                del laid_out
                evidence = hash_evidence(ctx.evidence, read_evidence or read_plain_file, progress)
                progress.step(total, total, "")
        finally:
            clear_caches()
        publish(attached, out_path)

    result = PackResult(
        pdf_path=out_path,
        manifest_path=manifest_path_for(out_path),
        pack_id=ctx.pack_id,
        pages=layout.pages,
        sha256=sink.digest.hexdigest(),
        size=sink.size,
        sections=tuple(
            SectionResult(p.key, p.title, layout.section_starts[p.key]) for p in planned
        ),
        evidence=tuple(evidence),
        seconds=time.perf_counter() - started,
        attachments=tuple(attached.attachments),
    )
    try:
        write_manifest(result, ctx)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            out_path.unlink()  # a pack without its manifest is not a pack
        discard(out_path)
        raise
    return result
