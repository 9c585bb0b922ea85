"""The rule values in force for the period: the rule pack's version and SHA-256, then every
rule of the pack with each value that applied on some day of the period (a rule that
changed inside it has one line per value), its source and confidence mark, and officer
overrides shown as such with their reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable

from kuzet.regime.rulepack import (
    CONFIDENCE_MARKS,
    RuleBook,
    RuleNotInForce,
    RulePack,
    RuleValue,
    format_value,
)
from kuzet.reports.blocks import note, subheading
from kuzet.reports.formatting import format_date
from kuzet.reports.labels import has_label
from kuzet.reports.rule_texts import ENGLISH_LABEL, row_key
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import col, pack_data, period_note, table

ONE_DAY = dt.timedelta(days=1)


def change_days(rules: RuleBook, key: str, start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of the period and every day inside it on which the rule may change."""
    days = {start}
    for value in rules.rule(key).values:
        days.add(value.valid_from)
        if value.valid_to is not None:
            days.add(value.valid_to + ONE_DAY)
    for override in rules.overrides_for(key):
        days.add(override.valid_from)
        if override.valid_to is not None:
            days.add(override.valid_to + ONE_DAY)
    return sorted(day for day in days if start <= day <= end)


def values_in_period(
    rules: RuleBook, key: str, start: dt.date, end: dt.date
) -> list[tuple[dt.date, dt.date, RuleValue | None]]:
    """(first day, last day, value or None when not in force) for each stretch of the period."""
    spans: list[tuple[dt.date, dt.date, RuleValue | None]] = []
    days = change_days(rules, key, start, end)
    for index, day in enumerate(days):
        last = days[index + 1] - ONE_DAY if index + 1 < len(days) else end
        try:
            value: RuleValue | None = rules.effective(key, day)
        except RuleNotInForce:
            value = None
        if spans and spans[-1][2] == value:
            spans[-1] = (spans[-1][0], last, value)
        else:
            spans.append((day, last, value))
    return spans


def pack_version_line(ctx: PackContext, pack: RulePack) -> str:
    """The rule pack's version and the SHA-256 of the pack in force."""
    if pack.info is None:
        return ctx.t("rules.pack_unversioned", sha256=pack.sha256)
    published = format_date(pack.info.published, ctx.lang)
    return ctx.t(
        "rules.pack_version",
        version=pack.info.version,
        title=pack.info.title,
        published=published,
        sha256=pack.sha256,
    )


def _item(ctx: PackContext, value: Any) -> str:
    if isinstance(value, bool):
        return ctx.t("value.yes" if value else "value.no")
    if isinstance(value, tuple | list):
        return "+".join(_item(ctx, v) for v in value)
    return str(value)


def value_text(ctx: PackContext, value: Any) -> str:
    """A rule value as the pack prints it: ``format_value`` in English; in Russian and
    Kazakh the rows of a table as ``key: label`` (the label in the pack's language) with
    their other fields as ``name=value``, yes/no in the pack's language."""
    if ctx.lang == "en":
        return format_value(value)
    if isinstance(value, tuple | list) and value and isinstance(value[0], dict):
        rows = []
        for row in value:
            name = row_key(row)
            head = f"{name}: {row['label']}" if "label" in row else name
            if "title" in row and has_label(f"emap.ob.{name}"):  # an obligation's title
                row = {**row, "title": ctx.t(f"emap.ob.{name}")}
            rest = [
                f"{field}={_item(ctx, v)}"
                for field, v in row.items()
                if field not in ("key", "kind", "label", ENGLISH_LABEL)
            ]
            rows.append(", ".join([head, *rest]) if head else ", ".join(rest))
        return "; ".join(rows)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_item(ctx, v)}" for k, v in value.items())
    if isinstance(value, tuple | list):
        return ", ".join(_item(ctx, v) for v in value)
    return _item(ctx, value)


class RulesSection(LabelledSection):
    key = "rules"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        rules = data.rules
        start, end = ctx.period.date_from, ctx.period.date_to

        whole = ctx.t("rules.whole_period")

        def rows() -> Iterator[tuple]:
            for key in sorted(rules.pack.rules):
                rule = rules.rule(key)
                for first, last, value in values_in_period(rules, key, start, end):
                    span = whole
                    if (first, last) != (start, end):
                        span = f"{format_date(first, ctx.lang)} – {format_date(last, ctx.lang)}"
                    if value is None:
                        yield (
                            key,
                            rule.title,
                            ctx.t("rules.not_in_force"),
                            rule.unit or None,
                            span,
                            rule.source,
                            rule.confidence,
                        )
                        continue
                    source = value.source
                    if value.overridden:
                        source = ctx.t(
                            "rules.override", reason=value.override_reason, source=rule.source
                        )
                    shown = value_text(ctx, value.value)
                    if value.note and not value.overridden:
                        shown = f"{shown} ({value.note})"
                    yield key, rule.title, shown, rule.unit or None, span, source, value.confidence

        columns = [
            col(ctx, "rules.col.key", width=0.2),
            col(ctx, "rules.col.title", width=0.16),
            col(ctx, "col.value", width=0.19),
            col(ctx, "rules.col.unit", width=0.09),
            col(ctx, "rules.col.span", width=0.1),
            col(ctx, "col.source", width=0.19),
            col(ctx, "col.mark", width=0.07, align="center"),
        ]
        legend = [(mark, ctx.t(f"rules.mark.{mark}")) for mark in CONFIDENCE_MARKS]
        return [
            period_note(ctx),
            note(ctx.t("rules.intro")),
            note(pack_version_line(ctx, rules.pack)),
            *([] if ctx.lang == "en" else [note(ctx.t("rules.sources_note"))]),
            subheading(ctx.t("rules.marks")),
            table(
                ctx,
                [col(ctx, "col.mark", align="center"), col(ctx, "col.meaning", width=0.9)],
                legend,
            ),
            table(ctx, columns, rows(), title=ctx.t("rules.table"), empty="rules.none"),
        ]
