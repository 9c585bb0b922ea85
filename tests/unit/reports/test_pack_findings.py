"""Findings first (issue #15, item 2): the findings summary lists each critical finding with
its record and the page that shows it, management's response beside it; the sign-off page
names the MLRO from the register; "Prepared by" is an officer of the staff register, never
the computer's user."""

from __future__ import annotations

import datetime as dt
import getpass
import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.demo.programme import MLRO_NAME
from kuzet.registers.programme.desk import ProgrammeDesk
from kuzet.reports.anchors import Anchor
from kuzet.reports.build import build_pack
from kuzet.reports.findings import pack_findings
from kuzet.reports.manifest import load_manifest
from kuzet.reports.pack import default_period, make_pack
from kuzet.reports.preparer import NoPreparer, UnknownPreparer
from kuzet.reports.rule_texts import localized
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import PackData
from kuzet.reports.sections.findings import FindingsSection
from kuzet.reports.styles import paragraph_styles
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, copy_demo, demo_template
from support.pack_demo_db import flat, page_texts

SECTIONS = ["findings", "screening", "monitoring", "signoff"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_demo(demo_template(tmp_path_factory), tmp_path_factory.mktemp("findings"))


def build(path: Path, out: Path, **options):
    store, _ = Store.open(path)
    try:
        options.setdefault("sections", SECTIONS)
        return make_pack(store, out, today=TODAY, vault_passphrase=PASSPHRASE, **options)
    finally:
        store.close()


def _fragments(page) -> list[tuple[str, float, float]]:
    """The page's text pieces with their position (x, y of the baseline)."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def printed_page(reader: PdfReader, summary_pages: range, record: str) -> int:
    """The page number printed on the summary row whose record cell starts with ``record``."""
    for index in summary_pages:
        pieces = _fragments(reader.pages[index])
        rows = [(x, y) for text, x, y in pieces if text.startswith(record)]
        if not rows:
            continue
        x, y = rows[0]
        numbers = [
            (abs(ny - y), int(text))
            for text, nx, ny in pieces
            if text.isdigit() and nx > x and abs(ny - y) < 4
        ]
        assert numbers, f"no page number on the row of {record!r}"
        return min(numbers)[1]
    raise AssertionError(f"{record!r} is not in the findings summary")


def test_a_critical_finding_is_listed_with_its_record_and_the_page_that_shows_it(
    demo: Path, tmp_path: Path
) -> None:
    outcome = build(demo, tmp_path / "f.pdf", lang="en")
    starts = {s.key: s.start_page for s in outcome.result.sections}
    reader = PdfReader(str(outcome.pdf_path))
    texts = [page.extract_text() for page in reader.pages]
    summary = range(starts["findings"] - 1, starts["screening"] - 1)
    text = flat("\n".join(texts[i] for i in summary))
    assert "FINDINGS SUMMARY" in text and "Critical findings" in text
    # the demo's last quarter had no watchlist in force: a critical finding of the period
    period = default_period(TODAY)
    record = f"{period.date_from.isoformat()} –"
    assert "CRITICAL" in text and record in text
    page = printed_page(reader, summary, record)
    assert page == starts["screening"]
    shown = flat(texts[page - 1])
    assert "No watchlist was in force" in shown and "SANCTIONS SCREENING" in shown
    # a critical alert's row names the alert and points at the monitoring section
    assert "Alert: wallet on a sanctions list" in text
    assert printed_page(reader, summary, "Alert #") >= starts["monitoring"]
    # without a response recorded, each finding says so
    assert "No response recorded" in text


def test_an_alert_in_the_period_points_at_the_page_of_its_own_row(
    demo: Path, tmp_path: Path
) -> None:
    # the year to the pack's day: the demo's critical listed-wallet alert is in the table
    outcome = build(
        demo, tmp_path / "y.pdf", lang="en", date_from=dt.date(TODAY.year, 1, 1), date_to=TODAY
    )
    starts = {s.key: s.start_page for s in outcome.result.sections}
    reader = PdfReader(str(outcome.pdf_path))
    texts = [page.extract_text() for page in reader.pages]
    summary = range(starts["findings"] - 1, starts["screening"] - 1)
    alert = re.search(r"Alert #(\d+), customer #(\d+)", flat("\n".join(texts[i] for i in summary)))
    assert alert is not None
    page = printed_page(reader, summary, f"Alert #{alert[1]}")
    assert page >= starts["monitoring"]
    # the alerts table runs over several pages: the printed one holds this alert's row
    assert f"#{alert[2]} " in texts[page - 1] and "Wallet" in texts[page - 1]


class _RecordSection(LabelledSection):
    """A monitoring section that marks one alert's row on its second page."""

    key = "monitoring"

    def __init__(self, alert_id: str) -> None:
        self.alert_id = alert_id

    def build(self, ctx: PackContext):
        body = paragraph_styles()["body"]
        return [
            Paragraph("first page of the section", body),
            PageBreak(),
            Anchor(f"monitoring.alert/{self.alert_id}"),
            Paragraph(f"the row of alert {self.alert_id}", body),
        ]


def test_a_record_marked_by_its_section_gives_its_own_page(demo: Path, tmp_path: Path) -> None:
    store, _ = Store.open(demo)
    try:
        with store.reading() as session:
            rules = localized(store.rules(session), "en")
            ctx = PackContext(
                firm_name="Firm",
                period=default_period(TODAY),
                generated_by="test",
                data=PackData(session, rules, TODAY, cite_customer_documents=False),
            )
            alert = next(f for f in pack_findings(ctx) if f.register == "alert")
            result = build_pack(
                [FindingsSection(), _RecordSection(alert.record_id)], ctx, tmp_path / "r.pdf"
            )
    finally:
        store.close()
    reader = PdfReader(str(result.pdf_path))
    start = {s.key: s.start_page for s in result.sections}["monitoring"]
    summary = range(2, start - 1)
    page = printed_page(reader, summary, alert.record.split(",")[0])
    assert page == start + 1
    assert f"the row of alert {alert.record_id}" in reader.pages[page - 1].extract_text()


def test_a_response_written_for_a_finding_prints_beside_it(demo: Path, tmp_path: Path) -> None:
    store, _ = Store.open(demo)
    try:
        with store.reading() as session:
            rules = store.rules(session)
            ctx = PackContext(
                firm_name="Firm",
                period=default_period(TODAY),
                generated_by="test",
                data=PackData(session, rules, TODAY),
            )
            finding = next(f for f in pack_findings(ctx) if f.register == "alert")
        programme = ProgrammeDesk(store, FixedClock(TODAY))
        owner = next(i for i, label in programme.response_owners() if MLRO_NAME in label)
        programme.save_management_response(
            {
                "finding_key": finding.key,
                "finding_text": finding.text,
                "severity": finding.severity,
                "response": "Wallet blocked; STR filed with the FMA",
                "owner_staff_id": owner,
                "due_on": TODAY + dt.timedelta(days=10),
            }
        )
    finally:
        store.close()
    outcome = build(demo, tmp_path / "r.pdf", lang="en", sections=["findings", "monitoring"])
    texts = page_texts(outcome.pdf_path)
    text = flat("\n".join(texts[2:4]))
    due = (TODAY + dt.timedelta(days=10)).isoformat()
    assert "Wallet blocked; STR filed with the FMA" in text
    assert f"{MLRO_NAME} · due {due} · open" in text
    assert "With a management response 1" in text


def test_the_sign_off_names_the_mlro_from_the_register(demo: Path, tmp_path: Path) -> None:
    outcome = build(demo, tmp_path / "s.pdf", lang="ru", sections=["findings", "signoff"])
    last = flat(page_texts(outcome.pdf_path)[-1])
    assert "УТВЕРЖДЕНИЕ" in last and "Заявление ответственного сотрудника (MLRO)" in last
    assert MLRO_NAME in last and "Подпись" in last and "Дата" in last
    assert "Я рассмотрел(а)" in last and "критичных" in last


def test_without_an_mlro_the_sign_off_says_so_and_the_officer_must_be_named(
    demo: Path, tmp_path: Path
) -> None:
    path = copy_demo(demo, tmp_path / "no-mlro")
    with sqlite3.connect(path) as db:
        for trigger in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'"):
            if "mlro_appointment" in trigger[0]:
                db.execute(f"DROP TRIGGER {trigger[0]}")
        db.execute("UPDATE mlro_appointment SET ended_on = ?", ((TODAY - dt.timedelta(1)),))
    with pytest.raises(NoPreparer, match="--by"):
        build(path, tmp_path / "x.pdf", sections=["signoff"])
    with pytest.raises(UnknownPreparer):
        build(path, tmp_path / "x.pdf", sections=["signoff"], prepared_by=9999)
    assert not (tmp_path / "x.pdf").exists()
    store, _ = Store.open(path)
    try:
        staff_id = ProgrammeDesk(store, FixedClock(TODAY)).response_owners()[0][0]
    finally:
        store.close()
    outcome = build(path, tmp_path / "g.pdf", sections=["signoff"], prepared_by=staff_id)
    last = flat(page_texts(outcome.pdf_path)[-1])
    assert "CRITICAL" in last and "names no MLRO in office" in last
    assert "Statement of the MLRO" not in last


def test_prepared_by_is_an_officer_of_the_staff_register_never_the_os_user(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = build(demo, tmp_path / "p.pdf", sections=["signoff"])
    manifest = load_manifest(outcome.manifest_path)
    prepared = manifest["prepared_by"]
    assert prepared["name"] == MLRO_NAME and isinstance(prepared["staff_id"], int)
    assert prepared["position"] and manifest["generated_by"].startswith(MLRO_NAME)
    reader = PdfReader(str(outcome.pdf_path))
    cover = flat(reader.pages[0].extract_text())
    assert f"Prepared by {MLRO_NAME}, {prepared['position']}" in cover
    user = getpass.getuser()
    assert reader.metadata.author.startswith(MLRO_NAME)
    assert user not in manifest["generated_by"] and user not in str(prepared)
    assert user not in flat(reader.pages[-1].extract_text()).split("Prepared by")[1][:80]

    # the command line: --by an unknown staff id is a usage error; a known one is printed
    out = tmp_path / "cli"
    out.mkdir()
    pdf = str(out / "c.pdf")
    assert run(["--db", str(demo), "pack", "--out", pdf, "--sections", "firm", "--by", "9999"]) == 2
    assert "--by 9999" in capsys.readouterr().err
    assert list(out.iterdir()) == []
    other = next((i, label) for i, label in _owners(demo) if not label.startswith(MLRO_NAME))
    assert (
        run(["--db", str(demo), "pack", "--out", pdf, "--sections", "firm", "--by", str(other[0])])
        == 0
    )
    manifest = load_manifest(out / "c.manifest.json")
    assert manifest["prepared_by"]["staff_id"] == other[0]
    assert other[1].split(",")[0] in flat(page_texts(out / "c.pdf")[0])


def _owners(path: Path) -> list[tuple[int, str]]:
    store, _ = Store.open(path)
    try:
        return ProgrammeDesk(store, FixedClock(TODAY)).response_owners()
    finally:
        store.close()


def test_many_high_findings_of_one_kind_share_a_row_past_the_first_ones() -> None:
    from kuzet.reports.findings import PackFinding
    from kuzet.reports.sections.findings import ROWS_PER_KIND, fold_many

    def made(i: int, level: str = "high", kind: str = "customer_review_overdue"):
        return PackFinding(f"{kind}:customer/{i}", kind, level, "review", f"Customer #{i}")

    many = [made(i) for i in range(ROWS_PER_KIND + 30)]
    critical = [made(i, "critical", "listed_wallet") for i in range(ROWS_PER_KIND + 5)]
    rows = fold_many(critical + many)
    assert rows[: len(critical)] == critical  # every critical finding keeps its row
    assert rows[len(critical) : len(critical) + ROWS_PER_KIND] == many[:ROWS_PER_KIND]
    assert len(rows) == len(critical) + ROWS_PER_KIND + 1
    assert rows[-1].items == many[ROWS_PER_KIND:]
