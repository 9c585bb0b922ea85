"""``kuzet reports draft ID --out FILE [--lang]`` on the demo firm: the draft names the
firm's BIN and FIU registration number, each beneficial owner of the customer (name, share,
IIN), and the officer who decided the report by name and position (never the user name the
decision was recorded under); every font is embedded. An unknown report exits 1 naming it,
a wrong option 2."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kuzet.cli import run as cli
from kuzet.clock import FixedClock
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.programme import firm
from kuzet.registers.programme.desk import ProgrammeDesk
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.firm import MlroAppointment
from kuzet.store.models.monitoring import SuspiciousTransactionReport
from kuzet.store.models.staff import StaffMember
from kuzet.store.session import Store
from support.demo_db import TODAY


def _text(pdf: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)


def _facts(db: Path) -> dict:
    store, _ = Store.open(db)
    try:
        with store.reading() as session:
            report = (
                session.execute(
                    select(SuspiciousTransactionReport).order_by(SuspiciousTransactionReport.id)
                )
                .scalars()
                .first()
            )
            owners = (
                session.execute(
                    select(BeneficialOwner).where(
                        BeneficialOwner.customer_id == report.customer_id,
                        BeneficialOwner.retired_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
            profile = firm.profile(session)
            mlro = (
                session.execute(
                    select(MlroAppointment).where(
                        MlroAppointment.role == "mlro",
                        MlroAppointment.appointed_on <= report.decided_on,
                        MlroAppointment.retired_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
            holder = max(
                (a for a in mlro if a.ended_on is None or a.ended_on >= report.decided_on),
                key=lambda a: a.appointed_on,
            )
            return {
                "id": report.id,
                "decided_by": report.decided_by,
                "owners": [(o.name, o.ownership_percent, o.iin) for o in owners],
                "bin": profile.bin,
                "fiu": profile.fiu_reference,
                "mlro": holder.person_name,
            }
    finally:
        store.close()


def test_the_draft_names_the_firm_the_owners_and_the_deciding_officer(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    facts = _facts(demo_db)
    assert facts["owners"] and facts["fiu"], "the demo's STR #1 customer has owners"
    out = tmp_path / "str.pdf"
    code = cli(["--db", str(demo_db), "reports", "draft", str(facts["id"]), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert f"STR #{facts['id']}" in capsys.readouterr().out
    text = _text(out)
    assert f"BIN {facts['bin']}" in text
    assert f"FIU registration number {facts['fiu']}" in text
    assert "Beneficial owners" in text
    for name, share, iin in facts["owners"]:
        assert name in text and iin in text
        assert f"{share.normalize():f} %" in text
    # The demo decided under the user name "mlro.nurpeisova", who is not in the staff
    # register: the decision is the MLRO's, named from the MLRO register with the position.
    assert f"Decided by {facts['mlro']} Position MLRO" in text
    assert facts["decided_by"] not in text


def test_a_decision_by_a_member_of_staff_names_them_and_their_job_title(
    demo_db: Path, tmp_path: Path
) -> None:
    store, _ = Store.open(demo_db)
    with store.transaction() as session:
        member = session.execute(
            select(StaffMember).where(StaffMember.job_title == "AML Analyst")
        ).scalar_one()
        member.email = "g.seitova@example.kz"
        name = member.full_name
        session.execute(
            SuspiciousTransactionReport.__table__.update()
            .where(SuspiciousTransactionReport.id == 1)
            .values(decided_by="G.SEITOVA")
        )
    store.close()
    out = tmp_path / "ru.pdf"
    assert (
        cli(["--db", str(demo_db), "reports", "draft", "1", "--out", str(out), "--lang", "ru"]) == 0
    )
    text = _text(out)
    assert f"Решение принял {name} Должность AML Analyst" in text
    assert "Бенефициарные собственники" in text and "G.SEITOVA" not in text


def test_an_fiu_number_not_entered_is_said_so(demo_db: Path, tmp_path: Path) -> None:
    store, _ = Store.open(demo_db)
    ProgrammeDesk(store, FixedClock(TODAY)).save_firm_profile({"fiu_reference": ""})
    store.close()
    out = tmp_path / "kk.pdf"
    assert (
        cli(["--db", str(demo_db), "reports", "draft", "1", "--out", str(out), "--lang", "kk"]) == 0
    )
    assert "ҚМА-дағы тіркеу нөмірі енгізілмеген" in _text(out)


def test_every_font_of_the_draft_is_embedded(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "fonts.pdf"
    assert cli(["--db", str(demo_db), "reports", "draft", "1", "--out", str(out)]) == 0
    fonts = {}
    with pikepdf.open(out) as pdf:
        for page in pdf.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                fonts[f"{font.get('/BaseFont')}"] = font
        assert fonts, "the draft uses no font?"
        for base, font in fonts.items():
            descendants = font.get("/DescendantFonts")
            described = descendants[0] if descendants is not None else font
            descriptor = described.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor, f"{base} not embedded"
    assert not any("Helvetica" in base for base in fonts)


def test_an_unknown_report_exits_1_naming_it_and_a_wrong_option_2(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "none.pdf"
    assert cli(["--db", str(demo_db), "reports", "draft", "999", "--out", str(out)]) == 1
    assert "STR #999" in capsys.readouterr().err and not out.exists()
    base = ["--db", str(demo_db), "reports", "draft"]
    assert cli([*base, "1", "--out", str(out), "--lang", "de"]) == 2
    assert cli([*base, "one", "--out", str(out)]) == 2
    assert cli([*base, "1"]) == 2
    assert not out.exists()
    assert cli(["--db", str(demo_db), "reports"]) == 0  # the list still works
    assert "STR #" in capsys.readouterr().out


def test_the_fiu_number_is_a_number_the_officer_enters(demo_db: Path) -> None:
    store, _ = Store.open(demo_db)
    programme = ProgrammeDesk(store, FixedClock(TODAY))
    try:
        for wrong in ("not yet", "x" * 41 + "1"):
            with pytest.raises(ValidationFailed) as refused:
                programme.save_firm_profile({"fiu_reference": wrong})
            assert "FIU" in refused.value.field_errors["fiu_reference"]
        for right in ("АФМ-СФМ-2023-04518", "12345", "№ 07/2024", ""):
            assert programme.save_firm_profile({"fiu_reference": right}).fiu_reference == right
    finally:
        store.close()
