"""Archive-grade PDF (PDF/A-2b) and ``kuzet pack verify`` checking the file it is given.

The pack and the STR draft are read back with pikepdf: XMP with ``pdfaid`` part 2 and
conformance B that agrees with the Info dictionary, an sRGB output intent, every font
embedded, a nested outline, printable links, a document ID; the manifest's SHA-256 is of
the final file. (veraPDF, the reference validator, cannot be installed here: see
``reports/archive.py``.)
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Dictionary, Name
from reportlab.pdfgen.canvas import Canvas
from sqlmodel import select

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.registers.monitoring.desk import MonitoringDesk
from kuzet.reports.archive import ArchiveError, make_archival, srgb_profile
from kuzet.reports.manifest import load_manifest, sha256_file
from kuzet.reports.pack import make_pack
from kuzet.store.models.monitoring import SuspiciousTransactionReport
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, demo_template
from support.pack_demo_db import PERIOD

BASE_14 = {
    "Helvetica",
    "Times-Roman",
    "Courier",
    "Symbol",
    "ZapfDingbats",
}
SECTIONS = ["firm", "licences", "customers", "training"]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store, _ = Store.open(demo_template(tmp_path_factory))
    yield store
    store.close()


@pytest.fixture(scope="module")
def pack_pdf(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    outcome = make_pack(
        demo_store,
        folder / "pack.pdf",
        *PERIOD,
        lang="ru",
        sections=SECTIONS,
        today=TODAY,
        vault_passphrase=PASSPHRASE,
    )
    return outcome.pdf_path


@pytest.fixture(scope="module")
def str_pdf(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with demo_store.reading() as session:
        report_id = session.exec(select(SuspiciousTransactionReport.id)).first()
    assert report_id is not None, "the demo firm has a suspicious transaction report"
    desk = MonitoringDesk(demo_store, FixedClock(TODAY))
    return desk.write_str_draft(report_id, tmp_path_factory.mktemp("str") / "str.pdf")


def fonts(pdf: pikepdf.Pdf) -> Iterator[Dictionary]:
    """Every font any page (or a form it draws) uses."""

    def walk(resources: object) -> Iterator[Dictionary]:
        if not isinstance(resources, Dictionary):
            return
        yield from (resources.get("/Font") or {}).values()
        for xobject in (resources.get("/XObject") or {}).values():
            if xobject.get("/Subtype") == Name.Form:
                yield from walk(xobject.get("/Resources"))

    for page in pdf.pages:
        yield from walk(page.obj.get("/Resources"))


def font_files(font: Dictionary) -> list[str]:
    if font.get("/Subtype") == Name.Type0:
        return [k for d in font.DescendantFonts for k in font_files(d)]
    descriptor = font.get("/FontDescriptor") or {}
    return [k for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor]


def assert_pdfa_2b(path: Path) -> pikepdf.Pdf:
    pdf = pikepdf.open(path)
    meta = pdf.open_metadata()
    info = pdf.docinfo
    assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
    assert meta["dc:title"] == str(info.Title) and meta["dc:title"].strip()
    assert meta["pdf:Producer"] == str(info.Producer)
    assert "/Filter" not in pdf.Root.Metadata  # PDF/A: the XMP stays readable as it is
    created = pikepdf.models.metadata.decode_pdf_date(str(info.CreationDate))
    assert meta["xmp:CreateDate"] == created.isoformat()
    # an sRGB output intent with an RGB (N=3) ICC profile
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == Name.GTS_PDFA1 and intent.OutputConditionIdentifier
    profile = intent.DestOutputProfile
    icc = profile.read_bytes()
    assert profile.N == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
    assert icc[8] == 4 and icc[9] <= 0x20  # ISO 15076-1 (v4.2) at most
    # every font embedded, no base-14 font by name
    used = list(fonts(pdf))
    assert used
    for font in used:
        assert font_files(font), f"{font.get('/BaseFont')} is not embedded"
        assert str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1] not in BASE_14
    # a document ID, no encryption, every annotation printable and visible
    assert len(pdf.trailer.ID) == 2 and not pdf.is_encrypted
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            assert int(annot.F) & 4 and not int(annot.F) & (1 | 2 | 32)
    return pdf


def test_the_pack_is_pdf_a_2b(pack_pdf: Path) -> None:
    pdf = assert_pdfa_2b(pack_pdf)
    meta = pdf.open_metadata()
    assert "Пакет документов" in meta["dc:title"]  # Cyrillic survives into the XMP
    assert meta["dc:description"] == str(pdf.docinfo.Subject)
    assert "ru" in meta["dc:language"]


def test_the_manifest_hashes_the_final_archival_file(pack_pdf: Path) -> None:
    manifest = load_manifest(pack_pdf.with_name("pack.manifest.json"))
    assert manifest["pdf"]["sha256"] == sha256_file(pack_pdf)
    assert manifest["pdf"]["size"] == pack_pdf.stat().st_size
    assert pikepdf.open(pack_pdf).open_metadata()["pdfaid:part"] == "2"


def test_the_outline_nests_sub_sections_under_their_sections(pack_pdf: Path) -> None:
    pdf = pikepdf.open(pack_pdf)
    with pdf.open_outline() as outline:
        top = list(outline.root)
        titles = [item.title for item in top]
        assert len(top) == 1 + len(SECTIONS)  # the contents, then one entry per section
        assert all(t.startswith(f"{i}. ") for i, t in enumerate(titles[1:], start=1))
        nested = [item for item in top if item.children]
        assert len(nested) >= 2, titles
        pages = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        for section in nested:
            start = pages[section.destination[0].objgen]
            for child in section.children:
                assert child.title.strip()
                assert pages[child.destination[0].objgen] >= start


def test_the_contents_links_print(pack_pdf: Path) -> None:
    pdf = pikepdf.open(pack_pdf)
    links = [
        annot
        for page in pdf.pages
        for annot in page.obj.get("/Annots", [])
        if annot.Subtype == Name.Link
    ]
    assert len(links) >= len(SECTIONS)
    assert all(int(link.F) & 4 for link in links)


def test_the_str_draft_is_pdf_a_2b_with_no_helvetica(str_pdf: Path) -> None:
    assert_pdfa_2b(str_pdf)


def test_a_pdf_with_an_unembedded_font_is_refused() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Helvetica, not embedded")
    canvas.save()
    with pytest.raises(ArchiveError, match="Helvetica"):
        make_archival(buffer.getvalue())


def test_the_srgb_profile_is_a_v4_2_monitor_profile() -> None:
    icc = srgb_profile()
    assert icc[8:12] == bytes([4, 0x20, 0, 0])
    assert icc[12:16] == b"mntr" and icc[16:20] == b"RGB " and icc[20:24] == b"XYZ "
    assert int.from_bytes(icc[0:4], "big") == len(icc)


# --- kuzet pack verify FILE checks FILE ---------------------------------------------------


def flip_one_byte(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 1]))


def test_pack_verify_checks_the_pdf_it_is_given(
    pack_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = pack_pdf.with_name("pack.manifest.json")
    # beside the original: a copy and its manifest, the manifest still naming pack.pdf
    folder = tmp_path / "copies"
    shutil.copytree(pack_pdf.parent, folder)
    copy = folder / "t.pdf"
    shutil.copy(pack_pdf, copy)
    shutil.copy(manifest, folder / "t.manifest.json")
    assert run(["pack", "verify", str(copy)]) == 0
    assert f"{copy}: matches its manifest" in capsys.readouterr().out

    flip_one_byte(copy)
    assert run(["pack", "verify", str(copy)]) == 1  # pack.pdf beside it is untouched
    assert "t.pdf: SHA-256 differs from the manifest" in capsys.readouterr().err
    assert run(["pack", "verify", str(copy), "--manifest", str(manifest)]) == 1
    capsys.readouterr()
    # the manifest given: the PDF it names, beside it, which is untouched
    assert run(["pack", "verify", str(folder / "t.manifest.json")]) == 0
    assert f"{folder / 'pack.pdf'}: matches its manifest" in capsys.readouterr().out


def test_pack_verify_with_a_manifest_elsewhere(
    pack_pdf: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = pack_pdf.with_name("pack.manifest.json")
    lone = tmp_path / "received.pdf"
    shutil.copy(pack_pdf, lone)
    assert run(["pack", "verify", str(lone)]) == 1  # no manifest beside it
    assert "cannot read manifest" in capsys.readouterr().err
    assert run(["pack", "verify", str(lone), "--manifest", str(manifest)]) == 0
    capsys.readouterr()
    assert run(["pack", "verify", str(manifest), "--manifest", str(manifest)]) == 2
