"""The main window: a sidebar of pages, the database path in the status bar.

The window is built and shown before the database layer is imported (and without the
costly ``Qt`` enum namespace, which the pages import later); the store opens
in a background thread and the pages are created when it is ready (and each page only
when it is first shown), so the window appears fast even though SQLAlchemy is not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..desk import Desk
from ..i18n import tr
from .actions import action_specs
from .pages import PageSpec, page_specs
from .screen_fit import clamp_into_screen, screen_limit
from .sidebar_text import SIDEBAR_WIDTH, sidebar_title

# The sidebar scrolls when the pages outgrow the window: a slim dark bar, never a
# horizontal one (set as a stylesheet: the Qt enum namespace costs start-up time).
SIDEBAR_SCROLLBAR = """
QScrollBar:vertical { background: #1d2733; width: 8px; margin: 0; border: none; }
QScrollBar::handle:vertical { background: #3a4b5c; border-radius: 4px; min-height: 32px; }
QScrollBar::handle:vertical:hover { background: #4d6277; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
QScrollBar:horizontal { height: 0; }
"""


class StoreLoader(QThread):
    """Imports the database layer and opens the store off the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, parent: Any = None) -> None:
        super().__init__(parent)
        self.path = path

    def run(self) -> None:
        try:
            from ..store.session import Store  # off the GUI thread: start-up time

            store, _outcome = Store.open(self.path)
            store.rules()  # load and validate the rule pack here, not on the GUI thread
        except Exception as exc:  # shown in the window; the file is untouched
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.loaded.emit(store)


class MainWindow(QMainWindow):
    store_ready = Signal()

    def __init__(
        self,
        db_path: Path,
        store: Any = None,
        ui_settings: QSettings | None = None,
        backup_on_exit: bool = False,
    ):
        super().__init__()
        self.db_path = db_path
        self.store = None
        self.desk = None
        self.backup_on_exit = backup_on_exit  # the app turns it on; test windows leave it off
        self.start_prompts = False  # run_gui turns it on: set-up wizard or tray notice
        self.times_brought_forward = 0
        self.specs: list[PageSpec] = page_specs()
        self.pages: dict[str, QWidget] = {}
        self.ui_settings = ui_settings or QSettings()
        self.setWindowTitle("Kuzet")
        # No icon of its own: it shows the application's (run_gui sets it after the first
        # paint; a window icon set here would stay empty).
        # 1280×800, or less on a smaller screen (a 1366×768 laptop).
        self.resize(QSize(1280, 800).boundedTo(screen_limit(self)))
        self._build()
        self._restore_geometry()
        self._loader: StoreLoader | None = None
        if store is not None:
            self._on_store(store)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QWidget()
        row = QHBoxLayout(root)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setFixedWidth(SIDEBAR_WIDTH)
        side.setStyleSheet("background: #1d2733;")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        brand = QLabel("Күзет · Kuzet")
        brand.setObjectName("brand")
        sub = QLabel(tr("Compliance desk"))
        sub.setObjectName("brandSub")
        column.addWidget(brand)
        column.addWidget(sub)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_SCROLLBAR)
        column.addWidget(self.sidebar, 1)
        self.stack = QStackedWidget()
        self.row_of_page: list[int] = []
        group = None
        for number, spec in enumerate(self.specs, start=1):
            if spec.group and spec.group != group:
                group = spec.group
                # A heading is an empty item showing a styled label. Setting an item's
                # colour, font or flags would build Qt's whole enum namespace (~100 ms at
                # start-up); _on_row steps past headings.
                self.sidebar.addItem("")
                header = self.sidebar.item(self.sidebar.count() - 1)
                heading = QLabel(tr(group).upper())
                heading.setObjectName("sidebarHeading")
                self.sidebar.setItemWidget(header, heading)
                hint = heading.sizeHint()  # the item adds its own padding (9 px top and bottom)
                hint.setHeight(hint.height() + 24)
                header.setSizeHint(hint)
            self.sidebar.addItem(sidebar_title(tr(spec.title), self.sidebar.font()))
            self.row_of_page.append(self.sidebar.count() - 1)
            if number <= 9:
                self.sidebar.item(self.sidebar.count() - 1).setToolTip(
                    f"{tr(spec.title)} (Ctrl+{number})"
                )
                QShortcut(
                    QKeySequence(f"Ctrl+{number}"),
                    self,
                    activated=lambda n=number - 1: self.show_page_at(n),
                )
            placeholder = QLabel(tr("Opening the database…"))
            placeholder.setObjectName("emptyState")
            self.stack.addWidget(placeholder)
        self.sidebar.currentRowChanged.connect(self._on_row)
        row.addWidget(side)
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(0)
        # Nobody signed in (sign-in cancelled, or a login that is no officer): said above
        # every page; the pages hide every write, as for the auditor.
        self.read_only_banner = QLabel(tr("Read only: nobody signed in"))
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px 12px; font-weight: 600;"
        )
        self.read_only_banner.hide()
        content.addWidget(self.read_only_banner)
        content.addWidget(self.stack, 1)
        row.addLayout(content, 1)
        self.setCentralWidget(root)
        self.db_label = QLabel(tr("Database: {path}").format(path=self.db_path))
        self.statusBar().addWidget(self.db_label, 1)
        self.state_label = QLabel("")
        self.statusBar().addPermanentWidget(self.state_label)
        self.officer_label = QLabel("")  # who is signed in (``_show_officer``)
        self.statusBar().addPermanentWidget(self.officer_label)
        self._build_menus()
        QShortcut(QKeySequence("F5"), self, activated=self.refresh_current)
        self.sidebar.setCurrentRow(self.row_of_page[0])

    def _build_menus(self) -> None:
        """The menus now; their key bindings once the window is up (``showEvent``):
        binding a QAction's shortcut builds Qt's enum namespace, ~100 ms."""
        self._pending_shortcuts: list[tuple[Any, Any]] = []
        self.menu_actions: dict[str, Any] = {}  # by ActionSpec key (``_show_officer``)
        menus: dict[str, Any] = {}
        for spec in action_specs():
            menu = menus.get(spec.menu)
            if menu is None:
                menu = menus[spec.menu] = self.menuBar().addMenu(tr(spec.menu))
            action = menu.addAction(tr(spec.title))
            self.menu_actions[spec.key] = action
            if spec.shortcut:
                self._pending_shortcuts.append((action, spec.shortcut))
            action.triggered.connect(lambda _checked=False, s=spec: self.run_action(s.key))
        file_menu = menus.get("File") or self.menuBar().addMenu(tr("File"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("Quit"))
        self._pending_shortcuts.append((quit_action, None))
        quit_action.triggered.connect(self.close)

    def _bind_shortcuts(self) -> None:
        for action, shortcut in self._pending_shortcuts:
            key = QKeySequence(shortcut) if shortcut else QKeySequence.StandardKey.Quit
            action.setShortcut(key)
        self._pending_shortcuts.clear()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending_shortcuts:  # a moment after the first paint
            QTimer.singleShot(150, self._bind_shortcuts)

    def run_action(self, key: str) -> Any:
        """Run a menu command (needs the open store)."""
        if self.desk is None:
            return None
        spec = next(s for s in action_specs() if s.key == key)
        return spec.run(self)

    def current_index(self) -> int:
        """The index (in ``self.specs``) of the page selected in the sidebar."""
        row = self.sidebar.currentRow()
        return self.row_of_page.index(row) if row in self.row_of_page else 0

    def _on_row(self, row: int) -> None:
        if row in self.row_of_page:
            self._last_row = row
            self.show_page_at(self.row_of_page.index(row))
            return
        if row < 0:
            return
        # A group heading: step on to the page next to it, in the direction of travel.
        last = getattr(self, "_last_row", self.row_of_page[0])
        later = [r for r in self.row_of_page if r > row]
        earlier = [r for r in self.row_of_page if r < row]
        target = (later[0] if later else earlier[-1]) if row > last or not earlier else earlier[-1]
        self.sidebar.setCurrentRow(target)
        # A mouse click selects the heading again after this handler: step once more then.
        QTimer.singleShot(0, lambda: self.sidebar.setCurrentRow(target))

    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not self.isMaximized() and not self.isFullScreen():
                clamp_into_screen(self)  # saved on a larger screen
        key = self.ui_settings.value("main/page")
        keys = [spec.key for spec in self.specs]
        if key in keys:
            self.sidebar.setCurrentRow(self.row_of_page[keys.index(key)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ui_settings.setValue("main/geometry", self.saveGeometry())
        self.ui_settings.setValue("main/page", self.specs[self.current_index()].key)
        self.ui_settings.sync()
        if self._loader is not None:
            self._loader.wait()
        if self.store is not None:
            self.store.close()
            if self.backup_on_exit:
                from .dialogs.backup_dialog import backup_on_exit  # only on exit: start-up time

                backup_on_exit(self)
        super().closeEvent(event)

    def bring_forward(self) -> None:
        """Show this window on top (a second start on the same database asked for it)."""
        self.times_brought_forward += 1
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def close_store(self) -> None:
        """Close the store and drop the pages (before a restore replaces the file)."""
        if self._loader is not None:
            self._loader.wait()
            self._loader = None
        current = self.current_index()
        for key in list(self.pages):
            index = next(i for i, s in enumerate(self.specs) if s.key == key)
            widget = self.pages.pop(key)
            placeholder = QLabel(tr("Opening the database…"))
            placeholder.setObjectName("emptyState")
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.stack.setCurrentIndex(current)
        if self.store is not None:
            self.store.close()
            self.store = None
        self.desk = None

    # --- the store --------------------------------------------------------------------

    def load_store(self) -> None:
        """Open the store in the background (called once the window is on screen)."""
        if self.store is not None or self._loader is not None:
            return
        self.state_label.setText(tr("Opening…"))
        self._loader = StoreLoader(self.db_path, self)
        self._loader.loaded.connect(self._on_store)
        self._loader.failed.connect(self._on_store_failed)
        self._loader.start()

    def use_store(self, store: Any) -> None:
        """Show the pages of ``store``, opened already (a team database: ``run_gui``)."""
        if self.store is None:
            self._on_store(store)

    def _on_store(self, store: Any) -> None:
        self.store = store  # kept to close it (on exit, before a restore)
        self.desk = Desk(store)
        location = getattr(store, "location", None)
        if location is not None and location.is_postgresql:
            self.backup_on_exit = False  # the server's backups: kuzet admin backup
            server = f"{location.host or 'localhost'}/{location.database}"
            self.db_label.setText(tr("Team database: {server}").format(server=server))
        firm = self.desk.system.firm_name()
        self.setWindowTitle(f"Kuzet — {firm}" if firm else "Kuzet")
        self.state_label.setText("")
        from .sign_in_flow import sign_in_at_start  # after the window is up (start-up time)

        sign_in_at_start(self)  # who is working: the trail's actor from here on
        self._show_officer()
        self.show_page_at(self.current_index())
        self.store_ready.emit()
        if self.start_prompts:
            self.start_prompts = False  # once per start, not again after a restore
            self._start_prompts()

    def _show_officer(self) -> None:
        from .pages.team import signed_in_text

        self.officer_label.setText(signed_in_text(self.desk.team))
        self.read_only_banner.setVisible(self.desk.team.identity() is None)
        # The menus' writes, hidden as the pages' are; a team database has no file to
        # back up or restore here (the server's: kuzet admin backup).
        location = getattr(self.store, "location", None)
        team = location is not None and location.is_postgresql
        shown = {
            "wizard": self.desk.programme.may(),
            "restore": self.desk.system.may() and not team,
            "backup": not team,
        }
        for key, visible in shown.items():
            if key in self.menu_actions:
                self.menu_actions[key].setVisible(visible)

    def officer_changed(self) -> None:
        """Another officer signed in at this computer: pages show what their role may do."""
        self._show_officer()
        self.refresh_pages(rebuild=True)

    def refresh_pages(self, rebuild: bool = False) -> None:
        """Refresh the pages built so far (``rebuild``: build them again, for a new role)."""
        if not rebuild:
            for widget in self.pages.values():
                refresh = getattr(widget, "refresh", None)
                if refresh is not None:
                    refresh()
            return
        current = self.current_index()
        for key in list(self.pages):
            index = next(i for i, s in enumerate(self.specs) if s.key == key)
            old = self.pages.pop(key)
            placeholder = QLabel("")
            self.stack.insertWidget(index, placeholder)
            self.stack.removeWidget(old)
            old.deleteLater()
        self.show_page_at(current)
        self.page(self.specs[current].key)
        self.stack.setCurrentIndex(current)

    def _start_prompts(self) -> None:
        """On start: the set-up wizard for a new firm, else the tray notice of what is due."""
        # imported on the first start only, after the window is up (start-up time)
        from .dialogs.first_run import offer_wizard
        from .pages.calendar import notify_due

        if offer_wizard(self) is None:
            notify_due(self)

    def _on_store_failed(self, message: str) -> None:
        self.state_label.setText(tr("Cannot open the database"))
        for index in range(self.stack.count()):
            widget = self.stack.widget(index)
            if isinstance(widget, QLabel):
                widget.setText(
                    tr("Kuzet could not open {path}:\n\n{message}").format(
                        path=self.db_path, message=message
                    )
                )
                widget.setWordWrap(True)

    # --- navigation -------------------------------------------------------------------

    def page(self, key: str) -> QWidget | None:
        """The page ``key``, created now if the store is open and it was not yet shown."""
        if key in self.pages:
            return self.pages[key]
        if self.desk is None:
            return None
        index = next(i for i, s in enumerate(self.specs) if s.key == key)
        widget = self.specs[index].create(self.desk, self)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = widget
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self._register_changed)
        return widget

    def show_page(self, key: str) -> QWidget | None:
        index = next(i for i, s in enumerate(self.specs) if s.key == key)
        self.show_page_at(index)
        return self.page(key)

    def show_page_at(self, index: int) -> None:
        if index < 0 or index >= len(self.specs):
            return
        if self.sidebar.currentRow() != self.row_of_page[index]:
            self.sidebar.setCurrentRow(self.row_of_page[index])  # comes back through _on_row
            return
        self.page(self.specs[index].key)
        self.stack.setCurrentIndex(index)

    def open_record(self, register: str, record_id: int) -> None:
        """Show the page that holds ``register`` records and select ``record_id``."""
        for spec in self.specs:
            if register in spec.registers:
                page = self.show_page(spec.key)
                by_register = getattr(page, "select_record", None)  # pages of several registers
                if by_register is not None:
                    by_register(register, record_id)
                    return
                select_id = getattr(page, "select_id", None)
                if select_id is not None and not select_id(record_id):
                    show_retired = getattr(page, "show_retired", None)
                    if show_retired is not None:
                        show_retired.setChecked(True)
                        select_id(record_id)
                return
        trail = self.show_page("trail")
        if trail is not None:
            trail.show_register(register, record_id)

    def refresh_current(self) -> None:
        widget = self.stack.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    def _register_changed(self) -> None:
        dashboard = self.pages.get("dashboard")
        if dashboard is not None:
            dashboard.refresh()
