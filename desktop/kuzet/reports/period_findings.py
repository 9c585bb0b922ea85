"""What did not happen in the pack's period, as findings (issue #15, item 1).

A register table with no rows says nothing a supervisor can act on. Where the period shows
no screening run, days with no watchlist in force, or no transaction although the firm's
profile says it trades, the pack says so as a finding with a severity from the rule pack
(``findings.severity``). ``period_findings(ctx)`` lists them for the findings summary; each
section prints its own at its top (``findings_block``).

Which list versions were in force on each day (``list_coverage``) is read from what the
watchlist register records: a version is in force from its import (``created_at``) until
the next version of its list was imported (the successor's ``created_at``, found by its
``previous_id``) or until the list was withdrawn (``retired_at``). A day counts as covered
by every version in force at any moment of it, in the pack's time zone.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable
from sqlalchemy import func, select

from kuzet.regime import programme
from kuzet.regime.severity import severity_key, severity_of
from kuzet.reports.badges import Status, badge_markup
from kuzet.reports.blocks import para
from kuzet.reports.formatting import format_date
from kuzet.reports.section import PackContext
from kuzet.reports.sections.common import day_bounds, pack_data
from kuzet.store.models.firm import FirmProfile
from kuzet.store.models.screening import ScreeningRun, WatchlistVersion
from kuzet.store.models.transaction import CustomerTransaction

NO_SCREENING_RUN = "period_no_screening_run"
NO_LIST_IN_FORCE = "period_no_list_in_force"
NO_TRANSACTIONS = "period_no_transactions"


@dataclass(frozen=True)
class PeriodFinding:
    """Something that did not happen in the period: its kind (a key of the rule
    ``findings.severity``), its severity, the label of its text and the values the label
    takes (dates stay dates: ``finding_text`` formats them), the section that shows it,
    and the record it concerns in words ("" when it concerns the whole period)."""

    kind: str
    severity: str
    text_key: str
    values: dict[str, object] = field(default_factory=dict)
    section_key: str = ""
    record: str = ""


@dataclass(frozen=True)
class VersionSpan:
    """A list version and the days of the period it was in force (both inclusive)."""

    version: WatchlistVersion
    first_day: dt.date
    last_day: dt.date


@dataclass(frozen=True)
class CoverageStretch:
    """Consecutive days of the period with the same list versions in force (none: a gap)."""

    first_day: dt.date
    last_day: dt.date
    version_ids: tuple[int, ...]

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1


@dataclass(frozen=True)
class ListCoverage:
    spans: list[VersionSpan]
    stretches: list[CoverageStretch]
    last_day: dt.date | None  # the last day looked at (the period, cut at the pack's day)

    @property
    def gaps(self) -> list[CoverageStretch]:
        return [s for s in self.stretches if not s.version_ids]


def _local_day(ctx: PackContext, moment: dt.datetime) -> dt.date:
    return moment.astimezone(ctx.local_tz).date()


def list_coverage(ctx: PackContext) -> ListCoverage:
    """Which watchlist versions were in force on which days of the period (up to the day
    the pack is made: later days have not happened yet), and the stretches of days with
    the same versions in force, gaps included."""
    data = pack_data(ctx)
    first = ctx.period.date_from
    last = min(ctx.period.date_to, data.today)
    if last < first:
        return ListCoverage([], [], None)
    _start, end = day_bounds(ctx)
    versions = list(
        data.session.execute(
            select(WatchlistVersion)
            .where(WatchlistVersion.created_at < end)
            .order_by(WatchlistVersion.list_name, WatchlistVersion.id)
        ).scalars()
    )
    superseded: dict[int, dt.datetime] = {}
    successors = select(WatchlistVersion.previous_id, func.min(WatchlistVersion.created_at))
    for previous, at in data.session.execute(
        successors.where(WatchlistVersion.previous_id.is_not(None)).group_by(
            WatchlistVersion.previous_id
        )
    ):
        superseded[previous] = at
    spans: list[VersionSpan] = []
    for version in versions:
        if version.created_at is None:
            continue
        ended = superseded.get(version.id or 0) or version.retired_at
        if ended is None and not version.active:
            ended = version.updated_at  # deactivated without a successor on record
        start_day = max(first, _local_day(ctx, version.created_at))
        end_day = last if ended is None else min(last, _local_day(ctx, ended))
        if start_day <= end_day:
            spans.append(VersionSpan(version, start_day, end_day))
    return ListCoverage(spans, _stretches(spans, first, last), last)


def _stretches(spans: list[VersionSpan], first: dt.date, last: dt.date) -> list[CoverageStretch]:
    """Cut the days at every start and end of a span: one stretch per set of versions."""
    cuts = {first, last + dt.timedelta(days=1)}
    for span in spans:
        cuts.add(span.first_day)
        cuts.add(span.last_day + dt.timedelta(days=1))
    bounds = sorted(c for c in cuts if first <= c <= last + dt.timedelta(days=1))
    stretches: list[CoverageStretch] = []
    for begin, after in itertools.pairwise(bounds):
        stop = after - dt.timedelta(days=1)
        ids = tuple(
            sorted(s.version.id or 0 for s in spans if s.first_day <= begin and s.last_day >= stop)
        )
        if stretches and stretches[-1].version_ids == ids:
            stretches[-1] = CoverageStretch(stretches[-1].first_day, stop, ids)
        else:
            stretches.append(CoverageStretch(begin, stop, ids))
    return stretches


def run_count(ctx: PackContext) -> int:
    """Screening runs started in the period (its local days)."""
    start, end = day_bounds(ctx)
    r = ScreeningRun.__table__.c
    query = select(func.count()).where(r.started_at >= start, r.started_at < end)
    return int(pack_data(ctx).session.execute(query).scalar_one())


def transaction_count(ctx: PackContext) -> int:
    """Transactions that occurred in the period (not retired)."""
    t = CustomerTransaction.__table__.c
    query = select(func.count()).where(
        t.retired_at.is_(None),
        t.occurred_on >= ctx.period.date_from,
        t.occurred_on <= ctx.period.date_to,
    )
    return int(pack_data(ctx).session.execute(query).scalar_one())


def firm_trades(ctx: PackContext) -> bool:
    """Whether the firm's profile names an activity that keeps customer transactions
    (rule ``programme.activities``: its ``registers`` include ``transactions``)."""
    data = pack_data(ctx)
    profile = data.session.execute(
        select(FirmProfile.activities)
        .where(FirmProfile.retired_at.is_(None))
        .order_by(FirmProfile.id.desc())
    ).first()
    if profile is None:
        return False
    try:
        chosen = json.loads(profile[0] or "[]")
        known = programme.activities(data.rules, data.today)
    except (ValueError, KeyError, LookupError):
        return False
    return any("transactions" in known.get(key, {}).get("registers", ()) for key in chosen)


def _finding(
    ctx: PackContext, kind: str, section: str, record: str = "", **values: object
) -> PeriodFinding:
    data = pack_data(ctx)
    level = severity_of(data.rules, kind, data.today)
    return PeriodFinding(kind, level, f"periods.finding.{kind}", values, section, record)


def period_findings(ctx: PackContext) -> list[PeriodFinding]:
    """Every finding of what did not happen in the period, most serious first."""
    found: list[PeriodFinding] = []
    coverage = list_coverage(ctx)
    for gap in coverage.gaps:
        record = _span_text(ctx, gap.first_day, gap.last_day)
        found.append(
            _finding(
                ctx,
                NO_LIST_IN_FORCE,
                "screening",
                record,
                date_from=gap.first_day,
                date_to=gap.last_day,
                days=gap.days,
            )
        )
    if coverage.last_day is not None and run_count(ctx) == 0:
        found.append(_finding(ctx, NO_SCREENING_RUN, "screening"))
    if coverage.last_day is not None and firm_trades(ctx) and transaction_count(ctx) == 0:
        found.append(_finding(ctx, NO_TRANSACTIONS, "monitoring"))
    return sorted(found, key=lambda f: severity_key(f.severity))


def _span_text(ctx: PackContext, first: dt.date, last: dt.date) -> str:
    if first == last:
        return format_date(first, ctx.lang)
    return f"{format_date(first, ctx.lang)}–{format_date(last, ctx.lang)}"


def finding_text(ctx: PackContext, finding: PeriodFinding) -> str:
    """The finding in words, in the pack's language (dates formatted for it)."""
    values = {
        k: format_date(v, ctx.lang) if isinstance(v, dt.date) else v
        for k, v in finding.values.items()
    }
    return ctx.t(finding.text_key, **values)


def findings_block(ctx: PackContext, section_key: str) -> list[Flowable]:
    """The period's findings of one section, each a line with its severity badge."""
    return [
        para(
            f"{badge_markup(Status.of_severity(f.severity), ctx.lang)} "
            f"{escape(finding_text(ctx, f))}",
            markup=True,
        )
        for f in period_findings(ctx)
        if f.section_key == section_key
    ]
