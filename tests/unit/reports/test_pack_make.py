"""The audit pack of a demo firm, read back with pypdf: every section and the contents,
names in Kazakh and Russian as text, "page X of Y" on every page, the manifest's hash, the
evidence ZIP with the decrypted documents, redaction, and builds that leave no file."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kuzet.progress import Cancelled, Progress
from kuzet.reports.bundle import verify_bundle
from kuzet.reports.formatting import mask_identifier
from kuzet.reports.labels import t
from kuzet.reports.manifest import load_manifest, sha256_file, verify_manifest
from kuzet.reports.pack import PackOutcome, make_pack
from kuzet.reports.sections.registry import SECTION_KEYS, UnknownSection
from kuzet.store import keys
from kuzet.store.keys import VaultLocked
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.models.firm import MlroAppointment
from kuzet.store.models.monitoring import Alert
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, demo_template
from support.pack_attachments import attachment_text
from support.pack_demo_db import KAZAKH, PERIOD, flat, page_texts


@dataclass
class Built:
    outcome: PackOutcome
    texts: list[str]

    @property
    def text(self) -> str:
        return flat("\n".join(self.texts))


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    store, _ = Store.open(demo_template(tmp_path_factory))
    yield store
    store.close()


def build(store: Store, folder: Path, **options) -> Built:
    folder.mkdir(parents=True, exist_ok=True)
    outcome = make_pack(store, folder / "pack.pdf", *PERIOD, today=TODAY, **options)
    return Built(outcome, page_texts(outcome.pdf_path))


@pytest.fixture(scope="module")
def en_pack(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = tmp_path_factory.mktemp("en-pack")
    return build(demo_store, folder, vault_passphrase=PASSPHRASE, with_evidence=folder / "pack.zip")


@pytest.fixture(scope="module")
def ru_redacted(demo_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(demo_store, tmp_path_factory.mktemp("ru-pack"), lang="ru", redact=True)


def test_every_section_is_in_the_contents_and_opens_its_own_page(en_pack: Built) -> None:
    result = en_pack.outcome.result
    assert [s.key for s in result.sections] == list(SECTION_KEYS)
    contents = PdfReader(str(result.pdf_path)).pages[1].extract_text(extraction_mode="layout")
    for number, section in enumerate(result.sections, start=1):
        listed = re.search(
            rf"^\s*{number}\s+{re.escape(section.title)}\s+(\d+)\s*$", contents, re.M
        )
        assert listed, f"{section.title} not in the contents:\n{contents}"
        assert int(listed.group(1)) == section.start_page
        page = en_pack.texts[section.start_page - 1]
        assert page.lstrip().startswith(f"{number} {section.title.upper()}")
    starts = [s.start_page for s in result.sections]
    assert starts == sorted(set(starts))


def test_every_page_says_page_x_of_y_and_carries_the_pack_id(en_pack: Built) -> None:
    result = en_pack.outcome.result
    total = len(en_pack.texts)
    assert total == result.pages > 20
    for number, text in enumerate(en_pack.texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert f"Pack {result.pack_id}" in text
        assert "CONFIDENTIAL" in text
    found = re.findall(r"Page (\d+) of (\d+)", "\n".join(en_pack.texts))
    assert [int(page) for page, _ in found] == list(range(2, total + 1))
    assert {int(of) for _, of in found} == {total}


def test_the_manifest_holds_the_pdfs_hash_and_every_cited_document(en_pack: Built) -> None:
    result = en_pack.outcome.result
    manifest = load_manifest(result.manifest_path)
    assert manifest["pdf"]["sha256"] == sha256_file(result.pdf_path) == result.sha256
    assert manifest["pdf"]["pages"] == result.pages
    assert [s["key"] for s in manifest["sections"]] == list(SECTION_KEYS)
    assert manifest["redacted"] is False
    assert manifest["period"] == {"from": PERIOD[0].isoformat(), "to": PERIOD[1].isoformat()}
    assert len(manifest["evidence"]) == 12  # the demo's six customers, two documents each
    assert all(entry["sha256"] for entry in manifest["evidence"])
    assert verify_manifest(result.manifest_path) == []


def test_names_from_the_database_are_text_in_kazakh_and_russian(
    en_pack: Built, demo_store: Store
) -> None:
    text = en_pack.text + attachment_text(en_pack.outcome.manifest_path)  # the customer list
    with demo_store.reading() as session:
        customers = (
            session.execute(select(Customer.name).where(Customer.retired_at.is_(None)))
            .scalars()
            .all()
        )
        officers = session.execute(select(MlroAppointment.person_name)).scalars().all()
    kazakh = [name for name in customers if KAZAKH.search(name)]
    russian = [name for name in customers if not KAZAKH.search(name) and re.search("[а-я]", name)]
    assert len(kazakh) > 5 and len(russian) > 5
    for name in [*kazakh, *russian, *officers]:
        assert flat(name) in text, name
    assert "ТОО «Сарыарқа Цифрлық Майнинг»" in en_pack.texts[0]


def test_the_evidence_zip_holds_the_decrypted_documents(en_pack: Built, demo_store: Store) -> None:
    outcome = en_pack.outcome
    assert outcome.bundle_path is not None and verify_bundle(outcome.bundle_path) == []
    manifest = load_manifest(outcome.manifest_path)
    with demo_store.reading() as session:
        recorded = {d.sha256 for d in session.execute(select(CustomerDocument)).scalars()}
    with zipfile.ZipFile(outcome.bundle_path) as archive:
        names = set(archive.namelist())
        assert {outcome.pdf_path.name, outcome.manifest_path.name} <= names
        assert archive.read(outcome.pdf_path.name) == outcome.pdf_path.read_bytes()
        for entry in manifest["evidence"]:
            data = archive.read(entry["archive_name"])
            digest = hashlib.sha256(data).hexdigest()
            assert digest == entry["sha256"] and digest in recorded  # decrypted, not the blob
            assert not data.startswith(b"KZV1")
    assert len(names) == 2 + len(manifest["evidence"]) + len(manifest["attachments"])


def test_a_redacted_pack_masks_customers_and_cites_no_customer_document(
    ru_redacted: Built, demo_store: Store
) -> None:
    with demo_store.reading() as session:
        alerted = session.execute(
            select(Customer.name, Customer.iin_bin)
            .join(Alert, Alert.customer_id == Customer.id)
            .where(Customer.iin_bin != "")
        ).first()
        listed = session.execute(
            select(Customer.name, Customer.iin_bin)
            .where(Customer.kind == "individual", Customer.iin_bin != "")
            .order_by(Customer.id)
        ).first()
    # the PDF and its attachments (the customer list) are redacted the same way
    text = ru_redacted.text + attachment_text(ru_redacted.outcome.manifest_path)
    for name, iin in (alerted, listed):
        assert flat(name) not in text and name.split()[0] not in text
        assert iin not in text
        assert mask_identifier(iin) in text
    assert "ОБЕЗЛИЧЕННАЯ КОПИЯ" in ru_redacted.texts[0]
    assert "КОНФИДЕНЦИАЛЬНО · ОБЕЗЛИЧЕНО" in ru_redacted.texts[1]
    manifest = load_manifest(ru_redacted.outcome.manifest_path)
    assert manifest["redacted"] is True and manifest["evidence"] == []
    assert t("cust.documents_redacted", "ru") in text


def test_a_russian_pack_has_russian_titles_and_page_numbers(ru_redacted: Built) -> None:
    total = len(ru_redacted.texts)
    for key in SECTION_KEYS:
        assert t(f"section.{key}", "ru") in ru_redacted.texts[1]
    for number, page in enumerate(ru_redacted.texts[1:], start=2):
        assert f"Стр. {number} из {total}" in page


def test_registers_that_are_a_state_say_so_and_dated_ones_name_the_period(
    en_pack: Built,
) -> None:
    result = en_pack.outcome.result
    starts = {s.key: s.start_page for s in result.sections}
    state = t("note.state", "en", day=TODAY.isoformat())
    period = t("cover.period_value", "en", date_from=PERIOD[0], date_to=PERIOD[1])
    for key in ("firm", "licences", "customers", "training", "audits"):
        assert state in flat(en_pack.texts[starts[key] - 1]), key
    for key in ("mining", "screening", "monitoring", "rules"):
        assert t("note.period", "en", period=period) in flat(en_pack.texts[starts[key] - 1])


def test_the_period_filters_the_sales_ledger(demo_store: Store, tmp_path: Path) -> None:
    start, end = PERIOD[1].replace(day=1), PERIOD[1]
    outcome = make_pack(
        demo_store, tmp_path / "m.pdf", start, end, sections=["mining"], today=TODAY
    )
    text = flat("\n".join(page_texts(outcome.pdf_path)))
    with demo_store.reading() as session:
        from kuzet.store.models.mining import Sale

        sales = session.execute(select(Sale.sale_date, Sale.amount, Sale.coin)).all()
    inside = {f"{amount:,.8f} {coin}" for day, amount, coin in sales if start <= day <= end}
    outside = {f"{amount:,.8f} {coin}" for day, amount, coin in sales if day < start} - inside
    assert inside and outside
    assert all(amount in text for amount in inside)
    assert not any(amount in text for amount in outside)


def test_sections_are_printed_in_pack_order_and_unknown_keys_are_named(
    demo_store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    outcome = make_pack(
        demo_store, out / "two.pdf", *PERIOD, sections=["trail", "firm"], today=TODAY
    )
    assert [s.key for s in outcome.result.sections] == ["firm", "trail"]
    with pytest.raises(
        UnknownSection, match=r"valid keys: findings, evidence_map, firm, licences.*trail, signoff$"
    ):
        make_pack(demo_store, out / "x.pdf", *PERIOD, sections=["firm", "sales"])
    with pytest.raises(ValueError, match="starts after it ends"):
        make_pack(demo_store, out / "x.pdf", PERIOD[1], PERIOD[0], sections=["firm"])
    assert sorted(p.name for p in out.iterdir()) == ["two.manifest.json", "two.pdf"]


def _cancel_when(condition) -> Progress:
    made: list[Progress] = []

    def report(done: int, total: int, message: str) -> None:
        if condition(done, total, message):
            made[0].cancel()

    made.append(Progress(report))
    return made[0]


@pytest.mark.parametrize(
    ("stage", "condition"),
    [
        ("while the sections are read", lambda done, total, message: done == 3),
        ("while the pages are laid out", lambda done, total, message: done > total // 2),
        ("while the evidence ZIP is written", lambda done, total, message: total == 12),
    ],
)
def test_a_cancelled_build_leaves_no_file(
    demo_store: Store, tmp_path: Path, stage: str, condition
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        make_pack(
            demo_store,
            out / "pack.pdf",
            *PERIOD,
            progress=_cancel_when(condition),
            with_evidence=out / "pack.zip",
            vault_passphrase=PASSPHRASE,
            today=TODAY,
        )
    assert list(out.iterdir()) == [], stage


def test_a_locked_vault_stops_the_build_before_any_file(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    keys.forget()
    with pytest.raises(VaultLocked, match="cites 12 document"):
        make_pack(demo_store, out / "p.pdf", *PERIOD, sections=["customers"], today=TODAY)
    assert list(out.iterdir()) == []
    outcome = make_pack(  # a pack that cites no document needs no key
        demo_store, out / "p.pdf", *PERIOD, sections=["mining"], today=TODAY
    )
    assert json.loads(outcome.manifest_path.read_text())["evidence"] == []


def test_a_trail_edited_outside_kuzet_is_reported_broken(demo_store: Store, tmp_path: Path) -> None:
    import sqlite3

    copy = tmp_path / "edited.sqlite"
    source = sqlite3.connect(demo_store.path)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE licence SET number = 'FORGED-1' WHERE id = 1")
    target.commit()
    target.close()
    edited, _ = Store.open(copy)
    try:
        outcome = make_pack(edited, tmp_path / "t.pdf", *PERIOD, sections=["trail"], today=TODAY)
    finally:
        edited.close()
    text = flat("\n".join(page_texts(outcome.pdf_path)))
    assert t("trail.broken", "en") in text
    assert "licence #1 differs from its last recorded state in number" in text
    assert t("trail.intact", "en") not in text


def test_the_verification_runs_beside_the_build_and_stops_with_it(
    demo_store: Store,
) -> None:
    from kuzet.reports.sections.trail_check import TrailCheck
    from kuzet.store.verify import verify

    beside = TrailCheck(demo_store.path)
    assert beside.in_child
    expected = verify(demo_store.engine)
    assert beside.report(Progress()) == expected
    assert TrailCheck(demo_store.path, in_process=True).report(Progress()) == expected
    stopped = TrailCheck(demo_store.path)
    child = stopped._child
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        stopped.report(cancelled)
    assert child is not None and child.poll() is not None  # the child was stopped


def test_the_trail_section_says_intact_and_prints_the_head_hash(
    en_pack: Built, demo_store: Store
) -> None:
    from kuzet.store.verify import verify

    report = verify(demo_store.engine)
    assert report.intact
    assert t("trail.intact", "en") in en_pack.text
    assert report.head_hash in en_pack.text


def test_the_mining_chart_shows_mined_and_sold_with_a_legend(
    demo_store: Store, tmp_path: Path
) -> None:
    outcome = make_pack(demo_store, tmp_path / "m.pdf", *PERIOD, sections=["mining"], today=TODAY)
    text = "\n".join(page_texts(outcome.pdf_path))
    chart = text[text.index("Mined and sold per month") :]
    # the legend, under the month names, is text in the PDF (not a picture), in order
    assert "\nMined\nSold via AIFC-licensed venues\nSold elsewhere\n" in chart
