"""Severities: how serious a finding is, from the rule pack.

Every finding Kuzet shows (a deadline, an alert, a screening hit, a licence problem, a
mandatory-sale shortfall) has a *kind*, e.g. ``listed_wallet`` or ``deadline.overdue``.
The rule ``findings.severity`` (``resources/rules/findings.toml``) maps each kind to one
of four levels, most serious first:

- ``critical``: stop and act today (a listed person or wallet, activity without a licence);
- ``high``: a breach or a missed legal deadline the officer must cure now;
- ``medium``: needs the officer's review in the ordinary course;
- ``info``: recorded for the file, nothing to do yet.

An officer can override the mapping like any rule (audited). A kind the mapping does not
name raises ``UnknownFindingKind``, so a misspelt kind is caught by the tests rather than
shown as the wrong colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from ..i18n import tr

CRITICAL, HIGH, MEDIUM, INFO = "critical", "high", "medium", "info"
SEVERITIES: tuple[str, ...] = (CRITICAL, HIGH, MEDIUM, INFO)
RULE = "findings.severity"
_RANK = {level: rank for rank, level in enumerate(SEVERITIES)}

# The one palette of the levels, for the window (ui/style.py) and the audit pack
# (reports/badges.py): (colour of text on white, badge fill, text on the fill). Deep red,
# red-orange, amber, slate: they differ in lightness as well as hue, so they stay apart in
# the common forms of colour blindness; every coloured cell or badge also says its level in
# words, so colour is never the only sign.
PALETTE: dict[str, tuple[str, str, str]] = {
    CRITICAL: ("#7f1d1d", "#7f1d1d", "#ffffff"),
    HIGH: ("#c2410c", "#c2410c", "#ffffff"),
    MEDIUM: ("#8a5a00", "#f2b233", "#1d2733"),
    INFO: ("#475569", "#e2e8f0", "#1d2733"),
}

# What each deadline urgency maps to when its provider names no finding kind.
DEADLINE_KINDS = {
    "overdue": "deadline.overdue",
    "due soon": "deadline.due_soon",
    "upcoming": "deadline.upcoming",
}


class UnknownFindingKind(KeyError):
    """The rule ``findings.severity`` has no level for this kind."""


class _Rules(Protocol):
    def value(self, key: str, day: dt.date) -> Any: ...


def severity_key(level: str | None) -> int:
    """Sort key: critical first, then high, medium, info; anything else last."""
    return _RANK.get(level or "", len(SEVERITIES))


def is_severity(level: Any) -> bool:
    return level in _RANK


def severity_of(rules: _Rules, kind: str, day: dt.date) -> str:
    """The level of a finding of ``kind`` on ``day``, from rule ``findings.severity``."""
    mapping = rules.value(RULE, day)
    try:
        level = mapping[kind]
    except KeyError:
        raise UnknownFindingKind(
            f"finding kind {kind!r} has no severity in rule {RULE!r} on {day.isoformat()}"
        ) from None
    if level not in _RANK:
        raise ValueError(
            f"rule {RULE!r}: kind {kind!r} has level {level!r}, not one of {', '.join(SEVERITIES)}"
        )
    return level


def severity_or(rules: _Rules, kind: str, day: dt.date, default: str = MEDIUM) -> str:
    """Like ``severity_of`` but a missing rule or kind gives ``default`` (for old packs)."""
    try:
        return severity_of(rules, kind, day)
    except (KeyError, LookupError, ValueError):
        return default


def deadline_kind(urgency: str) -> str:
    """The finding kind of a deadline's urgency ("overdue", "due soon", "upcoming")."""
    return DEADLINE_KINDS.get(urgency, "deadline.upcoming")


def most_serious(levels: Iterable[str | None]) -> str | None:
    ordered = sorted((lv for lv in levels if lv in _RANK), key=severity_key)
    return ordered[0] if ordered else None


def severity_label(level: str | None) -> str:
    """The level in words for the officer (the colour is never the only sign)."""
    labels = {
        CRITICAL: tr("Critical"),
        HIGH: tr("High"),
        MEDIUM: tr("Medium"),
        INFO: tr("Info"),
    }
    return labels.get(level or "", level or "")
