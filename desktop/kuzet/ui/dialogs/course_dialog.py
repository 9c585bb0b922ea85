"""Add or edit a course: the required course it counts as, its curriculum, provider, hours."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ...i18n import tr
from ...registers.errors import ValidationFailed
from ...registers.programme import training
from ..form import FormDialog


class CourseDialog(FormDialog):
    def __init__(
        self, store: Any, record_id: int | None = None, parent: QWidget | None = None, **extra
    ) -> None:
        super().__init__("Edit course" if record_id else "New course", parent)
        self.store = store
        self.record_id = record_id
        self.saved_id: int | None = None
        self.today = dt.date.today()
        rules = store.rules()
        self.topics = training.topics(rules, self.today)
        self.title_edit = self.add_field("title", "Title", QLineEdit())
        self.topic = QComboBox()
        for key, row in self.topics.items():
            self.topic.addItem(tr(row["label"]), key)
        self.add_field("topic", "Counts as", self.topic, "The required course it completes.")
        self.curriculum = QListWidget()
        self.curriculum.setFixedHeight(150)
        for key, label in training.curriculum_labels(rules, self.today).items():
            item = QListWidgetItem(tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.curriculum.addItem(item)
        self.add_field("curriculum", "Curriculum", self.curriculum)
        self.provider = self.add_field("provider", "Provider", QLineEdit())
        self.hours = self.add_field("hours", "Hours", QLineEdit())
        self.hours.setPlaceholderText("1.5")
        self.topic.currentIndexChanged.connect(self._topic_changed)
        if extra.get("topic"):
            self.topic.setCurrentIndex(max(0, self.topic.findData(extra["topic"])))
        self._topic_changed()
        if record_id is not None:
            self._load(record_id)

    def _topic_changed(self) -> None:
        """Tick the chosen topic's own curriculum (the officer may change it)."""
        wanted = set(self.topics.get(self.topic.currentData(), {}).get("curriculum", ()))
        self.set_curriculum(wanted)

    def set_curriculum(self, keys: set[str]) -> None:
        for row in range(self.curriculum.count()):
            item = self.curriculum.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _load(self, record_id: int) -> None:
        with self.store.reading() as session:
            c = training.get_course(session, record_id)
        self.title_edit.setText(c.title)
        self.topic.setCurrentIndex(max(0, self.topic.findData(c.topic)))
        self.set_curriculum(set(training.course_curriculum(c)))
        self.provider.setText(c.provider)
        self.hours.setText(format(c.hours, "f"))

    def values(self) -> dict[str, Any]:
        items = [
            self.curriculum.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.curriculum.count())
            if self.curriculum.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "title": self.title_edit.text(),
            "topic": self.topic.currentData(),
            "curriculum": items,
            "provider": self.provider.text(),
            "hours": self.hours.text().strip().replace(",", "."),
        }

    def save(self) -> None:
        try:
            with self.store.transaction() as session:
                rules = self.store.rules(session)
                if self.record_id is None:
                    record = training.create_course(session, self.values(), rules, self.today)
                else:
                    record = training.update_course(
                        session, self.record_id, self.values(), rules, self.today
                    )
                self.saved_id = record.id
        except ValidationFailed as exc:
            self.show_errors(exc.field_errors)
            return
        self.accept()
