"""The manifest beside the PDF, its verification, and the "with evidence" ZIP."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile

import pytest

from kuzet.progress import Cancelled, Progress
from kuzet.reports.build import build_pack
from kuzet.reports.bundle import BundleError, verify_bundle, write_bundle
from kuzet.reports.manifest import load_manifest, manifest_path_for, verify_manifest
from kuzet.reports.results import archive_name
from support.pack_demo import CustomersSection, TrainingSection, make_ctx


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_manifest_records_pack_pdf_sections_and_evidence(ru_pack):
    result = ru_pack.result
    manifest = load_manifest(result.manifest_path)
    assert result.manifest_path == manifest_path_for(result.pdf_path)
    assert manifest["pack_id"] == result.pack_id
    assert manifest["generated_by"] == ru_pack.ctx.generated_by
    assert manifest["generated_at_utc"] == "2025-07-01T09:30:15+00:00"
    assert manifest["period"] == {"from": "2025-01-01", "to": "2025-06-30"}
    assert manifest["redacted"] is True
    assert manifest["pdf"]["sha256"] == sha(result.pdf_path.read_bytes())
    assert manifest["pdf"]["pages"] == result.pages
    assert [(s["key"], s["start_page"]) for s in manifest["sections"]] == [
        (s.key, s.start_page) for s in result.sections
    ]
    evidence = {e["path"]: e for e in manifest["evidence"]}
    assert set(evidence) == set(ru_pack.evidence)
    for path, data in ru_pack.evidence.items():
        assert evidence[path]["sha256"] == sha(data)
        assert evidence[path]["size"] == len(data)
        assert evidence[path]["label"].startswith("Удостоверение личности клиента")
    names = [e["archive_name"] for e in manifest["evidence"]]
    assert names == ["evidence/001-passport_1.pdf", "evidence/002-passport_2_копия_.jpg"]


def test_verify_manifest_accepts_the_pack_and_reports_tampering(ru_pack, tmp_path):
    assert verify_manifest(ru_pack.result.manifest_path) == []
    read = lambda ref: ru_pack.evidence[ref.path]  # noqa: E731
    assert verify_manifest(ru_pack.result.manifest_path, read) == []

    copy = tmp_path / "copy"
    copy.mkdir()
    pdf = shutil.copy(ru_pack.result.pdf_path, copy / "pack.pdf")
    shutil.copy(ru_pack.result.manifest_path, copy / "pack.manifest.json")
    with open(pdf, "ab") as handle:
        handle.write(b"%")
    problems = verify_manifest(copy / "pack.manifest.json")
    assert any("SHA-256 differs" in p for p in problems)

    changed = lambda ref: b"another document"  # noqa: E731
    problems = verify_manifest(ru_pack.result.manifest_path, changed)
    assert len(problems) == 2 and all("differs from the manifest" in p for p in problems)
    assert verify_manifest(tmp_path / "missing.manifest.json")[0].startswith("cannot read")


def test_unreadable_evidence_is_recorded_not_fatal(out_dir):
    missing = str(out_dir / "gone.pdf")
    ctx = make_ctx("en")
    result = build_pack([CustomersSection(rows=10, evidence=(missing,))], ctx, out_dir / "p.pdf")
    assert result.evidence[0].sha256 is None and "FileNotFoundError" in result.evidence[0].error
    assert result.warnings == [f"evidence not included: {missing} ({result.evidence[0].error})"]
    problems = verify_manifest(result.manifest_path)
    assert problems and "not readable when the pack was built" in problems[0]


def test_bundle_holds_pdf_manifest_and_evidence_with_matching_hashes(ru_pack, tmp_path):
    folder = tmp_path / "zip"
    folder.mkdir()
    served: list[str] = []

    def read(ref):
        served.append(ref.path)
        return ru_pack.evidence[ref.path]

    zip_path = write_bundle(ru_pack.result.pdf_path, folder / "pack-with-evidence.zip", read)
    assert [p.name for p in folder.iterdir()] == ["pack-with-evidence.zip"]  # no loose files
    assert sorted(served) == sorted(ru_pack.evidence)
    with zipfile.ZipFile(zip_path) as archive:
        names = sorted(archive.namelist())
        manifest = json.loads(archive.read("pack.manifest.json"))
        assert sha(archive.read("pack.pdf")) == manifest["pdf"]["sha256"]
        for entry in manifest["evidence"]:
            data = archive.read(entry["archive_name"])
            assert sha(data) == entry["sha256"] == sha(ru_pack.evidence[entry["path"]])
    assert names == sorted(
        ["pack.pdf", "pack.manifest.json"] + [e.archive_name for e in ru_pack.result.evidence]
    )
    assert verify_bundle(zip_path) == []


def test_bundle_refuses_evidence_that_changed_and_leaves_nothing(ru_pack, tmp_path):
    folder = tmp_path / "zip"
    folder.mkdir()
    with pytest.raises(BundleError, match="changed since the pack was built"):
        write_bundle(ru_pack.result.pdf_path, folder / "b.zip", lambda ref: b"tampered")
    assert list(folder.iterdir()) == []


def test_bundle_can_be_cancelled_and_leaves_nothing(ru_pack, tmp_path):
    folder = tmp_path / "zip"
    folder.mkdir()
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_bundle(
            ru_pack.result.pdf_path,
            folder / "b.zip",
            lambda ref: ru_pack.evidence[ref.path],
            progress,
        )
    assert list(folder.iterdir()) == []


def test_bundle_refuses_a_pdf_that_does_not_match_its_manifest(out_dir):
    result = build_pack([TrainingSection()], make_ctx("en"), out_dir / "p.pdf")
    result.pdf_path.write_bytes(b"not the pack")
    with pytest.raises(BundleError, match="differs"):
        write_bundle(result.pdf_path, out_dir / "b.zip", lambda ref: b"")
    assert not (out_dir / "b.zip").exists()


def test_verify_bundle_finds_a_changed_member(ru_pack, tmp_path):
    good = write_bundle(
        ru_pack.result.pdf_path, tmp_path / "good.zip", lambda ref: ru_pack.evidence[ref.path]
    )
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("evidence/001"):
                data = b"swapped"
            dst.writestr(info, data)
        dst.writestr("extra.txt", b"?")
    problems = verify_bundle(bad)
    assert any("evidence/001" in p and "differs" in p for p in problems)
    assert "unexpected file in the ZIP: extra.txt" in problems


def test_archive_names_are_safe_and_numbered():
    assert archive_name(3, "/vault/a/паспорт клиента.pdf") == "evidence/003-паспорт_клиента.pdf"
    assert archive_name(1, "C:\\docs\\..\\x.jpg") == "evidence/001-x.jpg"
    assert archive_name(2, "../../") == "evidence/002-file"
    assert len(archive_name(4, "a" * 300 + ".pdf")) <= len("evidence/004-") + 80
