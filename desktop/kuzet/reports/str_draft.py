"""The printable draft of a suspicious transaction report (STR): the case facts the officer
files with the Financial Monitoring Agency (FIU) through its own channel.

The draft holds the reporting firm, the case (detection, decision, deadline in business
days and its rule), the subject from the customer file, the grounds (the alerts with their
reasons), the transactions, and the officer's narrative; every page warns against tipping
off. Set in DejaVu Sans (Kazakh and Russian letters), written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlmodel import Session

from kuzet.i18n import tr
from kuzet.regime.business_days import STR_DEADLINE_RULE
from kuzet.regime.countries import country_name
from kuzet.regime.monitoring import money, rule_title
from kuzet.regime.rulepack import RuleBook
from kuzet.registers.monitoring import fiu_reports
from kuzet.registers.monitoring.fiu_reports import ids_of
from kuzet.registers.system import settings
from kuzet.reports.fonts import SANS, SANS_BOLD, register_fonts
from kuzet.store.audit import current_actor
from kuzet.store.files import atomic_write_bytes
from kuzet.store.models.customer import Customer
from kuzet.store.models.monitoring import Alert
from kuzet.store.models.transaction import CustomerTransaction

INK = HexColor("#1F2933")
MUTED = HexColor("#52606D")
ACCENT = HexColor("#24496B")
WARNING_FILL = HexColor("#FBEAEA")
WARNING_INK = HexColor("#8A1F1F")
HAIRLINE = HexColor("#CBD2D9")
BAND = HexColor("#E4E9EF")
MARGIN = 46.0


def tipping_off_warning() -> str:
    return tr(
        "Confidential. Do not tell the customer, or anyone outside the compliance function, "
        "that a report is being considered or has been filed: tipping off is prohibited."
    )


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=12, textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=16, leading=20),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=MUTED),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED),
        "warning": ParagraphStyle(
            "warning", parent=body, fontName=SANS_BOLD, textColor=WARNING_INK
        ),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def _day(value: dt.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else "—"


def _pairs(rows: list[tuple[str, Any]], s: dict[str, ParagraphStyle], width: float) -> Table:
    data = [
        [_p(label, s["label"]), _p(value if value not in ("", None) else "—", s["body"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _warning_box(s: dict[str, ParagraphStyle], width: float) -> Table:
    box = Table([[_p(tipping_off_warning(), s["warning"])]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_FILL),
                ("BOX", (0, 0), (-1, -1), 0.75, WARNING_INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _subject(customer: Customer | None, s: dict[str, ParagraphStyle], width: float) -> Table:
    if customer is None:
        return _pairs([(tr("Customer"), tr("not on file"))], s, width)
    individual = customer.kind == "individual"
    rows = [
        (tr("Name"), customer.name),
        (tr("Name in Latin letters"), customer.name_latin),
        (tr("IIN") if individual else tr("BIN"), customer.iin_bin),
        (tr("Kuzet customer number"), f"#{customer.id}"),
    ]
    if individual:
        rows += [
            (tr("Date of birth"), _day(customer.birth_date)),
            (
                tr("Citizenship"),
                f"{customer.citizenship} {country_name(customer.citizenship)}".strip(),
            ),
            (tr("ID document"), f"{customer.id_type} {customer.id_number}".strip()),
            (tr("Occupation"), customer.occupation),
        ]
    else:
        rows += [
            (tr("Registration number"), customer.registration_number),
            (tr("Directors"), customer.directors),
        ]
    rows += [
        (
            tr("Residence") if individual else tr("Country of registration"),
            f"{customer.residence} {country_name(customer.residence)}".strip(),
        ),
        (tr("Address"), customer.address),
        (tr("Purpose of the relationship"), customer.purpose),
        (tr("Risk tier"), customer.risk_tier),
    ]
    return _pairs(rows, s, width)


def _transactions(
    txs: list[CustomerTransaction], s: dict[str, ParagraphStyle], width: float
) -> Table:
    head = ("#", "Date", "Dir.", "Asset", "Amount", "KZT", "USD", "Counterparty", "Reference")
    data = [[_p(tr(h), s["small"]) for h in head]]
    for t in txs:
        counterparty = " ".join(p for p in (t.counterparty_provider, t.counterparty_wallet) if p)
        data.append(
            [
                _p(t.id, s["small"]),
                _p(_day(t.occurred_on), s["small"]),
                _p(t.direction, s["small"]),
                _p(t.asset, s["small"]),
                _p(format(t.amount, "f"), s["small"]),
                _p(money(t.value_kzt, ""), s["small"]),
                _p(money(t.value_usd, ""), s["small"]),
                _p(counterparty, s["small"]),
                _p(t.reference or "", s["small"]),
            ]
        )
    fractions = (0.06, 0.1, 0.05, 0.07, 0.11, 0.13, 0.1, 0.26, 0.12)
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def build_str_draft(session: Session, report_id: int, rules: RuleBook, today: dt.date) -> bytes:
    """The draft of STR ``report_id`` as PDF bytes."""
    report = fiu_reports.get(session, report_id)
    customer = session.get(Customer, report.customer_id)
    alerts = list(
        session.execute(
            select(Alert).where(Alert.id.in_(ids_of(report.alert_ids))).order_by(Alert.id)
        ).scalars()
    )
    txs = list(
        session.execute(
            select(CustomerTransaction)
            .where(CustomerTransaction.id.in_(ids_of(report.transaction_ids)))
            .order_by(CustomerTransaction.occurred_on, CustomerTransaction.id)
        ).scalars()
    )
    firm = settings.firm_name(session)
    s = _styles()
    width = A4[0] - 2 * MARGIN
    deadline_rule = rules.effective(STR_DEADLINE_RULE, report.decided_on or today)
    story: list[Any] = [
        _p(tr("Suspicious transaction report — draft"), s["title"]),
        _p(
            tr("For the Financial Monitoring Agency of the Republic of Kazakhstan (FIU)"),
            s["subtitle"],
        ),
        Spacer(1, 8),
        _warning_box(s, width),
        _p(tr("Reporting entity"), s["heading"]),
        _pairs([(tr("Firm"), firm or tr("(firm name not set)"))], s, width),
        _p(tr("The case"), s["heading"]),
        _pairs(
            [
                (tr("STR number in Kuzet"), f"#{report.id}"),
                (tr("Status"), fiu_reports.state_label(fiu_reports.state(report, today))),
                (tr("Suspicion detected"), _day(report.detected_on)),
                (tr("Decision"), fiu_reports.decision_label(report.decision)),
                (tr("Decided by"), report.decided_by),
                (tr("Decided on"), _day(report.decided_on)),
                (
                    tr("Deadline"),
                    tr(
                        "{date} ({days} business day(s) after the decision; "
                        "rule {rule}, mark {mark})"
                    ).format(
                        date=_day(report.deadline),
                        days=deadline_rule.value,
                        rule=STR_DEADLINE_RULE,
                        mark=deadline_rule.confidence,
                    )
                    if report.deadline
                    else "—",
                ),
                (tr("Reported on"), _day(report.reported_on)),
                (tr("FIU reference"), report.fiu_reference),
            ],
            s,
            width,
        ),
        _p(tr("Subject"), s["heading"]),
        _subject(customer, s, width),
        _p(tr("Grounds for suspicion"), s["heading"]),
    ]
    if not alerts:
        story.append(_p(tr("No monitoring alert: opened by the officer."), s["body"]))
    for alert in alerts:
        story.append(
            _p(
                tr("Alert #{id}, {rule}, detected {date}: {reason}").format(
                    id=alert.id,
                    rule=rule_title(alert.rule),
                    date=_day(alert.detected_on),
                    reason=alert.reason,
                ),
                s["body"],
            )
        )
        story.append(Spacer(1, 3))
    story.append(_p(tr("Transactions ({count})").format(count=len(txs)), s["heading"]))
    story.append(_transactions(txs, s, width) if txs else _p("—", s["body"]))
    story.append(_p(tr("Case facts"), s["heading"]))
    story.append(_p(report.facts or tr("(the officer has not written the facts yet)"), s["body"]))
    story.append(Spacer(1, 14))
    story.append(
        _p(
            tr(
                "Draft prepared with Kuzet on {date} by {actor}. File the report through the "
                "FIU's channel and record the FIU reference in Kuzet."
            ).format(date=_day(today), actor=current_actor()),
            s["label"],
        )
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(WARNING_INK)
        warning = tr("STR #{id} — confidential: no tipping off").format(id=report.id)
        canvas.drawString(MARGIN, 24, warning)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - MARGIN, 24, tr("page {n}").format(n=doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=tr("STR draft #{id}").format(id=report.id),
        author=firm or "Kuzet",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_str_draft(
    session: Session, report_id: int, path: Path, rules: RuleBook, today: dt.date
) -> Path:
    """Write the draft of STR ``report_id`` to ``path`` atomically."""
    atomic_write_bytes(path, build_str_draft(session, report_id, rules, today))
    return path
