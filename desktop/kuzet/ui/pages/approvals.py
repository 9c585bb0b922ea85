"""The Approvals page: four-eyes requests, what each proposes, who made it and why;
approve or reject (another officer whose role may decide it), withdraw (the maker)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import format_datetime, tr
from ...registers.errors import RegisterError
from ...registers.system.four_eyes import KINDS
from ...registers.system.permissions import APPROVE
from ..form import hint_label
from ..list_model import ListModel
from ..notify import inform, warn
from ..refusals import REFUSALS, error_text
from ..table_model import ID_ROLE
from ..table_view import fit_columns, record_table

HEADERS = ["#", "What", "Target", "Proposed by", "Reason", "When", "State", "Decided by"]
STATES = (
    ("pending", "Waiting"),
    ("approved", "Approved"),
    ("rejected", "Rejected"),
    ("withdrawn", "Withdrawn"),
    ("", "All"),
)


def proposal_text(proposal: str) -> str:
    """The proposed change, one field a line (the files of a rule pack by name only)."""
    try:
        data = json.loads(proposal)
    except ValueError:
        return proposal
    lines = []
    for key, value in sorted(data.items()):
        if key == "files" and isinstance(value, dict):
            value = ", ".join(sorted(value))
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


class ApprovalsPage(QWidget):
    def __init__(self, desk: Any, window: Any = None) -> None:
        super().__init__()
        self.team = desk.team  # registers/system/team_desk.py
        self.window_ref = window
        self.requests: dict[int, Any] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        title = QLabel(tr("Approvals"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                tr(
                    "Decisions that need a second officer (four-eyes, chosen in Settings) wait "
                    "here. Another officer whose role may take the decision approves it, and "
                    "the change is made then, checked again; or rejects it with a reason. The "
                    "officer who proposed it may withdraw it."
                )
            )
        )
        bar = QHBoxLayout()
        self.state = QComboBox()
        for key, label in STATES:
            self.state.addItem(tr(label), key)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.state)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("approve", tr("Approve…"), self.approve_selected),
            ("reject", tr("Reject…"), self.reject_selected),
            ("withdraw", tr("Withdraw…"), self.withdraw_selected),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            bar.addWidget(button)
        self.buttons["approve"].setObjectName("primary")
        layout.addLayout(bar)
        self.model = ListModel([tr(h) for h in HEADERS])
        self.table = record_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        layout.addWidget(self.table, 1)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setFixedHeight(110)
        layout.addWidget(self.detail)
        self.refresh()

    def refresh(self) -> None:
        rows, keys, tones = [], [], []
        self.requests = {}
        for r in self.team.requests(self.state.currentData()):
            kind = KINDS.get(r.kind)
            rows.append(
                (
                    r.id,
                    kind.title() if kind else r.kind,
                    r.target,
                    r.maker,
                    r.reason,
                    format_datetime(r.created_at) if r.created_at else "",
                    tr(dict(STATES).get(r.state, r.state)),
                    r.checker,
                )
            )
            keys.append(r.id)
            tones.append("warn" if r.state == "pending" else "muted")
            self.requests[int(r.id)] = r
        self.model.set_rows(rows, keys, tones)
        fit_columns(self.table, 320)  # names and roles whole; the last column takes the rest
        self._show_selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def select_id(self, request_id: int) -> bool:
        if request_id in self.model.keys:
            self.table.selectRow(self.model.keys.index(request_id))
            return True
        return False

    def _update_buttons(self, request: Any) -> None:
        """Approve and Reject for a role that decides, never on one's own request;
        Withdraw only on the signed-in officer's own pending request."""
        identity = self.team.identity()
        login = identity.login if identity is not None else None
        own = request is not None and login is not None and request.maker == login
        pending = request is not None and request.state == "pending"
        decides = self.team.may(APPROVE) and not own
        for key in ("approve", "reject"):
            self.buttons[key].setVisible(decides)
            self.buttons[key].setEnabled(decides and pending)
        self.buttons["withdraw"].setVisible(own and pending)

    def _show_selected(self) -> None:
        request = self.requests.get(self.selected_id() or -1)
        self._update_buttons(request)
        if request is None:
            self.detail.setPlainText("")
            return
        text = tr("Proposed change:") + "\n" + proposal_text(request.proposal)
        if request.checker_reason:
            text += "\n" + tr("Decision: {reason}").format(reason=request.checker_reason)
        self.detail.setPlainText(text)

    def _decide(self, title: str, action: str, reason: str | None, required: bool) -> bool:
        request_id = self.selected_id()
        if request_id is None:
            inform(self, tr("Approvals"), tr("Select a request first."))
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, title, tr("Reason:"))
            if not ok:
                return False
        if required and not reason.strip():
            warn(self, title, tr("Say why."))
            return False
        try:
            getattr(self.team, action)(request_id, reason)
        except (RegisterError, *REFUSALS) as exc:
            warn(self, title, error_text(exc))
            return False
        self.refresh()
        if self.window_ref is not None and hasattr(self.window_ref, "refresh_pages"):
            self.window_ref.refresh_pages()
        return True

    def approve_selected(self, reason: str | None = None) -> bool:
        return self._decide(tr("Approve"), "approve", reason, False)

    def reject_selected(self, reason: str | None = None) -> bool:
        return self._decide(tr("Reject"), "reject", reason, True)

    def withdraw_selected(self, reason: str | None = None) -> bool:
        return self._decide(tr("Withdraw"), "withdraw", reason, False)
