"""The sign-off page that ends the pack: who prepared it (an officer of the staff register),
the MLRO in office on the day it is made (named from the MLRO register), their statement
with the counts of findings and responses, and lines for the name, date and signature.

No MLRO in office on that day: the page says so as a critical gap instead of a statement.
The MLRO of the period's last day is named too when it is someone else (or nobody).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kuzet.regime import programme
from kuzet.regime.severity import CRITICAL, HIGH
from kuzet.registers.programme.mlro import appointments
from kuzet.reports.badges import Status, badge_markup
from kuzet.reports.blocks import note, para, subheading
from kuzet.reports.findings import findings_of, severity_counts
from kuzet.reports.fonts import SANS, SANS_BOLD
from kuzet.reports.formatting import format_date
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import pack_data, period_text
from kuzet.reports.styles import CONTENT_WIDTH, Palette, paragraph_styles

LABEL_COLUMN = 150.0


class SignoffSection(LabelledSection):
    key = "signoff"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        today, last_day = data.today, min(ctx.period.date_to, data.today)
        held = appointments(data.session)
        mlro = programme.current_holder(held, programme.MLRO, today)
        at_period_end = programme.current_holder(held, programme.MLRO, last_day)
        story: list[Flowable] = [note(ctx.t("signoff.intro"))]
        lines = [(ctx.t("signoff.prepared_by"), ctx.generated_by)]
        if mlro is not None:
            lines.append(
                (
                    ctx.t("signoff.mlro"),
                    ctx.t(
                        "signoff.mlro_value",
                        name=mlro.person,
                        day=format_date(mlro.appointed_on, ctx.lang),
                    ),
                )
            )
        story.append(_details(lines))
        if last_day != today and _person(at_period_end) != _person(mlro):
            day = format_date(last_day, ctx.lang)
            if at_period_end is None:
                story.append(note(ctx.t("signoff.period_no_mlro", day=day)))
            else:
                story.append(note(ctx.t("signoff.period_mlro", day=day, name=at_period_end.person)))
        if mlro is None:
            gap = ctx.t("signoff.no_mlro", day=format_date(today, ctx.lang))
            story.append(Spacer(1, 10))
            story.append(
                para(f"{badge_markup(Status.CRITICAL, ctx.lang)} {escape(gap)}", markup=True)
            )
            return story
        found = findings_of(ctx)
        counts = severity_counts(found)
        answered = [f.response for f in found if f.response is not None]
        statement = ctx.t(
            "signoff.statement",
            firm=ctx.firm_name,
            period=period_text(ctx),
            critical=counts[CRITICAL],
            high=counts[HIGH],
            answered=len(answered),
            open=sum(1 for r in answered if r.is_open),
            missing=len(found) - len(answered),
        )
        story += [Spacer(1, 8), subheading(ctx.t("signoff.statement_title")), para(statement)]
        story += [Spacer(1, 28), _signature_lines(ctx, mlro.person)]
        return story


def _person(appointment) -> str:
    return appointment.person if appointment is not None else ""


def _details(lines: list[tuple[str, str]]) -> Table:
    styles = paragraph_styles()
    rows = [
        [Paragraph(escape(label), styles["cover_label"]), Paragraph(escape(value), styles["body"])]
        for label, value in lines
    ]
    table = Table(rows, colWidths=[LABEL_COLUMN, CONTENT_WIDTH - LABEL_COLUMN], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, Palette.hairline),
            ]
        )
    )
    return table


def _signature_lines(ctx: PackContext, name: str) -> Table:
    """Name (printed), date and signature, each over a line to write on."""
    styles = paragraph_styles()
    label = styles["small"].clone("signoff_label", fontName=SANS_BOLD)
    rows = [
        [Paragraph(escape(ctx.t("signoff.name")), label), Paragraph(escape(name), styles["body"])],
        [Paragraph(escape(ctx.t("signoff.date")), label), ""],
        [Paragraph(escape(ctx.t("signoff.signature")), label), ""],
    ]
    table = Table(
        rows, colWidths=[LABEL_COLUMN, CONTENT_WIDTH * 0.55], rowHeights=[26, 34, 44], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, Palette.ink),
            ]
        )
    )
    return table
