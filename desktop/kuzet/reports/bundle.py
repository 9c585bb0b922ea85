"""The optional "with evidence" ZIP: the PDF, its manifest, its attached registers (XLSX,
under ``<name>.attachments/`` as beside the PDF) and the evidence files.

Evidence bytes come from a callback (later: decrypted from the vault) and go straight into
the ZIP. The ZIP is written in a private scratch folder (``store.scratch``: 0700, removed
on every exit path, swept after a kill) and moved into place only when complete, so an
interrupted run leaves no partial ZIP of decrypted documents; no decrypted file ever
touches the disk outside it.
Each file's bytes must still match the hash the manifest recorded at build time.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from datetime import datetime
from pathlib import Path

from kuzet.progress import Progress
from kuzet.reports.manifest import EvidenceReader, load_manifest, manifest_path_for, verify_manifest
from kuzet.reports.section import EvidenceRef
from kuzet.store.scratch import move_into, private_folder


class BundleError(Exception):
    """The ZIP cannot be made: the pack does not match its manifest, or evidence changed."""


def write_bundle(
    pdf_path: str | os.PathLike[str],
    zip_path: str | os.PathLike[str],
    read_evidence: EvidenceReader,
    progress: Progress | None = None,
) -> Path:
    """Write ``zip_path`` with the pack at ``pdf_path``, its manifest and its evidence."""
    pdf_path, zip_path = Path(pdf_path), Path(zip_path)
    manifest_path = manifest_path_for(pdf_path)
    problems = verify_manifest(manifest_path)
    blocking = [p for p in problems if not p.startswith("evidence ")]
    if blocking:
        raise BundleError("; ".join(blocking))
    manifest = load_manifest(manifest_path)
    stamp = _zip_time(manifest.get("generated_at_local", ""))
    with private_folder(zip_path.parent, "bundle") as scratch:
        written = scratch / zip_path.name
        _write(written, pdf_path, manifest_path, manifest, stamp, read_evidence, progress)
        move_into(written, zip_path, scratch)
    return zip_path


def _write(
    written: Path,
    pdf_path: Path,
    manifest_path: Path,
    manifest: dict,
    stamp: tuple[int, int, int, int, int, int],
    read_evidence: EvidenceReader,
    progress: Progress | None,
) -> None:
    entries = manifest.get("evidence", [])
    with (
        open(os.open(written, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(_info(pdf_path.name, stamp), pdf_path.read_bytes())
        archive.writestr(_info(manifest_path.name, stamp), manifest_path.read_bytes())
        for attached in manifest.get("attachments", []):  # checked by verify_manifest above
            data = (pdf_path.parent / attached["file"]).read_bytes()
            archive.writestr(_info(attached["file"], stamp), data)
        for done, entry in enumerate(entries):
            if progress is not None:
                progress.step(done, len(entries), entry.get("label", ""))
            if not entry.get("sha256"):
                continue  # recorded as unreadable at build time; the manifest says so
            data = read_evidence(EvidenceRef(entry["path"], entry.get("label", "")))
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise BundleError(f"evidence {entry['path']!r} changed since the pack was built")
            archive.writestr(_info(entry["archive_name"], stamp), data)
    with open(written, "rb") as done:
        os.fsync(done.fileno())


def verify_bundle(zip_path: str | os.PathLike[str]) -> list[str]:
    """Problems in a "with evidence" ZIP (empty list: every file matches the manifest)."""
    problems: list[str] = []
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"cannot open {zip_path}: {exc}"]
    with archive:
        names = set(archive.namelist())
        manifests = [n for n in names if n.endswith(".manifest.json") and "/" not in n]
        if len(manifests) != 1:
            return [f"expected one manifest in the ZIP, found {len(manifests)}"]
        try:
            manifest = json.loads(archive.read(manifests[0]).decode("utf-8"))
        except ValueError as exc:
            return [f"manifest unreadable: {exc}"]
        pdf = manifest.get("pdf", {})
        expected = {manifests[0], pdf.get("file")}
        problems += _check(archive, names, pdf.get("file"), pdf.get("sha256"))
        for attached in manifest.get("attachments", []):
            expected.add(attached.get("file"))
            problems += _check(archive, names, attached.get("file"), attached.get("sha256"))
        for entry in manifest.get("evidence", []):
            if entry.get("sha256"):
                expected.add(entry["archive_name"])
                problems += _check(archive, names, entry["archive_name"], entry["sha256"])
        problems += [f"unexpected file in the ZIP: {n}" for n in sorted(names - expected)]
    return problems


def _check(archive: zipfile.ZipFile, names: set[str], name: str | None, sha: str | None) -> list:
    if not name or name not in names:
        return [f"missing from the ZIP: {name}"]
    if hashlib.sha256(archive.read(name)).hexdigest() != sha:
        return [f"{name}: SHA-256 differs from the manifest"]
    return []


def _info(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _zip_time(iso: str) -> tuple[int, int, int, int, int, int]:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        moment = datetime.now()
    return (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, 0)
