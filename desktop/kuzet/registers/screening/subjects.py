"""Who is screened: active customers and their active owners as ``ScreenedSubject``s, each
with the fingerprint of the data screened (what a remembered false positive is tied to).

Shared by the runs (``runs.py``) and the recording of their hits (``recording.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...screening.matcher import Subject
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer


@dataclass(frozen=True)
class ScreenedSubject:
    """A customer or an owner as screened, with the fingerprint of the screened data."""

    customer_id: int
    owner_id: int | None
    label: str  # the customer's name (an owner's: "owner name (owner of customer name)")
    subject: Subject
    fingerprint: str


def subject_fingerprint(subject: Subject) -> str:
    """SHA-256 of what was screened: kind, names, birth date, IIN/BIN."""
    data = [subject.kind, sorted(subject.names), subject.dob or "", subject.iin or ""]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _number(text: str) -> str | None:
    digits = "".join(text.split())
    return digits if len(digits) == 12 and digits.isdigit() else None


def make_subject(
    customer_id: int,
    owner_id: int | None,
    label: str,
    names: Sequence[str],
    kind: str,
    birth_date: dt.date | None,
    number: str,
) -> ScreenedSubject | None:
    names = tuple(n.strip() for n in names if n and n.strip())
    if not names:
        return None
    subject = Subject(
        names,
        dob=birth_date.isoformat() if birth_date else None,
        iin=_number(number or ""),
        kind="person" if kind == "individual" else "organization",
    )
    return ScreenedSubject(customer_id, owner_id, label, subject, subject_fingerprint(subject))


def customer_subjects(
    session: Session, customer_ids: Sequence[int] | None = None
) -> list[ScreenedSubject]:
    """Active customers (all, or ``customer_ids``) and their active owners, as subjects."""
    c = Customer.__table__.c
    query = select(c.id, c.kind, c.name, c.name_latin, c.iin_bin, c.birth_date).where(
        c.retired_at.is_(None)
    )
    if customer_ids is not None:
        query = query.where(c.id.in_(list(customer_ids)))
    subjects: list[ScreenedSubject] = []
    names: dict[int, str] = {}
    for row in session.execute(query.order_by(c.id)):
        names[row.id] = row.name
        found = make_subject(
            row.id,
            None,
            row.name,
            (row.name, row.name_latin),
            row.kind,
            row.birth_date,
            row.iin_bin,
        )
        if found is not None:
            subjects.append(found)
    o = BeneficialOwner.__table__.c
    owners = select(o.id, o.customer_id, o.name, o.name_latin, o.iin, o.birth_date).where(
        o.retired_at.is_(None), o.customer_id.in_(select(c.id).where(c.retired_at.is_(None)))
    )
    if customer_ids is not None:
        owners = owners.where(o.customer_id.in_(list(customer_ids)))
    for row in session.execute(owners.order_by(o.id)):
        label = tr("{owner} (owner of {customer})").format(
            owner=row.name, customer=names.get(row.customer_id, f"#{row.customer_id}")
        )
        found = make_subject(
            row.customer_id,
            row.id,
            label,
            (row.name, row.name_latin),
            "individual",
            row.birth_date,
            row.iin,
        )
        if found is not None:
            subjects.append(found)
    return subjects
