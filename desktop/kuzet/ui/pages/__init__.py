"""The pages of the main window, in sidebar order. A register adds its ``PageSpec`` here.

Page classes are named by import path and imported only when the page is first shown,
so building the window (and the sidebar) does not import the database layer.
"""

from __future__ import annotations

import importlib
from typing import Any


class PageSpec:
    """A page: its key, sidebar title, ``"module:Class"`` under kuzet.ui.pages (called
    with the store and the main window), and the tables whose records it can show.

    A plain class rather than a dataclass: this module is on the start-up path.
    """

    __slots__ = ("factory", "key", "registers", "title")

    def __init__(self, key: str, title: str, factory: str, registers: tuple[str, ...] = ()):
        self.key = key
        self.title = title
        self.factory = factory
        self.registers = registers

    def create(self, store: Any, window: Any) -> Any:
        module_name, _, class_name = self.factory.partition(":")
        module = importlib.import_module(f"kuzet.ui.pages.{module_name}")
        return getattr(module, class_name)(store, window)


PAGES: list[PageSpec] = [
    PageSpec("dashboard", "Dashboard", "dashboard:DashboardPage"),
    PageSpec("licences", "Licences", "licences:LicencesPage", ("licence",)),
    PageSpec("rules", "Rules", "rules:RulesPage", ("rule_override",)),
    PageSpec("trail", "Audit trail", "trail:TrailPage"),
]


def page_specs() -> list[PageSpec]:
    return list(PAGES)
