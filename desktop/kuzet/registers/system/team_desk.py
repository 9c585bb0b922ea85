"""The team's entry point: officers, signing in, the four-eyes setting and approvals.

What the Team and Approvals pages, the sign-in dialog and ``kuzet admin officer`` /
``kuzet approvals`` call. Managing officers needs ``officers.manage`` (admin, MLRO);
approving needs ``approvals.decide`` and the kind's own permission.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from ...i18n import tr
from ...store import keys, team_keys
from ...store.audit import acting_as
from ...store.models.officer import ApprovalRequest, Officer
from ...store.vault import revoke_officer
from ..area import Area
from ..errors import RegisterError, ValidationFailed
from . import approvals, four_eyes, officers, settings, signin
from .permissions import APPROVE, CHANGE_SETTINGS, MANAGE_OFFICERS, SIGNED_IN, can_write

PASSWORDS_OFF = "officers.passwords_off"
DEMO_OFFICER_SETTING = "demo.officer"  # the login the demo firm signs in by itself


class SignInFailed(RegisterError):
    """Unknown login, disabled officer or wrong password (one message for all three)."""


@dataclass(frozen=True)
class OfficerRow:
    id: int
    login: str
    role: str
    name: str
    active: bool
    has_password: bool


class TeamDesk(Area):
    write_permission = MANAGE_OFFICERS

    # --- officers --------------------------------------------------------------------------

    def officers(self, include_disabled: bool = True) -> list[OfficerRow]:
        with self.reading() as work:
            rows = (
                officers.every(work.session) if include_disabled else officers.active(work.session)
            )
            return [self._row(work.session, o) for o in rows]

    @staticmethod
    def _row(session: Any, officer: Officer) -> OfficerRow:
        return OfficerRow(
            int(officer.id or 0),
            officer.login,
            officer.role,
            officers.staff_name(session, officer),
            officer.retired_at is None,
            officer.password_set_at is not None,
        )

    def identity(self) -> signin.Identity | None:
        """Who is signed in (None: nobody; the window then only reads)."""
        return signin.current()

    def signed_in_staff_id(self) -> int | None:
        """The signed-in officer's member of staff (the pack's "Prepared by" default)."""
        with self.reading() as work:
            return officers.signed_in_staff_id(work.session)

    def has_officers(self) -> bool:
        with self.reading() as work:
            return officers.count_active(work.session) > 0

    def add_officer(self, data: Mapping[str, Any]) -> Officer:
        """``data``: login, role, password, staff_id or full_name (``officers.add``)."""
        with self.writing() as work:
            if not data.get("password") and not self._passwords_off(work.session, adding=True):
                raise ValidationFailed({"password": tr("Enter a password.")})
            officer = officers.add(work.session, data, work.rules, work.today)
            password = str(data.get("password") or "")
            self._server_login(work.session, officer, password)
            if password and four_eyes.team_mode(self.store):
                team_keys.enrol(
                    work.session, officer.login, password, keep=False, officer_password=True
                )
                self._share_if_unlocked(work.session)
            return officer

    def set_role(self, officer_id: int, role: str, reason: str) -> Officer:
        with self.writing() as work:
            officer = officers.set_role(work.session, officer_id, role, reason)
            self._server_login(work.session, officer)
            return officer

    def disable(self, officer_id: int, reason: str, vault_password: str | None = None) -> Officer:
        """Retire the officer; a team vault's key is rotated in the same transaction
        (``store/vault.py:revoke_officer``; ``vault_password`` when it is not unlocked)."""
        with self.writing() as work:
            officer = officers.disable(work.session, officer_id, reason)
            self._server_login(work.session, officer, active=False)
            revoke_officer(work.session, officer.login, reason, vault_password)
            return officer

    def officer_id(self, login: str) -> int | None:
        with self.reading() as work:
            found = officers.by_login(work.session, login)
            return None if found is None else int(found.id or 0)

    def set_password(self, officer_id: int, password: str) -> Officer:
        """An officer's new password: their own, or anyone's for a manager.

        Team mode: their vault key pair follows. Their own, with the private key unsealed
        here: sealed again under the new password (every copy of the vault key still
        opens). Otherwise (a manager resetting a colleague's, or a key not unsealed here)
        a new key pair under the new password: their copies of the vault key are dropped,
        and shared again at once if the vault is unlocked here, else when an officer who
        holds the key next opens the vault."""
        identity = signin.current()
        own = identity is not None and identity.officer_id == officer_id
        with self.writing(SIGNED_IN if own else MANAGE_OFFICERS) as work:
            officer = officers.set_password(work.session, officer_id, password)
            self._server_login(work.session, officer, password)
            if four_eyes.team_mode(self.store):
                login = officer.login
                if not (own and team_keys.reseal(work.session, login, password)):
                    team_keys.enrol(work.session, login, password, keep=own, officer_password=True)
                    self._share_if_unlocked(work.session)
            return officer

    @staticmethod
    def _share_if_unlocked(session: Any) -> None:
        """Share the team vault's key with officers who have none, if this process holds
        it unlocked (nothing is asked for: otherwise the next key holder who opens the
        vault shares it)."""
        key_row = keys.active_key_row(session)
        team = key_row is not None and key_row.key_source == team_keys.SOURCE
        if team and keys.cached(key_row.vault_id) is not None:  # type: ignore[union-attr]
            team_keys.share(session)

    def _server_login(
        self, session: Any, officer: Officer, password: str = "", active: bool = True
    ) -> None:
        """Team mode: the officer's PostgreSQL login follows, in the same transaction
        (created, its group for the role, its password, disabled: ``store/pg_admin.py``)."""
        if four_eyes.team_mode(self.store):
            from ...store.pg_admin import set_login

            set_login(session.connection(), officer.login, officer.role, password or None, active)

    def start_firm(self, data: Mapping[str, Any]) -> signin.Identity:
        """The firm's first officer (role mlro or admin), made with nobody signed in, and
        signed in. Refused once the firm has an officer."""
        if data.get("role") not in ("mlro", "admin"):
            raise ValidationFailed(
                {"role": tr("The first officer is the MLRO or an administrator.")}
            )
        login = str(data.get("login") or "").strip().lower()
        with acting_as(login or "first-officer"), self.store.transaction() as session:
            if officers.count_active(session) > 0:
                raise ValidationFailed({"login": tr("The firm already has officers: sign in.")})
            if not data.get("password"):
                raise ValidationFailed({"password": tr("Enter a password.")})
            officer = officers.add(session, data, self.rules(session), self.today)
            if four_eyes.team_mode(self.store):
                team_keys.enrol(
                    session, officer.login, str(data["password"]), officer_password=True
                )
            identity = signin.Identity(officer.login, officer.role, int(officer.id or 0))
        return signin.begin(identity)

    # --- signing in ------------------------------------------------------------------------

    def sign_in(self, login: str, password: str | None) -> signin.Identity:
        """Sign ``login`` in (``SignInFailed`` names no detail: login or password)."""
        with self.reading() as work:
            officer = officers.by_login(work.session, login)
            if officer is None:
                raise SignInFailed(tr("Unknown login or wrong password."))
            if self._passwords_off(work.session):
                identity = signin.Identity(officer.login, officer.role, officer.id, False)
            elif password and officers.password_matches(work.session, officer, password):
                identity = signin.Identity(officer.login, officer.role, officer.id)
            else:
                raise SignInFailed(tr("Unknown login or wrong password."))
        self._leave_keys_of(identity)
        signin.begin(identity)
        self.unseal_vault_key(identity, password)
        return identity

    def sign_out(self) -> None:
        """Sign out: writes are refused, and the vault keys unlocked here are dropped."""
        signin.end()
        team_keys.forget()
        keys.forget()

    def _leave_keys_of(self, identity: signin.Identity) -> None:
        """Another officer signs in at this computer: what the previous one unlocked is
        dropped (their private key; on a team database the vault key too, which each
        officer opens with their own copy)."""
        previous = signin.current()
        if previous is not None and previous.login != identity.login:
            team_keys.forget()
            if four_eyes.team_mode(self.store):
                keys.forget()

    def unseal_vault_key(self, identity: signin.Identity, password: str | None) -> None:
        """Team mode: the officer's vault key pair unsealed with their sign-in password and
        kept in memory, so the vault opens without asking again. An officer who may write
        and has no key pair yet (a firm moved from SQLite) is given one now. A key sealed
        under another password is no error here: the vault asks for it when opened."""
        if not password or not four_eyes.team_mode(self.store):
            return
        with self.reading() as work:
            if team_keys.unlock_officer(work.session, identity.login, password):
                return
            enrolled = team_keys.officer_key(work.session, identity.login) is not None
        if enrolled or not can_write(identity.role):
            return
        try:
            with self.writing(SIGNED_IN) as work:
                team_keys.enrol(work.session, identity.login, password, officer_password=True)
        except (keys.VaultError, RegisterError, SQLAlchemyError):
            return  # signed in all the same; the vault asks when it is opened

    def sign_in_demo(self) -> signin.Identity | None:
        """The demo firm signs its demo MLRO in by itself (None: not a demo firm)."""
        with self.reading() as work:
            if not settings.get(work.session, settings.IS_DEMO, False):
                return None
            login = settings.get(work.session, DEMO_OFFICER_SETTING, "")
            officer = officers.by_login(work.session, str(login)) if login else None
            if officer is None:
                return None
            identity = signin.Identity(officer.login, officer.role, officer.id)
        return signin.begin(identity)

    def passwords_off(self) -> bool:
        with self.reading() as work:
            return self._passwords_off(work.session)

    @staticmethod
    def _passwords_off(session: Any, adding: bool = False) -> bool:
        """Passwords are off only while the firm has one officer (adding a second one
        needs a password: the setting lapses)."""
        if not settings.get(session, PASSWORDS_OFF, False):
            return False
        return officers.count_active(session) <= (0 if adding else 1)

    def set_passwords_off(self, off: bool) -> None:
        """Switch passwords off (or on) for a one-officer firm; the setting is audited and
        the trail's actor then reads "<login> (no password)"."""
        with self.writing(CHANGE_SETTINGS) as work:
            if off and officers.count_active(work.session) != 1:
                raise ValidationFailed(
                    {"passwords": tr("Only a firm with one officer can switch passwords off.")}
                )
            settings.put(work.session, PASSWORDS_OFF, bool(off))

    # --- four-eyes -------------------------------------------------------------------------

    def four_eyes(self) -> dict[str, bool]:
        with self.reading() as work:
            return four_eyes.in_force(work.session, four_eyes.team_mode(self.store))

    def set_four_eyes(self, kind: str, on: bool) -> None:
        with self.writing(CHANGE_SETTINGS) as work:
            four_eyes.choose(work.session, kind, on, four_eyes.team_mode(self.store))

    def requests(self, state: str = "pending") -> list[ApprovalRequest]:
        with self.reading() as work:
            return approvals.requests(work.session, state)

    def request(self, request_id: int) -> ApprovalRequest:
        with self.reading() as work:
            return approvals.get(work.session, request_id)

    def approve(self, request_id: int, reason: str = "") -> Any:
        with self.writing(APPROVE) as work:
            return approvals.approve(work, self.store, request_id, reason)

    def reject(self, request_id: int, reason: str) -> ApprovalRequest:
        with self.writing(APPROVE) as work:
            return approvals.reject(work, request_id, reason)

    def withdraw(self, request_id: int, reason: str = "") -> ApprovalRequest:
        request = self.request(request_id)
        with self.writing(four_eyes.KINDS[request.kind].permission) as work:
            return approvals.withdraw(work, request_id, reason)
