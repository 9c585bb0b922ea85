"""The pack's findings: every critical and high finding of the period and of the state on the
pack's day, each with its stable key, its record, the section (and page) that shows it and
management's response (issue #15, "Findings first").

Where they come from, so the pack, the Dashboard and the response register agree:

- the state on the pack's day: ``response_findings.open_findings`` (the Dashboard's
  deadlines, the screening lists gap, activity without its licence, mandatory sale not met);
- monitoring alerts whose rule is critical or high (``alert.<rule>`` of
  ``findings.severity``): still open on the pack's day, or about a transaction of the period;
- sanctions hits still open, and true matches whose customer is not frozen;
- what did not happen in the period (``reports.period_findings``);
- obligations without evidence in the period (``reports.evidence_map.evidence_gaps``).

Keys are built with ``responses.finding_key`` (``kind:register/record[:date...]``), so a
response written for a finding in one pack still matches it in the next. A finding points at
the anchor ``<section>.<register>/<id>`` when that section marks the record, else at the
start of the section that shows it (``PackFinding.anchors``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import or_, select

from kuzet.regime.severity import CRITICAL, HIGH, severity_key, severity_or
from kuzet.registers.programme.response_findings import open_findings
from kuzet.registers.programme.responses import ResponseView, finding_key, responses_by_key
from kuzet.registers.screening.listing import hit_kind
from kuzet.reports.formatting import format_date
from kuzet.reports.labels import has_label
from kuzet.reports.section import PackContext
from kuzet.reports.sections.common import label_of, pack_data
from kuzet.reports.sections.registry import SECTIONS
from kuzet.store.models.customer import Customer
from kuzet.store.models.monitoring import Alert
from kuzet.store.models.screening import ScreeningHit

LEVELS = (CRITICAL, HIGH)

# The section that shows each register's records (``""``: none of the pack's sections)
SECTION_OF: dict[str, str] = {
    "licence": "licences",
    "pool_accreditation": "mining",
    "venue": "mining",
    "mining_output": "mining",
    "mining_sale": "mining",
    "sale": "mining",
    "pool_distribution_report": "mining",
    "mining_fee": "mining",
    "customer": "customers",
    "screening_hit": "screening",
    "watchlist_version": "screening",
    "freeze_notification": "monitoring",
    "threshold_report": "monitoring",
    "str": "monitoring",
    "suspicious_transaction_report": "monitoring",
    "alert": "monitoring",
    "staff_member": "training",
    "training": "training",
    "audit_engagement": "audits",
    "remediation_action": "audits",
    "mlro_appointment": "firm",
    "aml_return": "firm",
    "business_risk_assessment": "firm",
    "management_response": "findings",
    "obligation": "evidence_map",
}


@dataclass(frozen=True)
class PackFinding:
    """One finding as the summary prints it."""

    key: str  # ``responses.finding_key``: what a management response is written against
    kind: str  # a kind of ``findings.severity``
    severity: str
    text: str  # the finding in the pack's language
    record: str  # the record it is about, in the pack's language ("" for the whole period)
    section: str = ""  # the key of the section that shows it ("" none)
    register: str = ""
    record_id: str = ""
    response: ResponseView | None = None

    @property
    def anchors(self) -> tuple[str, ...]:
        """Where its page is looked up, the record's own anchor first."""
        if not self.section:
            return ()
        if self.register and self.record_id:
            return (f"{self.section}.{self.register}/{self.record_id}", self.section)
        return (self.section,)


def kind_text(ctx: PackContext, kind: str, fallback: str = "") -> str:
    label = f"findings.kind.{kind}"
    return ctx.t(label) if has_label(label) else (fallback or kind)


def register_text(ctx: PackContext, register: str) -> str:
    return label_of(ctx, "findings.reg", register)


def _qualifier(ctx: PackContext, text: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(text), ctx.lang)
    except ValueError:
        return text


def record_text(ctx: PackContext, key: str) -> str:
    """A key's record in words: ``licence/3:2026-07-01`` → "Licence #3, 01.07.2026"."""
    _kind, _sep, rest = key.partition(":")
    record, *qualifiers = rest.split(":")
    register, _sep, ident = record.partition("/")
    words = register_text(ctx, register)
    if ident and ident != "0":
        words += " " + (ctx.t("findings.number", id=ident) if ident.isdigit() else ident)
    extra = ", ".join(_qualifier(ctx, q) for q in qualifiers if q)
    return f"{words}, {extra}" if extra else words


def _split_key(key: str) -> tuple[str, str, str]:
    kind, _sep, rest = key.partition(":")
    register, _sep, ident = rest.split(":")[0].partition("/")
    return kind, register, ident


# --- the sources ---------------------------------------------------------------------------


def _state_of_day(ctx: PackContext) -> list[PackFinding]:
    data = pack_data(ctx)
    found = []
    for item in open_findings(data.session, data.rules, data.today):
        kind, register, ident = _split_key(item.key)
        found.append(
            PackFinding(
                key=item.key,
                kind=kind,
                severity=item.severity,
                text=kind_text(ctx, kind, item.what),
                record=record_text(ctx, item.key),
                section=SECTION_OF.get(register, ""),
                register=register,
                record_id=ident if ident != "0" else "",
            )
        )
    return found


def _alerts(ctx: PackContext) -> list[PackFinding]:
    data = pack_data(ctx)
    period = ctx.period
    query = select(Alert).where(
        Alert.retired_at.is_(None),
        or_(
            Alert.status == "open",
            (Alert.pattern_on >= period.date_from) & (Alert.pattern_on <= period.date_to),
            (Alert.detected_on >= period.date_from) & (Alert.detected_on <= period.date_to),
        ),
    )
    found = []
    for alert in data.session.execute(query.order_by(Alert.id)).scalars():
        kind = f"alert.{alert.rule}"
        level = severity_or(data.rules, kind, data.today, "")
        if level not in LEVELS:
            continue
        record = ctx.t(
            "findings.alert_record",
            id=alert.id,
            customer=alert.customer_id,
            day=format_date(alert.pattern_on, ctx.lang),
            status=label_of(ctx, "mon.alert_status", alert.status),
        )
        found.append(
            PackFinding(
                key=finding_key(kind, "alert", alert.id or 0),
                kind=kind,
                severity=level,
                text=kind_text(ctx, kind, label_of(ctx, "mon.rule", alert.rule)),
                record=record,
                section="monitoring",
                register="alert",
                record_id=str(alert.id),
            )
        )
    return found


def _hits(ctx: PackContext) -> list[PackFinding]:
    """Open hits (all above the review threshold: lower scores are cleared by the run) and
    true matches whose customer is not frozen. No listed or screened name: redaction."""
    data = pack_data(ctx)
    query = (
        select(ScreeningHit, Customer.status)
        .join(Customer, Customer.id == ScreeningHit.customer_id)
        .where(ScreeningHit.retired_at.is_(None), ScreeningHit.status.in_(("open", "true_match")))
        .order_by(ScreeningHit.id)
    )
    found = []
    for hit, customer_status in data.session.execute(query):
        kind = hit_kind(hit.status, customer_status)
        level = severity_or(data.rules, kind, data.today, "") if kind else ""
        if level not in LEVELS:
            continue
        record = ctx.t(
            "findings.hit_record",
            id=hit.id,
            customer=hit.customer_id,
            score=hit.score,
            list=hit.list_name,
        )
        found.append(
            PackFinding(
                key=finding_key(kind, "screening_hit", hit.id or 0),
                kind=kind,
                severity=level,
                text=kind_text(ctx, kind),
                record=record,
                section="screening",
                register="screening_hit",
                record_id=str(hit.id),
            )
        )
    return found


def _period(ctx: PackContext) -> list[PackFinding]:
    try:
        from kuzet.reports import period_findings as periods
    except ImportError:  # pragma: no cover - the period findings are another part of #15
        return []
    found = []
    for item in periods.period_findings(ctx):
        if item.severity not in LEVELS:
            continue
        first = item.values.get("date_from", ctx.period.date_from)
        last = item.values.get("date_to", ctx.period.date_to)
        span = f"{first.isoformat()}..{last.isoformat()}"  # type: ignore[union-attr]
        found.append(
            PackFinding(
                key=finding_key(item.kind, "period", span),
                kind=item.kind,
                severity=item.severity,
                text=periods.finding_text(ctx, item),
                record=(item.record or _period_words(ctx)).replace("–", " – "),
                section=item.section_key,
            )
        )
    return found


def _period_words(ctx: PackContext) -> str:
    first, last = ctx.period.date_from, ctx.period.date_to
    return ctx.t(
        "findings.period_record",
        date_from=format_date(first, ctx.lang),
        date_to=format_date(last, ctx.lang),
    )


def _evidence_gaps(ctx: PackContext) -> list[PackFinding]:
    try:
        from kuzet.reports.evidence_map import GAP_KIND, evidence_gaps
        from kuzet.reports.sections.evidence_map import obligation_title, window_of
    except ImportError:  # pragma: no cover - the evidence map is another part of #15
        return []
    data = pack_data(ctx)
    found = []
    for row in evidence_gaps(data.session, data.rules, window_of(ctx), data.today):
        if row.severity not in LEVELS:
            continue
        key = row.obligation.key
        found.append(
            PackFinding(
                key=finding_key(GAP_KIND, "obligation", key, ctx.period.date_from),
                kind=GAP_KIND,
                severity=row.severity,
                text=f"{kind_text(ctx, GAP_KIND)}: {obligation_title(ctx, row)}",
                record=_period_words(ctx),
                section="evidence_map",
            )
        )
    return found


def _order(finding: PackFinding) -> tuple[int, int, str]:
    sections = list(SECTIONS)
    where = sections.index(finding.section) if finding.section in sections else len(sections)
    return severity_key(finding.severity), where, finding.key


def pack_findings(ctx: PackContext) -> list[PackFinding]:
    """Every critical and high finding of the pack, most serious first, each once (by key),
    with the response in force for it."""
    session = pack_data(ctx).session
    answered = responses_by_key(session)
    chosen: dict[str, PackFinding] = {}
    for item in [*_period(ctx), *_state_of_day(ctx)]:
        if item.severity in LEVELS and item.key not in chosen:
            chosen[item.key] = item
    # A hit or alert the Dashboard already lists (a deadline on the same record) keeps the
    # Dashboard's key, so a response written from the register matches; it takes the
    # record's fuller description from here.
    same_record = {(f.kind, f.register, f.record_id): f.key for f in chosen.values()}
    for item in [*_hits(ctx), *_alerts(ctx), *_evidence_gaps(ctx)]:
        known = same_record.get((item.kind, item.register, item.record_id))
        if known is not None and item.register:
            chosen[known] = replace(chosen[known], record=item.record)
        elif item.severity in LEVELS and item.key not in chosen:
            chosen[item.key] = item
    found = [replace(f, response=answered.get(f.key)) for f in chosen.values()]
    return sorted(found, key=_order)


_BUILT: dict[tuple[str, int], list[PackFinding]] = {}


def findings_of(ctx: PackContext) -> list[PackFinding]:
    """``pack_findings`` once per pack: the summary and the sign-off print the same list."""
    key = (ctx.pack_id, id(ctx))
    if key not in _BUILT:
        while len(_BUILT) >= 4:
            _BUILT.pop(next(iter(_BUILT)))
        _BUILT[key] = pack_findings(ctx)
    return _BUILT[key]


def severity_counts(findings: Iterable[PackFinding]) -> dict[str, int]:
    counts = dict.fromkeys(LEVELS, 0)
    for item in findings:
        counts[item.severity] = counts.get(item.severity, 0) + 1
    return counts
