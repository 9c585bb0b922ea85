"""Demo sections that prove the audit-pack machinery with plain data (no database).

They live in the tests, not in the package: real sections belong to the registers.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

from pypdf import PdfReader
from reportlab.platypus import Flowable

from kuzet.progress import Progress
from kuzet.reports.badges import Status, badge
from kuzet.reports.blocks import KeyFigure, key_figures, note, para, subheading
from kuzet.reports.charts import line_with_threshold, month_labels, monthly_bar_chart
from kuzet.reports.section import LabelledSection, PackContext, Period
from kuzet.reports.table_cells import Column
from kuzet.reports.tables import data_table

KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і"
FIRM = "ТОО «Күзет Майнинг»"
OFFICER = "Қасымов Нұрлан Әбілұлы"
NAMES = [
    OFFICER,
    "Өмірзақова Гүлнұр Һасенқызы",
    "ТОО «Ақжол Цифр»",
    "Иванов Иван Иванович",
    "ТОО «Шығыс Дата Орталығы» — долгое наименование контрагента для проверки переноса строк",
]
STATUSES = [Status.OK, Status.WARNING, Status.OVERDUE]
CUSTOMER_ROWS = 2000


def iin(i: int) -> str:
    return f"{880101300000 + i:012d}"


class SummarySection(LabelledSection):
    """Text, key figures, two charts and a badge."""

    key = "summary"

    def build(self, ctx: PackContext) -> list[Flowable]:
        months = [date(2025, m, 1) for m in range(1, 7)]
        labels = month_labels(months, ctx.lang)
        return [
            para(
                f"{FIRM}: {OFFICER}. Қазақ әріптері: {KAZAKH_LETTERS}; "
                f"бас әріптер: {KAZAKH_LETTERS.upper()}."
            ),
            key_figures(
                [
                    ("Клиенты", 10234),
                    ("Продажи, KZT", Decimal("1234567.89")),
                    KeyFigure("Лицензия", Status.OK, "до 31.12.2026"),
                    ("Просроченные проверки", 3),
                ],
                lang=ctx.lang,
            ),
            subheading("Продажи по месяцам"),
            monthly_bar_chart(labels, [120, 340, 560, 230, 980, 410], lang=ctx.lang),
            line_with_threshold(
                labels, [12000, 18000, 9000, 25000, 31000, 14000], 20000, lang=ctx.lang
            ),
            badge(Status.WARNING, ctx.lang),
            note("Данные приведены по состоянию на дату формирования пакета."),
        ]


def customer_rows(count: int = CUSTOMER_ROWS) -> Iterator[tuple]:
    for i in range(count):
        yield (
            iin(i),
            NAMES[i % len(NAMES)],
            date(2025, 1 + i % 6, 1 + i % 28),
            Decimal(i * 1234) / 100,
            STATUSES[i % 3],
            KAZAKH_LETTERS if i % 7 == 0 else None,
        )


class CustomersSection(LabelledSection):
    """A register table of 2,000 rows spanning many pages, and two evidence files."""

    key = "customers"

    def __init__(self, rows: int = CUSTOMER_ROWS, evidence: tuple[str, ...] = ()) -> None:
        self.rows = rows
        self.evidence = evidence

    def build(self, ctx: PackContext) -> list[Flowable]:
        for i, path in enumerate(self.evidence):
            ctx.add_evidence(path, f"Удостоверение личности клиента {i + 1}")
        columns = [
            Column(ctx.t("col.iin_bin"), mono=True),
            Column(ctx.t("col.name")),
            Column(ctx.t("col.date")),
            Column(ctx.t("col.amount"), decimals=2),
            Column(ctx.t("col.status")),
            Column(ctx.t("col.notes")),
        ]
        total = ["", ctx.t("col.total"), None, Decimal("123456.78"), None, None]
        return [
            para("Реестр клиентов и результаты надлежащей проверки."),
            data_table(
                columns,
                customer_rows(self.rows),
                lang=ctx.lang,
                title=ctx.t("section.customers"),
                total_row=total,
                attach=False,  # the table engine's long table (attachments: test_pack_attachments)
            ),
        ]


class TrainingSection(LabelledSection):
    """An empty register: the table says so."""

    key = "training"

    def build(self, ctx: PackContext) -> list[Flowable]:
        return [data_table([ctx.t("col.date"), ctx.t("col.name")], [], lang=ctx.lang)]


def make_ctx(lang: str = "ru", redact: bool = False, progress: Progress | None = None):
    return PackContext(
        firm_name=FIRM,
        period=Period(date(2025, 1, 1), date(2025, 6, 30)),
        generated_by=OFFICER,
        lang=lang,
        generated_at=datetime(2025, 7, 1, 9, 30, 15, tzinfo=UTC),
        redact=redact,
        progress=progress or Progress(),
    )


def page_texts(path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]
