"""The open screening hits of customers, counted and scored in one query: the customer
file's banner and the customer list's marker read them (an open hit is one the officer
has not yet decided, of the customer or one of its beneficial owners)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from ...store.models.screening import ScreeningHit


@dataclass(frozen=True)
class OpenHits:
    count: int
    best_score: int
    best_hit_id: int = 0  # the hit with the best score (the banner opens it); 0 in the list


def open_hits(session: Session, customer_ids: Sequence[int]) -> dict[int, OpenHits]:
    """The open hits of each of ``customer_ids`` that has any: how many and the best
    score, in one grouped query (a page of the list asks once, not once a row)."""
    h = ScreeningHit.__table__.c
    query = (
        select(h.customer_id, func.count(h.id), func.max(h.score))
        .where(h.customer_id.in_(list(customer_ids)), h.status == "open", h.retired_at.is_(None))
        .group_by(h.customer_id)
    )
    return {
        customer_id: OpenHits(int(count), int(best))
        for customer_id, count, best in session.execute(query)
    }


def open_hits_of(session: Session, customer_id: int) -> OpenHits | None:
    """The open hits of one customer and its owners, with the best-scoring hit; None
    when there is none."""
    h = ScreeningHit.__table__.c
    found = session.execute(
        select(h.id, h.score)
        .where(h.customer_id == customer_id, h.status == "open", h.retired_at.is_(None))
        .order_by(h.score.desc(), h.id)
    ).all()
    if not found:
        return None
    return OpenHits(len(found), int(found[0][1]), int(found[0][0]))
