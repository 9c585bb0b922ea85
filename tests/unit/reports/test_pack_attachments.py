"""Registers too long to print go as XLSX attachments (issue #15, item 5).

A demo firm of 250 customers (over the 200-row threshold): its pack prints the customer
distributions and a line naming the attachment and its hash; the attachment beside the PDF
holds every customer file of the database, its hash is in the manifest, the evidence ZIP
carries it, a changed byte is caught, and a redacted pack's attachment is redacted too.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from reportlab.platypus import Flowable
from sqlalchemy import select

from kuzet.reports.attachments import ATTACH_ABOVE, grouped_hash
from kuzet.reports.build import build_pack
from kuzet.reports.bundle import verify_bundle
from kuzet.reports.formatting import mask_identifier
from kuzet.reports.manifest import load_manifest, sha256_file, verify_manifest
from kuzet.reports.pack import make_pack
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.tables import data_table
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, no_os_keyring
from support.pack_attachments import attachment_rows
from support.pack_demo import make_ctx, page_texts

CUSTOMERS = 250
PERIOD = (TODAY - dt.timedelta(days=90), TODAY)


@pytest.fixture(scope="module")
def firm(tmp_path_factory: pytest.TempPathFactory):
    from kuzet.demo.build import build_demo

    path = tmp_path_factory.mktemp("firm250") / "firm.sqlite"
    with no_os_keyring():
        build_demo(path, customers=CUSTOMERS, seed=5, today=TODAY).close()
    store, _ = Store.open(path)
    yield store
    store.close()


def _pack(store: Store, folder: Path, **options):
    folder.mkdir(parents=True, exist_ok=True)
    return make_pack(
        store,
        folder / "pack.pdf",
        *PERIOD,
        sections=["customers"],
        today=TODAY,
        vault_passphrase=PASSPHRASE,
        **options,
    )


def _customer_list(manifest: dict) -> dict:
    return next(a for a in manifest["attachments"] if a["file"].endswith("customers.xlsx"))


def test_the_customer_list_is_an_attachment_with_its_hash_in_the_manifest(
    firm: Store, tmp_path: Path
) -> None:
    outcome = _pack(firm, tmp_path / "plain")
    manifest = load_manifest(outcome.manifest_path)
    entry = _customer_list(manifest)
    path = outcome.pdf_path.parent / entry["file"]
    assert entry["file"].startswith("pack.attachments/") and path.is_file()
    assert sha256_file(path) == entry["sha256"] and path.stat().st_size == entry["size"]
    assert path.stat().st_mode & 0o077 == 0  # private to the user
    assert verify_manifest(outcome.manifest_path) == []

    rows = attachment_rows(outcome.manifest_path, entry["file"])
    with firm.reading() as session:
        live = session.execute(
            select(Customer.id, Customer.name, Customer.iin_bin).where(
                Customer.retired_at.is_(None)
            )
        ).all()
    assert len(live) >= CUSTOMERS and entry["rows"] == len(rows) - 1 == len(live)
    assert {(r[0], r[1], r[2] or "") for r in rows[1:]} == {tuple(c) for c in live}

    text = " ".join(" ".join(page_texts(outcome.pdf_path)).split())
    assert entry["file"] in text and grouped_hash(entry["sha256"]) in text
    assert "Customer files: distributions" in text and "By risk tier" in text
    assert len(page_texts(outcome.pdf_path)) < 20  # the summary, not 250 rows

    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1  # one byte changed
    path.write_bytes(bytes(data))
    assert any("differs" in p for p in verify_manifest(outcome.manifest_path))


def test_a_redacted_packs_attachment_is_redacted_too(firm: Store, tmp_path: Path) -> None:
    outcome = _pack(firm, tmp_path / "redacted", redact=True, lang="ru")
    manifest = load_manifest(outcome.manifest_path)
    rows = attachment_rows(outcome.manifest_path, _customer_list(manifest)["file"])
    with firm.reading() as session:
        people = session.execute(
            select(Customer.id, Customer.name, Customer.iin_bin).where(
                Customer.retired_at.is_(None), Customer.iin_bin != ""
            )
        ).all()
    cells = {cell for row in rows for cell in row if isinstance(cell, str)}
    by_id = {row[0]: row for row in rows[1:]}
    for cid, name, iin in people:
        assert name not in cells and iin not in cells
        assert by_id[cid][2] == mask_identifier(iin)


def test_the_evidence_zip_carries_the_attachments(firm: Store, tmp_path: Path) -> None:
    outcome = _pack(firm, tmp_path / "zip", with_evidence=tmp_path / "zip" / "pack.zip")
    zip_path = outcome.bundle_path
    assert zip_path is not None
    manifest = load_manifest(outcome.manifest_path)
    with zipfile.ZipFile(zip_path) as archive:
        names = set(archive.namelist())
    assert {a["file"] for a in manifest["attachments"]} <= names
    assert verify_bundle(zip_path) == []


class Register(LabelledSection):
    key = "audits"

    def __init__(self, rows: int) -> None:
        self.rows = rows

    def build(self, ctx: PackContext) -> list[Flowable]:
        rows = [
            (i, "=1+1" if i == 1 else f"запись {i}", dt.date(2025, 1, 2)) for i in range(self.rows)
        ]
        return [data_table(["No.", "Text", "Date"], rows, lang=ctx.lang, title="Register")]


@pytest.mark.parametrize("rows", [ATTACH_ABOVE, ATTACH_ABOVE + 1])
def test_any_register_over_the_threshold_is_attached_and_text_stays_text(
    rows: int, tmp_path: Path
) -> None:
    result = build_pack([Register(rows)], make_ctx("en"), tmp_path / "r.pdf")
    manifest = load_manifest(result.manifest_path)
    if rows <= ATTACH_ABOVE:
        assert manifest["attachments"] == [] and not (tmp_path / "r.attachments").exists()
        return
    (entry,) = manifest["attachments"]
    data = attachment_rows(result.manifest_path, entry["file"])
    assert data[0] == ("No.", "Text", "Date") and len(data) == rows + 1
    assert data[2] == (1, "=1+1", dt.datetime(2025, 1, 2))  # a string, never a formula
    (tmp_path / "again").mkdir()
    again = build_pack([Register(rows)], make_ctx("en"), tmp_path / "again" / "r.pdf")
    assert again.attachments[0].sha256 == entry["sha256"]  # same data, same bytes
