"""The requirement → evidence map: which obligations apply to the firm, and what shows them.

The obligations are data: rule ``programme.obligations`` (``resources/rules/programme.toml``)
names for each obligation where it applies (the firm profile's jurisdiction and
activities), the rules that set it, the pack sections that show it and the registers whose
records count as its evidence. This module decides, for a period, which obligations apply
on the period's last day and counts each register's evidence in the period.

How a register counts (``COUNTERS``). Registers of events count the records dated in the
period by the day the thing happened (a transaction's day, a session's day, a run's start).
Duties that recur over a longer cycle count the record in force during the period
instead: an MLRO in office on any day of it, a licence or pool accreditation in force, a
business risk assessment not past its review date, an independent audit within the
audit interval before the period's end, an AML Return filed in the year before it. An
obligation that applies and whose registers hold no such record is a gap (finding kind
``obligation_without_evidence``); one whose registers list is empty is kept outside Kuzet
and is neither evidenced nor a gap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session

from kuzet.regime import programme, severity
from kuzet.regime.rulepack import RuleBook
from kuzet.registers.programme import firm
from kuzet.reports.section import Period
from kuzet.store.models.audit_entry import AuditEntry
from kuzet.store.models.audits import AuditEngagement
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.models.customer_review import CustomerReview
from kuzet.store.models.edd import EddRecord
from kuzet.store.models.firm import MlroAppointment
from kuzet.store.models.licence import Licence
from kuzet.store.models.mining import MiningFeeBasis, MiningOutput, PoolAccreditation, Sale
from kuzet.store.models.monitoring import Alert, SuspiciousTransactionReport, ThresholdReport
from kuzet.store.models.programme import AmlReturn, BusinessRiskAssessment
from kuzet.store.models.risk_assessment import RiskAssessment
from kuzet.store.models.screening import ScreeningRun, WatchlistVersion
from kuzet.store.models.training import TrainingSession
from kuzet.store.models.transaction import CustomerTransaction

RULE = "programme.obligations"
GAP_KIND = "obligation_without_evidence"
ANY = "*"


@dataclass(frozen=True)
class Obligation:
    key: str
    title: str
    jurisdictions: tuple[str, ...]
    activities: tuple[str, ...]
    rules: tuple[str, ...]
    sections: tuple[str, ...]
    registers: tuple[str, ...]

    def applies(self, jurisdiction: str, activities: Sequence[str]) -> bool:
        """Applies when the jurisdiction matches and any of the firm's activities does."""
        where = ANY in self.jurisdictions or jurisdiction in self.jurisdictions
        what = ANY in self.activities or any(a in self.activities for a in activities)
        return where and what


@dataclass(frozen=True)
class RuleCite:
    key: str
    title: str
    source: str
    confidence: str


@dataclass(frozen=True)
class RegisterEvidence:
    register: str  # a key of ``COUNTERS``: the pack prints it through label ``emap.reg.<key>``
    count: int


@dataclass(frozen=True)
class MapRow:
    obligation: Obligation
    rules: tuple[RuleCite, ...]
    evidence: tuple[RegisterEvidence, ...]
    severity: str  # of a gap (``obligation_without_evidence``)

    @property
    def kept_outside(self) -> bool:
        return not self.obligation.registers

    @property
    def gap(self) -> bool:
        return not self.kept_outside and not any(e.count for e in self.evidence)


@dataclass(frozen=True)
class Window:
    """The period as dates, and as [start, end) instants for timestamped records."""

    period: Period
    start: dt.datetime
    end: dt.datetime

    @classmethod
    def of(cls, period: Period, start: dt.datetime | None = None, end: dt.datetime | None = None):
        start = start or dt.datetime.combine(period.date_from, dt.time(), dt.UTC)
        end = end or dt.datetime.combine(period.date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
        return cls(period, start, end)


def obligations(rules: RuleBook, day: dt.date) -> list[Obligation]:
    found = []
    for row in rules.value(RULE, day):
        applies_to = row.get("applies_to", {})
        found.append(
            Obligation(
                key=row["key"],
                title=row["title"],
                jurisdictions=tuple(applies_to.get("jurisdictions", [ANY])),
                activities=tuple(applies_to.get("activities", [ANY])),
                rules=tuple(row.get("rules", [])),
                sections=tuple(row.get("sections", [])),
                registers=tuple(row.get("registers", [])),
            )
        )
    return found


def applicable(session: Session, rules: RuleBook, day: dt.date) -> list[Obligation] | None:
    """The obligations that apply to the firm profile on ``day`` (None: no profile yet)."""
    record = firm.profile(session)
    if record is None:
        return None
    activities = firm.activity_keys(record)
    return [o for o in obligations(rules, day) if o.applies(record.jurisdiction, activities)]


def cite_rules(
    rules: RuleBook, keys: Sequence[str], day: dt.date, jurisdiction: str = ""
) -> tuple[RuleCite, ...]:
    """The rules with their sources and marks. A key may name ``{jurisdiction}`` (the firm's)
    or ``{retention_rule}`` (the jurisdiction's record-retention rule)."""
    cites = []
    retention = programme.jurisdictions(rules, day).get(jurisdiction, {}).get("retention_rule", "")
    for pattern in keys:
        key = pattern.format(jurisdiction=jurisdiction, retention_rule=retention)
        try:
            effective = rules.effective(key, day)
            title = rules.rule(key).title
        except (KeyError, LookupError):  # a rule not in force that day: not cited
            continue
        cites.append(RuleCite(key, title, effective.source, effective.confidence))
    return tuple(cites)


def evidence_map(
    session: Session, rules: RuleBook, window: Window, today: dt.date
) -> list[MapRow] | None:
    """Each applicable obligation with its rules and its evidence in ``window``."""
    day = window.period.date_to
    record = firm.profile(session)
    found = applicable(session, rules, day)
    if found is None or record is None:
        return None
    level = severity.severity_of(rules, GAP_KIND, today)
    rows = []
    for obligation in found:
        evidence = tuple(
            RegisterEvidence(name, COUNTERS[name](session, window, rules))
            for name in obligation.registers
            if name in COUNTERS
        )
        cites = cite_rules(rules, obligation.rules, day, record.jurisdiction)
        rows.append(MapRow(obligation, cites, evidence, level))
    return rows


def evidence_gaps(
    session: Session, rules: RuleBook, window: Window, today: dt.date
) -> list[MapRow]:
    """The applicable obligations with no evidence in the period (for the findings)."""
    return [row for row in evidence_map(session, rules, window, today) or [] if row.gap]


# --- how each register counts ------------------------------------------------------------

Counter = Callable[[Session, Window, RuleBook], int]


def _count(session: Session, model: type, *where) -> int:
    query = select(func.count()).select_from(model).where(model.retired_at.is_(None), *where)
    return int(session.execute(query).scalar_one())


def _dated(model: type, column: str) -> Counter:
    def count(session: Session, w: Window, rules: RuleBook) -> int:
        c = getattr(model, column)
        return _count(session, model, c >= w.period.date_from, c <= w.period.date_to)

    return count


def _timed(model: type, column: str, *where) -> Counter:
    def count(session: Session, w: Window, rules: RuleBook) -> int:
        c = getattr(model, column)
        return _count(session, model, c >= w.start, c < w.end, *where)

    return count


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _mlro_in_office(session: Session, w: Window, rules: RuleBook) -> int:
    m = MlroAppointment
    return _count(
        session,
        m,
        m.role == "mlro",
        m.appointed_on <= w.period.date_to,
        (m.ended_on.is_(None)) | (m.ended_on >= w.period.date_from),
    )


def _audit_in_interval(session: Session, w: Window, rules: RuleBook) -> int:
    years = int(rules.value("programme.audit.interval_years", w.period.date_to))
    a = AuditEngagement
    since = _years_before(w.period.date_to, years)
    return _count(session, a, a.audit_date > since, a.audit_date <= w.period.date_to)


def _risk_assessment_current(session: Session, w: Window, rules: RuleBook) -> int:
    b = BusinessRiskAssessment
    return _count(
        session, b, b.assessed_on <= w.period.date_to, b.next_review_on >= w.period.date_from
    )


def _aml_return_filed(session: Session, w: Window, rules: RuleBook) -> int:
    r = AmlReturn
    since = _years_before(w.period.date_to, 1)
    return _count(session, r, r.filed_on > since, r.filed_on <= w.period.date_to)


def _licence_in_force(session: Session, w: Window, rules: RuleBook) -> int:
    lic = Licence
    return _count(
        session,
        lic,
        lic.status == "active",
        lic.issued_on <= w.period.date_to,
        (lic.expires_on.is_(None)) | (lic.expires_on >= w.period.date_from),
    )


def _pool_in_force(session: Session, w: Window, rules: RuleBook) -> int:
    p = PoolAccreditation
    return _count(
        session,
        p,
        p.status == "accredited",
        (p.accredited_on.is_(None)) | (p.accredited_on <= w.period.date_to),
        (p.expires_on.is_(None)) | (p.expires_on >= w.period.date_from),
    )


def _edd_files(session: Session, w: Window, rules: RuleBook) -> int:
    e = EddRecord
    return _count(session, e, e.approved_on.is_not(None), e.approved_on <= w.period.date_to)


def _lists_in_force(session: Session, w: Window, rules: RuleBook) -> int:
    v = WatchlistVersion
    return _count(session, v, v.created_at < w.end)


def _trail(session: Session, w: Window, rules: RuleBook) -> int:
    """Record keeping is a state: the entries the audit trail holds on the pack's day (the
    trail section verifies their chain)."""
    return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


COUNTERS: dict[str, Counter] = {
    "customers_onboarded": _dated(Customer, "onboarded_on"),
    "customer_documents": _dated(CustomerDocument, "uploaded_on"),
    "customer_reviews": _dated(CustomerReview, "reviewed_on"),
    "edd_files": _edd_files,
    "customer_risk_assessments": _dated(RiskAssessment, "assessed_on"),
    "screening_runs": _timed(ScreeningRun, "started_at"),
    "watchlist_versions": _lists_in_force,
    "transactions": _dated(CustomerTransaction, "occurred_on"),
    "alerts": _dated(Alert, "pattern_on"),
    "alerts_decided": _timed(Alert, "decided_at"),
    "suspicious_reports": _dated(SuspiciousTransactionReport, "decided_on"),
    "threshold_reports": _dated(ThresholdReport, "transaction_on"),
    "transfers": lambda s, w, r: _count(
        s,
        CustomerTransaction,
        CustomerTransaction.occurred_on >= w.period.date_from,
        CustomerTransaction.occurred_on <= w.period.date_to,
        CustomerTransaction.travel_rule.in_(("complete", "incomplete")),
    ),
    "mlro_in_office": _mlro_in_office,
    "training_sessions": _dated(TrainingSession, "held_on"),
    "audit_in_interval": _audit_in_interval,
    "business_risk_assessment_current": _risk_assessment_current,
    "audit_trail": _trail,
    "aml_returns_due": _aml_return_filed,
    "licence_in_force": _licence_in_force,
    "pool_accreditation_in_force": _pool_in_force,
    "mining_output": _dated(MiningOutput, "output_date"),
    "sales": _dated(Sale, "sale_date"),
    "mining_fee_bases": _dated(MiningFeeBasis, "quarter_start"),
}
