"""Four-eyes decisions: which actions need a second officer, and how each is applied.

An action of a kind below, by an officer, becomes an approval request
(``approvals.py``) instead of a change when the firm's setting says the kind needs two
people. The request holds the proposal as JSON; a different officer whose role holds
the kind's permission and ``approvals.decide`` applies it (``apply``) in their own
transaction, where every check of the register runs again against the data as it
stands then.

The setting is firm-wide (table ``setting``, key ``four_eyes``, audited): on by default
in team mode (PostgreSQL), off by default in single-officer SQLite mode, where the MLRO
may switch it on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from ...i18n import tr
from ...store.session import Store
from ..area import Work
from ..customers import edd, risk
from ..monitoring import fiu_reports
from ..screening import review
from . import pack_file, rule_updates, rules, settings
from .permissions import CHANGE_RULES, DECIDE_CUSTOMERS, DECIDE_HITS, FILE_REPORTS

SETTING = "four_eyes"

HIT_DECISION = "hit_decision"
STR_DECISION = "str_decision"
STR_FILING = "str_filing"
RULE_OVERRIDE = "rule_override"
RULE_PACK_UPDATE = "rule_pack_update"
CUSTOMER_APPROVAL = "customer_approval"
RISK_TIER_OVERRIDE = "risk_tier_override"

Applier = Callable[[Work, Mapping[str, Any], Store], Any]


@dataclass(frozen=True)
class Kind:
    key: str
    title: Callable[[], str]  # in the officer's language, when shown
    permission: str  # what the maker and the checker must both hold
    apply: Applier


def _day(text: Any) -> dt.date | None:
    """An ISO date of a proposal (None when missing or not a date: the register then
    names the field)."""
    try:
        return None if text in (None, "") else dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def _hit(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return review.decide(
        work.session, int(p["hit_id"]), p["decision"], p["reason"], work.rules, work.today
    )


def _str_decision(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return fiu_reports.decide(
        work.session,
        int(p["report_id"]),
        p["decision"],
        _day(p.get("decided_on")) or work.today,
        work.rules,
        work.today,
    )


def _str_filing(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return fiu_reports.mark_reported(
        work.session,
        "str",
        int(p["report_id"]),
        _day(p.get("reported_on")),
        p["reference"],
        work.today,
    )


def _rule_override(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return rules.set_override(
        work.session,
        work.rules,
        p["key"],
        p["value"],
        _day(p["valid_from"]),
        _day(p.get("valid_to")),
        p["reason"],
    )


def _rule_pack(work: Work, p: Mapping[str, Any], store: Store) -> Any:
    store.reload_pack()  # the pack in force as it stands in the checker's transaction
    file = pack_file.PackFile(p["name"], p["sha256"], dict(p["files"]))
    preview = rule_updates.preview_file(work.session, store.pack, file)
    try:
        return rule_updates.apply_update(work.session, store.pack, preview)
    finally:
        store.reload_pack()


def _customer(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return edd.decide(
        work.session, int(p["customer_id"]), p["decision"], p["note"], work.rules, work.today
    )


def _tier(work: Work, p: Mapping[str, Any], _store: Store) -> Any:
    return risk.override_tier(
        work.session, int(p["customer_id"]), p["tier"], p["reason"], work.rules, work.today
    )


KINDS: dict[str, Kind] = {
    kind.key: kind
    for kind in (
        Kind(HIT_DECISION, lambda: tr("Screening hit decision"), DECIDE_HITS, _hit),
        Kind(STR_DECISION, lambda: tr("STR decision (STR or no STR)"), FILE_REPORTS, _str_decision),
        Kind(STR_FILING, lambda: tr("STR filed with the FIU"), FILE_REPORTS, _str_filing),
        Kind(RULE_OVERRIDE, lambda: tr("Rule override"), CHANGE_RULES, _rule_override),
        Kind(RULE_PACK_UPDATE, lambda: tr("Rule pack update"), CHANGE_RULES, _rule_pack),
        Kind(
            CUSTOMER_APPROVAL,
            lambda: tr("Approval of a high-risk or PEP customer"),
            DECIDE_CUSTOMERS,
            _customer,
        ),
        Kind(RISK_TIER_OVERRIDE, lambda: tr("Risk-tier override"), DECIDE_CUSTOMERS, _tier),
    )
}


def team_mode(store: Store) -> bool:
    """A shared team database (PostgreSQL) rather than one officer's SQLite file."""
    return store.engine.dialect.name != "sqlite"


def in_force(session: Session, team: bool) -> dict[str, bool]:
    """Which kinds need a second officer now (the firm's setting over the mode's default)."""
    chosen = settings.get(session, SETTING, {}) or {}
    return {key: bool(chosen.get(key, team)) for key in KINDS}


def needs_second(session: Session, kind: str, team: bool) -> bool:
    return in_force(session, team)[kind]


def choose(session: Session, kind: str, on: bool, team: bool) -> None:
    """Switch four-eyes for ``kind`` on or off (audited: the ``setting`` row)."""
    if kind not in KINDS:
        raise KeyError(kind)
    chosen = in_force(session, team)
    chosen[kind] = bool(on)
    settings.put(session, SETTING, chosen)
