"""The review of one screening hit: the customer (or owner) and the list entry side by
side, the explanation of the score, and the decision buttons. The Screening page shows it
under the queue; it holds no query of its own beyond the hit it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_datetime, tr
from ...registers.screening.review import status_label
from ..style import DANGER

SECTION_STYLE = "font-size: 11pt; font-weight: 600; color: #1d2733;"


def _field_form(title: str) -> tuple[QFrame, QLabel, QFormLayout]:
    card = QFrame()
    card.setObjectName("card")
    column = QVBoxLayout(card)
    column.setContentsMargins(14, 10, 14, 10)
    caption = QLabel(title)
    caption.setStyleSheet(SECTION_STYLE)
    column.addWidget(caption)
    form = QFormLayout()
    form.setVerticalSpacing(3)
    column.addLayout(form)
    column.addStretch(1)
    return card, caption, form


def _fill(form: QFormLayout, fields: list[tuple[str, str]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in fields:
        text = QLabel(_breakable(value))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QLabel(label), text)


def _breakable(text: str, every: int = 16) -> str:
    """Long words (hashes, addresses) get zero-width spaces so a label can wrap them."""
    words = []
    for word in text.split(" "):
        if len(word) > 2 * every:
            word = "\u200b".join(word[i : i + every] for i in range(0, len(word), every))
        words.append(word)
    return " ".join(words)


class HitDetailPanel(QWidget):
    """Shows one hit; the page connects ``true_button``, ``false_button`` and
    ``open_customer``."""

    def __init__(self, screening: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screening = screening  # the screening desk (registers/screening/desk.py)
        self.current_hit: int | None = None
        self.customer_id: int | None = None
        self._build()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        top = QHBoxLayout()
        self.headline = QLabel(tr("Select a hit to review it."))
        self.headline.setStyleSheet(SECTION_STYLE)
        top.addWidget(self.headline, 1)
        self.open_customer = QPushButton(tr("Open customer file"))
        self.true_button = QPushButton(tr("True match…"))
        self.true_button.setStyleSheet(
            f"QPushButton:enabled {{ color: {DANGER}; font-weight: 600; }}"
        )
        self.false_button = QPushButton(tr("False positive…"))
        for button in (self.open_customer, self.true_button, self.false_button):
            top.addWidget(button)
        column.addLayout(top)
        self.decided = QLabel()
        self.decided.setWordWrap(True)
        self.decided.setObjectName("pageHint")
        column.addWidget(self.decided)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        subject, self.subject_title, self.subject_form = _field_form(tr("Customer"))
        entry, self.entry_title, self.entry_form = _field_form(tr("List entry"))
        why, _caption, _form = _field_form(tr("Why this score"))
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        self.explanation.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.explanation.setMinimumHeight(120)
        why.layout().insertWidget(1, self.explanation, 1)
        # The cards share the width 2:3:3 whatever their text (long remarks wrap).
        for card, stretch in ((subject, 2), (entry, 3), (why, 3)):
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(card, stretch)
        scroll.setWidget(body)
        column.addWidget(scroll, 1)
        self.show_hit(None)

    def show_hit(self, hit_id: int | None) -> None:
        self.current_hit = hit_id
        enabled = False
        if hit_id is None:
            self.headline.setText(tr("Select a hit to review it."))
            _fill(self.subject_form, [])
            _fill(self.entry_form, [])
            self.explanation.setPlainText("")
            self.decided.setText("")
        else:
            detail = self.screening.hit_detail(hit_id)
            hit = detail.hit
            enabled = hit.status == "open"
            self.headline.setText(
                tr("Hit #{id}: score {score}, {status}").format(
                    id=hit.id, score=hit.score, status=status_label(hit.status)
                )
            )
            self.subject_title.setText(detail.subject_title)
            self.entry_title.setText(detail.entry_title)
            _fill(self.subject_form, detail.subject_fields)
            _fill(self.entry_form, detail.entry_fields)
            self.explanation.setPlainText("\n".join(detail.explanation))
            self.decided.setText(self._decided_text(hit))
            self.customer_id = hit.customer_id
        for button in (self.true_button, self.false_button):
            button.setEnabled(enabled)
        self.open_customer.setEnabled(hit_id is not None)

    @staticmethod
    def _decided_text(hit: Any) -> str:
        if hit.status in ("true_match", "false_positive"):
            return tr("Decided by {who} on {when}: {reason}").format(
                who=hit.decided_by, when=format_datetime(hit.decided_at), reason=hit.reason
            )
        return hit.reason
