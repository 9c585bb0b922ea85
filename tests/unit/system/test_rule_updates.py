"""Updating the rule pack from a file: the diff shown first, applied all or nothing and
audited, overrides kept and flagged, older and invalid packs and unsafe ZIPs refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.clock import FixedClock
from kuzet.desk import Desk
from kuzet.regime.rulepack import RuleNotInForce
from kuzet.registers.system.pack_file import PackFileRefused
from kuzet.registers.system.rule_updates import PackRefused
from kuzet.store.models import AuditEntry
from kuzet.store.models.rule_pack import RulePackVersion
from kuzet.store.session import Store
from support.rule_packs import KEY, NEW_KEY, NEW_SOURCE, newer_files, zip_of
from support.team import four_eyes_off

DAY = dt.date(2026, 12, 7)


@pytest.fixture(autouse=True)
def one_officer(store: Store) -> None:
    """A pack update applies at once, on both engines (four-eyes, on by default in team
    mode, is tested in test_four_eyes.py)."""
    four_eyes_off(store)


@pytest.fixture
def desk(store: Store) -> Desk:
    return Desk(store, FixedClock(DAY))


def pack_rows(store: Store) -> list[RulePackVersion]:
    with store.reading() as session:
        return list(session.exec(select(RulePackVersion)).all())


def test_the_update_shows_its_diff_then_applies_it_keeping_and_flagging_overrides(
    desk: Desk, store: Store, db_file: Path, tmp_path: Path
) -> None:
    override = desk.system.save_override(
        KEY,
        {"value": "[100, 50]", "valid_from": DAY, "valid_to": None, "reason": "Board minute 12"},
    )
    archive = zip_of(tmp_path / "rules-2026.12.2.zip", newer_files())
    preview = desk.system.preview_rule_update(archive)

    assert preview.version == "2026.12.2"
    assert preview.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert preview.diff.summary() == "1 added, 1 changed, 0 retired"
    [added] = preview.diff.of_kind("added")
    assert (added.key, added.source, added.confidence) == (NEW_KEY, NEW_SOURCE[10:-1], "S")
    assert added.details == ("value from 2027-01-01: 45 [S]",)
    [changed] = preview.diff.of_kind("changed")
    assert changed.key == KEY and changed.source == NEW_SOURCE[10:-1]
    assert changed.aspects == ("values", "source")
    assert "new value from 2027-01-01: 120, 90, 60, 30 [P]" in changed.details
    assert [(f.override_id, f.key, f.kind) for f in preview.flagged] == [
        (override.id, KEY, "changed")
    ]
    # nothing is applied by looking
    assert pack_rows(store) == [] and store.pack.version == "2026.12.1"

    row = desk.system.apply_rule_update(preview)

    assert (row.version, row.sha256, row.source_name) == ("2026.12.2", preview.sha256, archive.name)
    rules = store.rules()
    assert rules.pack.version == "2026.12.2"
    assert rules.value(NEW_KEY, dt.date(2027, 1, 1)) == 45
    with pytest.raises(RuleNotInForce):
        rules.value(NEW_KEY, dt.date(2026, 12, 31))
    assert rules.rule(KEY).effective(dt.date(2026, 12, 31)).value == (90, 60, 30)
    assert rules.rule(KEY).effective(dt.date(2027, 1, 1)).value == (120, 90, 60, 30)
    # the officer's override stays in force, flagged
    assert rules.effective(KEY, dt.date(2027, 1, 1)).value == (100, 50)
    [line] = [line for line in desk.system.rule_lines() if line.key == KEY]
    assert line.overridden and "2026.12.2 changed this rule" in line.flag
    assert desk.system.override_flags() == {override.id: line.flag}
    # audited: who, when, version, SHA-256, the diff summary
    with store.reading() as session:
        entry = session.exec(
            select(AuditEntry).where(AuditEntry.register_name == "rule_pack_version")
        ).one()
    assert entry.action == "insert" and entry.actor and entry.at
    assert "2026.12.2" in entry.reason and preview.sha256 in entry.reason
    assert "1 added, 1 changed, 0 retired" in entry.reason
    # every officer's Kuzet on this database loads the same pack
    other, _ = Store.open(db_file)
    try:
        assert other.pack.version == "2026.12.2" and other.pack.sha256 == preview.sha256
        assert other.rules().value(NEW_KEY, dt.date(2027, 1, 1)) == 45
    finally:
        other.close()
    # withdrawing the override and entering it again clears the flag
    desk.system.withdraw_override(override.id, "Checked against pack 2026.12.2")
    desk.system.save_override(
        KEY, {"value": "[100, 50]", "valid_from": DAY, "valid_to": None, "reason": "Re-checked"}
    )
    assert desk.system.override_flags() == {}


def test_an_older_or_equal_pack_is_refused_and_nothing_changes(
    desk: Desk, store: Store, tmp_path: Path
) -> None:
    for version in ("2026.11.30", "2026.12.1", "2026.12.1.0"):
        archive = zip_of(tmp_path / f"{version}.zip", newer_files(version))
        with pytest.raises(PackRefused, match="not newer than the pack in force"):
            desk.system.preview_rule_update(archive)
    desk.system.apply_rule_update(
        desk.system.preview_rule_update(zip_of(tmp_path / "new.zip", newer_files("2026.12.10")))
    )
    with pytest.raises(PackRefused, match=r"2026\.12\.9 is not newer .*\(2026\.12\.10\)"):
        desk.system.preview_rule_update(zip_of(tmp_path / "9.zip", newer_files("2026.12.9")))
    assert [row.version for row in pack_rows(store)] == ["2026.12.10"]


def test_an_invalid_pack_is_refused_naming_the_file_and_rule(desk: Desk, tmp_path: Path) -> None:
    files = newer_files()
    files["pack.toml"] = files["pack.toml"].replace('confidence = "S"', 'confidence = "X"')
    with pytest.raises(PackRefused) as refused:
        desk.system.preview_rule_update(zip_of(tmp_path / "bad.zip", files))
    assert f"pack.toml: rule '{NEW_KEY}': confidence 'X' is not one of V, S, U, P" in str(
        refused.value
    )
    del files["pack.toml"]
    with pytest.raises(PackRefused, match=r"no pack\.toml"):
        desk.system.preview_rule_update(zip_of(tmp_path / "unversioned.zip", files))


@pytest.mark.parametrize(
    "entry",
    ["../evil.toml", "rules/../../evil.toml", "/etc/evil.toml", "rules/notes.txt", "a/b/c.toml"],
)
def test_a_zip_with_anything_but_the_packs_files_is_refused(
    desk: Desk, store: Store, tmp_path: Path, entry: str
) -> None:
    archive = zip_of(tmp_path / "pack.zip", newer_files(), folder="rules/")
    with zipfile.ZipFile(archive, "a") as extra:
        extra.writestr(entry, "x = 1")
    with pytest.raises(PackFileRefused, match=re.escape(repr(entry))):
        desk.system.preview_rule_update(archive)
    assert not (tmp_path / "evil.toml").exists() and pack_rows(store) == []


def test_a_pack_folder_is_accepted_too(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "rules-2026.12.2"
    folder.mkdir()
    for name, text in newer_files().items():
        (folder / name).write_text(text, encoding="utf-8")
    preview = desk.system.preview_rule_update(folder)
    assert preview.diff.summary() == "1 added, 1 changed, 0 retired"


def test_the_command_shows_the_diff_and_applies_only_with_yes(
    db_file: Path, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from kuzet.cli import run

    archive = zip_of(tmp_path / "rules-2026.12.2.zip", newer_files())
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert run(["rules", "update", str(archive), "--db", str(db_file)]) == 0
    out = capsys.readouterr().out
    assert "rule pack 2026.12.2" in out and f"SHA-256 {digest}" in out
    assert f"Added (1):\n  {NEW_KEY}" in out and f"Changed (1):\n  {KEY} [values, source]" in out
    assert "Nothing changed" in out and pack_rows(store) == []

    assert run(["rules", "update", str(archive), "--yes", "--db", str(db_file)]) == 0
    assert "rule pack 2026.12.2 applied" in capsys.readouterr().out
    assert [row.version for row in pack_rows(store)] == ["2026.12.2"]

    assert run(["rules", "update", str(archive), "--yes", "--db", str(db_file)]) == 1
    assert "not newer than the pack in force (2026.12.2)" in capsys.readouterr().err
    assert len(pack_rows(store)) == 1

    assert run(["rules", "list", "--key", NEW_KEY, "--db", str(db_file)]) == 0
    assert "reviewed 2026-12-07" in capsys.readouterr().out


def test_the_audit_pack_names_the_rule_pack_in_force(desk: Desk, store: Store, tmp_path) -> None:
    from kuzet.reports.manifest import rule_pack_entry
    from kuzet.reports.section import PackContext, Period
    from kuzet.reports.sections.common import PackData
    from kuzet.reports.sections.rules import pack_version_line

    desk.system.apply_rule_update(
        desk.system.preview_rule_update(zip_of(tmp_path / "new.zip", newer_files()))
    )
    with store.reading() as session:
        rules = store.rules(session)
        ctx = PackContext(
            firm_name="Test",
            period=Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
            generated_by="officer",
            data=PackData(session, rules, DAY),
        )
        line = pack_version_line(ctx, rules.pack)
        entry = rule_pack_entry(ctx)["rule_pack"]
    assert line.startswith("Rule pack 2026.12.2 (") and rules.pack.sha256 in line
    assert (entry["version"], entry["sha256"]) == ("2026.12.2", rules.pack.sha256)
