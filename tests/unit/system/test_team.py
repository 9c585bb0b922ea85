"""Officers, sign-in and roles (issue #18 items 1 and 2): scrypt passwords, the trail's
actor from the signed-in officer and never from the environment, the role matrix
refused by the core, and ``kuzet admin officer``."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from kuzet.desk import Desk
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.system import passwords, signin
from kuzet.registers.system.permissions import (
    MATRIX,
    PERMISSIONS,
    ROLES,
    PermissionRefused,
    allowed,
)
from kuzet.registers.system.team_desk import SignInFailed, TeamDesk
from kuzet.store.audit import NotSignedIn
from kuzet.store.models import AuditEntry
from kuzet.store.models.officer import Officer, OfficerPassword
from support.team import AUDITOR, PASSWORD, as_officer, make_team

LICENCE = {
    "licence_type": "afsa",
    "number": "T-1",
    "issuer": "AFSA",
    "issued_on": dt.date(2024, 1, 1),
}


def _kuzet(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "KUZET_HOME": str(home), **env}
    for name in ("KUZET_OFFICER", "KUZET_PASSWORD", "KUZET_DEBUG"):
        if name not in env:
            full.pop(name, None)
    code = "import sys; from kuzet.app import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=full, capture_output=True, text=True, timeout=120
    )


def test_a_password_is_a_salted_scrypt_hash_with_bounded_parameters() -> None:
    first, second = passwords.hash_password("s3cret-pass"), passwords.hash_password("s3cret-pass")
    assert first.startswith("scrypt$16384$8$1$") and first != second  # salted
    assert passwords.check_password("s3cret-pass", first)
    assert not passwords.check_password("s3cret-pasS", first)
    scheme, _n, r, p, salt, key = first.split("$")
    absurd = "$".join([scheme, str(2**30), r, p, salt, key])
    assert not passwords.check_password("s3cret-pass", absurd)  # refused, not computed
    assert not passwords.check_password("s3cret-pass", "not a hash")


def test_the_password_hash_never_reaches_the_trail(store) -> None:
    make_team(store)
    with store.reading() as session:
        hashes = [row.hash for row in session.exec(select(OfficerPassword)).all()]
        states = " ".join((e.after or "") for e in session.exec(select(AuditEntry)).all())
    assert len(hashes) == 4
    assert all(h not in states for h in hashes) and "scrypt$" not in states
    assert '"login":"analyst.three"' in states


def test_sign_in_checks_the_password_and_sets_the_trail_actor(store) -> None:
    make_team(store)
    team = TeamDesk(store)
    with pytest.raises(SignInFailed):
        team.sign_in("analyst.three", "wrong-password")
    with pytest.raises(SignInFailed):
        team.sign_in("nobody", PASSWORD)
    identity = team.sign_in("deputy.two", PASSWORD)
    assert (identity.login, identity.role) == ("deputy.two", "deputy")
    Desk(store).licensing.save_licence(LICENCE)
    with store.reading() as session:
        last = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.register_name == "licence" and last.actor == "deputy.two"


def test_with_nobody_signed_in_a_write_is_refused(store) -> None:
    signin.end()
    with pytest.raises(NotSignedIn):
        Desk(store).licensing.save_licence(LICENCE)
    with store.reading() as session:
        assert session.exec(select(AuditEntry)).first() is None


def test_the_matrix_has_every_role_and_the_auditor_holds_nothing() -> None:
    assert set(MATRIX) == set(ROLES)
    assert MATRIX["auditor"] == frozenset()
    assert MATRIX["mlro"] == frozenset(PERMISSIONS)
    assert allowed("admin", "officers.manage") and allowed("mlro", "officers.manage")
    assert not any(allowed(role, "officers.manage") for role in ("deputy", "analyst", "auditor"))
    assert not allowed("analyst", "approvals.decide") and not allowed("analyst", "rules.change")


def test_the_auditor_cannot_write_anything(store) -> None:
    make_team(store)
    as_officer(store, AUDITOR)
    desk = Desk(store)
    with pytest.raises(PermissionRefused):
        desk.licensing.save_licence(LICENCE)
    with pytest.raises(PermissionRefused):
        desk.team.add_officer({"login": "x.y", "role": "analyst", "full_name": "X Y"})
    with pytest.raises(PermissionRefused):
        desk.team.set_four_eyes("hit_decision", True)
    with store.reading() as session:
        assert all(e.actor != AUDITOR for e in session.exec(select(AuditEntry)).all())


def test_only_admin_and_mlro_manage_officers(store) -> None:
    make_team(store)
    team = TeamDesk(store)
    analyst = team.officer_id("analyst.three")
    as_officer(store, "deputy.two")
    with pytest.raises(PermissionRefused):
        team.set_role(analyst, "deputy", "promoted")
    as_officer(store, "mlro.one")
    team.set_role(analyst, "deputy", "promoted")
    team.disable(team.officer_id(AUDITOR), "left the firm")
    with pytest.raises(SignInFailed):
        team.sign_in(AUDITOR, PASSWORD)
    rows = {row.login: row for row in team.officers()}
    assert rows["analyst.three"].role == "deputy" and not rows[AUDITOR].active
    with pytest.raises(ValidationFailed):  # the last MLRO/admin stays
        team.disable(team.officer_id("mlro.one"), "leaving")


def test_an_officer_changes_their_own_password(store) -> None:
    make_team(store)
    team = TeamDesk(store)
    identity = as_officer(store, AUDITOR)  # holds no permission, but owns their password
    team.set_password(identity.officer_id, "another-pass")
    team.sign_in(AUDITOR, "another-pass")
    with pytest.raises(PermissionRefused):
        team.set_password(team.officer_id("analyst.three"), "not-mine-123")


def test_passwords_off_for_a_one_officer_firm_is_said_in_the_trail(store) -> None:
    team = TeamDesk(store)
    team.start_firm({"login": "solo", "role": "mlro", "full_name": "Solo", "password": PASSWORD})
    team.set_passwords_off(True)
    identity = team.sign_in("solo", None)
    assert identity.actor == "solo (no password)"
    Desk(store).licensing.save_licence(LICENCE)
    with store.reading() as session:
        actors = [e.actor for e in session.exec(select(AuditEntry)).all()]
        setting = [
            e for e in session.exec(select(AuditEntry)).all() if e.register_name == "setting"
        ]
    assert actors[-1] == "solo (no password)"
    assert setting and "officers.passwords_off" in (setting[-1].after or "")
    team.sign_in("solo", PASSWORD)
    with pytest.raises(ValidationFailed):  # a second officer needs a password
        team.add_officer({"login": "two", "role": "analyst", "full_name": "Two"})
    team.add_officer({"login": "two", "role": "analyst", "full_name": "Two", "password": PASSWORD})
    with pytest.raises(SignInFailed):  # two officers: the setting lapses
        team.sign_in("solo", None)


def test_the_trail_names_the_signed_in_officer_not_the_os_user(tmp_path, kuzet_home) -> None:
    db = str(tmp_path / "firm.sqlite")
    spoof = {"USER": "someone-else", "LOGNAME": "someone-else"}
    nobody = _kuzet(
        "--db",
        db,
        "rules",
        "override",
        "licence.mining.term_years",
        "4",
        "--from",
        "2026-01-01",
        "--reason",
        "r",
        home=kuzet_home,
        **spoof,
    )
    assert nobody.returncode == 1 and "No officer is signed in" in nobody.stderr
    added = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from kuzet.app import main; sys.exit(main())",
            "--db",
            db,
            "admin",
            "officer",
            "add",
            "anna",
            "--role",
            "mlro",
            "--name",
            "Anna",
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KUZET_HOME": str(kuzet_home), **spoof},
    )
    assert added.returncode == 0, added.stderr
    wrong = _kuzet(
        "--db",
        db,
        "--officer",
        "anna",
        "verify",
        home=kuzet_home,
        KUZET_PASSWORD="wrong-one",
        **spoof,
    )
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr
    done = _kuzet(
        "--db",
        db,
        "--officer",
        "anna",
        "rules",
        "override",
        "licence.mining.term_years",
        "4",
        "--from",
        "2026-01-01",
        "--reason",
        "firm policy",
        home=kuzet_home,
        KUZET_PASSWORD=PASSWORD,
        **spoof,
    )
    assert done.returncode == 0, done.stderr
    from kuzet.store.session import Store

    opened, _ = Store.open(Path(db))
    with opened.reading() as session:
        actors = {e.actor for e in session.exec(select(AuditEntry)).all()}
        officer = session.exec(select(Officer)).one()
    opened.close()
    assert actors == {"anna"} and officer.login == "anna"
    assert "someone-else" not in actors


def test_admin_officer_commands_and_their_exit_codes(tmp_path, kuzet_home) -> None:
    db = str(tmp_path / "firm.sqlite")
    run = {"home": kuzet_home, "KUZET_OFFICER": "anna", "KUZET_PASSWORD": PASSWORD}
    first = _kuzet("--db", db, "verify", **run)  # --officer on a firm with none: first officer
    assert first.returncode == 0 and "first officer" in first.stderr
    usage = _kuzet(
        "--db",
        db,
        "admin",
        "officer",
        "add",
        "bob",
        "--role",
        "boss",
        "--name",
        "Bob",
        "--password-stdin",
        **run,
    )
    assert usage.returncode == 2
    refused = _kuzet(
        "--db", db, "admin", "officer", "role", "nobody", "analyst", "--reason", "x", **run
    )
    assert refused.returncode == 1
    listing = _kuzet("--db", db, "admin", "officer", "list", **run)
    assert listing.returncode == 0 and listing.stdout.startswith("anna\tmlro\tanna")


def test_decisions_and_reviews_name_the_signed_in_officer(store) -> None:
    from support.customer_data import individual

    make_team(store)
    as_officer(store, "analyst.three")
    customers = Desk(store).customers
    customer = customers.save_customer(individual())
    decided = customers.decide(customer.id, "approve")
    assert decided.decided_by == "analyst.three"
    review = customers.record_review(
        customer.id,
        {
            "reviewed_on": dt.date.today(),
            "outcome": "confirmed",
            "notes": "Checked",
            "reviewer": "someone-else",  # a typed name is not taken
        },
    )
    assert review.reviewer == "analyst.three"


def test_the_pack_is_prepared_by_the_signed_in_officer(demo_db, tmp_path) -> None:
    import json

    from kuzet.demo.officers import DEMO_PASSWORD
    from kuzet.store.session import Store

    store, _ = Store.open(demo_db)
    try:
        desk = Desk(store)
        desk.team.sign_in("a.seitkali", DEMO_PASSWORD)
        today = dt.date.today()
        outcome = desk.system.build_pack(
            tmp_path / "p.pdf", today.replace(month=1, day=1), today, sections=["signoff"]
        )
    finally:
        store.close()
    manifest = json.loads(outcome.result.manifest_path.read_text(encoding="utf-8"))
    assert manifest["prepared_by"]["name"] == "Гүлнара Асқарқызы Сейітова"
