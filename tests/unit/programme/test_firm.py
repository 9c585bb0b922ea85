"""The firm profile: validation, one profile in force, what it makes apply, the window title."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from kuzet.regime.ids import make_bin
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.programme import firm
from kuzet.registers.system import settings
from kuzet.store.models import AuditEntry
from kuzet.store.models.firm import FirmProfile
from kuzet.store.session import Store

BIN = make_bin(2019, 3, "4", "0", 4218)


def profile_data(**changes) -> dict:
    data = {
        "legal_name": "ТОО «Тест Майнинг»",
        "bin": BIN,
        "jurisdiction": "aifc",
        "activities": ["exchange"],
    }
    return data | changes


def save(store: Store, today: dt.date, **changes) -> FirmProfile:
    with store.transaction() as session:
        return firm.save(session, profile_data(**changes), store.rules(session), today)


def test_validation_names_each_wrong_field(store: Store, today) -> None:
    assert BIN is not None
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        firm.save(
            session,
            {
                "legal_name": " ",
                "bin": "123456789012",
                "jurisdiction": "offshore",
                "activities": [],
                "year_end_month": 2,
                "year_end_day": 30,
            },
            store.rules(session),
            today,
        )
    errors = caught.value.field_errors
    assert set(errors) == {"legal_name", "bin", "jurisdiction", "activities", "year_end_day"}
    assert errors["bin"].startswith("Not a valid BIN: ")
    with store.reading() as session:
        assert firm.profile(session) is None


def test_an_iin_is_not_accepted_as_the_firms_bin(store: Store, today) -> None:
    from kuzet.regime.ids import make_iin

    iin = make_iin(dt.date(1985, 4, 12), "male", 1234)
    with pytest.raises(ValidationFailed) as caught:
        save(store, today, bin=iin)
    assert "BIN" in caught.value.field_errors["bin"]


def test_one_profile_in_force_edited_in_place_with_its_history_in_the_trail(
    store: Store, today
) -> None:
    first = save(store, today)
    second = save(store, today, activities=["exchange", "mining_1"], notes="Ekibastuz")
    assert second.id == first.id
    with store.reading() as session:
        assert session.exec(select(FirmProfile)).all() == [second]
        assert firm.activity_keys(firm.profile(session)) == ["exchange", "mining_1"]
        entries = session.exec(
            select(AuditEntry).where(AuditEntry.register_name == "firm_profile")
        ).all()
    assert [e.action for e in entries] == ["insert", "update"]
    # Saving again with nothing changed writes nothing to the trail.
    save(store, today, activities=["exchange", "mining_1"], notes="Ekibastuz")
    with store.reading() as session:
        count = len(
            session.exec(select(AuditEntry).where(AuditEntry.register_name == "firm_profile")).all()
        )
    assert count == 2


def test_firm_name_reads_the_profile_and_falls_back_to_the_setting(store: Store, today) -> None:
    with store.transaction() as session:
        settings.put(session, settings.FIRM_NAME, "Old name from settings")
    with store.reading() as session:
        assert settings.firm_name(session) == "Old name from settings"
    save(store, today, legal_name="ТОО «Сарыарқа Цифрлық Майнинг»")
    with store.reading() as session:
        assert settings.firm_name(session) == "ТОО «Сарыарқа Цифрлық Майнинг»"


def test_an_aifc_firm_gets_the_mlro_deputy_return_and_six_years(store: Store, today) -> None:
    save(store, today, jurisdiction="aifc", activities=["exchange", "custody"])
    with store.reading() as session:
        needs = firm.requirements(session, store.rules(session), today)
    assert needs is not None
    assert (needs.mlro_required, needs.deputy_required, needs.residence_required) == (
        True,
        True,
        True,
    )
    assert needs.aml_return_months == 2
    assert needs.retention_years == 6
    assert needs.regulator == "AFSA"
    assert needs.mining is False
    assert "pools" not in needs.registers and "customers" in needs.registers


def test_a_national_miner_gets_law_191_defaults_and_the_mining_registers(
    store: Store, today
) -> None:
    save(store, today, jurisdiction="national", activities=["mining_2"])
    with store.reading() as session:
        rules = store.rules(session)
        needs = firm.requirements(session, rules, today)
        applies = {a.what: a for a in firm.what_applies(needs, rules, today)}
    assert needs.deputy_required is False
    assert needs.aml_return_months == 0
    assert needs.retention_years == 5
    assert needs.mining is True
    assert {"pools", "output", "sales", "mining_checks"} <= set(firm.relevant_registers(needs))
    assert applies["Deputy MLRO"].value == "not required"
    assert applies["Record retention"].confidence == "U"
    assert applies["Annual AML Return"].value == "none"


def test_what_applies_cites_each_rule_with_its_source_and_mark(store: Store, today) -> None:
    save(store, today)
    with store.reading() as session:
        rules = store.rules(session)
        applies = firm.what_applies(firm.requirements(session, rules, today), rules, today)
    by_what = {a.what: a for a in applies}
    assert by_what["MLRO"].rule == "programme.aifc.mlro_required"
    assert "AML 13" in by_what["MLRO"].source and by_what["MLRO"].confidence == "V"
    assert by_what["Independent audit"].value == "every 2 years"
    assert by_what["Annual AML Return"].value == "due 2 months after the year-end"


def test_an_officer_override_changes_what_applies(store: Store, today) -> None:
    from kuzet.registers.system.rules import set_override

    save(store, today)
    with store.transaction() as session:
        set_override(
            session,
            store.rules(session),
            "programme.aifc.aml_return_months",
            "3",
            dt.date(2020, 1, 1),
            None,
            "Test: AFSA extended the deadline",
        )
    with store.reading() as session:
        needs = firm.requirements(session, store.rules(session), today)
    assert needs.aml_return_months == 3


def test_kuzet_firm_prints_what_applies_and_fails_on_a_gap(store: Store, today, db_file, capsys):
    from kuzet.cli import run

    store.close()
    assert run(["--db", str(db_file), "firm"]) == 1
    assert "No firm profile yet" in capsys.readouterr().err
    reopened, _ = Store.open(db_file)
    try:
        save(reopened, today, jurisdiction="national")
    finally:
        reopened.close()
    assert run(["--db", str(db_file), "firm"]) == 1
    out = capsys.readouterr().out
    assert "Record retention: 5 years  [U]" in out
    assert out.strip().endswith("No MLRO is appointed.")
