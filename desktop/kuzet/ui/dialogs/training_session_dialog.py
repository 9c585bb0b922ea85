"""Record a training session: the course, the date, and who attended, completed, and with
which certificate (the file goes encrypted into the document vault)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
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
from ...registers.errors import RegisterError, ValidationFailed
from ...registers.programme import training, training_matrix
from ...registers.programme.training import Attendee
from ..form import DateField, FormDialog
from ..notify import warn

ATTENDED, NAME, COMPLETED, SCORE, CERTIFICATE, FILE = range(6)


class TrainingSessionDialog(FormDialog):
    """``staff_ids`` and ``topic`` pre-fill a new session (from the training matrix)."""

    def __init__(
        self,
        store: Any,
        record_id: int | None = None,
        parent: QWidget | None = None,
        staff_ids: tuple[int, ...] = (),
        topic: str = "",
    ) -> None:
        super().__init__("Edit session" if record_id else "Record a training session", parent)
        self.setMinimumWidth(940)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        self.vault_passphrase: str | None = None  # asked for when the vault needs it
        self.files: dict[int, Path] = {}  # staff id -> certificate file to attach
        self.course = QComboBox()
        with store.reading() as session:
            courses = training.active_courses(session)
            people = training_matrix.staff_in_training(session, self.today)
        for course in courses:
            self.course.addItem(course.title, course.id)
        if topic:
            match = next((c.id for c in courses if c.topic == topic), None)
            self.course.setCurrentIndex(max(0, self.course.findData(match)))
        self.add_field("course_id", "Course", self.course)
        self.held_on = self.add_field("held_on", "Held on", DateField())
        self.trainer = self.add_field("trainer", "Trainer", QLineEdit())
        self.location = self.add_field("location", "Location", QLineEdit())
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [tr("Attended"), tr("Name"), tr("Completed"), tr("Score"), tr("Certificate no."), ""]
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
        self.rows: dict[int, int] = {}  # staff id -> table row
        self.attendance_ids: dict[int, int] = {}  # staff id -> attendance id (saved)
        for person in people:
            self._add_row(person.id, person.full_name)
        if record_id is not None:
            self._load(record_id)
        for staff_id in staff_ids:
            if staff_id in self.rows:
                self.set_attended(staff_id, True)

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

    def _load(self, record_id: int) -> None:
        from ...store.models.staff import StaffMember

        with self.store.reading() as session:
            held = training.get_session(session, record_id)
            rows = training.attendance(session, record_id)
            names = {r.staff_member_id: session.get(StaffMember, r.staff_member_id) for r in rows}
        self.course.setCurrentIndex(max(0, self.course.findData(held.course_id)))
        self.held_on.set_value(held.held_on)
        self.trainer.setText(held.trainer)
        self.location.setText(held.location)
        for r in rows:
            if r.staff_member_id not in self.rows:
                self._add_row(r.staff_member_id, names[r.staff_member_id].full_name)
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

    def values(self) -> dict[str, Any]:
        return {
            "course_id": self.course.currentData(),
            "held_on": self.held_on.value(),
            "trainer": self.trainer.text(),
            "location": self.location.text(),
        }

    def save(self) -> None:
        from ...store.keys import KeyringUnavailable, VaultLocked, WrongKey

        while True:
            try:
                self._save_once()
            except ValidationFailed as exc:
                self.show_errors(exc.field_errors)
                return
            except (VaultLocked, KeyringUnavailable, WrongKey) as exc:
                if not self._ask_passphrase(str(exc)):
                    return
                continue
            except (RegisterError, OSError) as exc:
                warn(self, tr("Training session"), str(exc))
                return
            break
        self.accept()

    def _save_once(self) -> None:
        with self.store.transaction() as session:
            held = training.save_session(
                session, self.values(), self.attendees(), self.today, self.record_id
            )
            attending = {a.staff_member_id: a.id for a in training.attendance(session, held.id)}
            for staff_id, path in self.files.items():
                if staff_id in attending:
                    training.attach_certificate(
                        session, attending[staff_id], path, self.vault_passphrase
                    )
            self.saved_id = held.id

    def _ask_passphrase(self, reason: str) -> bool:
        text, ok = QInputDialog.getText(
            self,
            tr("Document vault"),
            tr(
                "{reason}\n\nThe passphrase protects every document in the vault; without "
                "it they cannot be opened.\nPassphrase:"
            ).format(reason=reason),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text:
            return False
        self.vault_passphrase = text
        return True

    def open_certificate(self, attendance_id: int) -> None:
        from ...store.keys import VaultError
        from ...store.vault import TempCopies

        try:
            with self.store.reading() as session:
                name, data = training.certificate(session, attendance_id, self.vault_passphrase)
        except VaultError as exc:
            if self._ask_passphrase(str(exc)):
                self.open_certificate(attendance_id)
            return
        if not hasattr(self, "_copies"):
            self._copies = TempCopies()
            self.finished.connect(lambda _r: self._copies.remove_all())
        from PySide6.QtCore import QUrl

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._copies.make(data, name))))
