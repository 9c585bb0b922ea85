"""Who is signed in, for the whole process, and the check every desk write makes.

The window signs an officer in at start (the sign-in dialog), a command with
``--officer`` (``cli/signin.py``), the demo firm its demo MLRO by itself. The identity
sets the trail's actor (``store.audit.set_actor``): who acted never comes from the
computer's user name or the environment. ``require`` is what ``Area.writing`` calls: with
nobody signed in, or a role without the permission, nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...store import audit
from .permissions import PermissionRefused, allowed

NO_PASSWORD = " (no password)"


@dataclass(frozen=True)
class Identity:
    """The signed-in officer. ``with_password`` false: a one-officer firm that switched
    passwords off; the trail's actor then says so."""

    login: str
    role: str
    officer_id: int | None = None
    with_password: bool = True

    @property
    def actor(self) -> str:
        return self.login if self.with_password else f"{self.login}{NO_PASSWORD}"


_current: Identity | None = None


def current() -> Identity | None:
    return _current


def begin(identity: Identity) -> Identity:
    """Sign ``identity`` in (replacing whoever was)."""
    global _current
    _current = identity
    audit.set_actor(identity.actor)
    return identity


def end() -> None:
    """Sign out: writes are refused until someone signs in again."""
    global _current
    _current = None
    audit.set_actor(None)


def require(permission: str) -> Identity:
    """The signed-in officer, if their role holds ``permission``; else ``NotSignedIn`` or
    ``PermissionRefused``."""
    identity = _current
    if identity is None:
        raise audit.NotSignedIn()
    if not allowed(identity.role, permission):
        raise PermissionRefused(identity.login, identity.role, permission)
    return identity


def may(permission: str) -> bool:
    """May the signed-in officer do this? (The window hides what they may not.)"""
    return _current is not None and allowed(_current.role, permission)
