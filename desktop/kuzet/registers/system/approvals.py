"""Approval requests: a change proposed by one officer, applied when a second approves.

``hold`` is what a desk calls inside its write: when the firm wants two people for the
kind (``four_eyes.py``), the change is tried in a savepoint (so the maker hears at once
what the register would refuse), rolled back, and kept as a pending request instead.
``approve`` applies the proposal in the checker's transaction, where the register checks
it again against the data as it stands; ``reject`` and ``withdraw`` close it unapplied.
Only a different officer whose role holds the kind's permission and ``approvals.decide``
approves or rejects; only the maker withdraws. Every step is a row change, so the trail
records the maker, the checker and both reasons.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from ...i18n import tr
from ...store.audit import canonical, reason_for_changes, utc_now
from ...store.models.officer import ApprovalRequest
from ...store.session import Store
from ..area import Work
from ..errors import NotFound, ValidationFailed
from . import four_eyes, signin
from .permissions import APPROVE, PermissionRefused


def hold(
    work: Work,
    store: Store,
    kind: str,
    target: str,
    proposal: Mapping[str, Any],
    reason: str,
) -> ApprovalRequest | None:
    """A pending request for the change, or None when the kind needs no second officer
    (the caller then makes the change itself)."""
    if not four_eyes.needs_second(work.session, kind, four_eyes.team_mode(store)):
        return None
    identity = signin.require(four_eyes.KINDS[kind].permission)
    _try(work, store, kind, proposal)
    request = ApprovalRequest(
        kind=kind,
        target=target,
        proposal=canonical(dict(proposal)),
        maker=identity.login,
        reason=reason.strip(),
        state="pending",
        created_at=utc_now(),
    )
    work.session.add(request)
    work.session.flush()
    return request


def _try(work: Work, store: Store, kind: str, proposal: Mapping[str, Any]) -> None:
    """Run the change in a savepoint and undo it: the register's refusals reach the maker
    now (``ValidationFailed``), and nothing of it stays."""
    nested = work.session.begin_nested()
    try:
        four_eyes.KINDS[kind].apply(work, proposal, store)
    finally:
        nested.rollback()


def requests(session: Session, state: str = "pending") -> list[ApprovalRequest]:
    """Requests in ``state`` ("" for every state), newest first."""
    query = select(ApprovalRequest).order_by(ApprovalRequest.id.desc())
    if state:
        query = query.where(ApprovalRequest.state == state)
    return list(session.exec(query).all())


def get(session: Session, request_id: int) -> ApprovalRequest:
    request = session.get(ApprovalRequest, request_id)
    if request is None:
        raise NotFound(tr("No approval request {id}.").format(id=request_id))
    return request


def proposal_of(request: ApprovalRequest) -> dict[str, Any]:
    return dict(json.loads(request.proposal))


def approve(work: Work, store: Store, request_id: int, reason: str) -> Any:
    """Apply the request's change as the signed-in checker; returns what the register
    returned (a ``ValidationFailed`` of the register leaves the request pending)."""
    request = _for_checker(work.session, request_id)
    result = four_eyes.KINDS[request.kind].apply(work, proposal_of(request), store)
    _close(work.session, request, "approved", reason)
    return result


def reject(work: Work, request_id: int, reason: str) -> ApprovalRequest:
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the request is rejected.")})
    request = _for_checker(work.session, request_id)
    return _close(work.session, request, "rejected", reason)


def withdraw(work: Work, request_id: int, reason: str) -> ApprovalRequest:
    """The maker takes their own request back."""
    request = _pending(work.session, request_id)
    identity = signin.current()
    if identity is None or identity.login != request.maker:
        raise ValidationFailed(
            {"request": tr("Only the officer who made the request can withdraw it.")}
        )
    return _close(work.session, request, "withdrawn", reason)


def _pending(session: Session, request_id: int) -> ApprovalRequest:
    request = get(session, request_id)
    if request.state != "pending":
        raise ValidationFailed(
            {
                "request": tr("Request {id} is already {state}.").format(
                    id=request_id, state=request.state
                )
            }
        )
    return request


def _for_checker(session: Session, request_id: int) -> ApprovalRequest:
    request = _pending(session, request_id)
    identity = signin.require(APPROVE)
    kind = four_eyes.KINDS[request.kind]
    if not signin.may(kind.permission):
        raise PermissionRefused(identity.login, identity.role, kind.permission)
    if identity.login == request.maker:
        raise ValidationFailed(
            {"request": tr("You made this request: a second officer must decide it.")}
        )
    return request


def _close(session: Session, request: ApprovalRequest, state: str, reason: str) -> ApprovalRequest:
    identity = signin.current()
    request.state = state
    request.checker = identity.login if identity is not None else ""
    request.decided_at = request.updated_at = utc_now()
    request.checker_reason = reason.strip()
    with reason_for_changes(session, reason.strip() or state):
        session.flush()
    return request
