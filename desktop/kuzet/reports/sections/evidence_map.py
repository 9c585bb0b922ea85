"""The requirement → evidence map: each obligation that applies to the firm's profile, the
rules that set it (key, source, confidence mark), the sections and pages that show it, and
its evidence in the period (records counted per register, files the sections cite). An
obligation without evidence is a GAP with its severity badge (``reports/evidence_map.py``).

The map is laid out when the layout reaches it (``Deferred``), after every section has been
built, so it knows every file each section cited; the page numbers are printed by the
canvas once all pages are known (``anchors.PageRef``).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table

from kuzet.reports.anchors import PageRef
from kuzet.reports.badges import Status, badge_markup
from kuzet.reports.blocks import key_figures, note, ruled_table
from kuzet.reports.evidence_map import MapRow, Window, evidence_map
from kuzet.reports.fonts import SANS, SANS_BOLD
from kuzet.reports.formatting import format_value
from kuzet.reports.labels import has_label
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import Deferred, day_bounds, pack_data, period_note
from kuzet.reports.styles import CONTENT_WIDTH, Palette, paragraph_styles

WIDTHS = (0.24, 0.34, 0.19, 0.23)
PAGE_COLUMN = 22.0


class EvidenceMapSection(LabelledSection):
    key = "evidence_map"

    def build(self, ctx: PackContext) -> list[Flowable]:
        return [period_note(ctx), note(ctx.t("emap.intro")), Deferred(lambda: _story(ctx))]


def window_of(ctx: PackContext) -> Window:
    start, end = day_bounds(ctx)
    return Window.of(ctx.period, start, end)


def _story(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    rows = evidence_map(data.session, data.rules, window_of(ctx), data.today)
    if rows is None:
        return [note(ctx.t("emap.no_profile"))]
    gaps = sum(row.gap for row in rows)
    figures = [
        (ctx.t("emap.applies"), len(rows)),
        (ctx.t("emap.evidenced"), sum(not r.gap and not r.kept_outside for r in rows)),
        (ctx.t("emap.gaps"), gaps),
    ]
    story: list[Flowable] = [key_figures(figures, lang=ctx.lang)]
    story.append(_table(ctx, rows))
    return story


def _table(ctx: PackContext, rows: list[MapRow]) -> Table:
    styles = paragraph_styles()
    body, small = styles["body"].clone("emap_body", fontSize=8, leading=10.5), styles["small"]
    head = styles["small"].clone("emap_head", fontName=SANS_BOLD, textColor=Palette.ink)
    header = [
        Paragraph(escape(ctx.t(k)), head)
        for k in ("emap.col.obligation", "emap.col.rules", "emap.col.shown", "emap.col.evidence")
    ]
    data: list[list[object]] = [header]
    for row in rows:
        data.append(
            [
                _obligation_cell(ctx, row, body),
                [Paragraph(_rule_text(cite), small) for cite in row.rules],
                _shown_cell(ctx, row, small),
                [Paragraph(escape(line), small) for line in _evidence_lines(ctx, row)],
            ]
        )
    return ruled_table(data, [w * CONTENT_WIDTH for w in WIDTHS])


def obligation_title(ctx: PackContext, row: MapRow) -> str:
    label = f"emap.ob.{row.obligation.key}"
    return ctx.t(label) if has_label(label) else row.obligation.title


def _obligation_cell(ctx: PackContext, row: MapRow, style) -> list[Flowable]:
    if row.kept_outside:
        mark = escape(ctx.t("emap.kept_outside"))
    elif row.gap:
        level = Status.of_severity(row.severity)
        mark = f"{badge_markup(level, ctx.lang)} <b>{escape(ctx.t('emap.gap'))}</b>"
    else:
        mark = badge_markup(Status.OK, ctx.lang)
    return [Paragraph(escape(obligation_title(ctx, row)), style), Paragraph(mark, style)]


def _rule_text(cite) -> str:
    return f"<font name='{SANS_BOLD}'>{escape(cite.key)}</font> [{escape(cite.confidence)}] " + (
        escape(cite.source)
    )


def _shown_cell(ctx: PackContext, row: MapRow, style) -> list[Flowable]:
    cells: list[Flowable] = []
    for key in row.obligation.sections:
        title = ctx.t(f"section.{key}") if has_label(f"section.{key}") else key
        if key in ctx.section_keys:
            cells.append(
                Table(
                    [[Paragraph(escape(title), style), PageRef(key, PAGE_COLUMN)]],
                    colWidths=[WIDTHS[2] * CONTENT_WIDTH - 6 - PAGE_COLUMN, PAGE_COLUMN],
                    style=[
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONT", (0, 0), (-1, -1), SANS),
                    ],
                )
            )
        else:
            cells.append(Paragraph(escape(f"{title}: {ctx.t('emap.not_in_pack')}"), style))
    return cells


def _evidence_lines(ctx: PackContext, row: MapRow) -> list[str]:
    if row.kept_outside:
        return [ctx.t("emap.outside_kuzet")]
    lines = [
        ctx.t(f"emap.reg.{e.register}", count=format_value(e.count, ctx.lang)) for e in row.evidence
    ]
    files = set().union(*(ctx.evidence_by_section.get(k, set()) for k in row.obligation.sections))
    if files:
        lines.append(ctx.t("emap.files", count=format_value(len(files), ctx.lang)))
    return lines
