"""Customers to and from CSV or XLSX. An import is every row valid, or nothing written;
an export writes the import's columns first, so the file imports again.

The canonical header needs no mapping::

    kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,
    id_expiry,address,pep,purpose

``kind`` is ``individual`` or ``entity``; dates ``YYYY-MM-DD`` or ``DD.MM.YYYY``; ``pep``
empty or a PEP kind (foreign, domestic, international, family, associate). Optional
columns: sex, id_issuer, id_issued, occupation, phone, email, registration_number,
registered_on, directors, product, channel, funds_source, source_of_funds, notes (choices
as their key or their label in the rule pack). Each row is checked as the customer form
checks it; an IIN that disagrees with the birth date is imported and flagged, like a file
saved in the form. ``read_file`` checks the file and makes the seeds;
``onboarding.onboard_seeds`` writes them (``bulk.insert_seeds``: one audit-trail entry per
table and chunk of 5,000 rows) and screens them in the same transaction.
Imported customers wait for an onboarding decision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ... import collector
from ...i18n import plural, tr
from ...progress import NO_PROGRESS, Progress
from ...regime.risk import risk_parameters
from ...regime.rulepack import RuleBook
from ...store.models.customer import CUSTOMER_KINDS, Customer
from ..errors import FirstLines, ImportRejected, RowProblem
from ..listing import ListQuery
from ..tabular import SourceRow, parse_optional_date, read_rows, write_table
from . import options
from .bulk import CustomerSeed
from .customer_file import clean, validate
from .listing import CustomerListing
from .peps import clean_pep

CANONICAL = (
    "kind",
    "name",
    "name_latin",
    "iin_bin",
    "birth_date",
    "citizenship",
    "residence",
    "id_type",
    "id_number",
    "id_expiry",
    "address",
    "pep",
    "purpose",
)
OPTIONAL = (
    "sex",
    "id_issuer",
    "id_issued",
    "occupation",
    "phone",
    "email",
    "registration_number",
    "registered_on",
    "directors",
    "product",
    "channel",
    "funds_source",
    "source_of_funds",
    "notes",
)
IMPORT_FIELDS = CANONICAL + OPTIONAL
# Each import field's human label (English source; the window shows ``tr(label)``).
IMPORT_LABELS = {
    "kind": "Kind (individual or entity)",
    "name": "Name",
    "name_latin": "Name in Latin",
    "iin_bin": "IIN / BIN",
    "birth_date": "Date of birth",
    "citizenship": "Citizenship",
    "residence": "Residence",
    "id_type": "ID document type",
    "id_number": "ID document number",
    "id_expiry": "ID document expiry",
    "address": "Address",
    "pep": "PEP category",
    "purpose": "Purpose of the relationship",
    "sex": "Sex",
    "id_issuer": "ID document issued by",
    "id_issued": "ID document issued on",
    "occupation": "Occupation",
    "phone": "Phone",
    "email": "Email",
    "registration_number": "Registration number",
    "registered_on": "Registered on",
    "directors": "Directors",
    "product": "Product",
    "channel": "Channel",
    "funds_source": "Source of funds",
    "source_of_funds": "Funds: details",
    "notes": "Notes",
}
REQUIRED = ("kind", "name", "iin_bin")
# The register's field names where the file's differ.
_FIELD_OF = {"id_expiry": "id_expires_on", "id_issued": "id_issued_on"}
_COLUMN_OF = {v: k for k, v in _FIELD_OF.items()}
_DATES = ("birth_date", "id_expiry", "id_issued", "registered_on")
_CHOICES = ("id_type", "product", "channel", "funds_source", "pep")


def _choice_lookup(rules: RuleBook, today: dt.date) -> dict[str, dict[str, str]]:
    """For each choice column: key or label (casefolded) -> key."""
    lists = {
        "id_type": options.id_types(rules, today),
        **{
            field: {k: c.label for k, c in known.items()}
            for field, known in options.risk_choices(rules, today).items()
        },
        "pep": options.pep_kinds(rules, today),
    }
    lookup: dict[str, dict[str, str]] = {}
    for column, known in lists.items():
        table = {label.casefold(): key for key, label in known.items()}
        table.update({key.casefold(): key for key in known})
        lookup[column] = table
    return lookup


def parse_row(
    filename: str, row: SourceRow, lookup: Mapping[str, Mapping[str, str]]
) -> tuple[dict[str, Any], list[RowProblem]]:
    """The register's values of one row, and the cells that could not be read."""
    problems: list[RowProblem] = []
    data: dict[str, Any] = {}
    for column in IMPORT_FIELDS:
        text = row.get(column)
        field_name = _FIELD_OF.get(column, column)
        if column in _DATES:
            try:
                data[field_name] = parse_optional_date(text)
            except ValueError as exc:
                problems.append(RowProblem(filename, row.line, column, str(exc)))
                data[field_name] = None
        elif column in _CHOICES and text:
            data[field_name] = lookup[column].get(text.casefold(), text)
        else:
            data[field_name] = text
    data["kind"] = str(data["kind"]).strip().lower()
    if data["kind"] in ("legal entity", "company", "юл", "entity"):
        data["kind"] = "entity"
    data["sex"] = {"m": "male", "f": "female"}.get(
        str(data["sex"]).lower(), str(data["sex"]).lower()
    )
    return data, problems


def read_file(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[CustomerSeed]:
    """The customers of a CSV or XLSX file, checked as the customer form checks them;
    ``ImportRejected`` names every bad row and cell (nothing is written either way)."""
    with collector.paused():  # many small objects, no reference cycles
        return _read_file(session, path, rules, today, mapping, progress)


def _read_file(
    session: Session,
    path: Path,
    rules: RuleBook,
    today: dt.date,
    mapping: Mapping[str, str] | None,
    progress: Progress,
) -> list[CustomerSeed]:
    rows = read_rows(path, IMPORT_FIELDS, REQUIRED, mapping)
    lookup = _choice_lookup(rules, today)
    problems: list[RowProblem] = []
    parsed: list[dict[str, Any]] = []
    seen = FirstLines(path.name, "iin_bin")
    for row in progress.each(rows, tr("Checking {name}").format(name=path.name), 1000):
        data, row_problems = parse_row(path.name, row, lookup)
        unreadable = {p.field for p in row_problems}
        if data["kind"] not in CUSTOMER_KINDS:
            row_problems.append(
                RowProblem(path.name, row.line, "kind", tr("kind must be individual or entity"))
            )
        else:
            for field_name, message in validate(data, rules, today).items():
                column = _COLUMN_OF.get(field_name, field_name)
                if column not in unreadable:
                    row_problems.append(RowProblem(path.name, row.line, column, message))
        seen.check(str(data.get("iin_bin") or ""), row.line, row_problems)
        problems.extend(sorted(row_problems, key=lambda p: p.field))
        parsed.append(data | {"_line": row.line})
    problems.extend(_already_on_file(session, path.name, parsed))
    if problems:
        raise ImportRejected(sorted(problems, key=lambda p: (p.line, p.field)))
    params = risk_parameters(rules, today)
    seeds = []
    for data in parsed:
        seed = CustomerSeed(data=clean(data, data["kind"]))
        if data.get("pep"):
            pep = {
                "kind": data["pep"],
                "position": tr("declared (imported from {name})").format(name=path.name),
                "identified_by": tr("import of {name}, line {line}").format(
                    name=path.name, line=data["_line"]
                ),
            }
            seed.peps.append(clean_pep(pep, rules, today, params))
        seeds.append(seed)
    return seeds


def _already_on_file(
    session: Session, filename: str, parsed: list[dict[str, Any]]
) -> list[RowProblem]:
    """Rows whose IIN/BIN already belongs to an active customer."""
    numbers = [d["iin_bin"] for d in parsed if d.get("iin_bin")]
    existing: dict[str, int] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        query = select(Customer.iin_bin, Customer.id).where(
            Customer.iin_bin.in_(chunk), Customer.retired_at.is_(None)
        )
        existing.update({number: customer_id for number, customer_id in session.execute(query)})
    return [
        RowProblem(
            filename,
            d["_line"],
            "iin_bin",
            tr("customer #{id} already has this number").format(id=existing[d["iin_bin"]]),
        )
        for d in parsed
        if d.get("iin_bin") in existing
    ]


# --- what an import reports ----------------------------------------------------------------

NAMES_SHOWN = 50


class CustomersImported(int):
    """How many customers an import wrote (an ``int``, as every import reports), with the
    customers that were not screened and why (``gap``, a ``coverage.ListsGap``; None when
    all were screened against current lists)."""

    gap: str | None
    not_screened: tuple[tuple[int, str], ...]

    def __new__(cls, onboarded: Sequence[int]) -> CustomersImported:
        result = super().__new__(cls, len(onboarded))
        result.gap = getattr(onboarded, "gap", None)
        result.not_screened = tuple(getattr(onboarded, "not_screened", ()))
        return result

    def screening_note(self) -> str:
        """The officer's note on the customers left unscreened, naming them ("" when there
        are none)."""
        if self.gap is None or not self.not_screened:
            return ""
        shown = "; ".join(self.unscreened_lines()[:NAMES_SHOWN])
        more = len(self.not_screened) - NAMES_SHOWN
        if more > 0:
            shown += "; " + tr("and {count} more").format(count=more)
        head, _, gap = self.screening_headline().partition("\n")
        return f"{head} {shown}\n{gap}"

    def unscreened_lines(self) -> list[str]:
        """``#id name`` of each customer left unscreened."""
        return [f"#{customer_id} {name}" for customer_id, name in self.not_screened]

    def screening_headline(self) -> str:
        """What was not screened and why, without the names ("" when all were screened)."""
        if self.gap is None or not self.not_screened:
            return ""
        if getattr(self.gap, "kind", "") == "screening_lists_missing":
            head = tr(
                "{count} customer NOT screened: no watchlist is in force. Import the lists, "
                "then screen it (Screening page or kuzet screen --all):|{count} customers NOT "
                "screened: no watchlist is in force. Import the lists, then screen them "
                "(Screening page or kuzet screen --all):"
            )
        else:
            head = tr(
                "{count} customer screened only against out-of-date lists. Import the "
                "current editions, then screen it again:|{count} customers screened only "
                "against out-of-date lists. Import the current editions, then screen them "
                "again:"
            )
        count = len(self.not_screened)
        return f"{plural(count, head).format(count=count)}\n{self.gap}"


# --- export ------------------------------------------------------------------------------

# The import's columns (under the register's names) first, then risk, decision and reviews.
EXPORT_COLUMNS = (
    "id",
    *(_FIELD_OF.get(column, column) for column in CANONICAL),
    "sex",
    "product",
    "channel",
    "funds_source",
    "source_of_funds",
    "risk_tier",
    "risk_score",
    "status",
    "onboarded_on",
    "last_review_on",
    "next_review_on",
)


def export(session: Session, path: Path, listing: CustomerListing, query: ListQuery) -> int:
    """Write the customers matching ``query`` (in its order) to XLSX or CSV: the import
    columns first (so the file imports again), then risk, decision and review dates."""
    ids = listing.ids(session, query)
    c = Customer.__table__.c
    stored = [name for name in EXPORT_COLUMNS if name != "pep"]
    columns = [getattr(c, name) for name in stored]

    def rows() -> Any:
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            found = {
                r[0]: dict(zip(stored, r, strict=True))
                for r in session.execute(select(*columns).where(c.id.in_(chunk)))
            }
            peps = listing.pep_kinds(session, chunk)
            for customer_id in chunk:
                values = found[customer_id]
                values["pep"] = ",".join(sorted(set(peps.get(customer_id, []))))
                yield tuple(values[name] for name in EXPORT_COLUMNS)

    headers = [_COLUMN_OF.get(n, n) for n in EXPORT_COLUMNS]
    return write_table(path, headers, rows(), sheet="Customers")
