"""Who prepared the audit pack: an officer of the staff register, never the computer's user.

The pack names its preparer on the cover, in the PDF's metadata, on the sign-off page and in
the manifest (staff id, name and position). The officer is chosen in the pack dialog or with
``kuzet pack --by STAFF_ID``; with no choice, the MLRO in office on the pack's day is taken
when they are on the staff register (matched by name), and otherwise the pack is refused
(``NoPreparer``): a pack an auditor accepts names the person who answers for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session

from kuzet.registers.programme.mlro import current_mlro_name
from kuzet.registers.programme.responses import active_staff
from kuzet.store.models.staff import StaffMember


class UnknownPreparer(ValueError):
    """The staff id given is not an officer on the staff register on the pack's day."""


class NoPreparer(ValueError):
    """No officer was named and the register has no MLRO on the staff to default to."""


@dataclass(frozen=True)
class Preparer:
    staff_id: int
    name: str
    position: str  # the staff member's job title ("" when none is recorded)

    @property
    def text(self) -> str:
        """``"Name, Position"`` as the cover prints it."""
        return f"{self.name}, {self.position}" if self.position else self.name

    def as_dict(self) -> dict[str, object]:
        return {"staff_id": self.staff_id, "name": self.name, "position": self.position}


def _of(member: StaffMember) -> Preparer:
    return Preparer(member.id or 0, member.full_name, member.job_title or "")


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def mlro_on_staff(session: Session, today: dt.date) -> Preparer | None:
    """The MLRO in office ``today`` as a member of the staff register (same name), if any."""
    name = _fold(current_mlro_name(session, today))
    if not name:
        return None
    for member in active_staff(session, today):
        if _fold(member.full_name) == name:
            return _of(member)
    return None


def find_preparer(session: Session, staff_id: int | None, today: dt.date) -> Preparer:
    """The officer ``staff_id`` (on the staff on ``today``), or the MLRO when None.
    Raises ``UnknownPreparer`` or ``NoPreparer`` naming what to do."""
    if staff_id is None:
        found = mlro_on_staff(session, today)
        if found is None:
            raise NoPreparer(
                "name the officer who prepares the pack (--by STAFF_ID, an active member of "
                "the staff register): the MLRO register names no MLRO in office who is on "
                "the staff register"
            )
        return found
    member = session.get(StaffMember, int(staff_id))
    if member is None:
        raise UnknownPreparer(f"--by {staff_id}: no member of staff #{staff_id} in the register")
    if member.id not in {m.id for m in active_staff(session, today)}:
        raise UnknownPreparer(
            f"--by {staff_id}: {member.full_name} is not on the staff on {today.isoformat()}"
        )
    return _of(member)
