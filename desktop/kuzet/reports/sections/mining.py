"""Mining output and sales: for each coin, the mandatory-sale check of every period that
overlaps the pack's period (mined, sold through AIFC-licensed venues, the share against the
rule, the shortfall), monthly charts, the mining fee per quarter, then the output and sales
ledgers of the period (``mining_ledgers``)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from kuzet.regime import mining, mining_fee
from kuzet.regime.mining import Period, ShareCheck
from kuzet.regime.severity import severity_or
from kuzet.registers.mining import fees as mining_fees
from kuzet.registers.mining import mandatory_sale as mining_checks
from kuzet.registers.mining.common import period_kind_on, share_on
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, note, para, subheading
from kuzet.reports.charts import line_with_threshold, month_labels, monthly_bars
from kuzet.reports.formatting import format_date, format_number
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import col, pack_data, percent, period_note, table
from kuzet.reports.sections.mining_ledgers import output_table, sales_table, sales_total_kzt

ZERO = Decimal(0)
# A closed period whose share was not met is CRITICAL ("not met"), a running period
# projected short HIGH: the levels of their findings in rule findings.severity
# (``_badge``); the rest as before.
CHECK_BADGES = {
    mining.MET: Status.OK,
    mining.ON_TRACK: Status.OK,
    mining.NO_OUTPUT: Status.OK,
    mining.NOT_MET: Status.CRITICAL,
    mining.PROJECTED_SHORT: Status.HIGH,
    mining.NO_RULE: Status.WARNING,
}


def _badge(ctx: PackContext, status: str) -> Status:
    """The badge of a period's status: a finding's in its severity from the rule pack."""
    kind = mining.finding_kind(status)
    if kind and status != mining.MET:
        data = pack_data(ctx)
        return Status.of_severity(
            severity_or(data.rules, kind, data.today, CHECK_BADGES[status].value)
        )
    return CHECK_BADGES.get(status, Status.WARNING)


class MiningSection(LabelledSection):
    key = "mining"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        story: list[Flowable] = [period_note(ctx)]
        coins = mining_checks.coins(data.session)
        sold: dict[str, Decimal] = {}
        if not coins:
            story.append(para(ctx.t("mining.none")))
        for coin in coins:
            ctx.progress.check()
            story += _coin_part(ctx, coin, sold)
        story += [subheading(ctx.t("mining.fees")), *_fees(ctx)]
        story += output_table(ctx)
        value_kzt, unvalued = sales_total_kzt(ctx)
        story.append(note(ctx.t("mining.sales_note")))
        if unvalued:
            story.append(note(ctx.t("mining.unvalued", n=unvalued)))
        story += sales_table(ctx, {c: v for c, v in sold.items() if v}, value_kzt)
        return story


def checks_for(ctx: PackContext, coin: str, totals: mining_checks.DailyTotals) -> list[ShareCheck]:
    """The check of each rule period (quarter by default) overlapping the pack's period, as
    it stands on the generation day (a running period with its projection)."""
    data = pack_data(ctx)
    today = data.today
    end = min(ctx.period.date_to, today)
    if end < ctx.period.date_from:
        return []
    periods = mining.periods_covering(ctx.period.date_from, end, period_kind_on(data.rules))
    lead = int(data.rules.value_or("mining.sale.warning_lead_days", today, 0))
    rule = share_on(data.rules)
    checks = []
    for period in periods:
        as_of = min(today, period.end)
        other = mining.total_in(Period(period.start, as_of, period.kind), totals.other)
        price = mining_checks.latest_price_kzt(data.session, coin, as_of)
        checks.append(
            mining.check_share(
                period, coin, totals.mined, totals.licensed, other, rule, today, price, lead
            )
        )
    return checks


def _coin_part(ctx: PackContext, coin: str, sold: dict[str, Decimal]) -> list[Flowable]:
    data = pack_data(ctx)
    kind_on = period_kind_on(data.rules)
    first = mining.period_of(ctx.period.date_from, kind_on(ctx.period.date_from)).start
    last = max(ctx.period.date_to, mining.period_of(ctx.period.date_to, "quarter").end)
    totals = mining_checks.daily_totals(data.session, coin, first, last, data.rules)
    inside = Period(ctx.period.date_from, ctx.period.date_to, "custom")
    mined = mining.total_in(inside, totals.mined)
    licensed = mining.total_in(inside, totals.licensed)
    other = mining.total_in(inside, totals.other)
    sold[coin] = licensed + other
    story: list[Flowable] = [
        subheading(ctx.t("mining.coin", coin=coin)),
        key_figures(
            [
                KeyFigure(ctx.t("mining.fig.mined", coin=coin), mined),
                KeyFigure(ctx.t("mining.fig.licensed", coin=coin), licensed),
                KeyFigure(ctx.t("mining.fig.other", coin=coin), other),
                KeyFigure(
                    ctx.t("mining.fig.share"), _percent_text(ctx, mining.ratio(licensed, mined))
                ),
            ],
            lang=ctx.lang,
            columns=4,
        ),
    ]
    checks = checks_for(ctx, coin, totals)
    story += [
        para(ctx.t("mining.check_intro")),
        _check_table(ctx, checks),
        *_charts(ctx, coin, totals),
    ]
    return story


def _percent_text(ctx: PackContext, share: Decimal | None) -> str | None:
    value = percent(share)
    return None if value is None else f"{format_number(value, ctx.lang)} %"


def _rule_text(ctx: PackContext, check: ShareCheck) -> str:
    parts = [(day, value) for day, value in check.rule_values if value is not None]
    if not parts:
        return ctx.t("mining.no_rule")
    if len(parts) == 1:
        return _percent_text(ctx, parts[0][1]) or ""
    return "; ".join(
        ctx.t(
            "mining.rule_from",
            share=_percent_text(ctx, value),
            day=format_date(day, ctx.lang),
        )
        for day, value in parts
    )


def _check_table(ctx: PackContext, checks: list[ShareCheck]) -> Flowable:
    rows = []
    for check in checks:
        label = check.period.label
        if check.running:
            label = ctx.t("mining.running", period=label, day=format_date(check.as_of, ctx.lang))
        rows.append(
            (
                label,
                check.mined,
                check.sold_licensed,
                check.required,
                percent(check.share),
                _rule_text(ctx, check),
                check.shortfall,
                ctx.t(f"mining.status.{check.status.replace(' ', '_')}"),
                _badge(ctx, check.status),
            )
        )
    columns = [
        col(ctx, "col.period"),
        col(ctx, "mining.col.mined", decimals=8),
        col(ctx, "mining.col.sold_licensed", decimals=8),
        col(ctx, "mining.col.required", decimals=8),
        col(ctx, "mining.col.share"),
        col(ctx, "mining.col.rule"),
        col(ctx, "mining.col.shortfall", decimals=8),
        col(ctx, "col.status"),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="mining.no_periods")


def _charts(ctx: PackContext, coin: str, totals: mining_checks.DailyTotals) -> list[Flowable]:
    data = pack_data(ctx)
    points = mining_checks.monthly_series(
        data.session, data.rules, coin, ctx.period.date_from, ctx.period.date_to, totals
    )
    if not points:
        return []
    labels = month_labels([p.month.start for p in points], ctx.lang)
    shares = [percent(p.share) or ZERO for p in points]
    required = percent(share_on(data.rules)(ctx.period.date_to))
    story: list[Flowable] = [
        monthly_bars(
            labels,
            [
                (ctx.t("mining.series_mined"), [p.mined for p in points]),
                (ctx.t("mining.series_licensed"), [p.sold_licensed for p in points]),
                (ctx.t("mining.series_other"), [p.sold_other for p in points]),
            ],
            lang=ctx.lang,
            title=ctx.t("mining.chart_mined", coin=coin),
        )
    ]
    if required is not None:
        story.append(
            line_with_threshold(
                labels,
                shares,
                required,
                lang=ctx.lang,
                title=ctx.t("mining.chart_share", coin=coin),
                threshold_label=ctx.t(
                    "mining.chart_required", day=format_date(ctx.period.date_to, ctx.lang)
                ),
            )
        )
    return story


def _fees(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    lines = [
        line
        for line in mining_fees.fee_lines(data.session, data.rules, data.today)
        if line.quarter.start <= ctx.period.date_to and line.quarter.end >= ctx.period.date_from
    ]
    rows = []
    notes: list[str] = []
    for line in reversed(lines):
        fee = line.fee
        if line.paid or (fee.kwh == 0 and not line.paid):
            check = Status.OK
        elif fee.fee is None:
            check = Status.MEDIUM  # no figure: the officer must enter the band or the price
        else:
            check = Status.OVERDUE if fee.due < data.today else Status.WARNING
        if fee.fee is None and fee.kwh:
            notes.append(
                ctx.t("mining.not_computed", quarter=fee.quarter.label, why=line.why_not_computed())
            )
        valued = line.valuation
        if valued is not None and valued.unpriced:
            days = sorted({d for _coin, d in valued.unpriced})
            notes.append(
                ctx.t(
                    "mining.unpriced",
                    quarter=fee.quarter.label,
                    days=", ".join(format_date(d, ctx.lang) for d in days[:12])
                    + (" …" if len(days) > 12 else ""),
                )
            )
        rows.append(
            (
                fee.quarter.label,
                fee.kwh,
                "; ".join(_rate_text(ctx, rate) for rate in fee.rates),
                fee.fee,
                fee.due,
                _paid_text(ctx, line),
                valued.value_kzt if valued is not None else None,
                line.income_tax,
                check,
            )
        )
    columns = [
        col(ctx, "col.period"),
        col(ctx, "mining.col.kwh"),
        col(ctx, "mining.col.rate", width=0.2, max_lines=4),
        col(ctx, "mining.col.fee", decimals=2),
        col(ctx, "col.due_date"),
        col(ctx, "mining.col.paid", width=0.14),
        col(ctx, "mining.col.valued", decimals=2),
        col(ctx, "mining.col.income_tax", decimals=2),
        col(ctx, "col.check"),
    ]
    story: list[Flowable] = [table(ctx, columns, rows, empty="mining.no_fees")]
    story.extend(note(text) for text in notes)
    sources = {line.income_tax_source for line in lines if line.income_tax is not None}
    if sources:
        story.append(note(ctx.t("mining.income_tax_note", source="; ".join(sorted(sources)))))
    return story


def _paid_text(ctx: PackContext, line: mining_fees.FeeLine) -> str | None:
    basis = line.basis
    if basis is None or basis.paid_on is None:
        return None
    day = format_date(basis.paid_on, ctx.lang)
    if basis.paid_kzt is None:
        return day
    return f"{day}: {format_number(basis.paid_kzt, ctx.lang, 2)} KZT"


def _rate_text(ctx: PackContext, rate: mining_fee.FeeRate) -> str:
    mark = f" [{rate.mark}]" if rate.mark else ""
    if rate.rate is None:
        return ctx.t("mining.basis.unknown", why=mining_fees.missing_text(rate.missing)) + mark
    if rate.basis.startswith("price band from "):
        price = rate.basis.removeprefix("price band from ").removesuffix(" KZT/kWh")
        basis = ctx.t("mining.basis.band", price=price)
    else:
        basis = ctx.t(f"mining.basis.{rate.basis.replace(' ', '_')}")
    return f"{rate.rate} KZT/kWh{mark}: {basis}"
