"""The mandatory-sale charts: monthly mined versus sold, and the share against the rule.

The series come from ``registers.mining.mandatory_sale.monthly_series`` (the audit pack draws the
same figures). Amounts stay ``Decimal`` everywhere else; they become floats only here, as
chart coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..i18n import tr
from ..regime.mining import MonthPoint
from .style import ACCENT, DANGER, MUTED, OK

LICENSED = OK
ELSEWHERE = "#c8a24a"


def _plot(value: Decimal | None) -> float:
    return 0.0 if value is None else float(value)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setBackgroundRoundness(4)
    return chart


def _month_axes(
    chart: QChart, points: Sequence[MonthPoint], series: Sequence[Any], label_format: str
) -> QValueAxis:
    """A month per category along the bottom and a value axis at the left, attached to
    ``series``; the value axis is returned for its range."""
    axis_x = QBarCategoryAxis()
    axis_x.append([p.month.label for p in points] or [""])
    axis_y = QValueAxis()
    axis_y.setLabelFormat(label_format)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for one in series:
        one.attachAxis(axis_x)
        one.attachAxis(axis_y)
    return axis_y


class MinedSoldChart(QChartView):
    """Bars per month: mined, sold through AIFC-licensed venues, sold elsewhere."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.points: list[MonthPoint] = []
        self.set_points([], "")

    def set_points(self, points: Sequence[MonthPoint], coin: str) -> None:
        self.points = list(points)
        chart = _chart(tr("{coin} per month: mined and sold").format(coin=coin))
        series = QBarSeries()
        sets = []
        for label, colour, values in (
            (tr("Mined"), ACCENT, [p.mined for p in points]),
            (tr("Sold via AIFC-licensed venues"), LICENSED, [p.sold_licensed for p in points]),
            (tr("Sold elsewhere"), ELSEWHERE, [p.sold_other for p in points]),
        ):
            bar = QBarSet(label)
            bar.setColor(QColor(colour))
            bar.append([_plot(v) for v in values])
            series.append(bar)
            sets.append(bar)
        chart.addSeries(series)
        axis_y = _month_axes(chart, points, [series], "%.2f")
        top = max([_plot(p.mined) for p in points] + [_plot(p.sold_licensed) for p in points] + [0])
        axis_y.setRange(0, top * 1.1 if top else 1)
        axis_y.applyNiceNumbers()
        self.sets = sets
        self.setChart(chart)


class ShareChart(QChartView):
    """The share sold through licensed venues per month, against the required share."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.set_points([], "")

    def set_points(self, points: Sequence[MonthPoint], coin: str) -> None:
        chart = _chart(tr("{coin}: share sold via AIFC-licensed venues").format(coin=coin))
        share = QLineSeries()
        share.setName(tr("Share sold via licensed venues"))
        share.setPen(QPen(QColor(ACCENT), 2.5))
        required = QLineSeries()
        required.setName(tr("Required share (rule)"))
        pen = QPen(QColor(DANGER), 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        required.setPen(pen)
        for index, point in enumerate(points):
            if point.share is not None:
                share.append(index, _plot(point.share) * 100)
            if point.required_share is not None:
                required.append(index, _plot(point.required_share) * 100)
        chart.addSeries(share)
        chart.addSeries(required)
        axis_y = _month_axes(chart, points, [share, required], "%d%%")
        top = max([_plot(p.share) * 100 for p in points] + [100])
        top = min(math.ceil(top / 25) * 25, 200)
        axis_y.setRange(0, top)
        axis_y.setTickCount(int(top // 25) + 1)
        axis_y.setGridLineColor(QColor(MUTED).lighter(180))
        self.share_series, self.required_series = share, required
        self.setChart(chart)
