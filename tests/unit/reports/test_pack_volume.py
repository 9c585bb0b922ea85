"""Big registers: table rows are streamed, read only as pages are laid out.

The time and memory of a 100,000-row table are measured by the benchmark in
``tests/perf/test_pack_table_perf.py``.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kuzet.progress import Progress
from kuzet.reports.build import build_pack
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.tables import data_table
from support.pack_demo import make_ctx


def test_rows_are_read_only_as_pages_are_laid_out(out_dir):
    pages = {"laid_out": 0}
    lag: list[int] = []  # rows read ahead of the pages drawn, sampled as rows are read

    def rows():
        for i in range(3000):
            lag.append(i - pages["laid_out"] * 45)
            yield (str(i), f"row {i}")

    class Lazy(LabelledSection):
        key = "audits"

        def build(self, ctx: PackContext) -> list[Flowable]:
            return [data_table(["No.", "Text"], rows(), lang=ctx.lang, attach=False)]

    def count_pages(done: int, total: int, message: str) -> None:
        if message == "Audits and inspections":
            pages["laid_out"] += 1

    ctx = make_ctx("en", progress=Progress(count_pages))
    result = build_pack([Lazy()], ctx, out_dir / "lazy.pdf")
    assert result.pages > 50
    # never more than the 200-row width sample plus about two pages read ahead
    assert max(lag) < 200 + 2 * 60
