"""The auditor's sample: N customer files drawn reproducibly, stratified by risk tier.

Method (printed in the pack so an auditor can redraw it):

1. The population is every customer file not retired on the pack's day, grouped by its
   risk tier (``high``, ``medium``, ``low``, then any other tier, then files not yet
   assessed as ``unassessed``), each group ordered by customer id.
2. Allocation is proportional with the largest-remainder method. When N is at least the
   number of non-empty tiers, each of them first gets one file and the rest of N is shared
   in proportion to the files left in each tier. Ties go to the larger tier, then to the
   tier named first above. No tier gets more files than it holds; N larger than the
   population takes every file.
3. One ``random.Random(seed)`` draws, tier by tier in the order above,
   ``rng.sample(ids, k)`` from the ordered ids. The same database and seed give the same
   sample on any machine (Python's ``random`` is specified and stable for a given seed).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlmodel import Session

from kuzet.regime.risk import TIERS
from kuzet.store.models.customer import Customer

UNASSESSED = "unassessed"
TIER_ORDER: tuple[str, ...] = tuple(reversed(TIERS))  # high, medium, low


@dataclass(frozen=True)
class SampleDraw:
    size: int  # N asked for
    seed: int
    population: dict[str, int]  # tier -> files in it (in tier order)
    allocation: dict[str, int]  # tier -> files drawn
    ids: tuple[int, ...]  # drawn customer ids, by tier order then id


def tier_order(tiers: set[str] | list[str]) -> list[str]:
    known = [t for t in TIER_ORDER if t in tiers]
    rest = sorted(t for t in tiers if t not in TIER_ORDER and t != UNASSESSED)
    return known + rest + ([UNASSESSED] if UNASSESSED in tiers else [])


def population(session: Session) -> dict[str, list[int]]:
    """Tier -> customer ids (ascending), tiers in the method's order."""
    query = (
        select(Customer.id, Customer.risk_tier)
        .where(Customer.retired_at.is_(None))
        .order_by(Customer.id)
    )
    groups: dict[str, list[int]] = {}
    for customer_id, tier in session.execute(query):
        groups.setdefault(tier or UNASSESSED, []).append(int(customer_id))
    return {tier: groups[tier] for tier in tier_order(list(groups))}


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Files to draw per tier (see the module's method); ``sizes`` in tier order."""
    order = [t for t in sizes if sizes[t] > 0]
    total = sum(sizes[t] for t in order)
    if n >= total:
        return {t: sizes[t] for t in sizes}
    base = {t: 0 for t in sizes}
    if n >= len(order):
        for t in order:
            base[t] = 1
    rest = n - sum(base.values())
    room = {t: sizes[t] - base[t] for t in order}
    pool = sum(room.values())
    quotas = {t: Fraction(rest * room[t], pool) if pool else Fraction(0) for t in order}
    share = {t: int(quotas[t]) for t in order}
    left = rest - sum(share.values())
    rank = sorted(
        (t for t in order if share[t] < room[t]),
        key=lambda t: (-(quotas[t] - share[t]), -sizes[t], order.index(t)),
    )
    for t in rank[:left]:
        share[t] += 1
    return {t: base[t] + share.get(t, 0) for t in sizes}


def draw_sample(session: Session, size: int, seed: int) -> SampleDraw:
    """Draw ``size`` customer files with ``seed`` (see the module's method)."""
    if size < 1:
        raise ValueError("the sample size must be at least 1")
    groups = population(session)
    sizes = {tier: len(ids) for tier, ids in groups.items()}
    allocation = allocate(sizes, size)
    rng = random.Random(seed)
    drawn: list[int] = []
    for tier, ids in groups.items():
        drawn += sorted(rng.sample(ids, allocation[tier]))
    return SampleDraw(size, seed, sizes, allocation, tuple(drawn))
