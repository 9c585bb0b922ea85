"""kuzet pack and kuzet pack verify on the demo firm."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.reports.manifest import load_manifest, sha256_file
from kuzet.reports.pack import PASSPHRASE_ENV
from kuzet.store import keys
from support.demo_db import PASSPHRASE, demo_template
from support.pack_demo_db import PERIOD, page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pack(demo: Path, *args: str) -> int:
    return run(["--db", str(demo), "pack", *args])


def test_pack_prints_pages_hash_and_manifest_and_verify_agrees(
    demo: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = out / "pack.pdf"
    dates = ["--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat()]
    assert pack(demo, "--out", str(pdf), *dates, "--lang", "ru", "--sections", "trail,firm") == 0
    printed = capsys.readouterr().out
    pages = int(re.search(r"\((\d+) pages\)", printed).group(1))
    assert f"SHA-256: {sha256_file(pdf)}" in printed
    assert f"Manifest: {out / 'pack.manifest.json'}" in printed
    manifest = load_manifest(out / "pack.manifest.json")
    assert manifest["lang"] == "ru" and manifest["pdf"]["pages"] == pages
    assert [s["key"] for s in manifest["sections"]] == ["firm", "trail"]
    texts = page_texts(pdf)
    assert "Профиль организации" in texts[1] and f"Стр. {pages} из {pages}" in texts[-1]

    assert run(["pack", "verify", str(out / "pack.manifest.json")]) == 0
    assert "matches its manifest" in capsys.readouterr().out
    assert run(["pack", "verify", str(pdf)]) == 0
    capsys.readouterr()

    with pdf.open("r+b") as handle:  # one byte changed in the middle of the file
        handle.seek(pdf.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 1]))
    assert run(["pack", "verify", str(pdf)]) == 1
    assert "pack.pdf: SHA-256 differs from the manifest" in capsys.readouterr().err


def test_the_default_period_is_the_last_full_quarter(
    demo: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kuzet.reports.pack import default_period

    assert pack(demo, "--out", str(out / "q"), "--sections", "rules") == 0
    period = default_period(PERIOD[1])
    manifest = load_manifest(out / "q.manifest.json")  # ".pdf" added to the name
    assert manifest["period"] == {
        "from": period.date_from.isoformat(),
        "to": period.date_to.isoformat(),
    }


def test_bad_options_exit_2_and_name_the_valid_choices(
    demo: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = str(out / "x.pdf")
    assert pack(demo, "--out", pdf, "--sections", "firm,kyc") == 2
    error = capsys.readouterr().err
    assert "unknown section(s): kyc" in error
    assert "valid keys: findings, evidence_map, firm, licences, mining, customers" in error
    assert "rules, trail, signoff" in error
    assert pack(demo, "--out", pdf, "--lang", "de") == 2
    assert pack(demo, "--out", pdf, "--from", "2026-13-01") == 2
    assert pack(demo, "--out", pdf, "--from", "2026-05-01", "--to", "2026-04-01") == 2
    assert pack(demo) == 2
    assert "--out" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_with_evidence_takes_the_passphrase_from_the_environment(
    demo: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys.forget()
    dates = ["--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat()]
    zip_path = out / "evidence.zip"
    args = ["--out", str(out / "p.pdf"), *dates, "--sections", "customers"]
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert pack(demo, *args, "--with-evidence", str(zip_path)) == 1
    assert "vault is locked" in capsys.readouterr().err
    assert list(out.iterdir()) == []

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert pack(demo, *args, "--with-evidence", str(zip_path)) == 0
    assert f"With evidence: {zip_path}" in capsys.readouterr().out
    with zipfile.ZipFile(zip_path) as archive:
        assert len([n for n in archive.namelist() if n.startswith("evidence/")]) == 12
    assert run(["pack", "verify", str(zip_path)]) == 0
    assert "every file matches" in capsys.readouterr().out
    keys.forget()
