"""Staff & training: the training matrix (staff by required course: done, due, overdue),
and the staff, courses and sessions registers, with attendance import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_date, tr
from ...progress import Progress
from ...regime import programme
from ...registers.programme import training_matrix
from ..dialogs.course_dialog import CourseDialog
from ..dialogs.staff_dialog import StaffDialog
from ..dialogs.training_session_dialog import TrainingSessionDialog
from ..form import hint_label
from ..register_page import SEARCH_DELAY_MS, FilterBox
from ..style import TONE_COLOURS
from ..table_view import heading_row
from .programme_panel import PanelsPage, PanelSpec, RegisterPanel

AnyIndex = QModelIndex | QPersistentModelIndex
CELL_TONES = {programme.DONE: "ok", programme.DUE: "warn", programme.OVERDUE: "bad"}
CELL_BACKGROUNDS = {
    programme.DONE: "#e6f2e6",
    programme.DUE: "#fbf0d9",
    programme.OVERDUE: "#f8e0e0",
}
FIXED_COLUMNS = 2  # name, role


def matrix_cell_text(cell: Any) -> str:
    """A matrix cell as it is: "done 08.10.2025 · next due 08.10.2027", "due 20.12.2026",
    "overdue since 01.11.2026": a date after "done" is the completion, never the next due
    date."""
    due = format_date(cell.due)
    if cell.state == programme.DONE and cell.last_completed:
        last = format_date(cell.last_completed)
        return tr("done {last} · next due {due}").format(last=last, due=due)
    if cell.state == programme.OVERDUE:
        return tr("overdue since {due}").format(due=due)
    return tr("due {due}").format(due=due)


class MatrixModel(QAbstractTableModel):
    """Rows: staff; columns: name, role, then one per required course."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = training_matrix.Matrix([])
        self.roles: dict[str, str] = {}

    def set_matrix(self, matrix: training_matrix.Matrix, roles: dict[str, str]) -> None:
        self.beginResetModel()
        self.matrix, self.roles = matrix, roles
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.matrix.topics)

    def cell(self, row: int, column: int) -> programme.TrainingStatus | None:
        if column < FIXED_COLUMNS:
            return None
        key = self.matrix.topics[column - FIXED_COLUMNS][0]
        return self.matrix.rows[row].cells.get(key)

    def topic_at(self, column: int) -> str:
        return self.matrix.topics[column - FIXED_COLUMNS][0] if column >= FIXED_COLUMNS else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        member = self.matrix.rows[row]
        cell = self.cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return member.name
            if column == 1:
                return self.roles.get(member.role, member.role)
            if cell is None:
                return "—"
            return matrix_cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole and column >= FIXED_COLUMNS:
            return training_matrix.cell_text(cell) or tr("not required for this role")
        if role == Qt.ItemDataRole.ForegroundRole and column >= FIXED_COLUMNS:
            tone = CELL_TONES.get(cell.state) if cell else "muted"
            return QBrush(QColor(TONE_COLOURS[tone]))
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
            return QBrush(QColor(CELL_BACKGROUNDS[cell.state]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIXED_COLUMNS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIXED_COLUMNS:
            return (tr("Staff"), tr("Role"))[section]
        return tr(self.matrix.topics[section - FIXED_COLUMNS][1])


class SessionsPanel(RegisterPanel):
    """Sessions, with import of attendance sheets (CSV or XLSX, all rows or none)."""

    can_import = True

    def import_records(self, path: Path, progress: Progress) -> int:
        return self.programme.import_attendance(path, progress=progress).rows


class TrainingPage(PanelsPage):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__(desk, window)
        programme = self.programme
        self.roles = {k: tr(v) for k, v in programme.staff_roles().items()}
        self.tabs.addTab(self._matrix_tab(), tr("Training matrix"))
        self.staff = self.add_panel(
            tr("Staff"),
            programme.staff_listing(),
            PanelSpec(
                "Staff",
                "staff member",
                "staff",
                StaffDialog,
                programme.retire_staff_member,
                hint="Everyone who works for the firm. The role decides the required training "
                "(rule pack: programme.training.roles).",
                search_placeholder="Search name, job title, e-mail…",
                empty_text="No staff yet.\n\nAdd the people who work for the firm with New.",
            ),
        )
        self.courses = self.add_panel(
            tr("Courses"),
            programme.course_listing(),
            PanelSpec(
                "Courses",
                "course",
                "courses",
                CourseDialog,
                programme.retire_course,
                hint="Each course counts as one required course and covers curriculum items "
                "from the rule pack.",
                search_placeholder="Search title, provider…",
                empty_text="No courses yet.\n\nAdd the AML courses staff take with New.",
            ),
        )
        self.sessions = self.add_tab(
            tr("Sessions"),
            SessionsPanel(
                programme,
                programme.session_listing(),
                PanelSpec(
                    "Sessions",
                    "session",
                    "sessions",
                    TrainingSessionDialog,
                    programme.retire_training_session,
                    hint="Who attended which course when. Import attendance sheets with the "
                    "header date,course,staff,completed,score,certificate,notes.",
                    search_placeholder="Search course, trainer…",
                    empty_text="No sessions yet.\n\nRecord one with New, or import an "
                    "attendance sheet (CSV or XLSX) with Import…",
                ),
            ),
        )
        self.refresh_matrix()

    # --- the matrix -------------------------------------------------------------------

    def _matrix_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(20, 16, 20, 12)
        heading = heading_row(tr("Training matrix"))
        self.counts = hint_label(wrap=False)
        heading.addWidget(self.counts)
        column.addLayout(heading)
        days, months = self.programme.training_intervals()
        hint = tr(
            "Staff by required course. A new starter is due within {days} days of starting; "
            "after that each course is due again {months} months after the last completion "
            "(rule pack: programme.training)."
        )
        column.addWidget(hint_label(hint.format(days=days, months=months)))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search staff…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)  # the matrix is rebuilt after typing pauses
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_matrix)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        bar.addWidget(self.search)
        self.role_filter = FilterBox()
        self.role_filter.addItem(tr("Any role"), "")
        for key, label in self.roles.items():
            self.role_filter.addItem(label, key)
        self.state_filter = FilterBox()
        self.state_filter.addItem(tr("Everyone"), "")
        for state, label in (
            (programme.OVERDUE, tr("Someone overdue")),
            (programme.DUE, tr("Due (nothing overdue)")),
            (programme.DONE, tr("Up to date")),
        ):
            self.state_filter.addItem(label, state)
        for box in (self.role_filter, self.state_filter):
            box.currentIndexChanged.connect(lambda _i: self.refresh_matrix())
            bar.addWidget(box)
        bar.addStretch(1)
        self.record_button = QPushButton(tr("Record training…"))
        self.record_button.setObjectName("primary")
        self.record_button.clicked.connect(lambda _c=False: self.record_training())
        bar.addWidget(self.record_button)
        import_button = QPushButton(tr("Import attendance…"))
        import_button.clicked.connect(lambda _c=False: self.sessions.import_dialog())
        bar.addWidget(import_button)
        for button in (self.record_button, import_button):
            button.setVisible(self.programme.may())  # hidden if the role may not
        column.addLayout(bar)
        self.matrix_model = MatrixModel(self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_view.verticalHeader().setVisible(False)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(320)
        self.matrix_view.setWordWrap(False)
        self.matrix_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix_view.doubleClicked.connect(self._cell_double_clicked)
        column.addWidget(self.matrix_view, 1)
        return tab

    def refresh_matrix(self) -> None:
        found = self.programme.training_matrix(
            role=self.role_filter.currentData() or "",
            state=self.state_filter.currentData() or "",
            search=self.search.text(),
        )
        self.matrix_model.set_matrix(found, self.roles)
        counts = found.counts()
        self.counts.setText(
            tr("{staff} staff · {overdue} overdue · {due} due · {done} done").format(
                staff=len(found.rows),
                overdue=counts[programme.OVERDUE],
                due=counts[programme.DUE],
                done=counts[programme.DONE],
            )
        )

    def selected_cell(self) -> tuple[tuple[int, ...], str]:
        """The staff of the selected rows and the course (topic) of the current column."""
        indexes = self.matrix_view.selectionModel().selectedIndexes()
        rows = sorted({i.row() for i in indexes})
        staff_ids = tuple(self.matrix_model.matrix.rows[r].staff_id for r in rows)
        current = self.matrix_view.currentIndex()
        topic = self.matrix_model.topic_at(current.column()) if current.isValid() else ""
        return staff_ids, topic

    def record_training(self) -> TrainingSessionDialog:
        """Record a session for the selected staff, with a course of the selected column."""
        staff_ids, topic = self.selected_cell()
        return self.sessions.open_dialog(None, staff_ids=staff_ids, topic=topic)

    def _cell_double_clicked(self, index: QModelIndex) -> None:
        if index.column() < FIXED_COLUMNS:
            self.tabs.setCurrentWidget(self.staff)
            self.staff.select_id(self.matrix_model.matrix.rows[index.row()].staff_id)
            self.staff.edit_selected()
        else:
            self.record_training()

    # --- page protocol ----------------------------------------------------------------

    def refresh_page(self) -> None:
        self.refresh_matrix()

    def select_id(self, record_id: int) -> bool:
        """Show a member of staff (training deadlines point here): their matrix row."""
        for row, member in enumerate(self.matrix_model.matrix.rows):
            if member.staff_id == record_id:
                self.tabs.setCurrentIndex(0)
                self.matrix_view.selectRow(row)
                return True
        self.tabs.setCurrentWidget(self.staff)
        return self.staff.select_id(record_id)
