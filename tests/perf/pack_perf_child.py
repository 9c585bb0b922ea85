"""Build a pack with one N-row sales table in a fresh process; print time and peak memory.

Run by ``test_pack_volume.py`` (a fresh process, so ``ru_maxrss`` is this build's peak) or by
hand: ``python tests/perf/pack_perf_child.py 100000 /tmp/sales.pdf``.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from reportlab.platypus import Flowable

from kuzet.progress import Progress
from kuzet.reports.badges import Status
from kuzet.reports.build import build_pack
from kuzet.reports.section import LabelledSection, PackContext, Period
from kuzet.reports.table_cells import Column
from kuzet.reports.tables import data_table

BUYERS = [f"ТОО «Сатып алушы {i}»" for i in range(400)] + ["Қасымов Нұрлан Әбілұлы"]


def sales(count: int) -> Iterator[tuple]:
    start = date(2025, 1, 1)
    for i in range(count):
        yield (
            i + 1,
            start + timedelta(days=i % 181),
            BUYERS[i % len(BUYERS)],
            "BTC",
            Decimal(i % 997) / Decimal("1000.00000000") + Decimal("0.00012345"),
            Decimal(1234567 + i * 37) / 100,
            Status.OK if i % 50 else Status.WARNING,
        )


class SalesSection(LabelledSection):
    key = "mining_sales"

    def __init__(self, rows: int) -> None:
        self.rows = rows

    def build(self, ctx: PackContext) -> list[Flowable]:
        columns = [
            Column(ctx.t("col.no"), align="right"),
            Column(ctx.t("col.date")),
            Column(ctx.t("col.counterparty")),
            Column(ctx.t("col.asset")),
            Column(ctx.t("col.quantity"), decimals=8),
            Column(f"{ctx.t('col.amount')}, KZT", decimals=2),
            Column(ctx.t("col.status")),
        ]
        table = data_table(
            columns, sales(self.rows), lang=ctx.lang, title=self.title(ctx.lang), attach=False
        )
        return [table]  # the table engine itself: never an attachment


def main(rows: int, out: str) -> None:
    ctx = PackContext(
        firm_name="ТОО «Күзет Майнинг»",
        period=Period(date(2025, 1, 1), date(2025, 6, 30)),
        generated_by="Қасымов Нұрлан Әбілұлы",
        lang="ru",
        generated_at=datetime(2025, 7, 1, tzinfo=UTC),
        progress=Progress(lambda done, total, message: None),
    )
    wall, cpu = time.perf_counter(), time.process_time()
    result = build_pack([SalesSection(rows)], ctx, out)
    figures = {
        "rows": rows,
        "pages": result.pages,
        "wall_s": round(time.perf_counter() - wall, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "pdf_mb": round(result.size / 1e6, 1),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
