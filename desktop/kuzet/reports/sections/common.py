"""What every section uses: the pack's data access, notes on what the period filters,
redaction of customer identities, streamed query rows and small value helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable
from sqlalchemy.sql import Select
from sqlmodel import Session

from kuzet.regime.rulepack import RuleBook
from kuzet.reports.badges import Status
from kuzet.reports.blocks import note
from kuzet.reports.formatting import format_date, mask_identifier, mask_name
from kuzet.reports.section import PackContext
from kuzet.reports.table_cells import Column
from kuzet.reports.tables import data_table

HUNDRED = Decimal(100)
_NOT_WORD = re.compile(r"[^\w\s-]+")
_IIN_BIN = re.compile(r"(?<!\d)\d{12}(?!\d)")


@dataclass(frozen=True)
class VaultFile:
    """Where an evidence file lives in the vault, and the SHA-256 recorded for it."""

    blob_name: str
    sha256: str


@dataclass
class PackData:
    """What a section reads from: the read session, the rules, and the generation day.

    ``today`` is the day the pack is generated: registers that are a state (licences,
    customers, the training matrix) are shown as they stand that day. ``vault_files`` maps
    each evidence path a section cites to its vault blob, for the evidence reader.
    """

    session: Session
    rules: RuleBook
    today: dt.date
    cite_customer_documents: bool = True
    vault_files: dict[str, VaultFile] = field(default_factory=dict)
    trail_check: Any = None  # a running ``trail_check.TrailCheck``, when the pack has one


def pack_data(ctx: PackContext) -> PackData:
    data = ctx.data
    if not isinstance(data, PackData):
        raise TypeError("the pack's sections need a PackData in ctx.data (see reports.pack)")
    return data


def cite_vault_file(ctx: PackContext, path: str, label: str, blob: VaultFile) -> None:
    """Cite a vault document as evidence: listed in the manifest, copied into the ZIP."""
    ctx.add_evidence(path, label)
    pack_data(ctx).vault_files[path] = blob


# --- notes on what a section shows --------------------------------------------------------


def period_text(ctx: PackContext) -> str:
    return ctx.t(
        "cover.period_value",
        date_from=format_date(ctx.period.date_from, ctx.lang),
        date_to=format_date(ctx.period.date_to, ctx.lang),
    )


def period_note(ctx: PackContext) -> Flowable:
    return note(ctx.t("note.period", period=period_text(ctx)))


def state_note(ctx: PackContext) -> Flowable:
    day = format_date(pack_data(ctx).today, ctx.lang)
    return note(ctx.t("note.state", day=day))


def day_bounds(ctx: PackContext) -> tuple[dt.datetime, dt.datetime]:
    """The period as [start, end) aware datetimes: local midnights (the computer's time zone,
    or ``ctx.local_tz``), for the UTC timestamps registers keep."""
    zone = ctx.local_tz
    start = dt.datetime.combine(ctx.period.date_from, dt.time())
    end = dt.datetime.combine(ctx.period.date_to + dt.timedelta(days=1), dt.time())
    if zone is not None:
        return start.replace(tzinfo=zone), end.replace(tzinfo=zone)
    return start.astimezone(), end.astimezone()


def utc_text(moment: dt.datetime) -> str:
    """An aware datetime as the audit trail writes time (ISO 8601 UTC), for comparisons."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


# --- redaction ---------------------------------------------------------------------------


def person(ctx: PackContext, name: str) -> str:
    """A customer's (or owner's) name, as initials in a redacted pack."""
    if not ctx.redact or not name:
        return name
    return mask_name(_NOT_WORD.sub(" ", name)) or "•"


def identifier(ctx: PackContext, number: str) -> str:
    """An IIN/BIN or document number, masked but for its last digits in a redacted pack."""
    if not ctx.redact or not number:
        return number
    return mask_identifier(number)


def customer_ref(ctx: PackContext, customer_id: int, name: str | None) -> str:
    """``#123 Қасымов Нұрлан`` (``#123 Қ. Н.`` redacted): the id lets the regulator ask."""
    return f"#{customer_id} {person(ctx, name or '')}".rstrip()


def scrub(ctx: PackContext, text: str | None, names: Iterable[str | None] = ()) -> str | None:
    """Free text (an alert's reason, a note) in a redacted pack: each of ``names`` (the
    customer's, its owners') as initials wherever it appears, in any letter case, and every
    run of 12 digits (an IIN or BIN) masked. Unchanged in an unredacted pack."""
    if not ctx.redact or not text:
        return text
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        masked = person(ctx, name).replace("\\", "\\\\")  # a literal replacement
        text = re.sub(re.escape(name), masked, text, flags=re.IGNORECASE)
    return _IIN_BIN.sub(lambda found: mask_identifier(found.group()), text)


PEP_RELATED_KINDS = ("family", "associate")  # their category is the PEP's own kind


def pep_position(
    ctx: PackContext,
    kinds: dict[str, str],
    kind: str,
    related_kind: str,
    position: str | None,
    organisation: str | None,
) -> str | None:
    """A PEP's position and organisation; in a redacted pack the category only (domestic,
    foreign, international organisation: the rule pack's label of the office's kind, the
    related PEP's for a family member or associate), as the exact office names the person."""
    if not ctx.redact:
        return ", ".join(x for x in (position, organisation) if x) or None
    office = related_kind if kind in PEP_RELATED_KINDS and related_kind else kind
    return kinds.get(office, office) or None


# --- values ------------------------------------------------------------------------------


def percent(share: Decimal | None, places: int = 1) -> Decimal | None:
    """A share (0.75) as a percentage with fixed places (75.0)."""
    if share is None:
        return None
    return (share * HUNDRED).quantize(Decimal(1).scaleb(-places))


def badge(ok: bool, warning: bool = False) -> Status:
    """OK, or WARNING when ``warning``, else OVERDUE (a problem)."""
    if ok:
        return Status.OK
    return Status.WARNING if warning else Status.OVERDUE


def label_of(ctx: PackContext, prefix: str, key: str) -> str:
    """The label ``prefix.key`` when there is one, else the key as stored."""
    from kuzet.reports.labels import has_label

    name = f"{prefix}.{key}"
    return ctx.t(name) if has_label(name) else key


def rule_labels(rules: RuleBook, key: str, day: dt.date) -> dict[str, str]:
    """Key -> label of a rule-pack list of choices (labels as the rule pack writes them)."""
    from kuzet.regime.risk import choices

    return {k: c.label for k, c in choices(rules, key, day).items()}


class Deferred(Flowable):
    """Flowables made only when the layout reaches this point (``make`` runs once).

    It never fits where it stands, so the frame asks it to split, and the split is the
    story ``make`` returns: work such as the trail verification can run meanwhile.
    """

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make
        self._story: list[Flowable] | None = None

    def story(self) -> list[Flowable]:
        if self._story is None:
            self._story = list(self.make())
        return self._story

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height + 1

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return self.story()

    def draw(self) -> None:  # never drawn: always replaced by its story
        return None


# --- tables ------------------------------------------------------------------------------


def stream(session: Session, statement: Select, chunk: int = 2000) -> Iterator[Any]:
    """Rows of a Core query, fetched a chunk at a time as the table lays them out."""
    result = session.connection().execute(statement.execution_options(yield_per=chunk))
    try:
        yield from result
    finally:
        result.close()


def table(
    ctx: PackContext,
    columns: Sequence[Column | str],
    rows: Iterable[Sequence[object]],
    title: str | None = None,
    empty: str | None = None,
    total_row: Sequence[object] | None = None,
) -> Flowable:
    """``data_table`` in the pack's language; ``empty`` is a label key for no rows."""
    return data_table(
        columns,
        rows,
        lang=ctx.lang,
        title=title,
        empty_text=ctx.t(empty) if empty else None,
        total_row=total_row,
    )


def col(ctx: PackContext, key: str, **options: Any) -> Column:
    """A column whose header is the label ``key``."""
    return Column(ctx.t(key), **options)
