"""Firm-wide settings, stored as JSON values and changed through the audit trail."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session, select

from ...store.models import Setting
from ...store.models.firm import FirmProfile

FIRM_NAME = "firm.name"
IS_DEMO = "demo"


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.exec(select(Setting).where(Setting.key == key)).first()
    return default if row is None else json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.exec(select(Setting).where(Setting.key == key)).first()
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text
    session.flush()


def firm_name(session: Session) -> str:
    """The legal name from the firm profile when one exists, else the setting."""
    query = (
        select(FirmProfile.legal_name)
        .where(FirmProfile.retired_at.is_(None))
        .order_by(FirmProfile.id.desc())
    )
    name = session.exec(query).first()
    return str(name or get(session, FIRM_NAME, "") or "")
