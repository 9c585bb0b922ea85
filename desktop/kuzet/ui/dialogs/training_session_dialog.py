"""Record a training session: the course, the date, and who attended, completed, and with
which certificate (the file goes encrypted into the document vault)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...i18n import tr
from ...registers.errors import RegisterError
from ...registers.programme.training import Attendee
from ...store import keys
from ...store.keys import KeyringUnavailable, VaultError, VaultLocked, WrongKey
from ...store.vault import TempCopies
from ..notify import warn
from .programme_dialog import RecordDialog, choices

ATTENDED, NAME, COMPLETED, SCORE, CERTIFICATE, FILE = range(6)


class TrainingSessionDialog(RecordDialog):
    """``staff_ids`` and ``topic`` pre-fill a new session (from the training matrix)."""

    titles = ("Record a training session", "Edit session")
    own_fields = ("attendees",)

    def __init__(
        self,
        programme: Any,
        record_id: int | None = None,
        parent: QWidget | None = None,
        staff_ids: tuple[int, ...] = (),
        topic: str = "",
    ) -> None:
        super().__init__(programme, record_id, parent, topic=topic)
        self.setMinimumWidth(940)
        for staff_id in staff_ids:
            if staff_id in self.rows:
                self.set_attended(staff_id, True)

    def build(self, topic: str = "", **_extra: Any) -> None:
        self.vault_passphrase: str | None = None  # asked for when the vault needs it
        self.files: dict[int, Path] = {}  # staff id -> certificate file to attach
        self.rows: dict[int, int] = {}  # staff id -> table row
        self.attendance_ids: dict[int, int] = {}  # staff id -> attendance id (saved)
        courses, people = self.programme.session_choices()
        offered = choices((course.id, course.title) for course in courses)
        self.course = self.add_field("course_id", "Course", offered)
        if topic:
            match = next((c.id for c in courses if c.topic == topic), None)
            self.course.setCurrentIndex(max(0, self.course.findData(match)))
        self.held_on = self.add_field("held_on", "Held on", self.date_field())
        self.trainer = self.add_field("trainer", "Trainer", QLineEdit())
        self.location = self.add_field("location", "Location", QLineEdit())
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Attended"),
                tr("[person] Name"),
                tr("Completed"),
                tr("Score"),
                tr("Certificate no."),
                "",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ATTENDED, 80), (COMPLETED, 90), (SCORE, 70), (CERTIFICATE, 130)):
            header.resizeSection(column, width)
        header.resizeSection(FILE, 150)
        self.table.setMinimumHeight(320)
        self.add_field("attendees", "Attendance", self.table)
        for person in people:
            self._add_row(person.id, person.full_name)

    def _add_row(self, staff_id: int, name: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        attended = QTableWidgetItem()
        attended.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        attended.setCheckState(Qt.CheckState.Unchecked)
        self.table.setItem(row, ATTENDED, attended)
        label = QTableWidgetItem(name)
        label.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, NAME, label)
        completed = QTableWidgetItem()
        completed.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        completed.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, COMPLETED, completed)
        self.table.setItem(row, SCORE, QTableWidgetItem(""))
        self.table.setItem(row, CERTIFICATE, QTableWidgetItem(""))
        button = QPushButton(tr("Attach file…"))
        button.clicked.connect(lambda _c=False, s=staff_id: self.choose_file(s))
        self.table.setCellWidget(row, FILE, button)
        self.rows[staff_id] = row

    def set_attended(self, staff_id: int, attended: bool) -> None:
        state = Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        self.table.item(self.rows[staff_id], ATTENDED).setCheckState(state)

    def read(self, record_id: int) -> Any:
        return self.programme.training_session(record_id)

    def load(self, record: Any) -> None:
        """A saved session (``record``: the session and its attendance with names)."""
        held, lines = record
        super().load(held)
        for r, name in lines:
            if r.staff_member_id not in self.rows:
                self._add_row(r.staff_member_id, name)
            row = self.rows[r.staff_member_id]
            self.set_attended(r.staff_member_id, True)
            self.table.item(row, COMPLETED).setCheckState(
                Qt.CheckState.Checked if r.completed else Qt.CheckState.Unchecked
            )
            self.table.item(row, SCORE).setText(r.score)
            self.table.item(row, CERTIFICATE).setText(r.certificate_ref)
            self.attendance_ids[r.staff_member_id] = r.id
            if r.certificate_blob:
                button = self.table.cellWidget(row, FILE)
                button.setText(tr("Open {name}").format(name=r.certificate_file))
                button.clicked.disconnect()
                button.clicked.connect(lambda _c=False, a=r.id: self.open_certificate(a))

    def choose_file(self, staff_id: int, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, tr("Certificate"), "", tr("Documents (*.pdf *.png *.jpg *.jpeg);;All (*)")
            )
            if not name:
                return
            path = Path(name)
        self.files[staff_id] = path
        self.set_attended(staff_id, True)
        self.table.cellWidget(self.rows[staff_id], FILE).setText(path.name)

    def attendees(self) -> list[Attendee]:
        found = []
        for staff_id, row in self.rows.items():
            if self.table.item(row, ATTENDED).checkState() != Qt.CheckState.Checked:
                continue
            found.append(
                Attendee(
                    staff_id,
                    completed=self.table.item(row, COMPLETED).checkState() == Qt.CheckState.Checked,
                    score=self.table.item(row, SCORE).text(),
                    certificate_ref=self.table.item(row, CERTIFICATE).text(),
                )
            )
        return found

    def write(self, data: dict[str, Any]) -> Any:
        return self.programme.save_training_session(
            data, self.attendees(), self.record_id, self.files, self.vault_passphrase
        )

    def save(self) -> None:
        """Save; where the document vault needs its passphrase, ask for it and try again."""
        while True:
            try:
                self.submit(self.write)  # refused: the messages are under the fields
                return
            except (VaultLocked, KeyringUnavailable, WrongKey) as exc:
                # No keyring: the vault's key is made now, from a passphrase typed twice.
                choosing = isinstance(exc, KeyringUnavailable)
                if not self._ask_passphrase(str(exc), choosing):
                    return
            except (RegisterError, VaultError, OSError) as exc:  # said; nothing was written
                warn(self, tr("Training session"), str(exc))
                return

    def _ask_passphrase(self, reason: str, choosing: bool = False) -> bool:
        """Ask for the vault's passphrase; one being ``choosing`` is typed twice and must
        be long enough (the core refuses a short one too)."""
        while True:
            text = self._ask_text(
                tr(
                    "{reason}\n\nThe passphrase protects every document in the vault; without "
                    "it they cannot be opened.\nPassphrase:"
                ).format(reason=reason)
            )
            if not text:
                return False
            if not choosing:
                break
            problem = keys.passphrase_problem(text)
            if not problem:
                repeat = self._ask_text(tr("Type the same passphrase again to confirm it:"))
                if repeat is None:
                    return False
                problem = "" if repeat == text else tr("The two passphrases differ.")
            if not problem:
                break
            reason = problem
        self.vault_passphrase = text
        return True

    def _ask_text(self, label: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, tr("Document vault"), label, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    def open_certificate(self, attendance_id: int) -> None:
        try:
            name, data = self.programme.certificate(attendance_id, self.vault_passphrase)
        except VaultError as exc:
            if self._ask_passphrase(str(exc)):
                self.open_certificate(attendance_id)
            return
        if not hasattr(self, "_copies"):
            self._copies = TempCopies()
            self.finished.connect(lambda _r: self._copies.remove_all())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._copies.make(data, name))))
