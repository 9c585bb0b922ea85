"""Add or edit a course: the required course it counts as, its curriculum, provider, hours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from ...i18n import tr
from ...registers.programme import training
from .programme_dialog import RecordDialog, choices


class CourseDialog(RecordDialog):
    """``topic`` pre-fills a new course's required course (from the training matrix)."""

    thing = "course"
    titles = ("New course", "Edit course")
    own_fields = ("curriculum",)

    def build(self, topic: str = "", **_extra: Any) -> None:
        self.topics = self.programme.training_topics()
        self.title_edit = self.add_field("title", "Title", QLineEdit())
        topics = choices((key, tr(row["label"])) for key, row in self.topics.items())
        self.topic = self.add_field(
            "topic", "Counts as", topics, "The required course it completes."
        )
        self.curriculum = QListWidget()
        self.curriculum.setFixedHeight(150)
        for key, label in self.programme.curriculum_labels().items():
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
        if topic:
            self.topic.setCurrentIndex(max(0, self.topic.findData(topic)))
        self._topic_changed()

    def _topic_changed(self) -> None:
        """Tick the chosen topic's own curriculum (the officer may change it)."""
        wanted = set(self.topics.get(self.topic.currentData(), {}).get("curriculum", ()))
        self.set_curriculum(wanted)

    def set_curriculum(self, keys: set[str]) -> None:
        for row in range(self.curriculum.count()):
            item = self.curriculum.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def load(self, record: Any) -> None:
        super().load(record)
        self.set_curriculum(set(training.course_curriculum(record)))
        self.hours.setText(format(record.hours, "f"))

    def values(self) -> dict[str, Any]:
        items = [
            self.curriculum.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.curriculum.count())
            if self.curriculum.item(row).checkState() == Qt.CheckState.Checked
        ]
        hours = self.hours.text().strip().replace(",", ".")
        return super().values() | {"curriculum": items, "hours": hours}
