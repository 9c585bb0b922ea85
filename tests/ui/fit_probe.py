"""Measure the window, its dialogs and its tables on a screen of a given size.

Run in its own process (the screen size is fixed when Qt starts), by ``test_fit_1366``::

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python fit_probe.py DB OUT.json

It opens the main window on ``DB`` (a demo firm), builds every dialog class of
``kuzet.ui.dialogs`` (and the customer file's) it can give arguments to (by parameter name,
or for the dialogs ``special`` knows from the demo's records), shows each and writes, per
dialog, its size, the screen's available size and whether its button box lies within it;
per page named in ``PAGES``, which columns are hidden or outside the viewport.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

PAGES = ("licences", "transactions", "alerts", "rules")


def first_id(db: Path, table: str) -> int | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute(f'SELECT id FROM "{table}" ORDER BY id LIMIT 1').fetchone()
    return row[0] if row else None


def arguments(cls: type, window: Any, db: Path) -> dict[str, Any] | None:
    """Keyword arguments for ``cls``, from the window's desk and the demo's first records;
    None when one cannot be given."""
    from kuzet.registers.customers.imports import IMPORT_FIELDS, IMPORT_LABELS, REQUIRED

    desk = window.desk
    ids = {
        "customer_id": first_id(db, "customer"),
        "alert_id": first_id(db, "alert"),
        "transaction_id": first_id(db, "transaction"),
    }
    given: dict[str, Any] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_KEYWORD, parameter.VAR_POSITIONAL):
            continue
        if name in ("monitoring", "mining", "programme", "licensing", "customers", "system"):
            given[name] = getattr(desk, name)
        elif name == "screening":
            given[name] = desk.screening
        elif name == "desk":
            given[name] = desk
        elif name in ("window", "parent"):
            given[name] = window
        elif name in ids and ids[name] is not None:
            given[name] = ids[name]
        elif name == "headers":
            given[name] = [f"Column {n}" for n in range(12)]
        elif name == "fields":
            given[name] = IMPORT_FIELDS
        elif name == "required":
            given[name] = REQUIRED
        elif name == "labels":
            given[name] = IMPORT_LABELS
        elif parameter.default is not inspect.Parameter.empty:
            continue
        else:
            return None
    return given


def special(cls: type, window: Any, db: Path, out: Path) -> dict[str, Any] | None:
    """Arguments for the dialogs whose parameters a name alone does not give (a rule key,
    a hit, a report, a quarter, a vault state, a file); None when ``cls`` is not one of
    them or the demo lacks the record it needs."""
    from kuzet.regime.mining import quarter_of
    from kuzet.registers.errors import RowProblem
    from kuzet.registers.monitoring import fiu_reports
    from kuzet.store.key_export import KeyNeed

    desk = window.desk
    name = f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"
    hit = first_id(db, "screening_hit")
    report = first_id(db, "suspicious_transaction_report")
    customer = first_id(db, "customer")
    factories: dict[str, Any] = {
        "override_dialog.OverrideDialog": lambda: {
            "system": desk.system,
            "key": "licence.reminder_days",
        },
        "risk_tab.OverrideDialog": lambda: {
            "current": "medium",
            "apply": lambda _tier, _reason: "",
        },
        "backup_key_dialogs.BackupDialog": lambda: {
            "default": out.with_name("demo.kuzetbak"),
            "unavailable": None,
            "parent": window,
        },
        "backup_key_dialogs.RestoreKeyDialog": lambda: {
            "need": KeyNeed(vault_id="demo-vault", keyring_usable=False),
            "parent": window,
        },
        "coin_price_dialog.CoinPriceDialog": lambda: {
            "mining": desk.mining,
            "coins": ["BTC", "ETH"],
            "parent": window,
        },
        "customer_document_dialog.AttachDialog": lambda: {
            "desk": desk,
            "customer_id": customer,
            "on_saved": lambda _id: None,
            "parent": window,
        },
        "customer_document_dialog.DocumentViewer": lambda: {
            "file_name": "note.txt",
            "media_type": "text/plain",
            "data": "\n".join(f"Line {n} of a text document." for n in range(200)).encode(),
            "parent": window,
        },
        "customer_vault_dialog.VaultPassphraseDialog": lambda: {
            "system": desk.system,
            "state": desk.system.vault_state(),
            "then": lambda _vault: None,
            "parent": window,
        },
        "hit_decision_dialog.HitDecisionDialog": lambda: {
            "screening": desk.screening,
            "hit_id": hit,
            "parent": window,
        },
        "import_problems.ImportProblemsDialog": lambda: {
            "parent": window,
            "title": "Import refused",
            "text": "Nothing was imported from customers.csv: 40 problems.",
            "problems": [
                RowProblem(
                    file="customers.csv",
                    line=n + 2,
                    field="iin",
                    reason="The IIN must have 12 digits.",
                )
                for n in range(40)
            ],
        },
        "output_fee_basis_dialog.FeeBasisDialog": lambda: {
            "mining": desk.mining,
            "quarter": quarter_of(desk.mining.today),
            "parent": window,
        },
        "str_report.MarkReportedDialog": lambda: {
            "monitoring": desk.monitoring,
            "kind": fiu_reports.STR,
            "report_id": report,
            "parent": window,
        },
        "str_report.StrCaseDialog": lambda: {
            "monitoring": desk.monitoring,
            "report_id": report,
            "parent": window,
        },
    }
    needs = {
        "hit_decision_dialog.HitDecisionDialog": hit,
        "str_report.MarkReportedDialog": report,
        "str_report.StrCaseDialog": report,
        "customer_document_dialog.AttachDialog": customer,
    }
    if name not in factories or needs.get(name, 0) is None:
        return None
    return factories[name]()


def dialog_classes() -> list[type]:
    from PySide6.QtWidgets import QDialog

    import kuzet.ui.dialogs as package

    found: dict[str, type] = {}
    modules = [f"kuzet.ui.dialogs.{m.name}" for m in pkgutil.iter_modules(package.__path__)]
    modules += ["kuzet.ui.customer.view", "kuzet.ui.customer.risk_tab"]
    for module_name in modules:
        module = importlib.import_module(module_name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, QDialog)
                and cls.__module__ == module_name
                and not inspect.isabstract(cls)
            ):
                found[f"{module_name}.{cls.__name__}"] = cls
    return [found[k] for k in sorted(found)]


def pump(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def measure_dialog(app: Any, dialog: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.show()
    pump(app, 0.05)
    screen = dialog.screen().availableGeometry()
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.isVisibleTo(dialog)]
    inside = all(
        dialog.rect().contains(b.mapTo(dialog, b.rect().bottomRight()))
        and b.mapTo(dialog, b.rect().topLeft()).y() >= 0
        for b in boxes
    )
    labels = []
    if type(dialog).__name__ == "ColumnMappingDialog":
        labels = [
            dialog.body_scroll.widget().layout().labelForField(box).text()
            for box in dialog.boxes.values()
        ]
    found = {
        "width": dialog.width(),
        "height": dialog.height(),
        "hint_height": dialog.sizeHint().height(),
        "screen": [screen.width(), screen.height()],
        "buttons": len(boxes),
        "buttons_inside": inside,
        "labels": labels,
    }
    dialog.reject()
    dialog.deleteLater()
    return found


def measure_page(app: Any, window: Any, key: str) -> dict[str, Any]:
    page = window.show_page(key)
    pump(app, 0.6)
    table = page.table
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    model = table.model()
    columns = {}
    for column in range(model.columnCount()):
        name = str(model.headerData(column, header.orientation()))
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        columns[name] = {
            "hidden": header.isSectionHidden(column),
            "visible": not header.isSectionHidden(column) and right <= viewport + 1,
        }
    key_columns = [
        str(model.headerData(c, header.orientation())) for c in getattr(model, "key_columns", ())
    ]
    return {"columns": columns, "key": key_columns, "window_width": window.width()}


def main() -> int:
    db, out = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtCore import QSettings

    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    app = make_app()
    store, _ = Store.open(db)
    settings = QSettings(str(out.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(db, store=store, ui_settings=settings)
    window.show()
    pump(app, 0.5)
    result: dict[str, Any] = {
        "window": [window.frameGeometry().width(), window.frameGeometry().height()],
        "screen": [
            app.primaryScreen().availableGeometry().width(),
            app.primaryScreen().availableGeometry().height(),
        ],
        "dialogs": {},
        "skipped": [],
        "pages": {},
    }
    window.showMaximized()
    pump(app, 0.3)
    classes = dialog_classes()
    names = [cls.__name__ for cls in classes]
    for cls in classes:
        kwargs = special(cls, window, db, out) or arguments(cls, window, db)
        if kwargs is None:
            result["skipped"].append(cls.__name__)
            continue
        try:
            dialog = cls(**kwargs)
        except Exception as exc:  # a dialog that needs more than the demo gives
            result["skipped"].append(f"{cls.__name__}: {exc!r}")
            continue
        # two dialogs share a class name (the rule override, the risk tier override):
        # those are named with their module
        key = cls.__name__
        if names.count(key) > 1:
            key = f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"
        result["dialogs"][key] = measure_dialog(app, dialog)
    for key in PAGES:
        result["pages"][key] = measure_page(app, window, key)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
