"""The findings summary that opens the pack: counts per severity, then every critical and high
finding (``reports.findings``) with its badge, its record, the section and page that show it
and management's response (or "No response recorded", in red for a critical finding).

Page numbers are printed by the canvas once every page is known (``anchors``): a finding
points at its record's own anchor when the section showing it marks one
(``<section>.<register>/<id>``), else at the start of that section.
"""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Table

from kuzet.regime.severity import CRITICAL, HIGH, PALETTE
from kuzet.reports.anchors import PageRef
from kuzet.reports.badges import Status, badge, badge_width
from kuzet.reports.blocks import key_figures, note, ruled_table
from kuzet.reports.findings import LEVELS, PackFinding, findings_of, severity_counts
from kuzet.reports.fonts import SANS, SANS_BOLD
from kuzet.reports.formatting import format_date
from kuzet.reports.labels import has_label
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import label_of, pack_data, period_note
from kuzet.reports.styles import CONTENT_WIDTH, Palette, paragraph_styles

WIDTHS = (0.1, 0.23, 0.2, 0.19, 0.28)  # the first is widened to the badges of the language
PAGE_COLUMN = 22.0
ROWS_PER_KIND = 25  # high findings of one kind without a response, each on its own row
FOLDED_RECORDS = 40  # records named in the row that stands for the rest of a kind
CRITICAL_INK = HexColor(PALETTE[CRITICAL][0])


class FindingsSection(LabelledSection):
    key = "findings"

    def build(self, ctx: PackContext) -> list[Flowable]:
        found = findings_of(ctx)
        day = format_date(pack_data(ctx).today, ctx.lang)
        story: list[Flowable] = [period_note(ctx), note(ctx.t("findings.intro", day=day))]
        counts = severity_counts(found)
        answered = [f for f in found if f.response is not None]
        story.append(
            key_figures(
                [
                    (ctx.t("findings.fig.critical"), counts[CRITICAL]),
                    (ctx.t("findings.fig.high"), counts[HIGH]),
                    (ctx.t("findings.fig.answered"), len(answered)),
                    (ctx.t("findings.fig.unanswered"), len(found) - len(answered)),
                    (
                        ctx.t("findings.fig.open"),
                        sum(1 for f in answered if f.response and f.response.is_open),
                    ),
                ],
                lang=ctx.lang,
            )
        )
        if not found:
            return [*story, note(ctx.t("findings.none"))]
        story.append(findings_table(ctx, found))
        return story


def findings_table(ctx: PackContext, found: list[PackFinding]) -> Table:
    styles = paragraph_styles()
    body = styles["body"].clone("findings_body", fontSize=8, leading=10.5)
    small = styles["small"]
    head = small.clone("findings_head", fontName=SANS_BOLD, textColor=Palette.ink)
    header = [
        Paragraph(escape(ctx.t(f"findings.col.{k}")), head)
        for k in ("severity", "finding", "record", "shown", "response")
    ]
    rows: list[list[object]] = [header]
    listed = fold_many(found)
    for item in listed:
        if isinstance(item, _Folded):
            rows.append(_folded_row(ctx, item, body, small))
            continue
        rows.append(
            [
                badge(Status.of_severity(item.severity), ctx.lang),
                Paragraph(escape(item.text), body),
                Paragraph(escape(item.record or "—"), small),
                _shown_cell(ctx, item, small),
                _response_cell(ctx, item, small),
            ]
        )
    widths = [w * CONTENT_WIDTH for w in WIDTHS]
    first = max(badge_width(Status.of_severity(level), ctx.lang, 7.5) for level in LEVELS) + 8
    widths[1] -= max(first - widths[0], 0)
    widths[0] = max(first, widths[0])
    return ruled_table(rows, widths)


class _Folded:
    """The findings of one kind past ``ROWS_PER_KIND``, printed as one row."""

    def __init__(self, items: list[PackFinding]) -> None:
        self.items = items


def fold_many(found: list[PackFinding]) -> list[PackFinding | _Folded]:
    """Every critical finding and every finding with a response gets its row; past
    ``ROWS_PER_KIND`` high findings of one kind without a response, the rest of that kind
    share one row (a firm of 10,000 customers may have hundreds of overdue reviews: the
    section that shows them lists each)."""
    seen: dict[str, int] = {}
    rest: dict[str, list[PackFinding]] = {}
    listed: list[PackFinding | _Folded] = []
    for item in found:
        if item.severity == CRITICAL or item.response is not None:
            listed.append(item)
            continue
        seen[item.kind] = seen.get(item.kind, 0) + 1
        if seen[item.kind] <= ROWS_PER_KIND:
            listed.append(item)
            continue
        if item.kind not in rest:
            rest[item.kind] = []
            listed.append(_Folded(rest[item.kind]))
        rest[item.kind].append(item)
    return listed


def _folded_row(ctx: PackContext, folded: _Folded, body, small) -> list[object]:
    first = folded.items[0]
    shown = folded.items[:FOLDED_RECORDS]
    records = "; ".join(f.record for f in shown)
    if len(folded.items) > len(shown):
        records += "; …"
    more = ctx.t("findings.more", count=len(folded.items))
    return [
        badge(Status.of_severity(first.severity), ctx.lang),
        Paragraph(escape(f"{first.text} ({more})"), body),
        Paragraph(escape(records), small),
        _shown_cell(ctx, replace(first, register="", record_id=""), small),
        Paragraph(escape(ctx.t("findings.no_response")), small),
    ]


def section_title(ctx: PackContext, key: str) -> str:
    label = f"section.{key}"
    return ctx.t(label) if has_label(label) else key


def _shown_cell(ctx: PackContext, item: PackFinding, style) -> Flowable:
    if not item.section:
        return Paragraph("—", style)
    title = section_title(ctx, item.section)
    if item.section not in ctx.section_keys:
        return Paragraph(escape(f"{title}: {ctx.t('findings.not_in_pack')}"), style)
    return Table(
        [[Paragraph(escape(title), style), PageRef(item.anchors, PAGE_COLUMN)]],
        colWidths=[WIDTHS[3] * CONTENT_WIDTH - 6 - PAGE_COLUMN, PAGE_COLUMN],
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), SANS),
        ],
    )


def _response_cell(ctx: PackContext, item: PackFinding, style) -> list[Flowable]:
    response = item.response
    if response is None:
        missing = style.clone("findings_missing", fontName=SANS_BOLD, textColor=CRITICAL_INK)
        chosen = missing if item.severity == CRITICAL else style
        return [Paragraph(escape(ctx.t("findings.no_response")), chosen)]
    status = label_of(ctx, "findings.status", response.status)
    owner = response.owner
    muted = style.clone("findings_meta", textColor=Palette.muted)
    if response.due_on is not None:
        meta = ctx.t(
            "findings.response_meta",
            owner=owner,
            due=format_date(response.due_on, ctx.lang),
            status=status,
        )
    else:
        meta = ctx.t("findings.response_meta_undated", owner=owner, status=status)
    return [Paragraph(escape(response.response), style), Paragraph(escape(meta), muted)]
