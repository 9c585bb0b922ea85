"""Team mode's server side (issue #18 item 4) on the throwaway PostgreSQL server:
``kuzet admin init`` (schema, groups, privileges, the first officer as herself), officers'
server logins, the actor trigger, and what the auditor and officers may not do to the
trail."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from kuzet.cli import run
from kuzet.store.location import parse_location

pytestmark = pytest.mark.postgresql_only

PASSWORD = "team-secret-1"


def _as(url: str, login: str) -> psycopg.Connection:
    """A plain psycopg connection to the test database as server login ``login``."""
    location = parse_location(url)
    return psycopg.connect(
        host=location.host, port=location.port, dbname=location.database, user=login
    )


def _officer_url(url: str, login: str) -> str:
    head, tail = url.split("://", 1)
    return f"{head}://{login}@{tail.split('@', 1)[1]}"


@pytest.fixture
def team(pg_server, monkeypatch) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """An empty database set up by ``kuzet admin init`` with a first admin officer, who
    then adds an analyst and an auditor (unique logins: roles are the server's)."""
    url = pg_server.new_database(template=None)
    tag = uuid.uuid4().hex[:6]
    logins = {"admin": f"adm.{tag}", "analyst": f"ana.{tag}", "auditor": f"aud.{tag}"}
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORD)
    code = run(["admin", "init", url, "--login", logins["admin"], "--name", "Aigerim Admin"])
    assert code == 0
    admin_url = _officer_url(url, logins["admin"])
    for role in ("analyst", "auditor"):
        assert _add(admin_url, logins["admin"], logins[role], role, monkeypatch) == 0
    yield {"url": url, **logins}
    pg_server.drop_database(url)


def _add(admin_url: str, admin: str, login: str, role: str, monkeypatch) -> int:  # type: ignore[no-untyped-def]
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return run(
        [
            "--db",
            admin_url,
            "--officer",
            admin,
            "admin",
            "officer",
            "add",
            login,
            "--role",
            role,
            "--name",
            f"Test {role.title()}",
            "--password-stdin",
        ]
    )


def _groups(conn: psycopg.Connection, login: str) -> set[str]:
    rows = conn.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        (login,),
    ).fetchall()
    return {r[0] for r in rows}


def test_init_makes_the_first_officer_write_as_herself(team) -> None:  # type: ignore[no-untyped-def]
    with _as(team["url"], team["admin"]) as conn:
        actors = {r[0] for r in conn.execute("SELECT DISTINCT actor FROM audit_trail")}
        officers = dict(conn.execute("SELECT login, role FROM officer").fetchall())
        assert _groups(conn, team["admin"]) == {"kuzet_officer", "kuzet_manager"}
        assert _groups(conn, team["analyst"]) == {"kuzet_officer"}
        assert _groups(conn, team["auditor"]) == {"kuzet_auditor"}  # auditor → read-only group
    assert actors == {team["admin"]}  # every entry so far: the admin, as herself
    assert officers == {
        team["admin"]: "admin",
        team["analyst"]: "analyst",
        team["auditor"]: "auditor",
    }


def test_init_refuses_a_database_with_officers(team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORD)
    assert run(["admin", "init", team["url"], "--login", "x.other", "--name", "X"]) == 1


def test_an_officer_cannot_write_an_entry_naming_another(team) -> None:  # type: ignore[no-untyped-def]
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege, match="actor must be")
    with _as(team["url"], team["analyst"]) as conn, refused:
        conn.execute(
            "INSERT INTO audit_trail (id, at, actor, register_name, record_id, action,"
            " after, prev_hash, hash) SELECT MAX(id) + 1, 'x', %s, 'officer', 1,"
            " 'update', '{}', 'x', 'x' FROM audit_trail",
            (team["admin"],),
        )


def test_no_officer_may_change_or_empty_the_trail(team) -> None:  # type: ignore[no-untyped-def]
    for login in (team["admin"], team["analyst"]):
        for statement in (
            "UPDATE audit_trail SET reason = 'edited'",
            "DELETE FROM audit_trail",
            "TRUNCATE audit_trail",
        ):
            refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
            with _as(team["url"], login) as conn, refused:
                conn.execute(statement)


def test_the_auditor_login_reads_and_writes_nothing(team) -> None:  # type: ignore[no-untyped-def]
    with _as(team["url"], team["auditor"]) as conn:
        assert conn.execute("SELECT count(*) FROM audit_trail").fetchone()[0] > 0
    for statement in (
        "INSERT INTO setting (key, value) VALUES ('x', '1')",
        "UPDATE officer SET role = 'admin'",
        "UPDATE staff_member SET full_name = 'x'",
        "DELETE FROM setting",
        "INSERT INTO audit_trail (id, at, actor, register_name, record_id, action, after,"
        " prev_hash, hash) VALUES (999999, 'x', session_user, 'x', 1, 'x', '{}', 'x', 'x')",
        "SELECT kuzet_officer_login('x.y', NULL, 'analyst', true)",
    ):
        refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
        with _as(team["url"], team["auditor"]) as conn, refused:
            conn.execute(statement)


def test_only_a_manager_makes_logins_and_only_officers_ones(team) -> None:  # type: ignore[no-untyped-def]
    refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with _as(team["url"], team["analyst"]) as conn, refused:  # an analyst: no new logins
        conn.execute("SELECT kuzet_officer_login('x.new', NULL, 'analyst', true)")
    # Not even after making herself "admin" in the officer table behind the trail's back:
    # the server asks its own group kuzet_manager, not that table.
    with _as(team["url"], team["analyst"]) as conn:
        conn.execute("UPDATE officer SET role = 'admin' WHERE login = session_user")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only an administrator"):
            conn.execute("SELECT kuzet_officer_login('x.new', NULL, 'admin', true)")
    with _as(team["url"], team["admin"]) as conn:  # the admin: not the server's superuser
        owner = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolsuper ORDER BY rolname LIMIT 1"
        ).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not an officer"):
            conn.execute("SELECT kuzet_officer_login(%s, NULL, 'analyst', false)", (owner,))


def test_disabling_and_regrouping_follow_on_the_server(team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORD)
    admin_url = _officer_url(team["url"], team["admin"])
    base = ["--db", admin_url, "--officer", team["admin"], "admin", "officer"]
    assert run([*base, "role", team["analyst"], "auditor", "--reason", "moved to audit"]) == 0
    assert run([*base, "disable", team["auditor"], "--reason", "left the firm"]) == 0
    with _as(team["url"], team["admin"]) as conn:
        assert _groups(conn, team["analyst"]) == {"kuzet_auditor"}
        can_login = conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (team["auditor"],)
        ).fetchone()[0]
    assert can_login is False


def test_no_table_is_writable_by_the_auditor_and_the_trail_by_nobody(team) -> None:  # type: ignore[no-untyped-def]
    """Every table, from the server's own privilege checks (not only a few statements)."""
    with _as(team["url"], team["admin"]) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        assert "audit_trail" in tables and len(tables) > 30

        def may(login: str, table: str, what: str) -> bool:
            query = "SELECT has_table_privilege(%s, %s, %s)"
            return bool(conn.execute(query, (login, table, what)).fetchone()[0])

        for table in tables:
            assert may(team["auditor"], table, "SELECT")
            for what in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"):
                assert not may(team["auditor"], table, what), (table, what)
        for login in (team["admin"], team["analyst"]):
            assert may(login, "audit_trail", "INSERT") and may(login, "audit_trail", "SELECT")
            for what in ("UPDATE", "DELETE", "TRUNCATE"):
                assert not may(login, "audit_trail", what)
