"""Where the customer register and screening meet: an owner added later is screened at
once, an imported file is screened before the import ends, and a confirmed sanctions
match keeps its points in the customer's risk."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from kuzet.clock import FixedClock
from kuzet.regime.ids import make_iin
from kuzet.registers.customers import customer_file as customers
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.customers.onboarding import add_owner, create_customer
from kuzet.registers.customers.risk import RISK_HIT_STATES, open_hits
from kuzet.registers.screening.review import decide, is_flagged
from kuzet.store.models.customer import Customer
from kuzet.store.models.screening import ScreeningHit
from support import screening_db
from support.screening_db import add_person, person_data, today

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store
AIGERIM_IIN = make_iin(dt.date(1990, 3, 2), "female", 17)


def open_hits_of(store, customer_id: int) -> list[ScreeningHit]:
    with store.reading() as session:
        query = select(ScreeningHit).where(
            ScreeningHit.customer_id == customer_id, ScreeningHit.status == "open"
        )
        return list(session.execute(query).scalars())


def test_an_owner_added_later_is_screened_when_added(listed_store) -> None:
    with listed_store.transaction() as session:
        rules = listed_store.rules(session)
        entity = create_customer(
            session,
            {
                "kind": "entity",
                "name": "ТОО «Ақ Жол Майнинг»",
                "iin_bin": "940140000385",
                "residence": "KZ",
            },
            rules,
            today(),
        )
    assert open_hits_of(listed_store, entity.id) == []
    owner = person_data("Жақыпова Гүлжан", dt.date(1968, 2, 1), sex="female", serial=5)
    owner["iin"] = owner.pop("iin_bin")
    del owner["kind"]
    with listed_store.transaction() as session:
        add_owner(
            session,
            entity.id,
            {**owner, "ownership_percent": "51"},
            listed_store.rules(session),
            today(),
        )
    (hit,) = open_hits_of(listed_store, entity.id)
    assert hit.entry_ref == "KZ-002" and hit.owner_id is not None
    with listed_store.reading() as session:
        assert open_hits(session, entity.id) == 1
        assert customers.get(session, entity.id).risk_tier == "high"


def test_an_imported_customer_is_screened_before_the_import_ends(listed_store, tmp_path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number\n"
        "individual,Умаров Доку Хаматович,UMAROV DOKU,,1964-04-13,RU,RU,passport,7512345678\n"
        f"individual,Сейтқали Айгерім,SEITKALI AIGERIM,{AIGERIM_IIN},1990-03-02,KZ,KZ,,\n",
        encoding="utf-8",
    )
    assert CustomersDesk(listed_store, FixedClock(today())).import_customers(path) == 2
    with listed_store.reading() as session:
        ids = dict(session.execute(select(Customer.name, Customer.id)).all())
    umarov = ids["Умаров Доку Хаматович"]
    assert {h.entry_ref for h in open_hits_of(listed_store, umarov)} >= {"QDi.290"}
    assert open_hits_of(listed_store, ids["Сейтқали Айгерім"]) == []
    with listed_store.reading() as session:
        assert customers.get(session, umarov).risk_tier == "high"


def test_a_confirmed_match_keeps_its_risk_points_and_flags_the_customer(listed_store) -> None:
    customer_id = add_person(listed_store, "Умаров Доку", dt.date(1964, 4, 13))
    hit = next(h for h in open_hits_of(listed_store, customer_id) if h.entry_ref == "QDi.290")
    with listed_store.reading() as session:
        score_open = customers.get(session, customer_id).risk_score
    with listed_store.transaction() as session:
        decide(
            session,
            hit.id,
            "true_match",
            "Same person: name and date of birth",
            listed_store.rules(session),
            today(),
        )
    with listed_store.reading() as session:
        assert is_flagged(session, customer_id)
        assert open_hits(session, customer_id, RISK_HIT_STATES) >= 1
        customer = customers.get(session, customer_id)
        assert customer.risk_score >= score_open and customer.risk_tier == "high"


def test_a_new_file_is_screened_before_its_first_assessment(listed_store) -> None:
    customers = CustomersDesk(listed_store, FixedClock(today()))
    data = person_data("Умаров Доку Хаматович", dt.date(1964, 4, 13), citizenship="RU")
    customer = customers.save_customer(data)
    assert {h.entry_ref for h in open_hits_of(listed_store, customer.id)} >= {"QDi.290"}
    (assessment,) = customers.assessments(customer.id)  # one: made after the screening
    points = {f["factor"]: f["points"] for f in json.loads(assessment.factors)}
    assert points["open_hits"] > 0 and assessment.tier == "high"
    assert customers.sanctions_match(customer.id) is False  # open, not yet confirmed
