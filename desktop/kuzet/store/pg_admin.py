"""Administering a team (PostgreSQL) database: group roles, privileges, the actor trigger,
officers' server logins, and the schema upgrade after a dump.

Run by the database's owner (the administrator's server login: a superuser, or a login
with CREATEROLE that owns the database), never by a desktop client:

* two group roles, ``kuzet_officer`` (reads and writes the registers) and
  ``kuzet_auditor`` (SELECT only). Group roles are the server's (cluster-wide): one firm
  per PostgreSQL server;
* ``audit_trail`` is INSERT/SELECT only for officers; no role but the owner may UPDATE,
  DELETE or TRUNCATE it (nor any table, for the auditor);
* a trigger on ``audit_trail`` refuses an entry whose actor is not ``session_user`` (the
  officer's own server login, named as their Kuzet login), unless the owner writes it;
* ``kuzet_officer_login(...)``, a SECURITY DEFINER function, is how an administrator or
  the MLRO (their logins are also in ``kuzet_manager``, a group with no privileges of its
  own) creates, regroups or disables an officer's login,
  without holding CREATEROLE (which would let them grant themselves any role). Only
  logins that are members of the two groups can be touched through it. The password
  travels as a SCRAM verifier computed on the client (libpq), never in plain text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from .location import KEYRING_SERVICE, DatabaseLocation
from .pg import CONNECT_TIMEOUT_S, database_revisions
from .schema import SchemaError, run_migrations, script_graph, script_heads

OFFICER_GROUP = "kuzet_officer"
AUDITOR_GROUP = "kuzet_auditor"
# No privileges of its own: it marks the administrators' and MLROs' logins, who may
# manage officers' logins (not the officer table's role column, which officers can write).
MANAGER_GROUP = "kuzet_manager"
OWNER_PASSWORD_ENV = "KUZET_ADMIN_PASSWORD"
_CREATE_LOCK = 4242018  # the same advisory lock as schema.prepare_team


class AdminRefused(Exception):
    """The administration command cannot be done as asked; nothing was changed."""


def groups_for(role: str) -> frozenset[str]:
    """The server groups of a Kuzet role: the auditor reads only; the administrator and
    the MLRO also manage officers' logins."""
    if role == "auditor":
        return frozenset({AUDITOR_GROUP})
    if role in ("admin", "mlro"):
        return frozenset({OFFICER_GROUP, MANAGER_GROUP})
    return frozenset({OFFICER_GROUP})


def owner_password(location: DatabaseLocation) -> str | None:
    """The owner's server password: ``KUZET_ADMIN_PASSWORD``, else the OS keyring, else
    None (libpq then uses ``~/.pgpass``, a Unix socket's peer check or a certificate)."""
    given = os.environ.get(OWNER_PASSWORD_ENV)
    if given:
        return given
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, location.keyring_user)
    except Exception:  # no usable keyring backend
        return None


def owner_engine(location: DatabaseLocation, password: str | None = None) -> Engine:
    """An engine for the owner's administration work (UTC, values hidden in errors)."""
    connect_args: dict[str, object] = {
        "options": "-c timezone=UTC",
        "application_name": "kuzet admin",
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    chosen = password if password is not None else owner_password(location)
    if chosen:
        connect_args["password"] = chosen
    return create_engine(location.url, connect_args=connect_args, hide_parameters=True)


def officer_location(location: DatabaseLocation, login: str) -> DatabaseLocation:
    """The same database, reached as officer ``login``."""
    from dataclasses import replace

    from sqlalchemy.engine import make_url

    url = make_url(location.url).set(username=login)
    return replace(location, url=url.render_as_string(hide_password=True), user=login)


def _schema(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_schema()")).scalar())


def _quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _statements(conn: Connection) -> Iterator[str]:
    schema = _quoted(conn, _schema(conn))
    database = _quoted(conn, str(conn.execute(text("SELECT current_database()")).scalar()))
    groups = f"{OFFICER_GROUP}, {AUDITOR_GROUP}"
    for group in (OFFICER_GROUP, AUDITOR_GROUP, MANAGER_GROUP):  # the server's: made once
        yield (
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; EXCEPTION WHEN "
            "duplicate_object OR unique_violation THEN NULL; END $$"
        )
    yield f"REVOKE ALL ON DATABASE {database} FROM PUBLIC"
    yield f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {groups}"
    yield f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC"
    yield f"GRANT USAGE ON SCHEMA {schema} TO {groups}"
    yield f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC, {groups}"
    yield f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC, {groups}"
    yield f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {AUDITOR_GROUP}"
    yield f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {AUDITOR_GROUP}"
    writes = "SELECT, INSERT, UPDATE, DELETE"
    yield f"GRANT {writes} ON ALL TABLES IN SCHEMA {schema} TO {OFFICER_GROUP}"
    yield f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {OFFICER_GROUP}"
    # The trail: appended to and read, never changed. The chain head: locked FOR UPDATE
    # (which needs UPDATE), never added to or removed. The schema version: read only.
    yield f"REVOKE UPDATE, DELETE, TRUNCATE ON {schema}.audit_trail FROM {OFFICER_GROUP}"
    yield f"REVOKE INSERT, DELETE, TRUNCATE ON {schema}.audit_chain FROM {OFFICER_GROUP}"
    yield f"REVOKE INSERT, UPDATE, DELETE ON {schema}.alembic_version FROM {OFFICER_GROUP}"
    yield _ACTOR_FUNCTION.format(schema=schema)
    yield f"DROP TRIGGER IF EXISTS kuzet_audit_actor ON {schema}.audit_trail"
    yield (
        f"CREATE TRIGGER kuzet_audit_actor BEFORE INSERT ON {schema}.audit_trail "
        f"FOR EACH ROW EXECUTE FUNCTION {schema}.kuzet_audit_actor()"
    )
    yield _LOGIN_FUNCTION.format(
        schema=schema, officer=OFFICER_GROUP, auditor=AUDITOR_GROUP, manager=MANAGER_GROUP
    )
    signature = f"{schema}.kuzet_officer_login(text, text, text, boolean)"
    yield f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"
    yield f"GRANT EXECUTE ON FUNCTION {signature} TO {OFFICER_GROUP}"


# The owner (or a superuser) may write any actor: it could disable the trigger anyway,
# and moving a firm copies its trail as it was.
_OWNER = (
    "(COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)"
    " OR pg_catalog.pg_has_role(session_user, (SELECT relowner FROM pg_catalog.pg_class"
    " WHERE oid = {table}), 'MEMBER'))"
)

_ACTOR_FUNCTION = (
    "CREATE OR REPLACE FUNCTION {schema}.kuzet_audit_actor() RETURNS trigger"
    " LANGUAGE plpgsql AS $$ BEGIN"
    " IF NEW.actor IS DISTINCT FROM session_user::text AND NOT "
    + _OWNER.format(table="TG_RELID")
    + " THEN RAISE EXCEPTION 'kuzet: the audit trail''s actor must be the signed-in server"
    " login %, not %', session_user, NEW.actor USING ERRCODE = 'insufficient_privilege';"
    " END IF; RETURN NEW; END $$"
)

_LOGIN_FUNCTION = (
    "CREATE OR REPLACE FUNCTION {schema}.kuzet_officer_login(p_login text, p_verifier text,"
    " p_role text, p_active boolean) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = {schema}, pg_catalog AS $$"
    " DECLARE manager boolean; want text[]; have text[]; target pg_roles%ROWTYPE; g text;"
    " BEGIN"
    " IF p_role IS NULL OR p_role NOT IN ('mlro', 'deputy', 'analyst', 'auditor', 'admin') THEN"
    "  RAISE EXCEPTION 'kuzet: % is not a Kuzet role', p_role"
    "  USING ERRCODE = 'invalid_parameter_value'; END IF;"
    " want := CASE WHEN p_role = 'auditor' THEN ARRAY['{auditor}']"
    "  WHEN p_role IN ('admin', 'mlro') THEN ARRAY['{manager}', '{officer}']"
    "  ELSE ARRAY['{officer}'] END;"
    " manager := " + _OWNER.format(table="'{schema}.officer'::regclass") + " OR"
    "  pg_catalog.pg_has_role(session_user, '{manager}', 'MEMBER');"
    " SELECT * INTO target FROM pg_roles WHERE rolname = p_login;"
    " IF FOUND THEN"
    "  SELECT coalesce(array_agg(r.rolname::text ORDER BY r.rolname), '{{}}') INTO have"
    "   FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid WHERE m.member = target.oid;"
    "  IF target.rolsuper OR target.rolcreaterole OR target.rolcreatedb"
    "   OR cardinality(have) = 0 OR NOT have <@ ARRAY['{manager}', '{officer}', '{auditor}'] THEN"
    "   RAISE EXCEPTION 'kuzet: the server login % is not an officer''s only', p_login"
    "   USING ERRCODE = 'insufficient_privilege'; END IF;"
    "  IF NOT manager AND NOT (p_login = session_user::text AND p_active AND have = want) THEN"
    "   RAISE EXCEPTION 'kuzet: only an administrator or the MLRO manages logins'"
    "   USING ERRCODE = 'insufficient_privilege'; END IF;"
    "  IF p_verifier IS NOT NULL THEN"
    "   EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier); END IF;"
    "  EXECUTE format('ALTER ROLE %I %s', p_login,"
    "   CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);"
    "  IF have <> want THEN"
    "   FOREACH g IN ARRAY have LOOP EXECUTE format('REVOKE %I FROM %I', g, p_login); END LOOP;"
    "   FOREACH g IN ARRAY want LOOP EXECUTE format('GRANT %I TO %I', g, p_login); END LOOP;"
    "  END IF;"
    " ELSE"
    "  IF NOT manager THEN"
    "   RAISE EXCEPTION 'kuzet: only an administrator or the MLRO manages logins'"
    "   USING ERRCODE = 'insufficient_privilege'; END IF;"
    "  EXECUTE format('CREATE ROLE %I %s PASSWORD %L', p_login,"
    "   CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END, p_verifier);"
    "  FOREACH g IN ARRAY want LOOP EXECUTE format('GRANT %I TO %I', g, p_login); END LOOP;"
    " END IF;"
    " END $$"
)


def install_privileges(conn: Connection) -> None:
    """Groups, grants, the actor trigger and the login function, in the caller's
    transaction (idempotent: ``kuzet admin upgrade`` runs it again for new tables)."""
    raw = conn.connection.driver_connection  # psycopg: no parameters, so no "%" parsing
    for statement in _statements(conn):
        raw.execute(statement)  # type: ignore[union-attr]


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login`` (libpq, on this computer)."""
    pgconn = conn.connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(
        pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    ).decode()


def administered(conn: Connection) -> bool:
    """Whether ``kuzet admin init`` (or a move) set this database up: its login function
    is there. A database a client merely created has no per-officer logins to follow."""
    found = conn.execute(
        text("SELECT to_regprocedure('kuzet_officer_login(text, text, text, boolean)')")
    ).scalar()
    return found is not None


def set_login(
    conn: Connection, login: str, role: str, password: str | None = None, active: bool = True
) -> None:
    """Create or update officer ``login``'s server login, in the group of ``role``
    (``kuzet_officer_login``: the caller must be the owner, or an administrator or the
    MLRO; an officer may change only their own password). Nothing on a database that is
    not ``administered``."""
    if not administered(conn):
        return
    verifier = scram_verifier(conn, login, password) if password else None
    conn.execute(
        text("SELECT kuzet_officer_login(:login, :verifier, :role, :active)"),
        {"login": login, "verifier": verifier, "role": role, "active": active},
    )


def owner_login(location: DatabaseLocation, login: str, password: str) -> str:
    """The owner gives officer ``login`` (a moved firm's, say) a server login with
    ``password``, in the group of their role; returns the role."""
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            if not administered(conn):
                raise AdminRefused(f"{location.display()} is not set up: run `kuzet admin init`")
            role = conn.execute(
                text("SELECT role FROM officer WHERE login = :login AND retired_at IS NULL"),
                {"login": login},
            ).scalar()
            if role is None:
                raise AdminRefused(f"no active officer {login!r} in {location.display()}")
            set_login(conn, login, str(role), password)
            conn.commit()
            return str(role)
    finally:
        engine.dispose()


def create_schema(conn: Connection, where: str) -> None:
    """Bring an empty database to the newest schema, or accept one already there;
    refuse one at another schema (``kuzet admin upgrade``) or not Kuzet's."""
    revisions = database_revisions(conn)
    if revisions is None:
        raise AdminRefused(f"{where} holds tables but no Kuzet schema: choose another database")
    if not revisions:
        run_migrations(conn)
    elif revisions != script_heads():
        raise AdminRefused(
            f"{where} is at schema {', '.join(sorted(revisions))}, not this program's "
            f"{', '.join(sorted(script_heads()))}: run `kuzet admin upgrade` (or use the "
            "matching Kuzet)"
        )


def init_database(location: DatabaseLocation, login: str, password: str, role: str) -> None:
    """``kuzet admin init``: the schema, groups, privileges and the first officer's
    server login, in one transaction of the owner. The officer row itself is written by
    the officer, connected as themselves (``TeamDesk.start_firm``)."""
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CREATE_LOCK})
            create_schema(conn, location.display())
            officers = conn.execute(
                text("SELECT count(*) FROM officer WHERE retired_at IS NULL")
            ).scalar()
            if officers:
                raise AdminRefused(
                    f"{location.display()} already has officers: add more with "
                    "`kuzet admin officer add` (signed in as an administrator)"
                )
            install_privileges(conn)
            set_login(conn, login, role, password)
            conn.commit()
    finally:
        engine.dispose()


def schema_state(location: DatabaseLocation) -> tuple[frozenset[str], frozenset[str]]:
    """(the database's revisions, this program's heads); ``AdminRefused`` when the
    database is no Kuzet database or was written by a newer Kuzet."""
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            revisions = database_revisions(conn)
    finally:
        engine.dispose()
    if not revisions:
        raise AdminRefused(f"{location.display()} holds no Kuzet schema: run `kuzet admin init`")
    unknown = revisions - set(script_graph())
    if unknown:
        raise AdminRefused(
            f"{location.display()} is at schema {', '.join(sorted(unknown))}, newer than this "
            "program: install the newer Kuzet to administer it"
        )
    return revisions, script_heads()


def upgrade_database(location: DatabaseLocation) -> None:
    """Alembic to the newest schema and the privileges again (new tables), in one
    transaction of the owner; the caller has dumped the database first."""
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CREATE_LOCK})
            run_migrations(conn)
            if database_revisions(conn) != script_heads():
                raise SchemaError(
                    f"{location.display()}: the upgrade did not reach the newest schema"
                )
            install_privileges(conn)
            conn.commit()
    finally:
        engine.dispose()
