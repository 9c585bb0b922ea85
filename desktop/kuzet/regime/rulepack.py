"""The rule pack: every number of the law as data, with its source, confidence and dates.

A pack is a folder of TOML files (``resources/rules/*.toml``). Each top-level key of a
file is one rule::

    ["licence.mining.term_years"]
    title = "Digital mining licence term"
    type = "integer"
    unit = "years"
    source = "Law on Digital Assets No. 193-VII of 6 Feb 2023, Art. 9"
    confidence = "V"
    values = [{ from = 2023-04-01, value = 3 }]

``values`` are effective-dated: ``from`` is the first day a value applies and ``to``
(optional) the last; a value without ``to`` runs until the next one starts. A value may
carry its own ``source``, ``confidence`` and ``note``. Confidence marks:
V read in the law, S secondary source, U unverified, P product default (not law).

Every rule also says when its source was last checked (``reviewed = 2026-12-07``).

The pack as a whole has a version, in ``pack.toml``'s ``[pack]`` table (every other
top-level key of every file, ``pack.toml`` included, is a rule)::

    [pack]
    version = "2026.12.1"     # dotted integers: a newer pack has a higher version
    published = 2026-12-07
    title = "Kazakhstan and the AIFC, 2026 revision"

``load_pack`` validates everything and reports every problem with its file and key;
``load_pack_texts`` does the same for files held in memory (an imported pack kept in the
database). ``RuleBook`` answers "the value of rule X on date D", with officer overrides
on top.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

CONFIDENCE_MARKS = {
    "V": "read in the law or the regulator's rulebook",
    "S": "secondary source",
    "U": "unverified or sources disagree",
    "P": "product default, not law",
}
RULE_TYPES = ("integer", "decimal", "boolean", "text", "date", "list", "table", "mapping")
_RULE_FIELDS = {
    "title",
    "type",
    "unit",
    "source",
    "confidence",
    "description",
    "values",
    "reviewed",
}
_REQUIRED_RULE_FIELDS = ("title", "type", "source", "confidence", "values")
# Whether every rule must say when its source was last checked (``reviewed = YYYY-MM-DD``).
REVIEWED_REQUIRED = True
PACK_FILE = "pack.toml"
PACK_TABLE = "pack"
_PACK_FIELDS = {"version", "published", "title"}
_VERSION = re.compile(r"^\d+(\.\d+)*$")
_VALUE_FIELDS = {"from", "to", "value", "source", "confidence", "note"}


class RulePackError(Exception):
    """A pack that cannot be used; ``problems`` holds one line per fault."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("rule pack is invalid:\n" + "\n".join(f"  {p}" for p in problems))


class RuleNotInForce(LookupError):
    """The rule has no value on the date asked for."""


@dataclass(frozen=True)
class RuleValue:
    value: Any
    valid_from: dt.date
    valid_to: dt.date | None
    source: str
    confidence: str
    note: str = ""
    overridden: bool = False
    override_reason: str = ""

    def applies_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    type: str
    source: str
    confidence: str
    values: tuple[RuleValue, ...]
    unit: str = ""
    description: str = ""
    file: str = ""
    reviewed: dt.date | None = None

    def effective(self, day: dt.date) -> RuleValue:
        for value in reversed(self.values):
            if value.applies_on(day):
                return value
        raise RuleNotInForce(f"rule {self.key!r} has no value on {day.isoformat()}")


@dataclass(frozen=True)
class Override:
    """An officer's value for a rule, recorded through the audit trail."""

    key: str
    value: Any
    valid_from: dt.date
    valid_to: dt.date | None
    reason: str


@dataclass(frozen=True)
class PackInfo:
    """What ``pack.toml`` says of the pack: its version, when it was published, its title."""

    version: str
    published: dt.date
    title: str

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    """A dotted version as integers, for comparing (``2026.12.10`` > ``2026.12.9``)."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


@dataclass(frozen=True)
class RulePack:
    rules: Mapping[str, Rule]
    directory: str = ""
    info: PackInfo | None = None
    sha256: str = ""  # of the pack's files (``pack_digest``), or of the file it came in

    @property
    def version(self) -> str:
        return self.info.version if self.info else ""

    def rule(self, key: str) -> Rule:
        try:
            return self.rules[key]
        except KeyError:
            raise KeyError(f"no rule {key!r} in the rule pack at {self.directory}") from None

    def effective(self, key: str, day: dt.date) -> RuleValue:
        return self.rule(key).effective(day)

    def value(self, key: str, day: dt.date) -> Any:
        return self.effective(key, day).value


@dataclass(frozen=True)
class RuleBook:
    """The pack with the officer's overrides on top: what the registers ask."""

    pack: RulePack
    overrides: tuple[Override, ...] = field(default_factory=tuple)

    def rule(self, key: str) -> Rule:
        return self.pack.rule(key)

    def effective(self, key: str, day: dt.date) -> RuleValue:
        rule = self.pack.rule(key)
        for override in reversed(self.overrides):
            if override.key != key:
                continue
            if override.valid_from <= day and (
                override.valid_to is None or day <= override.valid_to
            ):
                return RuleValue(
                    value=override.value,
                    valid_from=override.valid_from,
                    valid_to=override.valid_to,
                    source="officer override",
                    confidence=rule.effective(day).confidence if _has_value(rule, day) else "U",
                    note=override.reason,
                    overridden=True,
                    override_reason=override.reason,
                )
        return rule.effective(day)

    def value(self, key: str, day: dt.date) -> Any:
        return self.effective(key, day).value

    def value_or(self, key: str, day: dt.date, default: Any = None) -> Any:
        """The value of ``key`` on ``day``, or ``default`` where the rule has none then."""
        try:
            return self.value(key, day)
        except RuleNotInForce:
            return default

    def overrides_for(self, key: str) -> list[Override]:
        return [o for o in self.overrides if o.key == key]


def _has_value(rule: Rule, day: dt.date) -> bool:
    return any(v.applies_on(day) for v in rule.values)


def load_pack(directory: str | Path) -> RulePack:
    """Read and validate every ``*.toml`` in ``directory``; raise ``RulePackError``."""
    directory = Path(directory)
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise RulePackError([f"{directory}: no rule files (*.toml) found"])
    files: dict[str, str] = {}
    for path in paths:
        try:
            files[path.name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulePackError([f"{path.name}: cannot be read: {exc}"]) from None
    return load_pack_texts(files, str(directory))


def pack_digest(files: Mapping[str, str]) -> str:
    """SHA-256 of a pack's files: each name and text, in name order (what the pack says,
    not how it was packed)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + files[name].encode("utf-8") + b"\0")
    return digest.hexdigest()


def load_pack_texts(files: Mapping[str, str], where: str, sha256: str = "") -> RulePack:
    """Validate a pack held as ``{file name: TOML text}``; raise ``RulePackError``.

    ``where`` names the pack in messages; ``sha256`` (default: ``pack_digest``) is kept
    with it."""
    problems: list[str] = []
    rules: dict[str, Rule] = {}
    info: PackInfo | None = None
    if not files:
        raise RulePackError([f"{where}: no rule files (*.toml) found"])
    if PACK_FILE not in files:
        problems.append(
            f"{where}: no {PACK_FILE} (the pack's [pack] table: version, published, title)"
        )
    for name in sorted(files):
        try:
            data = tomllib.loads(files[name])
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{name}: not valid TOML: {exc}")
            continue
        if name == PACK_FILE:
            info = _parse_info(data.pop(PACK_TABLE, None), problems)
        for key, body in data.items():
            where_rule = f"{name}: rule {key!r}"
            if key in rules:
                problems.append(f"{where_rule}: defined again (first in {rules[key].file})")
                continue
            rule = _parse_rule(key, body, name, where_rule, problems)
            if rule is not None:
                rules[key] = rule
    if problems:
        raise RulePackError(problems)
    return RulePack(rules=rules, directory=where, info=info, sha256=sha256 or pack_digest(files))


def _parse_info(table: Any, problems: list[str]) -> PackInfo | None:
    where = f"{PACK_FILE}: [{PACK_TABLE}]"
    if not isinstance(table, dict):
        problems.append(f"{where}: missing (version, published, title)")
        return None
    start = len(problems)
    for unknown in sorted(set(table) - _PACK_FIELDS):
        problems.append(f"{where}: unknown key {unknown!r}")
    version = table.get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        problems.append(f"{where}: 'version' must be dotted numbers in quotes, e.g. \"2026.12.1\"")
    published = table.get("published")
    if not _is_date(published):
        problems.append(f"{where}: 'published' must be a date (YYYY-MM-DD)")
    title = table.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append(f"{where}: missing 'title'")
    if len(problems) > start:
        return None
    return PackInfo(version=version, published=published, title=title.strip())


def _parse_rule(key: str, body: Any, filename: str, where: str, problems: list[str]) -> Rule | None:
    if not isinstance(body, dict):
        problems.append(f"{where}: must be a table with title, type, source, confidence, values")
        return None
    start = len(problems)
    for unknown in sorted(set(body) - _RULE_FIELDS):
        problems.append(f"{where}: unknown key {unknown!r}")
    for required in _REQUIRED_RULE_FIELDS:
        if required not in body or body[required] in ("", []):
            problems.append(f"{where}: missing {required!r}")
    rule_type = body.get("type")
    if rule_type is not None and rule_type not in RULE_TYPES:
        problems.append(f"{where}: type {rule_type!r} is not one of {', '.join(RULE_TYPES)}")
    confidence = body.get("confidence")
    if confidence is not None and confidence not in CONFIDENCE_MARKS:
        problems.append(f"{where}: confidence {confidence!r} is not one of V, S, U, P")
    reviewed = body.get("reviewed")
    if reviewed is None and REVIEWED_REQUIRED:
        problems.append(f"{where}: missing 'reviewed' (the date its source was last checked)")
    elif reviewed is not None and not _is_date(reviewed):
        problems.append(f"{where}: 'reviewed' must be a date (YYYY-MM-DD)")
    raw_values = body.get("values")
    if raw_values is not None and not isinstance(raw_values, list):
        problems.append(f"{where}: 'values' must be a list of {{from, value}} tables")
        raw_values = None
    if len(problems) > start:
        return None
    values = _parse_values(body, raw_values or [], where, problems)
    if len(problems) > start:
        return None
    return Rule(
        key=key,
        title=body["title"],
        type=rule_type,
        source=body["source"],
        confidence=confidence,
        values=tuple(values),
        unit=body.get("unit", ""),
        description=body.get("description", ""),
        file=filename,
        reviewed=reviewed,
    )


def _parse_values(body: dict, raw_values: list, where: str, problems: list[str]) -> list[RuleValue]:
    parsed: list[RuleValue] = []
    for index, raw in enumerate(raw_values, start=1):
        here = f"{where}: value #{index}"
        if not isinstance(raw, dict):
            problems.append(f"{here}: must be a table with 'from' and 'value'")
            continue
        for unknown in sorted(set(raw) - _VALUE_FIELDS):
            problems.append(f"{here}: unknown key {unknown!r}")
        if "from" not in raw:
            problems.append(f"{here}: missing 'from'")
            continue
        if "value" not in raw:
            problems.append(f"{here}: missing 'value'")
            continue
        valid_from, valid_to = raw["from"], raw.get("to")
        if not _is_date(valid_from) or (valid_to is not None and not _is_date(valid_to)):
            problems.append(f"{here}: 'from' and 'to' must be dates (YYYY-MM-DD)")
            continue
        if valid_to is not None and valid_to < valid_from:
            problems.append(f"{here}: 'to' {valid_to} is before 'from' {valid_from}")
            continue
        confidence = raw.get("confidence", body["confidence"])
        if confidence not in CONFIDENCE_MARKS:
            problems.append(f"{here}: confidence {confidence!r} is not one of V, S, U, P")
            continue
        try:
            value = coerce_value(body["type"], raw["value"])
        except ValueError as exc:
            problems.append(f"{here}: {exc}")
            continue
        parsed.append(
            RuleValue(
                value=value,
                valid_from=valid_from,
                valid_to=valid_to,
                source=raw.get("source", body["source"]),
                confidence=confidence,
                note=raw.get("note", ""),
            )
        )
    parsed.sort(key=lambda v: v.valid_from)
    for earlier, later in itertools.pairwise(parsed):
        if earlier.valid_from == later.valid_from or (
            earlier.valid_to is not None and earlier.valid_to >= later.valid_from
        ):
            problems.append(f"{where}: values overlap: {_span(earlier)} and {_span(later)}")
    # A value without 'to' runs until the next one starts.
    closed: list[RuleValue] = []
    for earlier, later in zip(parsed, [*parsed[1:], None], strict=False):
        if earlier.valid_to is None and later is not None:
            earlier = RuleValue(
                value=earlier.value,
                valid_from=earlier.valid_from,
                valid_to=later.valid_from - dt.timedelta(days=1),
                source=earlier.source,
                confidence=earlier.confidence,
                note=earlier.note,
            )
        closed.append(earlier)
    return closed


def _span(value: RuleValue) -> str:
    return f"{value.valid_from}..{value.valid_to or 'open'}"


def _is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def coerce_value(rule_type: str, raw: Any) -> Any:
    """Check ``raw`` against ``rule_type`` and convert it (decimals become ``Decimal``)."""
    if rule_type == "integer":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(f"value {raw!r} is not an integer")
        return raw
    if rule_type == "decimal":
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise ValueError(f"value {raw!r} is not a decimal number")
        try:
            return Decimal(str(raw))
        except InvalidOperation:
            raise ValueError(f"value {raw!r} is not a decimal number") from None
    if rule_type == "boolean":
        if not isinstance(raw, bool):
            raise ValueError(f"value {raw!r} is not true or false")
        return raw
    if rule_type == "text":
        if not isinstance(raw, str):
            raise ValueError(f"value {raw!r} is not text")
        return raw
    if rule_type == "date":
        if not _is_date(raw):
            raise ValueError(f"value {raw!r} is not a date")
        return raw
    if rule_type == "list":
        if not isinstance(raw, list):
            raise ValueError(f"value {raw!r} is not a list")
        return tuple(raw)
    if rule_type == "table":
        if not isinstance(raw, list) or not all(isinstance(row, dict) for row in raw):
            raise ValueError("value is not a list of tables (rows)")
        return tuple(dict(row) for row in raw)
    if rule_type == "mapping":
        if not isinstance(raw, dict):
            raise ValueError("value is not a table (mapping)")
        return dict(raw)
    raise ValueError(f"unknown type {rule_type!r}")


def format_value(value: Any) -> str:
    """A short human form of a rule value, for the Rules page, the CLI and the pack."""
    if isinstance(value, tuple) and value and isinstance(value[0], dict):
        return "; ".join(", ".join(f"{k}={v}" for k, v in row.items()) for row in value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def all_keys(pack: RulePack) -> Iterable[str]:
    return sorted(pack.rules)
