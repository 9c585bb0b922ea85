"""Open the store off the GUI thread, once the window is on screen.

``Store.open`` creates a new database, or backs an older one up and upgrades it, or
refuses one it cannot open (a newer schema, not a Kuzet database): a refusal is
``refused``, said in a message box and the window closes with the command line's exit
code 3; any other failure is ``failed``, shown in the window, the file untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal


class StoreLoader(QThread):
    """Imports the database layer and opens the store."""

    loaded = Signal(object)
    failed = Signal(str)
    refused = Signal(str)

    def __init__(self, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        from ..store.schema import SchemaError
        from ..store.session import Store  # off the GUI thread: start-up time

        try:
            store, _outcome = Store.open(self.path)
            store.rules()  # load and validate the rule pack here, not on the GUI thread
        except SchemaError as exc:  # the file is not changed
            self.refused.emit(str(exc))
        except Exception as exc:  # shown in the window; the file is untouched
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.loaded.emit(store)
