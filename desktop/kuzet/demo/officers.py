"""The demo firm's officers: its MLRO (signed in by itself when the demo opens), an
analyst, an auditor who only reads and an administrator, all with the demo password, so
the four-eyes flow and the roles can be tried (``kuzet --officer a.seitkali ...``)."""

from __future__ import annotations

from sqlmodel import select

from ..registers.system import officers, settings
from ..registers.system.team_desk import DEMO_OFFICER_SETTING
from ..store.models.staff import StaffMember
from .context import DemoContext
from .programme import MLRO_NAME

DEMO_MLRO = "mlro.nurpeisova"
DEMO_PASSWORD = "kuzet-demo"  # printed in the README: a demo has nothing to protect

# login, role, member of the demo's staff register
OFFICERS = (
    (DEMO_MLRO, "mlro", MLRO_NAME),
    ("a.seitkali", "analyst", "Гүлнара Асқарқызы Сейітова"),
    ("o.li", "auditor", "Ольга Петровна Ли"),
    ("t.akhmetov", "admin", "Тимур Рустемович Ахметов"),
)


def add_officers(ctx: DemoContext) -> None:
    for login, role, name in OFFICERS:
        person = ctx.session.exec(select(StaffMember).where(StaffMember.full_name == name)).one()
        officers.add(
            ctx.session,
            {"login": login, "role": role, "staff_id": person.id, "password": DEMO_PASSWORD},
            ctx.rules,
            ctx.today,
        )
    settings.put(ctx.session, DEMO_OFFICER_SETTING, DEMO_MLRO)
