"""What the window says when a change became a four-eyes request instead of a change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ..i18n import tr
from ..store.models.officer import ApprovalRequest
from .notify import inform


def sent_for_approval(parent: QWidget | None, result: Any) -> bool:
    """True (and the officer told so) when ``result`` is a pending approval request."""
    if not isinstance(result, ApprovalRequest):
        return False
    inform(
        parent,
        tr("Sent for approval"),
        tr(
            "This change needs a second officer: request #{id} waits on the Approvals page. "
            "Nothing changes until another officer approves it."
        ).format(id=result.id),
    )
    return True
