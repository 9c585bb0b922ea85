"""Sanctions and watchlist screening: list versions and their entries, screening runs,
hits and the officer's false-positive decisions remembered for re-screens.

* ``WatchlistVersion`` (audited): one imported edition of one list (UN, OFAC SDN, AFM
  cat. 1, the firm's own list, ...): the file's SHA-256, the publication date, the counts
  added, changed and removed against the list's previous version, and whether it is the
  active one (one active version per list).
* ``WatchlistEntry``: the entries of a version, an immutable snapshot written in bulk with
  Core and never changed afterwards. They are not audited row by row (a weekly OFAC edition
  would add 9,000 trail entries); instead the audited version row holds ``content_sha256``,
  a hash over every entry's fingerprint, which ``registers.screening.watchlists.check_snapshot``
  recomputes. Lists hold names, dates and numbers as JSON arrays in text columns.
* ``ScreeningRun`` (audited): one screening of one customer (on save, on demand) or of
  every customer and owner, with the list versions and thresholds it used and its counts.
* ``ScreeningHit`` (audited): a customer or beneficial owner against one list entry, with
  the score, the explanation (JSON), the status (``HIT_STATUSES``) and the decision.
* ``FalsePositiveMemory`` (audited): a false positive remembered for that subject and that
  entry while neither changes (fingerprints of the screened data and of the entry's
  identifying data) and until it expires (rule ``screening.false_positive_memory_months``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from .base import RegisterRecord

LIST_FORMATS = ("un-xml", "ofac-csv", "ofac-xml", "eu-csv", "afm-xml", "afm-pf-xml", "csv")
# open: waiting for the officer; true_match / false_positive: decided; auto_cleared: scored
# between the auto-clear and the review thresholds; lapsed: an open hit a later screening no
# longer found (the entry left the list, or the subject's data changed).
HIT_STATUSES = ("open", "true_match", "false_positive", "auto_cleared", "lapsed")
RUN_SCOPES = ("customer", "all")


class WatchlistVersion(RegisterRecord, table=True):
    __tablename__ = "watchlist_version"

    list_name: str = Field(index=True)  # "UN", "OFAC SDN", "AFM cat. 1", "domestic_peps", ...
    list_format: str  # one of LIST_FORMATS
    published_on: dt.date | None = None  # from the file, where it says
    sha256: str = Field(index=True)  # of the file (a multi-file list: see ParsedList.sha256)
    files: str  # file names, "; "-separated
    content_sha256: str  # over the entries' fingerprints, in ref order
    entries: int
    persons: int
    added: int  # against the previous version of the same list
    changed: int
    removed: int
    previous_id: int | None = Field(default=None, foreign_key="watchlist_version.id")
    active: bool = Field(default=True, index=True)
    imported_by: str = ""
    # JSON array: what the file held irregular but was kept (an AFM 10-digit national
    # identifier, an irregular birth date), each naming its element and field.
    import_warnings: str = "[]"


class WatchlistEntry(SQLModel, table=True):
    """One entry of one list version (an immutable snapshot: never updated or deleted)."""

    __tablename__ = "watchlist_entry"
    __table_args__ = (Index("ux_watchlist_entry_version_ref", "version_id", "ref", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: int = Field(foreign_key="watchlist_version.id")
    ref: str = Field(index=True)
    kind: str  # person, organization, vessel, aircraft
    name: str  # the primary name
    names: str  # JSON array: primary name first, then aliases
    dobs: str  # JSON array of YYYY-MM-DD or YYYY
    iins: str  # JSON array
    nationalities: str  # JSON array
    programmes: str  # JSON array
    crypto_addresses: str  # JSON array, the list's own wording
    listed_on: dt.date | None = None
    remarks: str = ""
    fingerprint: str  # SHA-256 of everything above: what a version diff compares
    identity_fingerprint: str  # SHA-256 of kind, names, dobs, iins, nationalities
    search_text: str = Field(default="", index=True)  # casefolded ref and names, also in Latin


class ScreeningRun(RegisterRecord, table=True):
    __tablename__ = "screening_run"

    scope: str = Field(index=True)  # customer or all
    trigger: str  # saved, on demand, list import, demo, ...
    customer_id: int | None = Field(default=None, foreign_key="customer.id", index=True)
    started_at: dt.datetime
    finished_at: dt.datetime
    run_by: str = ""
    version_ids: str  # JSON array of the watchlist_version ids screened against
    lists: str  # human-readable: "UN 27.02.2026 (#1); OFAC SDN (#2)"
    review_threshold: int
    auto_clear_threshold: int
    subjects: int  # customers and owners screened
    new_open: int  # hits raised for review
    still_open: int  # open hits found again
    auto_cleared: int
    suppressed: int  # found again but remembered as false positives
    lapsed: int  # open hits no longer found


class ScreeningHit(RegisterRecord, table=True):
    __tablename__ = "screening_hit"
    __table_args__ = (
        Index("ix_screening_hit_subject", "customer_id", "owner_id", "list_name", "entry_ref"),
    )

    run_id: int = Field(foreign_key="screening_run.id", index=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)  # owner hits: its customer
    owner_id: int | None = Field(default=None, foreign_key="beneficial_owner.id", index=True)
    subject_name: str  # the customer's or owner's name that matched
    version_id: int = Field(foreign_key="watchlist_version.id", index=True)
    list_name: str = Field(index=True)
    entry_ref: str
    entry_name: str  # the listed name that matched
    entry_kind: str
    score: int = Field(index=True)  # 0..100
    explanation: str  # JSON: lines, word matches, factors, thresholds
    status: str = Field(default="open", index=True)  # one of HIT_STATUSES
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    reason: str = ""
    subject_fingerprint: str
    entry_fingerprint: str  # the entry's identity fingerprint
    search_text: str = Field(default="", index=True)


class FalsePositiveMemory(RegisterRecord, table=True):
    __tablename__ = "false_positive_memory"
    __table_args__ = (
        Index(
            "ix_false_positive_memory_subject", "customer_id", "owner_id", "list_name", "entry_ref"
        ),
    )

    customer_id: int = Field(foreign_key="customer.id")
    owner_id: int | None = Field(default=None, foreign_key="beneficial_owner.id")
    list_name: str
    entry_ref: str
    subject_fingerprint: str
    entry_fingerprint: str
    hit_id: int = Field(foreign_key="screening_hit.id", index=True)
    decided_on: dt.date
    expires_on: dt.date = Field(index=True)
    reason: str
