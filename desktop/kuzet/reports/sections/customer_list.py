"""The per-customer list of the customers section, streamed from SQL (10,000 files and
more), and the customer documents the pack cites as evidence."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from reportlab.platypus import Flowable
from sqlalchemy import func, or_, select

from kuzet.registers.customers import options
from kuzet.registers.customers.listing import summary_columns
from kuzet.reports.badges import Status
from kuzet.reports.blocks import subheading
from kuzet.reports.labels import has_label
from kuzet.reports.section import PackContext
from kuzet.reports.sections.common import (
    VaultFile,
    cite_vault_file,
    col,
    customer_ref,
    identifier,
    pack_data,
    person,
    rule_labels,
    stream,
    table,
)
from kuzet.reports.table_cells import Column
from kuzet.reports.tables import data_table
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_document import CustomerDocument

ACTIVE = ("pending", "approved")


def customer_list(ctx: PackContext, peps: set[int], edd_needed: set[int]) -> Flowable:
    """Every customer file (not retired): identity, risk, PEP, status, review, ID expiry, and
    a check: OVERDUE for an overdue review or an expired ID, WARNING for a pending decision,
    incomplete EDD or an unexplained IIN conflict."""
    data = pack_data(ctx)
    today = data.today
    c = Customer.__table__.c
    query = (
        select(c.id, c.name, *summary_columns(c), c.iin_conflict, c.iin_note)
        .where(c.retired_at.is_(None))
        .order_by(c.search_text, c.id)
    )
    kinds = {k: ctx.t(f"cust.kind.{k}") for k in options.KIND_LABELS}
    statuses = {k: ctx.t(f"cust.status.{k}") for k in options.STATUS_LABELS}
    tiers = {k: ctx.t(f"rating.{k}") for k in options.TIER_LABELS}
    pep = ctx.t("cust.col.pep")

    def rows() -> Iterator[tuple]:
        for row in stream(data.session, query):
            cid, name, number, kind, tier, score, status, review, expires = row[:9]
            active = status in ACTIVE
            overdue = active and (
                (status == "approved" and review is not None and review < today)
                or (expires is not None and expires < today)
            )
            warn = active and (status == "pending" or cid in edd_needed or (row[9] and not row[10]))
            check = Status.OVERDUE if overdue else Status.WARNING if warn else Status.OK
            risk = f"{tiers.get(tier, tier)} ({score})" if tier else ""
            if cid in peps:
                risk = f"{risk}, {pep}" if risk else pep
            yield (
                cid,
                person(ctx, name),
                identifier(ctx, number),
                kinds.get(kind, kind),
                risk or None,
                statuses.get(status, status),
                review,
                expires,
                check,
            )

    columns = [
        col(ctx, "col.no", align="right"),
        col(ctx, "col.customer", width=0.21),
        col(ctx, "col.iin_bin", width=0.135, mono=True),
        col(ctx, "cust.col.kind"),
        col(ctx, "col.risk"),
        col(ctx, "col.status"),
        col(ctx, "cust.col.next_review"),
        col(ctx, "cust.col.id_expires"),
        col(ctx, "col.check"),
    ]
    # always an XLSX attachment while a pack is built (issue #15): 10,000 files were 400 pages
    return data_table(columns, rows(), lang=ctx.lang, title=ctx.t("cust.list"), attach=True)


TOP_COUNTRIES = 10


def customer_distributions(ctx: PackContext) -> list[Flowable]:
    """What the pack prints of the customer files instead of the list: how many files there
    are by status, risk tier, kind and country of residence (the top ``TOP_COUNTRIES``)."""
    session = pack_data(ctx).session
    c = Customer.__table__.c
    live = c.retired_at.is_(None)
    total = session.execute(select(func.count()).where(live)).scalar_one()

    def counts(column) -> list[tuple[str, int]]:
        query = select(column, func.count()).where(live).group_by(column)
        found = [(value or "", n) for value, n in session.execute(query)]
        return sorted(found, key=lambda item: (-item[1], item[0]))

    def share(n: int) -> Decimal:
        return (Decimal(100) * n / total).quantize(Decimal("0.1")) if total else Decimal(0)

    def rows(found: list[tuple[str, int]], label) -> list[tuple]:
        return [(label(value), n, share(n)) for value, n in found]

    def columns(head: str) -> list[Column]:
        return [
            Column(head, width=0.6),
            Column(ctx.t("cust.col.files"), width=0.2),
            Column(ctx.t("cust.col.share"), width=0.2, decimals=1),
        ]

    def labelled(prefix: str, missing: str):
        return lambda v: (
            ctx.t(f"{prefix}.{v}") if v and has_label(f"{prefix}.{v}") else (v or ctx.t(missing))
        )

    countries = counts(c.residence)
    top = countries[:TOP_COUNTRIES]
    other = countries[TOP_COUNTRIES:]
    country_rows = rows(top, lambda v: v or ctx.t("cust.no_country"))
    if other:
        rest = sum(n for _, n in other)
        country_rows.append((ctx.t("cust.other_countries", n=len(other)), rest, share(rest)))
    total_row = (ctx.t("col.total"), total, share(total) if total else None)
    story: list[Flowable] = [subheading(ctx.t("cust.distributions"))]
    for title, found, label in (
        ("cust.dist.status", counts(c.status), labelled("cust.status", "cust.not_assessed")),
        ("cust.dist.tier", counts(c.risk_tier), labelled("rating", "cust.not_assessed")),
        ("cust.dist.kind", counts(c.kind), labelled("cust.kind", "cust.not_assessed")),
    ):
        story.append(
            data_table(
                columns(ctx.t(title)),
                rows(found, label),
                lang=ctx.lang,
                total_row=total_row,
                attach=False,
            )
        )
    head = ctx.t("cust.dist.country", n=TOP_COUNTRIES)
    story.append(
        data_table(columns(head), country_rows, lang=ctx.lang, total_row=total_row, attach=False)
    )
    return story


def cited_documents(ctx: PackContext, edd_customers: set[int]) -> Flowable | None:
    """The documents of customers under EDD, and documents received in the period, listed
    and cited as evidence (none in a redacted pack: the ZIP would undo the redaction)."""
    data = pack_data(ctx)
    if not data.cite_customer_documents:
        return None
    d, c = CustomerDocument.__table__.c, Customer.__table__.c
    received = (d.uploaded_on >= ctx.period.date_from) & (d.uploaded_on <= ctx.period.date_to)
    conditions = [received]
    if edd_customers:
        conditions.append(d.customer_id.in_(sorted(edd_customers)))
    query = (
        select(
            d.id,
            d.customer_id,
            c.name,
            d.category,
            d.file_name,
            d.uploaded_on,
            d.expires_on,
            d.sha256,
            d.blob_name,
        )
        .join(Customer.__table__, c.id == d.customer_id)
        .where(d.retired_at.is_(None), c.retired_at.is_(None), or_(*conditions))
        .order_by(c.search_text, d.customer_id, d.id)
    )
    categories = rule_labels(data.rules, "customers.document_categories", data.today)
    rows = []
    for (
        doc_id,
        cid,
        name,
        category,
        file_name,
        uploaded,
        expires,
        sha,
        blob,
    ) in data.session.execute(query):
        kind = categories.get(category, category)
        who = customer_ref(ctx, cid, name)
        path = f"vault/customer_document/{doc_id}/{file_name}"
        cite_vault_file(ctx, path, f"{who}: {kind} ({file_name})", VaultFile(blob, sha))
        rows.append((who, kind, file_name, uploaded, expires, sha))
    columns = [
        col(ctx, "col.customer", width=0.2),
        col(ctx, "col.document", width=0.14),
        col(ctx, "col.file", width=0.13),
        col(ctx, "cust.col.received"),
        col(ctx, "col.valid_until"),
        col(ctx, "col.sha256", width=0.3, mono=True, max_lines=3),
    ]
    return table(ctx, columns, rows, title=ctx.t("cust.documents"), empty="cust.no_documents")
