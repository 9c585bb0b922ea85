"""The screens of the tour, in a fixed order: every sidebar page, every tab of every page,
every tab of one customer's file, and the dialogs of ``ui/dialogs`` opened on demo records
through the same page methods a click runs (an editor on the first record of each register,
the customer file's part editors, the screening, alert, rule and fee dialogs, the menus'
dialogs).

A screen is planned before it is shown: its id (the same in every language, so tours can
be compared), an English title for the progress line, its kind and a function that opens
it and returns the widget to capture. Pages are built while planning, so the list (and
its length) is known before the first capture.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from ..register_page import RegisterPage

PAGE, TAB, DIALOG = "page", "tab", "dialog"
CUSTOMER_CANDIDATES = 80  # customers looked at to find the one whose file has most to show

# a customer file whose header is not Kuzet's: the import asks which column is which
CUSTOMER_FILE_HEADERS = (
    "Тип клиента",
    "ФИО / наименование",
    "ИИН / БИН",
    "Дата рождения",
    "Гражданство",
    "Адрес",
    "Телефон",
    "Источник средств",
    "Примечание",
)
# pages whose register editor is not a plain dialog (the customer file, the trail's record)
NO_GENERIC_EDITOR = {"customers", "trail"}
# pages whose "new" is not a dialog (transactions are imported; an STR starts from an alert)
NO_NEW_RECORD = {"transactions", "fiu_reports"}


@dataclass
class Screen:
    id: str
    title: str  # in English, for the progress line
    kind: str  # page | tab | dialog
    open: Callable[[], QWidget | None]
    # a dialog to close after the capture (None: the widget stays, e.g. a page)
    closes: bool = False


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def first_id(page: Any) -> int | None:
    model = getattr(page, "model", None)
    ids = getattr(model, "ids", None)
    if ids is None:
        return None
    found = ids()
    return found[0] if len(found) else None


def _tab_widgets(widget: QWidget) -> list[QTabWidget]:
    """The tab widgets of ``widget`` that are its own, not inside another tab widget."""
    own = []
    for tabs in widget.findChildren(QTabWidget):
        parent = tabs.parentWidget()
        nested = False
        while parent is not None and parent is not widget:
            if isinstance(parent, QTabWidget):
                nested = True
                break
            parent = parent.parentWidget()
        if not nested:
            own.append(tabs)
    return own


def tab_screens(prefix: str, title: str, holder: QWidget, show: Callable[[], Any]) -> list[Screen]:
    """One screen per tab of each tab widget of ``holder`` (nested ones too, after it)."""
    screens: list[Screen] = []
    for number, tabs in enumerate(_tab_widgets(holder)):
        for index in range(tabs.count()):
            page = tabs.widget(index)

            def open_tab(tabs: QTabWidget = tabs, index: int = index) -> QWidget:
                holder_shown = show()
                tabs.setCurrentIndex(index)
                return holder_shown

            name = page.objectName() or f"tab{index}"
            tid = f"{prefix}.{'' if number == 0 else f'{number}.'}{slug(name)}"
            screens.append(Screen(tid, f"{title} · {tabs.tabText(index)}", TAB, open_tab))
            screens += tab_screens(tid, f"{title} · {tabs.tabText(index)}", page, open_tab)
    return screens


def _name_tabs(holder: QWidget) -> None:
    """Give each tab page an object name from its English-independent position, unless
    it has one."""
    for tabs in holder.findChildren(QTabWidget):
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if not page.objectName():
                page.setObjectName(f"tab{index}")


def failed(sid: str, title: str, error: Exception) -> Screen:
    """A screen that could not be planned: opening it raises the planning error, so the
    tour names it and exits 1."""

    def reraise() -> None:
        raise error

    return Screen(sid, title, PAGE, reraise)


def built_pages(window: Any) -> tuple[list[Any], list[Screen]]:
    """The window's pages, each built now (the specs of those that cannot be built are
    left out, with a failing screen each)."""
    specs, broken = [], []
    for spec in window.specs:
        try:
            if window.page(spec.key) is not None:
                specs.append(spec)
        except Exception as exc:
            broken.append(failed(f"page.{spec.key}", spec.title, exc))
    return specs, broken


def page_screens(window: Any, specs: list[Any]) -> list[Screen]:
    screens: list[Screen] = []
    for spec in specs:
        page = window.page(spec.key)
        _name_tabs(page)

        def show(key: str = spec.key) -> QWidget:
            window.show_page(key)
            return window

        screens.append(Screen(f"page.{spec.key}", spec.title, PAGE, show))
        screens += tab_screens(f"page.{spec.key}", spec.title, page, show)
    return screens


def _register_pages(window: Any, specs: list[Any]) -> list[tuple[str, RegisterPage]]:
    found = []
    for spec in specs:
        if spec.key in NO_GENERIC_EDITOR:
            continue
        page = window.page(spec.key)
        pages = [page] if isinstance(page, RegisterPage) else []
        pages += page.findChildren(RegisterPage)
        found += [(spec.key, p) for p in pages]
    return found


def _has_editor(page: RegisterPage) -> bool:
    overrides = type(page).edit_record is not RegisterPage.edit_record
    return page.editor is not None or overrides or hasattr(page, "spec")


def editor_screens(window: Any, specs: list[Any]) -> list[Screen]:
    """The editor of each register page and panel: on its first record, and a new one."""
    screens: list[Screen] = []
    for key, page in _register_pages(window, specs):
        if not _has_editor(page):
            continue
        name = slug(getattr(page, "title", "") or type(page).__name__)
        record = first_id(page)
        if record is not None:

            def edit(p: Any = page, r: int = record) -> Any:
                p.select_id(r)  # some editors read the selection
                return p.edit_record(r)

            screens.append(
                Screen(
                    f"dialog.{key}.{name}.edit",
                    f"{page.title} · edit #{record}",
                    DIALOG,
                    edit,
                    True,
                )
            )
        if key not in NO_NEW_RECORD and (page.editor is not None or hasattr(page, "spec")):
            screens.append(
                Screen(
                    f"dialog.{key}.{name}.new",
                    f"{page.title} · new",
                    DIALOG,
                    lambda p=page: p.new_record(),
                    closes=True,
                )
            )
    return screens


def best_customer(desk: Any, page: Any) -> int | None:
    """The first customer (in the page's order) whose file has the most to show: owners,
    PEP records, documents, reviews."""
    customers = desk.customers
    best, score = None, -1
    for customer_id in list(page.model.ids())[:CUSTOMER_CANDIDATES]:
        has = (
            bool(customers.owners(customer_id)),
            bool(customers.peps(customer_id))
            or any(o.pep for o in customers.owners(customer_id) if hasattr(o, "pep")),
            bool(customers.documents(customer_id)),
            bool(customers.reviews(customer_id)),
        )
        if sum(has) > score:
            best, score = customer_id, sum(has)
        if score == len(has):
            break
    return best


def customer_with_document(desk: Any, page: Any, first: int) -> int:
    """``first`` when its file holds a document, else the first customer (in the page's
    order) whose file does: the tour opens a document from the vault."""
    customers = desk.customers
    for customer_id in [first, *page.model.ids()]:
        if customers.documents(customer_id):
            return customer_id
    return first


def customer_screens(window: Any) -> list[Screen]:
    """The customer file of one customer: every tab, and the editors its tabs open."""
    page = window.page("customers")
    if page is None:
        return []
    customer_id = best_customer(window.desk, page)
    if customer_id is None:
        return []
    holder: dict[str, Any] = {}
    with_document = customer_with_document(window.desk, page, customer_id)

    def view() -> Any:
        shown = holder.get("view")
        if shown is None or not shown.isVisible():
            window.show_page("customers")
            shown = holder["view"] = page.edit_record(customer_id)
        return shown

    def open_document() -> Any:
        """The vault's viewer on a selected document, in the file of a customer with one."""
        if with_document == customer_id:
            shown = view()
        else:
            close_view()
            window.show_page("customers")
            shown = page.edit_record(with_document)
        part = shown.show_tab("documents")
        part.table.view.selectRow(0)
        return part.view_selected()

    def close_view() -> None:
        shown = holder.pop("view", None)
        if shown is not None:
            shown.reject()

    file_view = view()
    screens: list[Screen] = []
    for key, tab in file_view.pages.items():

        def open_tab(key: str = key) -> Any:
            shown = view()
            shown.show_tab(key)
            return shown

        screens.append(Screen(f"customer.{key}", f"customer file · {tab.title}", TAB, open_tab))
    for key, tab in file_view.pages.items():
        if getattr(tab, "editor", None) is None:
            continue

        def edit(key: str = key) -> Any:
            shown = view()
            part = shown.show_tab(key)
            if part.table.view.model().rowCount():
                part.table.view.selectRow(0)
                return part.edit()
            return part.add()

        screens.append(
            Screen(
                f"dialog.customer.{key}", f"customer file · {tab.title} editor", DIALOG, edit, True
            )
        )
    extras = [
        ("reviews", "record", "dialog.customer.review"),
        ("documents", "attach", "dialog.customer.attach"),
        ("risk", "open_override", "dialog.customer.risk-override"),
    ]
    for key, method, sid in extras:
        tab = file_view.pages.get(key)
        if tab is None or not hasattr(tab, method):
            continue

        def run(key: str = key, method: str = method) -> Any:
            shown = view()
            part = shown.show_tab(key)
            table = getattr(part, "table", None)
            view_widget = getattr(table, "view", table)
            if view_widget is not None and hasattr(view_widget, "selectRow"):
                view_widget.selectRow(0)
            return getattr(part, method)()

        screens.append(Screen(sid, f"customer file · {method}", DIALOG, run, True))
    if "documents" in file_view.pages:
        screens.append(
            Screen(
                "dialog.customer.vault",
                "customer file · view_selected",
                DIALOG,
                open_document,
                True,
            )
        )
    close_view()
    screens.append(
        Screen(
            "dialog.customer.new",
            "new customer",
            DIALOG,
            lambda: page.new_record(),
            closes=True,
        )
    )
    return screens


def _selected(page: Any, then: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        record = first_id(page)
        if record is not None:
            page.select_id(record)
        return then()

    return run


def other_dialog_screens(window: Any) -> list[Screen]:
    """The dialogs opened from a page's buttons or from the menus."""
    screens: list[Screen] = []

    def add(sid: str, title: str, run: Callable[[], Any]) -> None:
        screens.append(Screen(f"dialog.{sid}", title, DIALOG, run, True))

    customers = window.page("customers")

    def mapping() -> Any:
        folder = Path(tempfile.mkdtemp(prefix="kuzet-tour-"))
        try:
            path = folder / "customers.csv"
            path.write_text(",".join(CUSTOMER_FILE_HEADERS) + "\n", encoding="utf-8")
            return customers.import_path(path)  # opens the dialog: the header is not ours
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    add("column-mapping", "import customers · match the columns", mapping)
    screening = window.page("screening")
    add(
        "hit-decision",
        "screening · decide a hit",
        _selected(screening, lambda: screening.decide("")),
    )
    alerts = window.page("alerts")
    add("alert-escalate", "alerts · escalate", _selected(alerts, alerts.escalate_selected))
    add("alert-knowledge-test", "alerts · knowledge test", _selected(alerts, alerts.knowledge_test))
    transactions = window.page("transactions")
    add("providers", "transactions · providers", transactions.open_providers)
    providers: dict[str, Any] = {}

    def provider() -> Any:
        listing = transactions.open_providers()
        providers["list"] = listing
        listing.table.selectRow(0)
        dialog = listing._open(listing.selected_id())
        return dialog

    add("provider", "transactions · provider", provider)
    fiu = window.page("fiu_reports")
    add("str-activity", "FIU reports · report activity", fiu.strs.activity_dialog)
    lists = window.page("lists")
    add("list-import", "watchlists · import", lists.import_dialog)
    rules = window.page("rules")

    def override() -> Any:
        rules.select_key(rules.model.keys[0])
        return rules.override_selected()

    add("rule-override", "rules · override", override)
    add("rule-pack-update", "rules · update the rule pack", rules.update_pack)
    checks = window.page("mining_checks")
    fees = checks.fees_tab
    add("fee-basis", "fees · quarter basis", fees.edit_basis)
    add("coin-prices", "fees · coin prices", fees.open_prices)

    def coin_price() -> Any:
        prices = fees.open_prices()
        return prices.new_price()

    add("coin-price", "fees · new coin price", coin_price)
    responses = window.page("responses")
    add("finding-picker", "responses · pick a finding", responses.respond_to_finding)
    firm = window.page("firm")
    add("firm-profile", "firm · profile", firm.edit_profile)
    add("first-run", "firm · set-up wizard", firm.open_wizard)
    for key in ("pack", "backup", "about"):
        add(f"menu.{key}", f"menu · {key}", lambda k=key: window.run_action(k))
    return screens


def plan(window: Any) -> list[Screen]:
    """Every screen of the tour, in order. A part that cannot be planned (a page that
    fails to build, a dialog's page missing) becomes a failing screen, named by the tour."""
    specs, screens = built_pages(window)
    screens += page_screens(window, specs)
    for name, part in (
        ("customer", lambda: customer_screens(window)),
        ("editors", lambda: editor_screens(window, specs)),
        ("dialogs", lambda: other_dialog_screens(window)),
    ):
        try:
            screens += part()
        except Exception as exc:
            screens.append(failed(f"plan.{name}", f"planning {name}", exc))
    return screens
