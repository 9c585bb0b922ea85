"""The pages of the main window, in sidebar order, grouped under headings.

Page classes are named by import path and imported only when the page is first shown,
so building the window (and the sidebar) does not import the database layer. A page
whose module does not exist yet is left out, so the list can name planned pages.
"""

from __future__ import annotations

import os
from typing import Any

_listed: dict[str, frozenset[str]] = {}


def present_modules(folder: str) -> frozenset[str]:
    """The modules in ``folder``, from one listing of it (kept for the process): searching
    for each page's or action's module instead costs ~2 ms at start-up. Empty when the
    folder cannot be listed (then each module is searched for)."""
    if folder not in _listed:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            entries = []
        _listed[folder] = frozenset(
            entry.name.removesuffix(".py")
            for entry in entries
            if entry.name.endswith(".py")
            or (entry.is_dir() and os.path.exists(os.path.join(entry.path, "__init__.py")))
        )
    return _listed[folder]


class PageSpec:
    """A page: its key, sidebar title and group, ``"module:Class"`` under kuzet.ui.pages
    (called with the desk (``kuzet/desk.py``) and the main window), and the tables whose
    records it shows.

    A plain class rather than a dataclass: this module is on the start-up path.
    """

    __slots__ = ("factory", "group", "key", "registers", "title")

    def __init__(
        self, key: str, title: str, factory: str, registers: tuple[str, ...] = (), group: str = ""
    ) -> None:
        self.key = key
        self.title = title
        self.factory = factory
        self.registers = registers
        self.group = group

    @property
    def module(self) -> str:
        return f"{__name__}.{self.factory.partition(':')[0]}"

    def exists(self) -> bool:
        name = self.factory.partition(":")[0]
        if name in present_modules(os.path.dirname(__file__)):
            return True
        import importlib.util  # only for a module the folder listing did not show

        return importlib.util.find_spec(self.module) is not None

    def create(self, desk: Any, window: Any) -> Any:
        class_name = self.factory.partition(":")[2]
        import importlib

        return getattr(importlib.import_module(self.module), class_name)(desk, window)


OVERVIEW, LICENSING, CUSTOMERS, MONITORING, MINING, PROGRAMME, SYSTEM = (
    "Overview",
    "Licensing",
    "Customers",
    "Monitoring",
    "Mining",
    "Programme",
    "System",
)

PAGES: list[PageSpec] = [
    PageSpec("dashboard", "Dashboard", "dashboard:DashboardPage", group=OVERVIEW),
    PageSpec("calendar", "Calendar", "calendar:CalendarPage", group=OVERVIEW),
    PageSpec("licences", "Licences", "licences:LicencesPage", ("licence",), LICENSING),
    PageSpec("pools", "Pool accreditations", "pools:PoolsPage", ("pool_accreditation",), LICENSING),
    PageSpec(
        "customers",
        "Customers",
        "customers:CustomersPage",
        ("customer", "beneficial_owner"),
        CUSTOMERS,
    ),
    PageSpec("screening", "Screening", "screening:ScreeningPage", ("screening_hit",), CUSTOMERS),
    PageSpec("lists", "Watchlists", "lists:ListsPage", ("watchlist_version",), CUSTOMERS),
    PageSpec(
        "transactions",
        "Transactions",
        "transactions:TransactionsPage",
        ("transaction",),
        MONITORING,
    ),
    PageSpec("alerts", "Alerts", "alerts:AlertsPage", ("alert",), MONITORING),
    PageSpec(
        "fiu_reports",
        "FIU reports",
        "fiu_reports:FiuReportsPage",
        ("suspicious_transaction_report", "threshold_report", "freeze_notification"),
        MONITORING,
    ),
    PageSpec("output", "Mining output", "output:OutputPage", ("mining_output",), MINING),
    PageSpec("sales", "Sales", "sales:SalesPage", ("sale",), MINING),
    PageSpec("venues", "Venues", "venues:VenuesPage", ("venue",), MINING),
    PageSpec(
        "mining_checks", "Mandatory sale & fees", "mining_checks:MiningChecksPage", group=MINING
    ),
    PageSpec(
        "firm", "Firm & MLRO", "firm:FirmPage", ("firm_profile", "mlro_appointment"), PROGRAMME
    ),
    PageSpec(
        "training",
        "Staff & training",
        "training:TrainingPage",
        ("staff_member", "course", "training_session", "training_attendance"),
        PROGRAMME,
    ),
    PageSpec(
        "audits",
        "Independent audits",
        "audits:AuditsPage",
        ("audit_engagement", "audit_finding", "remediation_action"),
        PROGRAMME,
    ),
    PageSpec(
        "responses",
        "Management responses",
        "responses:ResponsesPage",
        ("management_response",),
        PROGRAMME,
    ),
    PageSpec(
        "risk_assessment",
        "Risk assessment",
        "risk_assessment:RiskAssessmentPage",
        ("business_risk_assessment", "aml_return"),
        PROGRAMME,
    ),
    PageSpec("rules", "Rules", "rules:RulesPage", ("rule_override",), SYSTEM),
    PageSpec("trail", "Audit trail", "trail:TrailPage", group=SYSTEM),
    PageSpec("approvals", "Approvals", "approvals:ApprovalsPage", ("approval_request",), SYSTEM),
    PageSpec("team", "Team", "team:TeamPage", ("officer",), SYSTEM),
    PageSpec("settings", "Settings", "settings:SettingsPage", ("setting",), SYSTEM),
]


def page_specs() -> list[PageSpec]:
    """The pages whose modules exist, in sidebar order."""
    return [spec for spec in PAGES if spec.exists()]
