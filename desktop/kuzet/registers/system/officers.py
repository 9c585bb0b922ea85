"""The officers register: staff members who sign in, with a login and a role.

Functions take the caller's session (the desk opens the transaction). Disabling an
officer retires the row (the trail keeps who they were); a login is unique among the
active officers. The first officer of a firm (``first_officer``) is made without anyone
signed in, as themselves: someone has to be first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, func, select

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...store.audit import reason_for_changes, utc_now
from ...store.models.officer import Officer, OfficerPassword
from ...store.models.staff import StaffMember
from ..errors import NotFound, ValidationFailed
from ..programme import staff
from . import passwords, signin
from .permissions import ROLE_TITLES, ROLES

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


def active(session: Session) -> list[Officer]:
    query = select(Officer).where(Officer.retired_at.is_(None)).order_by(Officer.login)
    return list(session.exec(query).all())


def every(session: Session) -> list[Officer]:
    """Active officers first, then the disabled ones; by login."""
    rows = session.exec(select(Officer)).all()
    return sorted(rows, key=lambda o: (o.retired_at is not None, o.login, o.id or 0))


def count_active(session: Session) -> int:
    query = select(func.count()).select_from(Officer).where(Officer.retired_at.is_(None))
    return int(session.exec(query).one())


def by_login(session: Session, login: str) -> Officer | None:
    """The active officer with ``login`` (None when there is none)."""
    query = select(Officer).where(Officer.login == login.strip(), Officer.retired_at.is_(None))
    return session.exec(query).first()


def get(session: Session, officer_id: int) -> Officer:
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFound(tr("No officer with id {id}.").format(id=officer_id))
    return officer


def signed_in_staff_id(session: Session) -> int | None:
    """The staff member of the signed-in officer (None: nobody, or not an officer row)."""
    identity = signin.current()
    if identity is None or identity.officer_id is None:
        return None
    officer = session.get(Officer, identity.officer_id)
    return None if officer is None else officer.staff_id


def staff_name(session: Session, officer: Officer) -> str:
    person = session.get(StaffMember, officer.staff_id)
    return person.full_name if person is not None else ""


def add(session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date) -> Officer:
    """A new officer: ``login``, ``role``, ``password`` (may be "" only when the firm
    switched passwords off) and either ``staff_id`` (a current member of staff) or
    ``full_name`` (added to the staff register, compliance role, starting today)."""
    login = str(data.get("login") or "").strip().lower()
    role = str(data.get("role") or "")
    password = str(data.get("password") or "")
    errors: dict[str, str] = {}
    if not _LOGIN.match(login):
        errors["login"] = tr("A login is 2–40 letters a–z, digits, dots, dashes or underscores.")
    elif by_login(session, login) is not None:
        errors["login"] = tr("Another active officer has this login.")
    if role not in ROLES:
        errors["role"] = tr("Choose the role: mlro, deputy, analyst, auditor or admin.")
    if password and len(password) < passwords.MIN_LENGTH:
        errors["password"] = tr("A password has at least {n} characters.").format(
            n=passwords.MIN_LENGTH
        )
    staff_id = data.get("staff_id")
    full_name = " ".join(str(data.get("full_name") or "").split())
    if staff_id is None and not full_name:
        errors["staff_id"] = tr("Choose the member of staff, or enter their full name.")
    elif staff_id is not None:
        person = session.get(StaffMember, int(staff_id))
        if person is None or person.retired_at is not None or person.end_date is not None:
            errors["staff_id"] = tr("Choose a current member of staff.")
    if errors:
        raise ValidationFailed(errors)
    if staff_id is None:
        person = staff.create(
            session,
            {
                "full_name": full_name,
                "role": "compliance",
                "job_title": ROLE_TITLES[role],
                "start_date": today,
            },
            rules,
            today,
        )
        staff_id = person.id
    officer = Officer(
        staff_id=int(staff_id),
        login=login,
        role=role,
        created_at=utc_now(),
        password_set_at=utc_now() if password else None,
    )
    session.add(officer)
    session.flush()
    if password:
        session.add(OfficerPassword(officer_id=officer.id, hash=passwords.hash_password(password)))
        session.flush()
    return officer


def set_role(session: Session, officer_id: int, role: str, reason: str) -> Officer:
    officer = _active(session, officer_id)
    if role not in ROLES:
        raise ValidationFailed(
            {"role": tr("Choose the role: mlro, deputy, analyst, auditor or admin.")}
        )
    if officer.role == role:
        return officer
    _keep_a_manager(session, officer, role)
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the role changes.")})
    officer.role = role
    officer.updated_at = utc_now()
    with reason_for_changes(session, reason.strip()):
        session.flush()
    return officer


def disable(session: Session, officer_id: int, reason: str) -> Officer:
    """Retire the officer: they can no longer sign in. The last officer who may manage
    officers cannot be disabled (nobody could add one again)."""
    officer = _active(session, officer_id)
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the officer is disabled.")})
    _keep_a_manager(session, officer, None)
    officer.retired_at = utc_now()
    officer.retired_reason = reason.strip()
    session.flush()
    return officer


def set_password(session: Session, officer_id: int, password: str) -> Officer:
    officer = _active(session, officer_id)
    if len(password) < passwords.MIN_LENGTH:
        raise ValidationFailed(
            {
                "password": tr("A password has at least {n} characters.").format(
                    n=passwords.MIN_LENGTH
                )
            }
        )
    row = session.get(OfficerPassword, officer.id)
    digest = passwords.hash_password(password)
    if row is None:
        session.add(OfficerPassword(officer_id=officer.id, hash=digest))
    else:
        row.hash = digest
    officer.password_set_at = officer.updated_at = utc_now()
    session.flush()
    return officer


def password_matches(session: Session, officer: Officer, password: str) -> bool:
    row = session.get(OfficerPassword, officer.id)
    return row is not None and passwords.check_password(password, row.hash)


def _active(session: Session, officer_id: int) -> Officer:
    officer = get(session, officer_id)
    if officer.retired_at is not None:
        raise ValidationFailed({"officer": tr("This officer is disabled.")})
    return officer


def _keep_a_manager(session: Session, officer: Officer, new_role: str | None) -> None:
    managers = [o for o in active(session) if o.role in ("mlro", "admin")]
    if officer in managers and new_role not in ("mlro", "admin") and len(managers) == 1:
        raise ValidationFailed(
            {"officer": tr("The firm's last MLRO or administrator stays: add another first.")}
        )
