"""The cover page: what the pack is, whose, for which period, when and by whom, its id."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, FrameBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from kuzet.reports.fonts import SANS
from kuzet.reports.formatting import format_date, format_datetime, format_utc_offset
from kuzet.reports.section import PackContext
from kuzet.reports.styles import CONTENT_WIDTH, Palette, paragraph_styles

LABEL_COLUMN = 150.0


def cover_details(ctx: PackContext, section_count: int) -> list[tuple[str, str, bool]]:
    """The (label, value, monospace) lines printed on the cover."""
    lang = ctx.lang
    period = ctx.t(
        "cover.period_value",
        date_from=format_date(ctx.period.date_from, lang),
        date_to=format_date(ctx.period.date_to, lang),
    )
    utc = f"{format_datetime(ctx.generated_at_utc, lang, seconds=True)} UTC"
    local_time = ctx.generated_at_local
    local = f"{format_datetime(local_time, lang, seconds=True)} ({format_utc_offset(local_time)})"
    return [
        (ctx.t("cover.period"), period, False),
        (ctx.t("cover.generated_utc"), utc, False),
        (ctx.t("cover.generated_local"), local, False),
        (ctx.t("cover.generated_by"), ctx.generated_by, False),
        (ctx.t("cover.pack_id"), ctx.pack_id, True),
        (ctx.t("cover.sections"), str(section_count), False),
    ]


def cover_story(ctx: PackContext, section_count: int) -> list[Flowable]:
    """Flowables of the cover; the cover page template has a main and a foot frame."""
    styles = paragraph_styles()
    story: list[Flowable] = [
        Spacer(1, 70),
        Paragraph(escape(ctx.t("pack.kicker").upper()), styles["cover_kicker"]),
        Paragraph(escape(ctx.t("pack.title")), styles["cover_title"]),
        Paragraph(escape(ctx.t("pack.subtitle")), styles["cover_subtitle"]),
        HRFlowable(width="100%", thickness=1.2, color=Palette.accent, spaceAfter=22),
        Paragraph(escape(ctx.firm_name), styles["cover_firm"]),
    ]
    rows = []
    for label, value, mono in cover_details(ctx, section_count):
        value_style = styles["cover_value_mono" if mono else "cover_value"]
        rows.append(
            [Paragraph(escape(label), styles["cover_label"]), Paragraph(escape(value), value_style)]
        )
    details = Table(rows, colWidths=[LABEL_COLUMN, CONTENT_WIDTH - LABEL_COLUMN], hAlign="LEFT")
    details.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, Palette.hairline),
            ]
        )
    )
    story.append(details)
    if ctx.redact:
        story += [Spacer(1, 24), _redacted_box(ctx)]
    story += [
        FrameBreak(),
        Paragraph(escape(ctx.t("cover.confidential_note")), styles["small"]),
        Paragraph(escape(ctx.t("cover.integrity_note", pack_id=ctx.pack_id)), styles["small"]),
    ]
    return story


def _redacted_box(ctx: PackContext) -> Flowable:
    styles = paragraph_styles()
    title = Paragraph(f"<b>{escape(ctx.t('cover.redacted_title').upper())}</b>", styles["body"])
    text = Paragraph(escape(ctx.t("cover.redacted_text")), styles["small"])
    box = Table([[[title, text]]], colWidths=[CONTENT_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),
                ("BOX", (0, 0), (-1, -1), 0.8, Palette.muted),
                ("BACKGROUND", (0, 0), (-1, -1), Palette.card),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box
