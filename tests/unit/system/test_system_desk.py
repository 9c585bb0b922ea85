"""The system desk: each call one unit of work, "today" from its clock; the rules and
their overrides, the trail, settings, the vault's key, backups, deadlines and the calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.clock import FixedClock
from kuzet.desk import Desk
from kuzet.registers.errors import NotFound, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.system import settings
from kuzet.registers.system.desk import SystemDesk
from kuzet.store import keys
from kuzet.store.backup import BackupRefused
from kuzet.store.models import AuditEntry, Licence, RuleOverride
from kuzet.store.session import Store
from support.team import four_eyes_off

DAY = dt.date(2026, 11, 25)
KEY = "licence.reminder_days"


def licence(desk: Desk, number: str, expires_on: dt.date | None = None):
    data = {"licence_type": "afsa", "number": number, "issuer": "AFSA"}
    data |= {"issued_on": dt.date(2024, 1, 1), "expires_on": expires_on}
    return desk.licensing.save_licence(data)


def override(value: str, reason: str) -> dict:
    return {"value": value, "valid_from": DAY, "valid_to": None, "reason": reason}


def rows(store: Store, model) -> list:
    with store.reading() as session:
        return list(session.exec(select(model)).all())


@pytest.fixture
def desk(store: Store) -> Desk:
    return Desk(store, FixedClock(DAY))


@pytest.fixture
def one_officer(store: Store) -> None:
    """Overrides apply at once, on both engines (four-eyes, on by default in team mode,
    is tested in test_four_eyes.py): one audited settings entry."""
    four_eyes_off(store)


def test_an_override_that_fails_validation_writes_nothing(desk: Desk, store: Store) -> None:
    wrong = {"value": "[90, 60", "valid_from": DAY, "valid_to": DAY - dt.timedelta(1), "reason": ""}
    with pytest.raises(ValidationFailed) as failed:
        desk.system.save_override(KEY, wrong)
    assert set(failed.value.field_errors) == {"value", "reason", "valid_to"}
    with pytest.raises(NotFound):
        desk.system.save_override("no.such.rule", override("1", "Because"))
    assert rows(store, RuleOverride) == [] and rows(store, AuditEntry) == []


def test_an_override_applies_from_its_date_on_the_desks_clock(store: Store, one_officer) -> None:
    before = SystemDesk(store, FixedClock(DAY - dt.timedelta(days=1)))
    on_the_day = SystemDesk(store, FixedClock(DAY))
    row = on_the_day.save_override(KEY, override("[120, 60, 14]", "Board decision"))
    [line] = [line for line in on_the_day.rule_lines() if line.key == KEY]
    assert line.value == "120, 60, 14" and line.overridden
    assert line.override_reason == "Board decision"
    [line] = [line for line in before.rule_lines() if line.key == KEY]
    assert line.value == "90, 60, 30" and not line.overridden
    assert on_the_day.rule_value(KEY).value == (120, 60, 14)
    assert before.rule_value(KEY).value == (90, 60, 30)
    assert [o.id for o in on_the_day.overrides(KEY)] == [row.id]
    assert on_the_day.overrides("licence.mining.term_years") == []
    with pytest.raises(ValidationFailed):
        on_the_day.withdraw_override(row.id, "")
    on_the_day.withdraw_override(row.id, "Back to the pack")
    assert on_the_day.overrides() == []
    assert on_the_day.rule_value(KEY).value == (90, 60, 30)


def test_the_trail_lists_newest_first_and_verifies(desk: Desk, one_officer) -> None:
    first = licence(desk, "A-1")
    licence(desk, "A-2")
    row = desk.system.save_override(KEY, override("[30]", "Test"))
    desk.system.withdraw_override(row.id, "Back")
    system = desk.system
    listing = system.trail_listing()
    ids = system.list_ids(listing, ListQuery())
    assert len(ids) == 5 and ids == sorted(ids, reverse=True)  # the setting, then four
    only = system.list_ids(listing, ListQuery(filters={"register": "licence"}, search=" #1"))
    assert [system.trail_entry(i).record_id for i in only] == [first.id]
    assert system.list_ids(listing, ListQuery(search="A-1")) == []  # a number, not text
    by_reason = system.list_ids(listing, ListQuery(sort="reason"))
    assert by_reason[-1] == ids[0]  # the one with a reason; the rest newest first
    assert by_reason[:-1] == ids[1:]
    assert system.list_rows(listing, by_reason)[by_reason[-1]][7] == "Back"
    assert system.trail_entry(10_000) is None
    report = system.verify_trail()
    assert report.intact and report.entries == 5


def test_settings_read_in_the_officers_words(desk: Desk, store: Store) -> None:
    assert desk.system.firm_name() == "" and not desk.system.is_demo()
    with store.transaction() as session:
        settings.put(session, settings.FIRM_NAME, "ТОО «Сарыарқа»")
        settings.put(session, settings.IS_DEMO, True)
    assert desk.system.firm_name() == "ТОО «Сарыарқа»" and desk.system.is_demo()


@pytest.fixture
def no_keyring():
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    yield
    keyring.set_keyring(before)
    keys.forget()


def test_the_vault_key_from_a_passphrase(desk: Desk, no_keyring) -> None:
    system = desk.system
    if system.team_vault():  # a team database makes a team vault: test_team_vault_desks.py
        pytest.skip("a passphrase vault is SQLite mode's")
    state = system.vault_state()
    assert not state.configured and not state.keyring.usable
    made = system.create_vault("Бурабай 2026 vault")
    keys.forget()
    assert system.vault_state().configured
    with pytest.raises(keys.VaultLocked):
        system.open_vault()
    with pytest.raises(keys.WrongKey):
        system.open_vault("not the passphrase")
    assert system.open_vault("Бурабай 2026 vault").vault_id == made.vault_id


@pytest.mark.sqlite_only  # a file backup; a team database's is pg_dump (test_pg_admin*)
def test_backup_check_and_restore_through_the_desk(
    desk: Desk, store: Store, db_file: Path, tmp_path: Path
) -> None:
    licence(desk, "A-1")
    assert desk.system.key_exportable() is not None  # no vault yet: no key to put in
    archive, manifest = desk.system.backup(tmp_path / "b.zip")
    assert manifest.audit_entries == 1
    assert desk.system.last_backup()[1] == archive.resolve()
    checked = desk.system.check_backup(archive)
    assert checked.manifest.audit_entries == 1 and checked.key_need is None
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    with pytest.raises(BackupRefused):
        desk.system.check_backup(bad)
    licence(desk, "A-2")
    store.close()
    result = desk.system.restore(archive)
    assert result.kept is not None
    reopened, _ = Store.open(db_file)
    try:
        assert [r.number for r in rows(reopened, Licence)] == ["A-1"]
    finally:
        reopened.close()


@pytest.mark.postgresql_only
def test_a_team_database_gets_no_file_backup_or_restore(
    desk: Desk, store: Store, db_file: str, tmp_path: Path, capsys
) -> None:
    from kuzet.cli import run
    from kuzet.store.backup import BackupError

    licence(desk, "A-1")
    with pytest.raises(BackupError, match=r"team database.*kuzet admin backup"):
        desk.system.backup(tmp_path / "b.zip")
    assert desk.system.auto_backup() is None
    with pytest.raises(BackupRefused, match="team database"):
        desk.system.restore(tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()
    capsys.readouterr()
    assert run(["--db", db_file, "backup", "--out", str(tmp_path / "c.zip")]) == 1
    err = capsys.readouterr().err
    assert "Nothing was written" in err and "kuzet admin backup" in err
    assert run(["--db", db_file, "restore", "--yes", str(tmp_path / "c.zip")]) == 1
    assert not (tmp_path / "c.zip").exists()
    assert [r.number for r in rows(store, Licence)] == ["A-1"]
