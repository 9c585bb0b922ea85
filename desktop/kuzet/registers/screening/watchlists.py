"""Watchlists: importing list editions as versions, and reading the active ones.

``import_list`` reads one list file format (``FORMATS``) with the parsers of
``kuzet.screening``, then, in the caller's transaction, writes a new ``WatchlistVersion``
per list with its entries and makes it the list's active version. Every file is read and
checked before anything is written: one bad file and nothing is imported. A file whose
SHA-256 equals the active version's is recognised and reported, not imported again.
Each version records its entries added, changed and removed against the version it
replaces. Entries are an immutable snapshot (see ``store.models.screening``) whose
``content_sha256`` on the audited version row lets ``check_snapshot`` detect tampering.

Callers re-screen the customers after an import (``registers.screening.runs.screen_all``), in
a transaction of its own, so a cancelled re-screen does not undo the import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import plural, tr
from ...progress import NO_PROGRESS, Progress
from ...screening.afm_xml import parse_afm_pf_xml, parse_afm_xml
from ...screening.entries import ListFormatError, ParsedList, crypto_address_parts
from ...screening.eu_csv import parse_eu_csv
from ...screening.generic_csv import parse_generic_csv
from ...screening.ofac_csv import parse_ofac_csv
from ...screening.ofac_xml import parse_ofac_xml
from ...screening.un_xml import parse_un_xml
from ...store.audit import current_actor, reason_for_changes, utc_now
from ...store.models.screening import LIST_FORMATS, WatchlistEntry, WatchlistVersion
from ..errors import NotFound, RegisterError, ValidationFailed
from .entries import (
    content_hash,
    entry_fingerprint,
    entry_from_row,
    entry_row,
    identity_fingerprint,
    latin_fold,
)

__all__ = [
    "FORMAT_LABELS",
    "ListImport",
    "ListRejected",
    "active_version",
    "active_versions",
    "check_snapshot",
    "entry_from_row",
    "entry_of",
    "get_version",
    "identity_fingerprint",
    "import_list",
    "import_warnings",
    "latin_fold",
    "listed_addresses",
    "load_list",
    "normalise_address",
    "read_lists",
    "snapshot_problems",
    "withdraw_list",
]

FORMAT_LABELS = {
    "un-xml": "UN Security Council consolidated list (XML)",
    "ofac-csv": "OFAC SDN (CSV: sdn, alt and add files together)",
    "ofac-xml": "OFAC SDN (sdn.xml)",
    "eu-csv": "EU consolidated financial sanctions list (CSV v1.1)",
    "afm-xml": "Kazakhstan AFM list, category 1 or 2 (XML)",
    "afm-pf-xml": "Kazakhstan AFM proliferation-financing list (XML)",
    "csv": "Generic CSV list (ref,name,aliases,dob,kind, optional iin, wallets): in-house, "
    "domestic PEPs, illegal exchanges, high-risk wallets",
}
assert set(FORMAT_LABELS) == set(LIST_FORMATS)
_CHUNK = 1000


class ListRejected(RegisterError):
    """A list file cannot be used; nothing was imported. ``problems`` names each fault
    with its file and, where known, line (or XML element) and field."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        extra = "\n  " + tr("... and {count} more").format(count=more) if more > 0 else ""
        super().__init__(
            plural(
                len(self.problems),
                tr("nothing was imported: {count} problem|nothing was imported: {count} problems"),
            ).format(count=len(self.problems))
            + f"\n{shown}{extra}"
        )


@dataclass(frozen=True)
class ListImport:
    """What one import did to one list."""

    list_name: str
    version_id: int
    entries: int
    added: int
    changed: int
    removed: int
    previous_id: int | None
    already_imported: bool = False  # the file is the active version already: nothing written
    # What the file held irregular but was kept, each naming its place (kept on the version).
    warnings: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        if self.already_imported:
            return tr(
                "{list}: this file is already the active version #{id}; nothing was imported"
            ).format(list=self.list_name, id=self.version_id)
        text = tr(
            "{list}: version #{id}, {entries} entries ({added} added, {changed} changed, "
            "{removed} removed)"
        ).format_map(asdict(self) | {"list": self.list_name, "id": self.version_id})
        if self.warnings:
            forms = tr(
                "; {count} warning: values kept in another form"
                "|; {count} warnings: values kept in another form"
            )
            text += plural(len(self.warnings), forms).format(count=len(self.warnings))
        return text


# --- reading files ----------------------------------------------------------------------


def _single(parser: Callable[[Path], ParsedList]) -> Callable[[Sequence[Path]], list[ParsedList]]:
    def read(paths: Sequence[Path]) -> list[ParsedList]:
        found, problems = [], []
        for path in paths:
            try:
                found.append(parser(path))
            except ListFormatError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ListFormatError(problems)
        return found

    return read


PARSERS: dict[str, Callable[[Sequence[Path]], list[ParsedList]]] = {
    "un-xml": _single(parse_un_xml),
    "ofac-csv": lambda paths: [parse_ofac_csv(list(paths))],
    "ofac-xml": _single(parse_ofac_xml),
    "eu-csv": _single(parse_eu_csv),
    "afm-xml": _single(parse_afm_xml),
    "afm-pf-xml": _single(parse_afm_pf_xml),
    "csv": _single(parse_generic_csv),
}


def read_lists(list_format: str, paths: Sequence[Path], name: str = "") -> list[ParsedList]:
    """Parse the files: ofac-csv reads all files as one list, other formats one list per
    file. ``name`` renames the list (one list only). Raises ``ListRejected``."""
    if list_format not in PARSERS:
        raise ValidationFailed(
            {
                "format": tr("Unknown list format {format!r}; use one of {formats}.").format(
                    format=list_format, formats=", ".join(LIST_FORMATS)
                )
            }
        )
    if not paths:
        raise ValidationFailed({"files": tr("Choose the list files to import.")})
    try:
        parsed = PARSERS[list_format]([Path(p) for p in paths])
    except ListFormatError as exc:
        raise ListRejected(exc.problems) from None
    if name.strip():
        if len(parsed) != 1:
            raise ValidationFailed({"name": tr("A list name can be given for one list at a time.")})
        parsed = [_renamed(parsed[0], name.strip())]
    names = [p.source for p in parsed]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ListRejected(
            [
                tr("{list}: several files of the same list in one import").format(list=n)
                for n in twice
            ]
        )
    for one in parsed:
        if not one.entries:
            raise ListRejected(
                [tr("{files}: the list has no entries").format(files=", ".join(one.files))]
            )
    return parsed


def _renamed(parsed: ParsedList, name: str) -> ParsedList:
    return replace(parsed, source=name)


# --- importing ----------------------------------------------------------------------------


def import_list(
    session: Session,
    list_format: str,
    paths: Sequence[Path],
    progress: Progress = NO_PROGRESS,
    name: str = "",
) -> list[ListImport]:
    """Import list file(s) of ``list_format``: all lists, or nothing (``ListRejected``)."""
    progress.step(0, 0, tr("Reading {files}").format(files=", ".join(Path(p).name for p in paths)))
    parsed_lists = read_lists(list_format, paths, name)
    results = []
    for parsed in parsed_lists:
        results.append(_import_one(session, list_format, parsed, progress))
    return results


def active_version(session: Session, list_name: str) -> WatchlistVersion | None:
    query = select(WatchlistVersion).where(
        WatchlistVersion.list_name == list_name, WatchlistVersion.active.is_(True)
    )
    return session.execute(query).scalars().first()


def active_versions(session: Session) -> list[WatchlistVersion]:
    """The version in force of every list, by list name."""
    query = (
        select(WatchlistVersion)
        .where(WatchlistVersion.active.is_(True))
        .order_by(WatchlistVersion.list_name)
    )
    return list(session.execute(query).scalars())


def _import_one(
    session: Session, list_format: str, parsed: ParsedList, progress: Progress
) -> ListImport:
    previous = active_version(session, parsed.source)
    if previous is not None and previous.sha256 == parsed.sha256:
        return ListImport(
            parsed.source, previous.id, previous.entries, 0, 0, 0, previous.previous_id, True
        )
    old: dict[str, str] = {}
    if previous is not None:
        rows = session.execute(
            select(WatchlistEntry.ref, WatchlistEntry.fingerprint).where(
                WatchlistEntry.version_id == previous.id
            )
        )
        old = {ref: fingerprint for ref, fingerprint in rows}
    new = {entry.ref: entry_fingerprint(entry) for entry in parsed.entries}
    added = sum(1 for ref in new if ref not in old)
    removed = sum(1 for ref in old if ref not in new)
    changed = sum(1 for ref, digest in new.items() if ref in old and old[ref] != digest)
    reason = tr("imported {list} from {files}").format(
        list=parsed.source, files=", ".join(parsed.files)
    )
    with reason_for_changes(session, reason):
        if previous is not None:
            previous.active = False
            session.flush()
        version = WatchlistVersion(
            list_name=parsed.source,
            list_format=list_format,
            published_on=parsed.published,
            sha256=parsed.sha256,
            files="; ".join(parsed.files),
            content_sha256=content_hash(new),
            entries=len(parsed.entries),
            persons=parsed.count("person"),
            added=added,
            changed=changed,
            removed=removed,
            previous_id=previous.id if previous is not None else None,
            active=True,
            imported_by=current_actor(),
            import_warnings=json.dumps(list(parsed.warnings), ensure_ascii=False),
        )
        session.add(version)
        session.flush()
    conn = session.connection()
    table = WatchlistEntry.__table__
    message = tr("Saving {list}").format(list=parsed.source)
    total = len(parsed.entries)
    for start in range(0, total, _CHUNK):  # rows built a chunk at a time: bounded memory
        progress.step(start, total, message)
        chunk = [entry_row(version.id, e) for e in parsed.entries[start : start + _CHUNK]]
        conn.execute(table.insert(), chunk)
    progress.step(total, total, message)
    return ListImport(
        parsed.source,
        version.id,
        version.entries,
        added,
        changed,
        removed,
        version.previous_id,
        warnings=parsed.warnings,
    )


def withdraw_list(session: Session, list_name: str, reason: str) -> WatchlistVersion:
    """Stop screening against a list: its active version is retired with the reason."""
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the list is no longer screened against.")})
    version = active_version(session, list_name)
    if version is None:
        raise NotFound(tr("no active list {list!r}").format(list=list_name))
    version.active = False
    version.retired_at = utc_now()
    version.retired_reason = reason.strip()
    session.flush()
    return version


# --- reading versions back ---------------------------------------------------------------


def get_version(session: Session, version_id: int) -> WatchlistVersion:
    version = session.get(WatchlistVersion, version_id)
    if version is None:
        raise NotFound(tr("list version #{id} does not exist").format(id=version_id))
    return version


def load_list(session: Session, version: WatchlistVersion) -> ParsedList:
    """A version's entries as the matcher reads them (read with Core: 10,000 ORM objects
    would take seconds)."""
    table = WatchlistEntry.__table__
    rows = session.execute(
        select(table).where(table.c.version_id == version.id).order_by(table.c.id)
    )
    entries = tuple(entry_from_row(row) for row in rows)
    files = tuple(version.files.split("; "))
    return ParsedList(version.list_name, version.published_on, entries, version.sha256, files)


def import_warnings(version: WatchlistVersion) -> list[str]:
    """What the version's file held irregular but was kept, as the import said."""
    return list(json.loads(version.import_warnings or "[]"))


def entry_of(session: Session, version_id: int, ref: str) -> WatchlistEntry | None:
    query = select(WatchlistEntry).where(
        WatchlistEntry.version_id == version_id, WatchlistEntry.ref == ref
    )
    return session.execute(query).scalars().first()


def check_snapshot(session: Session, version_id: int) -> bool:
    """True when the version's entries still hash to its audited ``content_sha256``."""
    get_version(session, version_id)
    return not snapshot_problems(session, version_id)


def snapshot_problems(session: Session, version_id: int | None = None) -> list[str]:
    """Every list version (or only ``version_id``) whose entries no longer hash to its
    audited ``content_sha256``, each naming the list, the version and what differs; and
    entries of no version at all. Entries are read in (version, ref) order with Core, one
    version's fingerprints in memory at a time. What ``kuzet verify`` adds to the trail's
    own check: the entries are evidence too, but not audited row by row."""
    versions = WatchlistVersion.__table__
    query = select(
        versions.c.id, versions.c.list_name, versions.c.content_sha256, versions.c.entries
    )
    if version_id is not None:
        query = query.where(versions.c.id == version_id)
    known = {
        int(v.id): (v.list_name, v.content_sha256, int(v.entries)) for v in session.execute(query)
    }
    table = WatchlistEntry.__table__
    rows = select(table).order_by(table.c.version_id, table.c.ref)
    if version_id is not None:
        rows = rows.where(table.c.version_id == version_id)
    problems: list[str] = []
    current: int | None = None
    seen: dict[str, str] = {}
    edited: list[str] = []
    for row in session.execute(rows):
        if row.version_id != current:
            if current is not None:
                problems += _version_problems(current, known.pop(current, None), seen, edited)
            current, seen, edited = row.version_id, {}, []
        try:
            entry = entry_from_row(row)
            digest = entry_fingerprint(entry)
            same = (
                digest == row.fingerprint
                and identity_fingerprint(entry) == row.identity_fingerprint
                and entry.primary_name == row.name
            )
        except (ValueError, TypeError, IndexError):  # a JSON column no longer JSON
            digest, same = "", False
        if not same:
            edited.append(row.ref)
        seen[row.ref] = digest
    if current is not None:
        problems += _version_problems(current, known.pop(current, None), seen, edited)
    for vid, version in sorted(known.items()):
        problems += _version_problems(vid, version, {}, [])
    return problems


def _version_problems(
    version_id: int,
    version: tuple[str, str, int] | None,
    seen: dict[str, str],
    edited: list[str],
) -> list[str]:
    if version is None:
        return [
            tr(
                "list entries {refs} belong to list version #{id}, which does not exist "
                "(added outside Kuzet)"
            ).format(refs=", ".join(sorted(seen)[:5]), id=version_id)
        ]
    list_name, content, count = version
    where = tr("list {list}, version #{id}").format(list=list_name, id=version_id)
    if len(seen) != count:
        return [
            tr(
                "{where}: {left} of its {count} entries are left; the list no longer matches "
                "its recorded hash (entries deleted or added outside Kuzet)"
            ).format(where=where, left=len(seen), count=count)
        ]
    if edited:
        return [
            tr(
                "{where}: entries {refs} differ from their fingerprints (edited outside Kuzet)"
            ).format(where=where, refs=", ".join(edited[:5]))
        ]
    if content_hash(seen) != content:
        return [
            tr(
                "{where}: its {count} entries no longer match the version's recorded hash "
                "(entries deleted, added or edited outside Kuzet)"
            ).format(where=where, count=len(seen))
        ]
    return []


# --- crypto addresses for transaction monitoring -------------------------------------


def normalise_address(text: str) -> str:
    """A wallet address as compared: spaces removed; hex (0x…) and bech32 addresses
    (bc1…, ltc1…, tb1…) lower case, since their case carries no meaning; others as written
    (base58 addresses are case-sensitive)."""
    address = "".join(text.split())
    lower = address.lower()
    if lower.startswith(("0x", "bc1", "ltc1", "tb1", "bcrt1")):
        return lower
    return address


def listed_addresses(session: Session) -> dict[str, tuple[str, str, str]]:
    """Every crypto address on an active list: normalised address → (list, ref, name)."""
    query = (
        select(
            WatchlistVersion.list_name,
            WatchlistEntry.ref,
            WatchlistEntry.name,
            WatchlistEntry.crypto_addresses,
        )
        .join(WatchlistVersion, WatchlistVersion.id == WatchlistEntry.version_id)
        .where(WatchlistVersion.active.is_(True), WatchlistEntry.crypto_addresses != "[]")
        .order_by(WatchlistVersion.list_name, WatchlistEntry.ref)
    )
    found: dict[str, tuple[str, str, str]] = {}
    for list_name, ref, name, addresses in session.execute(query):
        for text in json.loads(addresses):
            _currency, address = crypto_address_parts(text)
            if address:
                found.setdefault(normalise_address(address), (list_name, ref, name))
    return found
