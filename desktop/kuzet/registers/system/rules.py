"""The Rules page's data, and officer overrides of rule-pack values (audited)."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from ...i18n import tr
from ...regime.rulepack import (
    CONFIDENCE_MARKS,
    RuleBook,
    RuleNotInForce,
    coerce_value,
    format_value,
)
from ...store.audit import utc_now
from ...store.models import RuleOverride
from ..errors import NotFound, ValidationFailed


@dataclass(frozen=True)
class RuleLine:
    key: str
    title: str
    unit: str
    file: str
    value: str
    source: str
    confidence: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    overridden: bool = False
    override_reason: str = ""
    reviewed: dt.date | None = None  # when the rule's source was last checked
    stale: bool = False  # not reviewed within the review interval
    flag: str = ""  # why an officer's override of this rule needs checking (a newer pack)
    value_detail: str = ""  # a table of choices' raw rows (keys), for the value's tooltip


def rule_lines(
    rules: RuleBook,
    day: dt.date,
    review_cutoff: dt.date | None = None,
    flags: Mapping[str, str] | None = None,
) -> list[RuleLine]:
    """Every rule with the value in force on ``day`` (an override shown as such), when
    its source was reviewed (stale if before ``review_cutoff``), and ``flags`` by key."""
    flags = flags or {}
    lines = []
    for key in sorted(rules.pack.rules):
        rule = rules.pack.rules[key]
        about = (key, rule.title, rule.unit, rule.file)
        review = {
            "reviewed": rule.reviewed,
            "stale": review_cutoff is not None
            and (rule.reviewed is None or rule.reviewed < review_cutoff),
            "flag": flags.get(key, ""),
        }
        try:
            value = rules.effective(key, day)
        except RuleNotInForce:
            lines.append(
                RuleLine(*about, tr("(not in force)"), tr(rule.source), rule.confidence, **review)
            )
            continue
        source = tr(value.source)  # the pack's sources are translated (packaging/translations.py)
        if value.overridden:
            source = tr("officer override ({source})").format(source=tr(rule.source))
        span = (value.valid_from, value.valid_to, value.overridden, value.override_reason)
        shown, detail = value_text(value.value)
        lines.append(
            RuleLine(*about, shown, source, value.confidence, *span, **review, value_detail=detail)
        )
    return lines


def value_text(value: Any) -> tuple[str, str]:
    """A rule value as the Rules page shows it, and the detail for its tooltip: a table of
    choices (rows with a ``label``) shows each translated label with its other values
    ("Crypto–fiat exchange: 15"), the rows' keys go to the tooltip; any other value is
    ``format_value``'s text with no detail."""
    rows = value if isinstance(value, tuple | list) else ()
    if not rows or not all(isinstance(row, Mapping) and "label" in row for row in rows):
        return format_value(value), ""
    shown = []
    for row in rows:
        extra = [str(v) for k, v in row.items() if k not in ("key", "label")]
        shown.append(tr(str(row["label"])) + (": " + ", ".join(extra) if extra else ""))
    return "; ".join(shown), format_value(tuple(rows))


def confidence_text(mark: str) -> str:
    """What a confidence mark means, in the UI's language."""
    meanings = {
        "V": tr("read in the law or the regulator's rulebook"),
        "S": tr("secondary source"),
        "U": tr("unverified or sources disagree"),
        "P": tr("product default, not law"),
    }
    return meanings.get(mark, CONFIDENCE_MARKS.get(mark, mark))


def parse_value_text(rule_type: str, text: str) -> Any:
    """Read what an officer typed as a TOML value (``75``, ``"0.75"``, ``[90, 60, 30]``)."""
    text = text.strip()
    if rule_type == "text" and not text.startswith(('"', "'")):
        text = json.dumps(text)
    if rule_type == "decimal" and not text.startswith(('"', "'")):
        text = json.dumps(text)
    try:
        raw = tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        raise ValueError(
            tr("{text!r} is not a value Kuzet can read (write it as in the rule pack)").format(
                text=text
            )
        ) from None
    return raw


def set_override(
    session: Session,
    rules: RuleBook,
    key: str,
    value_text: str,
    valid_from: dt.date,
    valid_to: dt.date | None,
    reason: str,
) -> RuleOverride:
    errors: dict[str, str] = {}
    if key not in rules.pack.rules:
        raise NotFound(tr("no rule {key!r} in the rule pack").format(key=key))
    rule = rules.pack.rules[key]
    raw: Any = None
    try:
        raw = parse_value_text(rule.type, value_text)
        coerce_value(rule.type, raw)
    except ValueError as exc:
        errors["value"] = str(exc)
    if not reason.strip():
        errors["reason"] = tr(
            "Say why the rule is overridden (it goes in the audit trail and the pack)."
        )
    if valid_to is not None and valid_to < valid_from:
        errors["valid_to"] = tr("The override cannot end before it starts.")
    if errors:
        raise ValidationFailed(errors)
    row = RuleOverride(
        rule_key=key,
        value=json.dumps(_jsonable(raw), ensure_ascii=False),
        valid_from=valid_from,
        valid_to=valid_to,
        reason=reason.strip(),
    )
    session.add(row)
    session.flush()
    return row


def _jsonable(raw: Any) -> Any:
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, list):
        return [_jsonable(v) for v in raw]
    if isinstance(raw, dict):
        return {k: _jsonable(v) for k, v in raw.items()}
    return raw


def active_overrides(session: Session) -> list[RuleOverride]:
    query = select(RuleOverride).where(RuleOverride.retired_at.is_(None)).order_by(RuleOverride.id)
    return list(session.exec(query).all())


def withdraw_override(session: Session, override_id: int, reason: str) -> RuleOverride:
    row = session.get(RuleOverride, override_id)
    if row is None:
        raise NotFound(tr("rule override #{id} does not exist").format(id=override_id))
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the override is withdrawn.")})
    row.retired_at = utc_now()
    row.retired_reason = reason.strip()
    session.flush()
    return row
