"""What a newer rule pack changes, rule by rule: added, changed (and what), retired.

A pure comparison of two ``RulePack``s, for ``kuzet rules update`` and the Rules page's
update dialog. A rule whose only difference is a later ``reviewed`` date is not
"changed" (its law did not move); it is counted apart, so a pack that re-checks every
source does not bury the real changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .rulepack import Rule, RulePack, RuleValue, format_value

ADDED = "added"
CHANGED = "changed"
RETIRED = "retired"
# What may change in a rule, in the order a diff lists it.
ASPECTS = ("title", "type", "unit", "values", "source", "confidence", "description")
_SHOWN_CHARS = 90


@dataclass(frozen=True)
class RuleChange:
    """One rule that a newer pack adds, changes or drops."""

    key: str
    kind: str  # added, changed or retired
    title: str
    source: str  # the new pack's source (the old one's, for a retired rule)
    confidence: str
    aspects: tuple[str, ...] = ()  # what changed (ASPECTS), for a changed rule
    details: tuple[str, ...] = ()  # one line per difference, in words


@dataclass(frozen=True)
class PackDiff:
    old_version: str
    new_version: str
    changes: tuple[RuleChange, ...]
    reviewed_only: tuple[str, ...] = field(default_factory=tuple)

    def of_kind(self, kind: str) -> list[RuleChange]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def keys(self) -> dict[str, str]:
        """Rule key -> kind of change."""
        return {c.key: c.kind for c in self.changes}

    def summary(self) -> str:
        """``2 added, 1 changed, 0 retired`` (plus the re-reviewed rules, if any)."""
        text = (
            f"{len(self.of_kind(ADDED))} added, {len(self.of_kind(CHANGED))} changed, "
            f"{len(self.of_kind(RETIRED))} retired"
        )
        if self.reviewed_only:
            text += f", {len(self.reviewed_only)} re-reviewed without change"
        return text


def diff_packs(old: RulePack, new: RulePack) -> PackDiff:
    """Every rule ``new`` adds, changes or drops compared with ``old``, in key order."""
    changes: list[RuleChange] = []
    reviewed_only: list[str] = []
    for key in sorted(set(old.rules) | set(new.rules)):
        before, after = old.rules.get(key), new.rules.get(key)
        if before is None and after is not None:
            changes.append(_change(after, ADDED, (), _value_lines(after)))
        elif after is None and before is not None:
            changes.append(_change(before, RETIRED, (), ()))
        elif before is not None and after is not None:
            aspects, details = _differences(before, after)
            if aspects:
                changes.append(_change(after, CHANGED, aspects, details))
            elif before.reviewed != after.reviewed:
                reviewed_only.append(key)
    return PackDiff(old.version, new.version, tuple(changes), tuple(reviewed_only))


def _change(
    rule: Rule, kind: str, aspects: tuple[str, ...], details: tuple[str, ...]
) -> RuleChange:
    return RuleChange(rule.key, kind, rule.title, rule.source, rule.confidence, aspects, details)


def _differences(before: Rule, after: Rule) -> tuple[tuple[str, ...], tuple[str, ...]]:
    aspects: list[str] = []
    details: list[str] = []
    for aspect in ASPECTS:
        if aspect == "values":
            lines = _value_differences(before.values, after.values)
            if lines:
                aspects.append(aspect)
                details.extend(lines)
            continue
        was, now = getattr(before, aspect), getattr(after, aspect)
        if was != now:
            aspects.append(aspect)
            name = "mark" if aspect == "confidence" else aspect
            details.append(f"{name}: {_short(str(was)) or '-'} → {_short(str(now)) or '-'}")
    return tuple(aspects), tuple(details)


def _value_differences(was: tuple[RuleValue, ...], now: tuple[RuleValue, ...]) -> list[str]:
    """The values by the day they start: changed, new and dropped ones."""
    old_by_day = {v.valid_from: v for v in was}
    new_by_day = {v.valid_from: v for v in now}
    lines: list[str] = []
    for day in sorted(set(old_by_day) | set(new_by_day)):
        before, after = old_by_day.get(day), new_by_day.get(day)
        if after is None and before is not None:
            lines.append(f"value from {day}: {_shown(before)} dropped")
        elif before is None and after is not None:
            lines.append(f"new value from {day}: {_shown(after)}")
        elif before is not None and after is not None and not _same(before, after, new_by_day):
            lines.append(f"value from {day}: {_shown(before)} → {_shown(after)}")
    return lines


def _same(before: RuleValue, after: RuleValue, new_by_day: dict) -> bool:
    """Alike, or only closed by a value the new pack adds after it (listed on its own)."""
    facts = (before.value, before.source, before.confidence, before.note)
    if facts != (after.value, after.source, after.confidence, after.note):
        return False
    if before.valid_to == after.valid_to:
        return True
    closed_by_next = after.valid_to is not None and (
        after.valid_to + dt.timedelta(days=1) in new_by_day
    )
    return before.valid_to is None and closed_by_next


def _shown(value: RuleValue) -> str:
    text = _short(format_value(value.value))
    if value.valid_to is not None:
        text += f" (to {value.valid_to})"
    return f"{text} [{value.confidence}]"


def _value_lines(rule: Rule) -> tuple[str, ...]:
    return tuple(f"value from {v.valid_from}: {_shown(v)}" for v in rule.values)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"
