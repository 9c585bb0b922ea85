"""The rule pack in the pack's language: rule titles, units and the labels of table rows
(positions, roles, courses, PEP categories, licence kinds ...) from
``sections/text_rules_<lang>.py``.

``localized(rules, lang)`` gives the same rule book with those texts translated: the
sections ask it as they ask the real one (``row["label"]``, ``rule.title``), so a Russian
or Kazakh pack prints a position as "Руководящий работник" where the window shows "Senior
manager". Keys, values and sources are untouched; a text with no translation stays English.
The rule pack's files (and their SHA-256) are not changed by the translations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from kuzet.regime.rulepack import Rule, RuleBook
from kuzet.reports.sections.text_rules_kk import ROW_LABELS_KK, RULES_KK
from kuzet.reports.sections.text_rules_ru import ROW_LABELS_RU, RULES_RU

RULES: dict[str, dict[str, tuple[str, str]]] = {"ru": RULES_RU, "kk": RULES_KK}
ROW_LABELS: dict[str, dict[str, dict[str, str]]] = {"ru": ROW_LABELS_RU, "kk": ROW_LABELS_KK}
ROW_KEYS = ("key", "kind")  # what names a table row
ENGLISH_LABEL = "label_en"  # a translated row keeps its English label here


def row_key(row: Mapping[str, Any]) -> str:
    for name in ROW_KEYS:
        if name in row:
            return str(row[name])
    return ""


def _rows(value: Any, labels: Mapping[str, str]) -> Any:
    if not (isinstance(value, tuple | list) and value and isinstance(value[0], dict)):
        return value
    out = []
    for row in value:
        label = labels.get(row_key(row))
        if label and "label" in row:  # the English label kept for texts that embed it
            row = {**row, "label": label, ENGLISH_LABEL: row["label"]}
        out.append(row)
    return tuple(out) if isinstance(value, tuple) else out


def _rule(rule: Rule, lang: str) -> Rule:
    title, unit = RULES.get(lang, {}).get(rule.key, ("", ""))
    labels = ROW_LABELS.get(lang, {}).get(rule.key, {})
    values = tuple(dataclasses.replace(v, value=_rows(v.value, labels)) for v in rule.values)
    return dataclasses.replace(
        rule, title=title or rule.title, unit=unit or rule.unit, values=values
    )


def localized(rules: RuleBook, lang: str) -> RuleBook:
    """``rules`` with titles, units and row labels in ``lang`` (itself for English)."""
    if lang not in RULES:
        return rules
    pack = rules.pack
    translated = {key: _rule(rule, lang) for key, rule in pack.rules.items()}
    overrides = tuple(
        dataclasses.replace(o, value=_rows(o.value, ROW_LABELS.get(lang, {}).get(o.key, {})))
        for o in rules.overrides
    )
    return RuleBook(dataclasses.replace(pack, rules=translated), overrides)


def phrase_map(rules: RuleBook) -> Callable[[str], str]:
    """English row label → its translation in a ``localized`` book, for texts that embed a
    label (an alert's reason names the kind of a threshold report)."""
    found: dict[str, str] = {}
    for rule in rules.pack.rules.values():
        for value in rule.values:
            if isinstance(value.value, tuple | list):
                for row in value.value:
                    if isinstance(row, dict) and ENGLISH_LABEL in row:
                        found.setdefault(str(row[ENGLISH_LABEL]), str(row["label"]))
    return lambda text: found.get(text, text)
