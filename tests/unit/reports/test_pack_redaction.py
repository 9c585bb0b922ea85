"""A redacted pack of the demo firm, read back whole (every page's text, the document
information and XMP metadata, the outline, the manifest, any embedded file): it names no
customer or owner in full, prints no IIN/BIN, no watchlist entry name that a customer
matched, and no PEP's exact position. The unredacted pack of the same firm holds them all
(the control: the scan can fail)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kuzet.clock import FixedClock
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.reports.pack import make_pack
from kuzet.reports.sections.registry import SECTION_KEYS
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.customer import Customer
from kuzet.store.models.pep import PepStatus
from kuzet.store.models.screening import ScreeningHit
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, copy_demo, demo_template
from support.pack_demo_db import PERIOD


@dataclass(frozen=True)
class Secrets:
    """What a redacted pack must not show, by kind (each a set of strings)."""

    names: frozenset[str]
    identifiers: frozenset[str]
    entry_names: frozenset[str]
    positions: frozenset[str]


def _squash(text: str) -> str:
    """Lower case, every run of whitespace and soft hyphen removed: a name wrapped over two
    lines of a table cell (or hyphenated) is still found."""
    return re.sub(r"[\s\u00ad\-‐]+", "", text).casefold()


def _outline_titles(outline: list) -> list[str]:
    titles: list[str] = []
    for item in outline:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(str(item.title))
    return titles


def _xlsx_text(data: bytes) -> str:
    """The strings of an XLSX (shared strings and inline cells), without openpyxl."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def all_text(pdf: Path) -> str:
    """Everything a reader of the pack can see: pages, metadata, outline, the manifest,
    embedded files and the XLSX attachments written beside it."""
    reader = PdfReader(str(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]
    xmp = reader.trailer["/Root"].get("/Metadata")
    if xmp is not None:
        parts.append(xmp.get_object().get_data().decode("utf-8", "replace"))
    parts += _outline_titles(reader.outline)
    for name, contents in reader.attachments.items():
        parts.append(name)
        for blob in contents:
            parts.append(
                _xlsx_text(blob) if name.endswith(".xlsx") else blob.decode("utf-8", "replace")
            )
    manifest = pdf.with_name(pdf.stem + ".manifest.json")
    parts.append(json.dumps(json.loads(manifest.read_text("utf-8")), ensure_ascii=False))
    for sheet in pdf.parent.rglob("*.xlsx"):
        parts.append(sheet.name + "\n" + _xlsx_text(sheet.read_bytes()))
    for bundle in pdf.parent.glob("*.zip"):
        with zipfile.ZipFile(bundle) as archive:
            for name in archive.namelist():
                parts.append(name)
                if name.endswith(".xlsx"):
                    parts.append(_xlsx_text(archive.read(name)))
                elif name.endswith((".json", ".txt", ".csv")):
                    parts.append(archive.read(name).decode("utf-8", "replace"))
    return "\n".join(parts)


# PEPs added to the demo (its 40 customers hold none): a customer's own status, an owner's,
# and a family member's; the positions are exact, as an officer records them.
PEPS = (
    ("customer", {"kind": "domestic", "position": "Аким Жетысуского района города Алматы"}),
    ("owner", {"kind": "foreign", "position": "Deputy Minister of Finance of Ruritania"}),
    (
        "customer",
        {
            "kind": "family",
            "related_kind": "international",
            "related_person": "Супруга главы миссии ОБСЕ в Бишкеке",
            "position": "Глава миссии ОБСЕ в Бишкеке",
            "organisation": "ОБСЕ",
        },
    ),
)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    path = copy_demo(demo_template(tmp_path_factory), tmp_path_factory.mktemp("redaction"))
    store, _ = Store.open(path)
    desk = CustomersDesk(store, FixedClock(TODAY))
    with store.reading() as session:
        people = (
            session.execute(
                select(Customer.id).where(
                    Customer.kind == "individual", Customer.status == "approved"
                )
            )
            .scalars()
            .all()
        )
        owned = session.execute(select(BeneficialOwner.customer_id, BeneficialOwner.id)).first()
    assert len(people) >= 2 and owned is not None
    targets = iter(people)
    for whose, data in PEPS:
        pep = {"took_office": TODAY - dt.timedelta(days=900), "identified_by": "анкета"} | data
        if whose == "owner":
            desk.save_pep(owned[0], pep, owner_id=owned[1])
        else:
            desk.save_pep(next(targets), pep)
    yield store
    store.close()


@pytest.fixture(scope="module")
def secrets(demo_store: Store) -> Secrets:
    with demo_store.reading() as session:
        customers = session.execute(select(Customer)).scalars().all()
        owners = session.execute(select(BeneficialOwner)).scalars().all()
        hits = session.execute(select(ScreeningHit)).scalars().all()
        peps = session.execute(select(PepStatus)).scalars().all()
    names = {p.name for p in [*customers, *owners]} | {
        p.name_latin for p in [*customers, *owners] if p.name_latin
    }
    numbers = (
        {c.iin_bin for c in customers}
        | {o.iin for o in owners}
        | {p.id_number for p in [*customers, *owners]}
    )
    return Secrets(
        names=frozenset(n for n in names if n.strip()),
        identifiers=frozenset(n for n in numbers if len(n.strip()) >= 6),
        entry_names=frozenset(h.entry_name for h in hits if h.entry_name.strip()),
        positions=frozenset(p.position for p in peps if p.position.strip()),
    )


def _pack_text(store: Store, folder: Path, redact: bool, lang: str = "en") -> str:
    folder.mkdir(parents=True, exist_ok=True)
    outcome = make_pack(
        store,
        folder / "pack.pdf",
        *PERIOD,
        lang=lang,
        redact=redact,
        today=TODAY,
        sections=list(SECTION_KEYS),
        with_evidence=folder / "pack.zip",
        vault_passphrase=PASSPHRASE,
    )
    return all_text(outcome.pdf_path)


def found(text: str, secrets: Secrets) -> dict[str, list[str]]:
    squashed = _squash(text)
    return {
        kind: sorted(s for s in getattr(secrets, kind) if _squash(s) in squashed)
        for kind in ("names", "identifiers", "entry_names", "positions")
    }


def test_the_demo_has_something_to_hide(secrets: Secrets) -> None:
    assert len(secrets.names) >= 40 and len(secrets.identifiers) >= 40
    assert secrets.entry_names, "the demo's screening matched no watchlist entry"
    assert secrets.positions, "the demo records no PEP position"


def test_the_unredacted_pack_shows_them(
    demo_store: Store, secrets: Secrets, tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = _pack_text(demo_store, tmp_path_factory.mktemp("plain"), redact=False)
    shown = found(text, secrets)
    # the control: the scan finds what an unredacted pack prints
    assert shown["names"] and shown["identifiers"]
    assert shown["entry_names"] and shown["positions"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_redacted_pack_shows_no_name_identifier_entry_or_position(
    demo_store: Store, secrets: Secrets, tmp_path_factory: pytest.TempPathFactory, lang: str
) -> None:
    text = _pack_text(demo_store, tmp_path_factory.mktemp(f"redacted-{lang}"), True, lang)
    if lang == "en":  # the positions by category: the rule pack's PEP kinds
        shown = _squash(text)
        for category in ("Domestic PEP", "Foreign PEP", "International organisation"):
            assert _squash(category) in shown
    assert found(text, secrets) == {
        "names": [],
        "identifiers": [],
        "entry_names": [],
        "positions": [],
    }
