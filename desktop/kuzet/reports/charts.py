"""Charts for sections (reportlab.graphics): monthly bars, and a line against a threshold.

Both return a ``Drawing``, which is a flowable. Values may be int, Decimal or float; axis
labels are formatted for the pack's language; colours are the pack's calm accent, with the
threshold as a dashed muted red rule.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import white

from kuzet.reports.fonts import SANS, SANS_BOLD, register_fonts, string_width
from kuzet.reports.formatting import format_number
from kuzet.reports.labels import t
from kuzet.reports.styles import CONTENT_WIDTH, Palette

Number = int | float | Decimal

_LEFT = 52.0  # room for value axis labels
_BOTTOM = 34.0  # axis labels, plus space before what follows the chart
_TOP_TITLE = 24.0
_AXIS_SIZE = 7.0
_LEGEND_ROW = 16.0


def month_labels(months: Sequence[date], lang: str = "en") -> list[str]:
    """``[date(2025, 1, 1), …]`` → ``["Jan 2025", …]`` (year shown on January and first)."""
    labels = []
    for i, month in enumerate(months):
        name = t(f"month.{month.month}", lang)
        labels.append(f"{name} {month.year}" if i == 0 or month.month == 1 else name)
    return labels


def nice_scale(high: float, ticks: int = 5) -> tuple[float, float]:
    """(maximum, step) for an axis from 0 that shows ``high`` with round steps."""
    if high <= 0:
        return 1.0, 0.2
    raw = high / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(high / step), step


def _axis_formatter(lang: str, step: float):
    decimals = 0 if float(step).is_integer() else 1

    def fmt(value: float) -> str:
        return format_number(Decimal(str(round(value, decimals))), lang, decimals)

    return fmt


def _drawing(width: float, height: float, title: str | None) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height, initialFontName=SANS, initialFontSize=_AXIS_SIZE)
    if title:
        drawing.add(
            String(0, height - 15, title, fontName=SANS_BOLD, fontSize=9, fillColor=Palette.ink)
        )
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalLineChart, lang: str, high: float) -> None:
    maximum, step = nice_scale(high)
    value = chart.valueAxis
    value.valueMin, value.valueMax, value.valueStep = 0, maximum, step
    value.labelTextFormat = _axis_formatter(lang, step)
    value.labels.fontName, value.labels.fontSize = SANS, _AXIS_SIZE
    value.labels.fillColor = Palette.muted
    value.strokeColor = None
    value.visibleGrid = 1
    value.gridStrokeColor = Palette.hairline
    value.gridStrokeWidth = 0.4
    category = chart.categoryAxis
    category.labels.fontName, category.labels.fontSize = SANS, _AXIS_SIZE
    category.labels.fillColor = Palette.muted
    category.strokeColor = Palette.faint
    category.strokeWidth = 0.6
    category.visibleTicks = 0


def monthly_bar_chart(
    labels: Sequence[str],
    values: Sequence[Number],
    *,
    lang: str = "en",
    title: str | None = None,
    width: float = CONTENT_WIDTH,
    height: float = 170.0,
) -> Drawing:
    """Vertical bars, one per month (``labels`` from ``month_labels``)."""
    return monthly_bars(labels, [("", values)], lang=lang, title=title, width=width, height=height)


SERIES_COLOURS = (Palette.accent, Palette.accent_soft, Palette.hairline)


def monthly_bars(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number]]],
    *,
    lang: str = "en",
    title: str | None = None,
    width: float = CONTENT_WIDTH,
    height: float = 170.0,
) -> Drawing:
    """Bars per month, one per series side by side (``(name, values)``, at most three),
    with a legend naming them when there is more than one."""
    if not series or len(series) > len(SERIES_COLOURS):
        raise ValueError(f"1 to {len(SERIES_COLOURS)} series, not {len(series)}")
    if any(len(values) != len(labels) for _name, values in series):
        raise ValueError("labels and values differ in length")
    legend = _LEGEND_ROW if len(series) > 1 else 0.0  # a row under the month names
    drawing = _drawing(width, height + legend, title)
    chart = VerticalBarChart()
    chart.x, chart.y = _LEFT, _BOTTOM + legend
    chart.width = width - _LEFT - 8
    chart.height = height - _BOTTOM - (_TOP_TITLE if title else 6)
    chart.data = [[float(v) for v in values] or [0.0] for _name, values in series]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    _style_axes(chart, lang, max((float(v) for _n, vs in series for v in vs), default=0.0))
    for index, colour in enumerate(SERIES_COLOURS[: len(series)]):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.barSpacing = 1 if len(series) > 1 else 0
    chart.groupSpacing = max(4.0, chart.width / max(len(labels), 1) * 0.35)
    drawing.add(chart)
    if legend:
        drawing.add(_legend(series, _LEFT, _BOTTOM + legend - _LEGEND_ROW - 12))
    return drawing


def _legend(series: Sequence[tuple[str, Sequence[Number]]], left: float, y: float) -> Group:
    """One row: a swatch and the name of each series, left to right."""
    row = Group()
    x = left
    for colour, (name, _values) in zip(SERIES_COLOURS, series, strict=False):
        row.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        row.add(
            String(
                x + 10, y + 0.5, name, fontName=SANS, fontSize=_AXIS_SIZE, fillColor=Palette.muted
            )
        )
        x += 10 + string_width(name, SANS, _AXIS_SIZE) + 16
    return row


def line_with_threshold(
    labels: Sequence[str],
    values: Sequence[Number],
    threshold: Number,
    *,
    lang: str = "en",
    title: str | None = None,
    threshold_label: str | None = None,
    width: float = CONTENT_WIDTH,
    height: float = 170.0,
) -> Drawing:
    """A line of ``values`` with a dashed rule at ``threshold`` (e.g. a reporting limit)."""
    if len(labels) != len(values):
        raise ValueError("labels and values differ in length")
    drawing = _drawing(width, height, title)
    chart = HorizontalLineChart()
    chart.x, chart.y = _LEFT, _BOTTOM
    chart.width = width - _LEFT - 8
    chart.height = height - _BOTTOM - (_TOP_TITLE if title else 6)
    chart.data = [[float(v) for v in values] or [0.0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    high = max([float(v) for v in values] + [float(threshold)])
    _style_axes(chart, lang, high * 1.08)
    chart.lines[0].strokeColor = Palette.accent
    chart.lines[0].strokeWidth = 1.6
    marker = makeMarker("FilledCircle")
    marker.size = 3.2
    marker.fillColor = Palette.accent
    chart.lines[0].symbol = marker
    drawing.add(chart)

    maximum = chart.valueAxis.valueMax
    y = chart.y + chart.height * float(threshold) / maximum
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=Palette.threshold,
            strokeWidth=1.0,
            strokeDashArray=[4, 2.5],
        )
    )
    caption = f"{threshold_label or t('chart.threshold', lang)}: {format_number(threshold, lang)}"
    right = chart.x + chart.width
    label_w = string_width(caption, SANS, _AXIS_SIZE)
    drawing.add(  # a white ground keeps the caption legible where the line crosses it
        Rect(
            right - label_w - 3,
            y + 1.5,
            label_w + 3,
            _AXIS_SIZE + 2,
            fillColor=white,
            strokeColor=None,
        )
    )
    drawing.add(
        String(
            right,
            y + 3.5,
            caption,
            fontName=SANS,
            fontSize=_AXIS_SIZE,
            fillColor=Palette.threshold,
            textAnchor="end",
        )
    )
    return drawing
