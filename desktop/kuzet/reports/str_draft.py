"""The printable draft of a suspicious transaction report (STR): the case facts the officer
files with the Financial Monitoring Agency (FIU) through its own channel.

The draft holds the reporting firm, the case (detection, decision, deadline in business
days and its rule), the subject from the customer file, the grounds (the alerts with their
reasons), whether it reports operations or a client's activity (from 1 Apr 2026: IP
addresses, devices, behaviour, with no transaction), the transactions, and the officer's
narrative; every page warns against tipping off. Set in DejaVu Sans (Kazakh and Russian
letters), written atomically.
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
from kuzet.reports import str_parties
from kuzet.reports.archive import make_archival
from kuzet.reports.fonts import SANS, SANS_BOLD, register_fonts
from kuzet.reports.labels import has_label, t
from kuzet.reports.rule_texts import localized, phrase_map
from kuzet.reports.sections.reasons import reason_text
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
    """The warning in the window's language (the draft prints ``draft.warning``)."""
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


def _country(code: str | None, lang: str) -> str:
    """``KZ Kazakhstan`` in English; the ISO code alone in Russian and Kazakh (the country
    names are kept in English only)."""
    code = (code or "").strip()
    return f"{code} {country_name(code)}".strip() if lang == "en" and code else code


def _tier(tier: str | None, lang: str) -> str:
    return t(f"rating.{tier}", lang) if tier in ("low", "medium", "high") else (tier or "")


def _rule(rule: str, lang: str) -> str:
    """The alert's rule: the detector's title in English, the monitoring section's label in
    Russian and Kazakh."""
    if lang == "en":
        return rule_title(rule)
    key = f"mon.rule.{rule}" if has_label(f"mon.rule.{rule}") else f"draft.rule.{rule}"
    return t(key, lang) if has_label(key) else rule_title(rule)


def _pairs(rows: list[tuple[str, Any]], s: dict[str, ParagraphStyle], width: float) -> Table:
    data = [
        [
            _p(label, s["label"]),
            value
            if isinstance(value, Paragraph)  # already set, e.g. "not entered" in red
            else _p(value if value not in ("", None) else "—", s["body"]),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),  # a table's default is Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _warning_box(s: dict[str, ParagraphStyle], width: float, lang: str) -> Table:
    box = Table([[_p(t("draft.warning", lang), s["warning"])]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),  # a table's default is Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_FILL),
                ("BOX", (0, 0), (-1, -1), 0.75, WARNING_INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _subject(
    customer: Customer | None, s: dict[str, ParagraphStyle], width: float, lang: str
) -> Table:
    if customer is None:
        return _pairs([(t("draft.customer", lang), t("draft.not_on_file", lang))], s, width)
    individual = customer.kind == "individual"
    rows = [
        (t("draft.name", lang), customer.name),
        (t("draft.name_latin", lang), customer.name_latin),
        (t("draft.iin", lang) if individual else t("draft.bin", lang), customer.iin_bin),
        (t("draft.customer_number", lang), f"#{customer.id}"),
    ]
    if individual:
        rows += [
            (t("draft.birth_date", lang), _day(customer.birth_date)),
            (
                t("draft.citizenship", lang),
                _country(customer.citizenship, lang),
            ),
            (t("draft.id_document", lang), f"{customer.id_type} {customer.id_number}".strip()),
            (t("draft.occupation", lang), customer.occupation),
        ]
    else:
        rows += [
            (t("draft.registration_number", lang), customer.registration_number),
            (t("draft.directors", lang), customer.directors),
        ]
    rows += [
        (
            t("draft.residence", lang) if individual else t("draft.registration_country", lang),
            _country(customer.residence, lang),
        ),
        (t("draft.address", lang), customer.address),
        (t("draft.purpose", lang), customer.purpose),
        (t("draft.risk_tier", lang), _tier(customer.risk_tier, lang)),
    ]
    return _pairs(rows, s, width)


def _transactions(
    txs: list[CustomerTransaction], s: dict[str, ParagraphStyle], width: float, lang: str
) -> Table:
    head = ("no", "date", "dir", "asset", "amount", "kzt", "usd", "counterparty", "reference")
    data = [[_p(t(f"draft.col.{h}", lang), s["small"]) for h in head]]
    for tx in txs:
        counterparty = " ".join(p for p in (tx.counterparty_provider, tx.counterparty_wallet) if p)
        data.append(
            [
                _p(tx.id, s["small"]),
                _p(_day(tx.occurred_on), s["small"]),
                _p(t(f"draft.dir.{tx.direction}", lang), s["small"]),
                _p(tx.asset, s["small"]),
                _p(format(tx.amount, "f"), s["small"]),
                _p(money(tx.value_kzt, ""), s["small"]),
                _p(money(tx.value_usd, ""), s["small"]),
                _p(counterparty, s["small"]),
                _p(tx.reference or "", s["small"]),
            ]
        )
    fractions = (0.06, 0.1, 0.05, 0.07, 0.11, 0.13, 0.1, 0.26, 0.12)
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),  # a table's default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def build_str_draft(
    session: Session, report_id: int, rules: RuleBook, today: dt.date, lang: str = "en"
) -> bytes:
    """The draft of STR ``report_id`` as PDF bytes, in ``lang`` (en, ru or kk)."""
    rules = localized(rules, lang)  # positions and other rule-pack labels in ``lang``
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
    officer = str_parties.deciding_officer(session, report, rules, today, lang)
    reporting = str_parties.reporting_firm(session)
    width = A4[0] - 2 * MARGIN
    deadline_rule = rules.effective(STR_DEADLINE_RULE, report.decided_on or today)
    story: list[Any] = [
        _p(t("draft.title", lang), s["title"]),
        _p(
            t("draft.subtitle", lang),
            s["subtitle"],
        ),
        Spacer(1, 8),
        _warning_box(s, width, lang),
        _p(t("draft.reporting_entity", lang), s["heading"]),
        _pairs(
            [
                (t("draft.firm", lang), firm or t("draft.firm_not_set", lang)),
                *str_parties.firm_rows(reporting, s["body"], lang),
            ],
            s,
            width,
        ),
        _p(t("draft.case", lang), s["heading"]),
        _pairs(
            [
                (t("draft.str_number", lang), f"#{report.id}"),
                (
                    t("draft.reports", lang),
                    t("draft.reports.activity", lang)
                    if report.subject == "activity"
                    else t("draft.reports.operations", lang),
                ),
                (
                    t("draft.status", lang),
                    t(f"mon.report_status.{fiu_reports.state(report, today)}", lang),
                ),
                (t("draft.detected", lang), _day(report.detected_on)),
                (
                    t("draft.decision", lang),
                    t(f"mon.decision.{report.decision or 'pending'}", lang),
                ),
                *str_parties.officer_rows(officer, s["body"], lang),  # never a login
                (t("draft.decided_on", lang), _day(report.decided_on)),
                (
                    t("draft.deadline", lang),
                    t("draft.deadline_value", lang).format(
                        date=_day(report.deadline),
                        days=deadline_rule.value,
                        rule=STR_DEADLINE_RULE,
                        mark=deadline_rule.confidence,
                    )
                    if report.deadline
                    else "—",
                ),
                (t("draft.reported_on", lang), _day(report.reported_on)),
                (t("draft.fiu_reference", lang), report.fiu_reference),
            ],
            s,
            width,
        ),
        _p(t("draft.subject", lang), s["heading"]),
        _subject(customer, s, width, lang),
        *str_parties.owners_block(session, report.customer_id, s, width, lang),
        _p(t("draft.grounds", lang), s["heading"]),
    ]
    if not alerts:
        story.append(_p(t("draft.no_alert", lang), s["body"]))
    for alert in alerts:
        story.append(
            _p(
                t("draft.alert_line", lang).format(
                    id=alert.id,
                    rule=_rule(alert.rule, lang),
                    date=_day(alert.detected_on),
                    reason=reason_text(alert.rule, alert.reason, lang, phrase_map(rules)),
                ),
                s["body"],
            )
        )
        story.append(Spacer(1, 3))
    if report.subject == "activity":
        story.append(_p(t("draft.activity", lang), s["heading"]))
        story.append(_p(report.activity or "—", s["body"]))
    story.append(_p(t("draft.transactions", lang).format(count=len(txs)), s["heading"]))
    story.append(_transactions(txs, s, width, lang) if txs else _p("—", s["body"]))
    story.append(_p(t("draft.facts", lang), s["heading"]))
    story.append(_p(report.facts or t("draft.no_facts", lang), s["body"]))
    story.append(Spacer(1, 14))
    story.append(
        _p(
            t("draft.prepared", lang).format(
                date=_day(today), actor=officer.name or firm or "Kuzet"
            ),
            s["label"],
        )
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(WARNING_INK)
        warning = t("draft.footer", lang).format(id=report.id)
        canvas.drawString(MARGIN, 24, warning)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(A4[0] - MARGIN, 24, t("draft.page", lang).format(n=doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=t("draft.doc_title", lang).format(id=report.id),
        author=firm or "Kuzet",
        creator="Kuzet",
        initialFontName=SANS,  # else reportlab starts each page in an unembedded Helvetica
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return make_archival(buffer.getvalue())  # PDF/A-2b, like the pack


def write_str_draft(
    session: Session,
    report_id: int,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    lang: str = "en",
) -> Path:
    """Write the draft of STR ``report_id`` to ``path`` atomically."""
    atomic_write_bytes(path, build_str_draft(session, report_id, rules, today, lang))
    return path
