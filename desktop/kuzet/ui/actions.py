"""The menu bar's commands, named by import path like the pages (imported when used).

A feature adds its ``ActionSpec`` here; an action whose module does not exist yet is left
out. The function is called with the main window.
"""

from __future__ import annotations

import os
from typing import Any

from .pages import present_modules


class ActionSpec:
    __slots__ = ("factory", "key", "menu", "shortcut", "title")

    def __init__(self, key: str, menu: str, title: str, factory: str, shortcut: str = ""):
        self.key = key
        self.menu = menu
        self.title = title
        self.factory = factory  # "module:function" under kuzet.ui
        self.shortcut = shortcut

    @property
    def module(self) -> str:
        return f"kuzet.ui.{self.factory.partition(':')[0]}"

    def exists(self) -> bool:
        package, _, name = self.module.rpartition(".")
        folder = os.path.join(os.path.dirname(__file__), *package.split(".")[2:])
        if name in present_modules(folder):  # one listing, not a search per action
            return True
        import importlib.util  # only for a module the folder listing did not show

        return importlib.util.find_spec(self.module) is not None

    def run(self, window: Any) -> Any:
        function = self.factory.partition(":")[2]
        import importlib

        return getattr(importlib.import_module(self.module), function)(window)


ACTIONS: list[ActionSpec] = [
    ActionSpec("pack", "File", "Audit pack…", "dialogs.pack_dialog:open_pack_dialog", "Ctrl+P"),
    ActionSpec("backup", "File", "Back up now…", "dialogs.backup_dialog:open_backup_dialog"),
    ActionSpec(
        "restore", "File", "Restore from backup…", "dialogs.backup_dialog:open_restore_dialog"
    ),
    ActionSpec("wizard", "File", "Firm set-up wizard…", "dialogs.first_run:open_wizard"),
    ActionSpec("about", "Help", "About Kuzet", "dialogs.about:open_about"),
]


def action_specs() -> list[ActionSpec]:
    return [spec for spec in ACTIONS if spec.exists()]
