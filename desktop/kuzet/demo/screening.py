"""The demo firm's watchlists and screening.

The sample UN and OFAC lists shipped in ``resources/watchlists`` are imported, with a
small list of the firm's own (domestic PEPs and a person the firm refused). A few
customers who genuinely resemble listed persons are opened through the customer register
(so they are screened on save): a Russified spelling of a UN-listed name, a Kazakh
customer who matches a domestic-PEP entry, and a namesake of a listed person born decades
apart. Then every customer and owner is screened, and one hit is decided a false
positive, so the queue has open hits, an automatically cleared one and a decided one.
One customer who is a UN-listed person (CDi.041) is confirmed a true match: frozen, with
its freeze notification to the FIU drafted. The sanctions gates hold: a customer the demo
approved before the lists were screened and who now has an open hit waits for a decision
again (no approved customer has an open hit).
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import select

from ..paths import resources_dir
from ..regime.ids import make_iin
from ..registers.customers import onboarding, sanctions
from ..registers.screening import review as screening_review
from ..registers.screening import runs as screening
from ..registers.screening import watchlists
from ..store.audit import reason_for_changes
from ..store.models.customer import Customer
from ..store.models.screening import ScreeningHit
from .context import DemoContext

OWN_LIST = "Domestic PEPs (in-house)"
# Made-up people (not real persons): domestic PEPs the firm tracks, and a refused applicant.
OWN_ROWS = [
    ("PEP-001", "Сейітқалиев Бауыржан Нұрланұлы", "Seitkaliyev Baurzhan", "1968-09-21", "person"),
    ("PEP-002", "Жұмабаева Гүлнар Серікқызы", "", "1972-03-08", "person"),
    ("PEP-003", "Әбдірахманов Талғат Ерланұлы", "Abdrakhmanov Talgat", "1961", "person"),
    ("INH-001", "Тоқтаров Ерлан Маратұлы", "Toktarov Yerlan", "1985-11-02", "person"),
    ("INH-002", "ТОО «Дала Крипто Сервис»", "Dala Crypto Service LLP", "", "organization"),
]


def _own_list(folder: Path) -> Path:
    path = folder / "domestic_peps.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "name", "aliases", "dob", "kind"])
        writer.writerows(OWN_ROWS)
    return path


def _person(
    ctx: DemoContext, name: str, latin: str, born: dt.date, sex: str, citizenship: str, serial: int
) -> int:
    data = {
        "kind": "individual",
        "name": name,
        "name_latin": latin,
        "birth_date": born,
        "sex": sex,
        "citizenship": citizenship,
        "residence": "KZ",
        "address": "г. Астана, пр. Мәңгілік Ел, 55",
        "purpose": "Покупка и продажа USDT за тенге",
        "product": "exchange",
        "channel": "remote_verified",
    }
    if citizenship == "KZ":
        data["iin_bin"] = make_iin(born, sex, serial)
        data.update(id_type="id_card", id_number=f"0{serial:08d}")
    else:
        data.update(id_type="passport", id_number=f"75 {serial:07d}")
    return onboarding.create_customer(ctx.session, data, ctx.rules, ctx.today).id


def add_screening(ctx: DemoContext) -> None:
    folder = resources_dir() / "watchlists"
    session = ctx.session
    ctx.progress.step(0, 0, "Demo: watchlists")
    watchlists.import_list(session, "un-xml", [folder / "un_consolidated_2026-02-27.xml"])
    ofac = [folder / f"ofac_{role}_2021-07.csv" for role in ("sdn", "alt", "add")]
    watchlists.import_list(session, "ofac-csv", ofac)
    with tempfile.TemporaryDirectory() as temp:
        watchlists.import_list(session, "csv", [_own_list(Path(temp))], name=OWN_LIST)
    # A Russified spelling of UN QDi.290 (DOKU KHAMATOVICH UMAROV), the same birth date.
    _person(ctx, "Умаров Доку Хаматович", "UMAROV DOKU", dt.date(1964, 4, 13), "male", "RU", 81)
    # A Kazakh customer who is the domestic PEP PEP-001 of the firm's own list.
    _person(
        ctx,
        "Сейітқалиев Бауыржан Нұрланұлы",
        "SEITKALIYEV BAURZHAN",
        dt.date(1968, 9, 21),
        "male",
        "KZ",
        82,
    )
    # The refused applicant INH-001 back under the Russified spelling, no patronymic.
    toktarov = _person(
        ctx, "Токтаров Ерлан", "TOKTAROV YERLAN", dt.date(1985, 11, 2), "male", "KZ", 83
    )
    # A namesake of PEP-003 forty years younger: kept, but cleared automatically.
    _person(ctx, "Абдрахманов Талгат", "ABDRAKHMANOV TALGAT", dt.date(2001, 6, 5), "male", "KZ", 84)
    # UN CDi.041 (MICHEL RUKUNDA), the same birth date: confirmed and frozen below.
    rukunda = _person(
        ctx, "Рукунда Мишель", "RUKUNDA MICHEL", dt.date(1974, 9, 12), "male", "CD", 85
    )
    screening.screen_all(session, ctx.rules, ctx.today, ctx.progress, trigger="demo")
    for hit_id in screening_review.open_hit_ids(session, rukunda)[:1]:
        screening_review.decide(
            session,
            hit_id,
            "true_match",
            "Паспорт и дата рождения совпадают с записью ООН (passport and birth date match "
            "the UN entry)",
            ctx.rules,
            ctx.today,
        )
    _hold_approvals(ctx)
    open_hits = screening_review.open_hit_ids(session, toktarov)
    if open_hits:
        screening_review.decide(
            session,
            open_hits[0],
            "false_positive",
            "Другой человек: ИИН и адрес не совпадают с данными отказа 2023 года "
            "(a different person: IIN and address differ from the 2023 refusal)",
            ctx.rules,
            ctx.today,
        )


def _hold_approvals(ctx: DemoContext) -> None:
    """Approved before the lists were screened, now with an open hit: back to pending."""
    with_hits = select(ScreeningHit.customer_id)  # owners' hits carry their customer's id
    approved = ctx.session.scalars(
        select(Customer).where(Customer.status == "approved", Customer.id.in_(with_hits))
    ).all()
    with reason_for_changes(ctx.session, "Demo: a screening hit waits for review"):
        for customer in approved:
            if sanctions.blocking_hits(ctx.session, customer.id, ctx.rules, ctx.today):
                customer.status = "pending"
                customer.decision_note = "A screening hit waits for review."
        ctx.session.flush()
