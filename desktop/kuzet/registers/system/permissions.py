"""Who may do what: the one role → permission matrix (issue #18).

Every desk write names its permission (``Area.writing(permission)``, or the desk's
``write_permission``); the core refuses a write the signed-in officer's role does not
hold (``PermissionRefused``), and the window hides what the role may not do by asking
``allowed()`` with the same names. The auditor only reads. Whether a decision also needs
a second officer is a separate, firm-wide setting (``four_eyes.py``).
"""

from __future__ import annotations

from ..errors import RegisterError

ROLES = ("mlro", "deputy", "analyst", "auditor", "admin")
ROLE_TITLES = {
    "mlro": "MLRO",
    "deputy": "Deputy MLRO",
    "analyst": "Analyst",
    "auditor": "Auditor (read-only)",
    "admin": "Administrator",
}

# The permissions, in the officer's words.
EDIT_REGISTERS = "registers.edit"  # licences, customers, mining, programme, transactions
RUN_SCREENING = "screening.run"  # list imports, screening runs, monitoring runs
DECIDE_HITS = "screening.decide"  # true match / false positive
DECIDE_CUSTOMERS = "customers.decide"  # onboarding decisions, risk-tier overrides
FILE_REPORTS = "reports.file"  # STR decisions ("STR" / "no STR") and filing with the FIU
CHANGE_RULES = "rules.change"  # rule overrides and rule-pack updates
CHANGE_SETTINGS = "settings.change"  # firm settings: four-eyes, passwords, backups
MANAGE_OFFICERS = "officers.manage"  # the Team page, ``kuzet admin officer``
APPROVE = "approvals.decide"  # approve or reject another officer's request
SIGNED_IN = "signed-in"  # held by every officer: their own password, withdrawing a request

PERMISSIONS = (
    EDIT_REGISTERS,
    RUN_SCREENING,
    DECIDE_HITS,
    DECIDE_CUSTOMERS,
    FILE_REPORTS,
    CHANGE_RULES,
    CHANGE_SETTINGS,
    MANAGE_OFFICERS,
    APPROVE,
)

MATRIX: dict[str, frozenset[str]] = {
    "mlro": frozenset(PERMISSIONS),
    "deputy": frozenset(PERMISSIONS) - {MANAGE_OFFICERS, CHANGE_SETTINGS},
    "analyst": frozenset(
        {EDIT_REGISTERS, RUN_SCREENING, DECIDE_HITS, DECIDE_CUSTOMERS, FILE_REPORTS}
    ),
    "auditor": frozenset(),  # reads everything, writes nothing
    "admin": frozenset({MANAGE_OFFICERS, CHANGE_SETTINGS}),
}


class PermissionRefused(RegisterError):
    """The signed-in officer's role does not allow this (nothing was written)."""

    def __init__(self, login: str, role: str, permission: str) -> None:
        self.login, self.role, self.permission = login, role, permission
        super().__init__(f"{login} ({ROLE_TITLES.get(role, role)}) may not do this ({permission}).")


def allowed(role: str, permission: str) -> bool:
    """Does ``role`` hold ``permission``? (An unknown role holds none.)"""
    if permission == SIGNED_IN:
        return role in MATRIX
    return permission in MATRIX.get(role, frozenset())


def can_write(role: str) -> bool:
    """Does ``role`` hold any permission at all (the auditor holds none)?"""
    return bool(MATRIX.get(role))
