"""The demo firm's customers (``kuzet demo --customers N``, 200 by default).

Kazakh and Russian people in Cyrillic with their passport Latin names, valid IINs that
agree with their birth dates and sex (a few that do not, some explained), legal entities
with BINs and beneficial owners, a few PEPs (some whose domestic status has lapsed), a
spread of risk tiers, decisions over the last seven years, reviews, some overdue reviews
and expired ID documents, EDD for high-risk and PEP files, and a few documents in the
encrypted vault. Written in bulk (``onboarding.onboard_seeds``: the files, then their
screening) so 100,000 customers take seconds, and every row is still in the audit trail.

The demo is public data: where no OS keyring is usable, its vault is protected by the
fixed passphrase ``demo`` (``DEMO_PASSPHRASE``), and the app says so when it asks for it.
A real firm's database never does this.
"""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from typing import Any

from ..regime.ids import make_bin, make_iin
from ..regime.risk import add_years, next_review, risk_parameters, score
from ..registers.customers import documents, onboarding
from ..registers.customers.bulk import CHUNK, CustomerSeed, OwnerSeed, seed_profile
from ..registers.customers.customer_file import clean
from ..registers.customers.owners import clean_owner
from ..registers.customers.peps import clean_pep
from ..store import keys
from ..store.vault import Vault, create_vault, database_of
from .context import DemoContext
from .names import (
    CHANNELS,
    CITIES,
    ENTITY_PRODUCTS,
    FUNDS,
    OCCUPATIONS,
    OFFICERS,
    PEP_KINDS,
    POSITIONS,
    PRODUCTS,
    PURPOSES,
    STATUSES,
    Person,
    company,
    person,
)

DEMO_PASSPHRASE = "demo"


def pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([k for k, _ in weighted], [w for _, w in weighted])[0]


class _Numbers:
    """Unique valid IINs and BINs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def iin(self, birth: dt.date, sex: str) -> str:
        while True:
            number = make_iin(birth, sex, self.rng.randrange(10000))
            if number and number not in self.used:
                self.used.add(number)
                return number

    def bin(self, year: int, month: int) -> str:
        while True:
            number = make_bin(year, month, "4", "0", self.rng.randrange(100000))
            if number and number not in self.used:
                self.used.add(number)
                return number


def _address(rng: random.Random) -> str:
    city, street = rng.choice(CITIES)
    return f"{city}, {street}, д. {rng.randint(1, 180)}, кв. {rng.randint(1, 240)}"


def _individual(ctx: DemoContext, numbers: _Numbers) -> dict[str, Any]:
    rng, today = ctx.rng, ctx.today
    who: Person = person(rng)
    birth = today - dt.timedelta(days=rng.randint(18 * 365 + 5, 75 * 365))
    home = who.citizenship == "KZ"
    issued = today - dt.timedelta(days=rng.randint(0, 3800))
    product = pick(rng, PRODUCTS)
    data: dict[str, Any] = {
        "kind": "individual",
        "name": who.name,
        "name_latin": who.latin,
        "iin_bin": numbers.iin(birth, who.sex) if home else "",
        "birth_date": birth,
        "sex": who.sex,
        "citizenship": who.citizenship,
        "residence": who.citizenship if not home or rng.random() > 0.02 else "RU",
        "id_type": rng.choice(("id_card", "id_card", "passport_kz")) if home else "passport",
        "id_number": f"{rng.randrange(10**9):09d}" if home else f"X{rng.randrange(10**7):07d}",
        "id_issuer": "МВД РК" if home else who.citizenship,
        "id_issued_on": issued,
        "id_expires_on": add_years(issued, 10),
        "occupation": rng.choice(OCCUPATIONS),
        "address": _address(rng),
        "phone": f"+7 7{rng.randint(0, 99):02d} {rng.randrange(10**7):07d}",
        "purpose": PURPOSES[product],
        "product": product,
        "channel": pick(rng, CHANNELS),
        "funds_source": pick(rng, FUNDS),
    }
    if rng.random() < 0.003 and data["iin_bin"]:  # an IIN that disagrees with the file
        data["birth_date"] = birth + dt.timedelta(days=rng.choice((1, 31, 365)))
    return data


def _entity(ctx: DemoContext, numbers: _Numbers) -> tuple[dict[str, Any], list[OwnerSeed]]:
    rng, today = ctx.rng, ctx.today
    foreign = rng.random() < 0.1
    name, latin, country = company(rng, foreign)
    registered = dt.date(rng.randint(2005, today.year - 1), rng.randint(1, 12), rng.randint(1, 28))
    product = pick(rng, ENTITY_PRODUCTS)
    director = person(rng, 0.0)
    data = {
        "kind": "entity",
        "name": name,
        "name_latin": latin,
        "iin_bin": "" if foreign else numbers.bin(registered.year, registered.month),
        "residence": country,
        "registration_number": f"{rng.randrange(10**6):06d}-1910-ТОО"
        if not foreign
        else f"C{rng.randrange(10**6)}",
        "registered_on": registered,
        "directors": director.name,
        "address": _address(rng)
        if not foreign
        else "Dubai, Business Bay"
        if country == "AE"
        else "Head office abroad",
        "purpose": PURPOSES[product],
        "product": product,
        "channel": pick(rng, (("in_person", 50), ("remote_verified", 35), ("introducer", 15))),
        "funds_source": pick(rng, (("business", 70), ("mining", 20), ("investments", 10))),
    }
    shares = rng.choice(((100,), (60, 40), (50, 50), (40, 35, 25), (75, 25)))
    owners = []
    for share in shares:
        who = director if share == shares[0] and rng.random() < 0.5 else person(rng, 0.05)
        birth = today - dt.timedelta(days=rng.randint(25 * 365, 70 * 365))
        home = who.citizenship == "KZ"
        owner = {
            "name": who.name,
            "name_latin": who.latin,
            "iin": numbers.iin(birth, who.sex) if home else "",
            "birth_date": birth,
            "sex": who.sex,
            "citizenship": who.citizenship,
            "residence": who.citizenship,
            "ownership_percent": str(share),
        }
        owners.append(OwnerSeed(clean_owner(owner)))
    return data, owners


def _pep(ctx: DemoContext, params: Any) -> dict[str, Any]:
    rng, today = ctx.rng, ctx.today
    kind = pick(rng, PEP_KINDS)
    governing = rng.choice(("domestic", "foreign")) if kind in ("family", "associate") else kind
    took = today - dt.timedelta(days=rng.randint(800, 4000))
    left = today - dt.timedelta(days=rng.randint(10, 700)) if rng.random() < 0.4 else None
    data = {
        "kind": kind,
        "related_kind": governing if kind in ("family", "associate") else "",
        "related_person": "Супруг(а) публичного должностного лица"
        if kind == "family"
        else "Деловой партнёр ПДЛ"
        if kind == "associate"
        else "",
        "position": rng.choice(POSITIONS[governing]),
        "organisation": "Республика Казахстан" if governing == "domestic" else "",
        "took_office": took,
        "left_office": left,
        "identified_by": "анкета клиента",
    }
    return clean_pep(data, ctx.rules, today, params)


def _edd(approved_on: dt.date, complete: bool) -> dict[str, Any]:
    return {
        "source_of_wealth": "Доход от бизнеса и продажа недвижимости",
        "wealth_verified": complete,
        "wealth_evidence": "Договор купли-продажи и налоговые декларации 2022–2024"
        if complete
        else "",
        "funds_verified": complete,
        "funds_evidence": "Выписка Halyk Bank по счёту перевода" if complete else "",
        "approved_by": "Д. Ермеков, генеральный директор" if complete else "",
        "approved_on": approved_on if complete else None,
        "enhanced_monitoring": complete,
        "complete": complete,
        "notes": "",
    }


def build_seed(ctx: DemoContext, numbers: _Numbers, params: Any) -> CustomerSeed:
    rng = ctx.rng
    if rng.random() < 0.15:
        data, owners = _entity(ctx, numbers)
        seed = CustomerSeed(clean(data, "entity"), owners=owners)
        if rng.random() < 0.03:
            owners[0].peps.append(_pep(ctx, params))
    else:
        data = _individual(ctx, numbers)
        seed = CustomerSeed(clean(data, "individual"))
        if rng.random() < 0.01 or (data["residence"] != "KZ" and rng.random() < 0.05):
            seed.peps.append(_pep(ctx, params))
    _decide(ctx, seed, params)
    return seed


def build_seeds(ctx: DemoContext) -> list[CustomerSeed]:
    """All the demo's customers at once (tests; the demo itself builds them in chunks)."""
    params = risk_parameters(ctx.rules, ctx.today)
    numbers = _Numbers(ctx.rng)
    return [build_seed(ctx, numbers, params) for _ in range(ctx.customers)]


def _decide(ctx: DemoContext, seed: CustomerSeed, params: Any) -> None:
    """Onboarding decision, EDD, reviews (some left overdue), explanations of IIN conflicts."""
    rng, today, data = ctx.rng, ctx.today, seed.data
    result = seed.score = score(seed_profile(seed, today), params)
    pep = any(
        p["status_ends_on"] is None or p["status_ends_on"] >= today for p in seed.peps
    ) or any(
        p["status_ends_on"] is None or p["status_ends_on"] >= today
        for o in seed.owners
        for p in o.peps
    )
    needs_edd = pep or result.tier in params.edd_tiers
    status = pick(rng, STATUSES)
    if data["iin_conflict"] and status == "approved":
        data["iin_note"] = "Дата рождения исправлена при замене удостоверения; ИИН не менялся"
    onboarded = today - dt.timedelta(days=rng.randint(20, 7 * 365))
    data["status"] = status
    if status == "pending":
        if needs_edd and rng.random() < 0.5:
            seed.edd = _edd(onboarded, complete=False)
        return
    data["decided_by"] = rng.choice(OFFICERS)
    data["decided_at"] = dt.datetime.combine(onboarded, dt.time(10, 30), dt.UTC)
    if status == "rejected":
        data["decision_note"] = "Клиент не подтвердил источник средств"
        return
    data["onboarded_on"] = onboarded
    if needs_edd:
        seed.edd = _edd(onboarded, complete=True)
    if status == "exited":
        data["decision_note"] = "Клиент закрыл счёт"
        return
    last = onboarded
    due = next_review(result.tier, last, params)
    while due is not None and due < today and rng.random() > 0.05:
        reviewed = min(today, due + dt.timedelta(days=rng.randint(-20, 25)))
        seed.reviews.append(
            {
                "reviewed_on": reviewed,
                "reviewer": rng.choice(OFFICERS),
                "outcome": "confirmed",
                "next_review_on": next_review(result.tier, reviewed, params),
                "notes": "Анкета и документы проверены, операции соответствуют профилю",
            }
        )
        last = reviewed
        due = next_review(result.tier, last, params)
    if seed.reviews:
        data["last_review_on"] = last


def add_customers(ctx: DemoContext) -> None:
    """Build and insert the customers chunk by chunk (constant memory at 100,000)."""
    total = ctx.customers
    if total <= 0:
        return
    params = risk_parameters(ctx.rules, ctx.today)
    numbers = _Numbers(ctx.rng)
    with_documents: list[tuple[int, CustomerSeed]] = []
    done = 0
    while done < total:
        ctx.progress.step(done, total, "Demo: customers")
        seeds = [build_seed(ctx, numbers, params) for _ in range(min(CHUNK, total - done))]
        ids = onboarding.onboard_seeds(ctx.session, seeds, ctx.rules, ctx.today, trigger="demo")
        for customer_id, seed in zip(ids, seeds, strict=True):
            if len(with_documents) < 6 and seed.data["status"] == "approved":
                with_documents.append((customer_id, seed))
        done += len(seeds)
    ctx.progress.step(total, total, "Demo: customers")
    _add_documents(ctx, with_documents)


def demo_vault(ctx: DemoContext) -> Vault:
    """The demo's vault: the OS keyring where usable, else the public passphrase ``demo``."""
    passphrase = None if keys.keyring_status().usable else DEMO_PASSPHRASE
    return create_vault(ctx.session, database_of(ctx.session), passphrase)


def _add_documents(ctx: DemoContext, customers: list[tuple[int, CustomerSeed]]) -> None:
    if not customers:
        return
    vault = demo_vault(ctx)
    for customer_id, seed in customers:
        issued = seed.data.get("id_issued_on") or ctx.today
        month_ago = ctx.today - dt.timedelta(days=30)
        attach = [
            (
                "id_document",
                "id-scan.png",
                _png(ctx.rng),
                {"expires_on": seed.data.get("id_expires_on"), "effective_from": issued},
            ),
            (
                "proof_of_address",
                "utility-bill.txt",
                _bill(seed),
                {"effective_from": month_ago - dt.timedelta(days=30), "effective_to": month_ago},
            ),
        ]
        if seed.edd is not None:
            attach.append(
                (
                    "source_of_wealth",
                    "declaration-2024.txt",
                    "Налоговая декларация 2024 (демо)".encode(),
                    {"effective_from": dt.date(2024, 1, 1), "effective_to": dt.date(2024, 12, 31)},
                )
            )
        for category, name, content, dates in attach:
            documents.attach(
                ctx.session,
                vault,
                customer_id,
                content,
                name,
                {"category": category, **dates},
                ctx.rules,
                ctx.today,
            )


def _bill(seed: CustomerSeed) -> bytes:
    return (
        f"АО «Астана-РЭК» — счёт за электроэнергию (демо)\n{seed.data['name']}\n"
        f"{seed.data['address']}\nК оплате: 8 450 ₸\n"
    ).encode()


def _png(rng: random.Random, width: int = 64, height: int = 40) -> bytes:
    """A small grey card-like image (the demo has no real scans)."""
    shade = rng.randint(150, 220)
    raw = b"".join(
        b"\x00" + bytes([shade, shade, shade + 20 if shade < 235 else 255]) * width
        for _ in range(height)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
