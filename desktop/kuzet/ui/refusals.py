"""What the window says when the core refuses a write for who is (not) signed in: "Sign
in to do this" or "Your role, Analyst, may not do this", never a traceback or the
core's message with its permission key. Every handler that shows a desk's error passes
it through ``error_text``."""

from __future__ import annotations

from ..i18n import tr
from ..registers.system.permissions import ROLE_TITLES, PermissionRefused
from ..store.audit import NotSignedIn

REFUSALS = (NotSignedIn, PermissionRefused)  # for ``except REFUSALS``


def refusal_text(error: BaseException) -> str | None:
    """The officer's words for a refusal by sign-in or role; None for any other error."""
    if isinstance(error, NotSignedIn):
        return tr("Sign in to do this.")
    if isinstance(error, PermissionRefused):
        role = tr(ROLE_TITLES.get(error.role, error.role))
        return tr("Your role, {role}, may not do this.").format(role=role)
    return None


def error_text(error: BaseException) -> str:
    """What to show for ``error``: the refusal in the officer's words, else its message."""
    return refusal_text(error) or str(error)
