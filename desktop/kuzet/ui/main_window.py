"""The main window: a sidebar of pages, the database path in the status bar.

The window is built and shown before the database layer is imported (and without the
costly ``Qt`` enum namespace, which the pages import later); the store opens
in a background thread and the pages are created when it is ready (and each page only
when it is first shown), so the window appears fast even though SQLAlchemy is not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .actions import action_specs
from .first_paint import FirstPaint
from .pages import PageSpec, page_specs
from .screen_fit import clamp_into_screen, screen_limit
from .sidebar import build_sidebar, past_heading

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


class MainWindow(QMainWindow):
    store_ready = Signal()
    store_refused = Signal(str)  # a database Kuzet cannot open as it is (run_gui exits 3)
    officer_shown = Signal()  # who is signed in changed (run_gui names them in the lock)

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
        self._first_paint = FirstPaint(self)
        self._build()
        self._restore_geometry()
        self.after_first_paint(self._finish_build)
        self._loader: Any = None  # a StoreLoader (ui/store_loader.py) while it runs
        if store is not None:
            self._on_store(store)

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QWidget()
        row = QHBoxLayout(root)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side, self.sidebar, self.row_of_page = build_sidebar(self.specs)
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())  # the page, made when first shown (``page``)
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
        # Until the store is open: one line saying so, in place of the pages.
        self.placeholder = QLabel(tr("Opening the database…"))
        self.placeholder.setObjectName("emptyState")
        self.placeholder.setWordWrap(True)
        content.addWidget(self.placeholder, 1)
        self.stack.hide()
        content.addWidget(self.stack, 1)
        row.addLayout(content, 1)
        self.setCentralWidget(root)
        # The status bar's labels now (pages write to them); the bar after the first paint.
        self.db_label = QLabel(tr("Database: {path}").format(path=self.db_path))
        self.state_label = QLabel("")
        self.officer_label = QLabel("")  # who is signed in (``_show_officer``)
        self._build_menus()
        self.sidebar.setCurrentRow(self.row_of_page[0])

    def after_first_paint(self, work: Any) -> None:
        """Run ``work`` once the window has painted (at once if it has)."""
        if self._first_paint.waiting is None:
            QTimer.singleShot(0, work)
        else:
            self._first_paint.waiting.append(work)

    def _build_menus(self) -> None:
        """The menu titles now (the bar is in the first paint); their commands after it
        (``_finish_build``), and their key bindings a moment later (``showEvent``):
        binding a QAction's shortcut builds Qt's enum namespace, ~100 ms."""
        self._pending_shortcuts: list[tuple[Any, Any]] = []
        self._shortcuts_due = True
        self.shortcuts_bound = False
        self._built = False
        self._menu_actions: dict[str, Any] = {}
        self._menu_shown: dict[str, bool] = {}
        self._menus: dict[str, Any] = {}
        for spec in action_specs():
            if spec.menu not in self._menus:
                self._menus[spec.menu] = self.menuBar().addMenu(tr(spec.menu))
        if "File" not in self._menus:
            self._menus["File"] = self.menuBar().addMenu(tr("File"))

    @property
    def menu_actions(self) -> dict[str, Any]:
        """The menu commands by ActionSpec key (built now if the window has not painted)."""
        self._finish_build()
        return self._menu_actions

    def _finish_build(self) -> None:
        """What the first paint does not need: the menus' commands and the status bar."""
        if self._built:
            return
        self._built = True
        for spec in action_specs():
            action = self._menus[spec.menu].addAction(tr(spec.title))
            self._menu_actions[spec.key] = action
            if spec.shortcut:
                self._pending_shortcuts.append((action, spec.shortcut))
            action.triggered.connect(lambda _checked=False, s=spec: self.run_action(s.key))
        file_menu = self._menus["File"]
        file_menu.addSeparator()
        quit_action = file_menu.addAction(tr("Quit"))
        self._pending_shortcuts.append((quit_action, None))
        quit_action.triggered.connect(self.close)
        self._show_menu_actions()
        bar = self.statusBar()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.officer_label)

    def _bind_shortcuts(self) -> None:
        """The menus' key bindings, Ctrl+1…9 for the first pages and F5 (refresh)."""
        from PySide6.QtGui import QKeySequence, QShortcut  # after the first paint

        self._finish_build()
        for number in range(1, min(9, len(self.specs)) + 1):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                activated=lambda n=number - 1: self.show_page_at(n),
            )
        QShortcut(QKeySequence("F5"), self, activated=self.refresh_current)
        for action, shortcut in self._pending_shortcuts:
            key = QKeySequence(shortcut) if shortcut else QKeySequence.StandardKey.Quit
            action.setShortcut(key)
        self._pending_shortcuts.clear()
        self.shortcuts_bound = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shortcuts_due:
            return
        self._shortcuts_due = False
        QTimer.singleShot(150, self._bind_shortcuts)  # a moment after the first paint

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
        target = past_heading(
            row, getattr(self, "_last_row", self.row_of_page[0]), self.row_of_page
        )
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
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.stack.setCurrentIndex(current)
        self._show_placeholder(tr("Opening the database…"))
        if self.store is not None:
            self.store.close()
            self.store = None
        self.desk = None

    # --- the store --------------------------------------------------------------------

    def load_store(self) -> None:
        """Open the store in the background (called once the window is on screen)."""
        if self.store is not None or self._loader is not None:
            return
        from .store_loader import StoreLoader  # a thread, after the first paint

        self.state_label.setText(tr("Opening…"))
        self._loader = StoreLoader(self.db_path, self)
        self._loader.loaded.connect(self._on_store)
        self._loader.failed.connect(self._on_store_failed)
        self._loader.refused.connect(self._on_store_refused)
        self._loader.start()

    def use_store(self, store: Any) -> None:
        """Show the pages of ``store``, opened already (a team database: ``run_gui``)."""
        if self.store is None:
            self._on_store(store)

    def _on_store(self, store: Any) -> None:
        self.store = store  # kept to close it (on exit, before a restore)
        from ..desk import Desk  # with the store (start-up time)

        self.desk = Desk(store)
        location = getattr(store, "location", None)
        if location is not None and location.is_postgresql:
            self.backup_on_exit = False  # the server's backups: kuzet admin backup
            server = f"{location.host or 'localhost'}/{location.database}"
            self.db_label.setText(tr("Team database: {server}").format(server=server))
        firm = self.desk.system.firm_name()
        self.setWindowTitle(f"Kuzet — {firm}" if firm else "Kuzet")
        self.state_label.setText("")
        self.placeholder.hide()
        self.stack.show()
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
        self._menu_shown = shown
        self._show_menu_actions()
        self.officer_shown.emit()

    def _show_menu_actions(self) -> None:
        """Hide the menu commands the officer may not use (once the commands exist)."""
        for key, visible in self._menu_shown.items():
            if key in self._menu_actions:
                self._menu_actions[key].setVisible(visible)

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
            self.stack.insertWidget(index, QWidget())
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
        self._show_placeholder(
            tr("Kuzet could not open {path}:\n\n{message}").format(
                path=self.db_path, message=message
            )
        )

    def _on_store_refused(self, message: str) -> None:
        """A database Kuzet cannot open as it is (newer, or not Kuzet's): said, and the
        window closes (the app then exits with 3, as the command line does). Nothing
        was changed."""
        from PySide6.QtWidgets import QMessageBox

        self._on_store_failed(message)
        QMessageBox.critical(self, tr("Kuzet cannot open this database"), message)
        self.close()
        self.store_refused.emit(message)

    def _show_placeholder(self, text: str) -> None:
        """One line in place of the pages (the store is not open)."""
        self.placeholder.setText(text)
        self.stack.hide()
        self.placeholder.show()

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
