"""List entries as database rows: fingerprints, the search text, and back to ``ListEntry``.

``identity_fingerprint`` is what the false-positive memory compares (the entry's
identifying data); ``entry_fingerprint`` is what a version diff compares (everything);
``content_hash`` over a version's fingerprints is kept on the audited version row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from ...screening.entries import ListEntry
from ...screening.translit import base_latin, fold_latin


def _digest(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def identity_fingerprint(entry: ListEntry) -> str:
    """The entry's identifying data (kind, names, birth dates, IINs, nationalities): a
    false positive stays cleared until this changes (remarks and programmes do not count)."""
    return _digest(
        [
            entry.kind,
            sorted(entry.names),
            sorted(entry.dobs),
            sorted(entry.iins),
            sorted(entry.nationalities),
        ]
    )


def entry_fingerprint(entry: ListEntry) -> str:
    """Everything the list says about the entry: what a version diff compares."""
    return _digest(
        [
            entry.ref,
            entry.kind,
            list(entry.names),
            list(entry.dobs),
            list(entry.iins),
            list(entry.nationalities),
            list(entry.programmes),
            list(entry.crypto_addresses),
            entry.listed_on.isoformat() if entry.listed_on else None,
            entry.remarks,
        ]
    )


def latin_fold(text: str) -> str:
    """Casefolded, in ASCII Latin: how list entries are searched (``Умаров`` → ``umarov``)."""
    return base_latin(fold_latin(text.casefold())).casefold()


def entry_search_text(ref: str, names: Iterable[str]) -> str:
    parts: dict[str, None] = {ref.casefold(): None}
    for name in names:
        parts[name.casefold()] = None
        parts[latin_fold(name)] = None
    return "\n".join(parts)


def entry_row(version_id: int, entry: ListEntry) -> dict[str, Any]:
    def js(values: Iterable[str]) -> str:
        return json.dumps(list(values), ensure_ascii=False)

    return {
        "version_id": version_id,
        "ref": entry.ref,
        "kind": entry.kind,
        "name": entry.primary_name,
        "names": js(entry.names),
        "dobs": js(entry.dobs),
        "iins": js(entry.iins),
        "nationalities": js(entry.nationalities),
        "programmes": js(entry.programmes),
        "crypto_addresses": js(entry.crypto_addresses),
        "listed_on": entry.listed_on,
        "remarks": entry.remarks,
        "fingerprint": entry_fingerprint(entry),
        "identity_fingerprint": identity_fingerprint(entry),
        "search_text": entry_search_text(entry.ref, entry.names),
    }


def entry_from_row(row: Any) -> ListEntry:
    """A ``ListEntry`` from a ``watchlist_entry`` row (ORM object or Core row)."""
    arrays = f"[{row.names},{row.dobs},{row.iins},{row.nationalities},{row.programmes},"
    names, dobs, iins, nationalities, programmes, crypto = json.loads(
        f"{arrays}{row.crypto_addresses}]"
    )  # one decode instead of six: 10,000 entries load in a fraction of a second
    return ListEntry(
        ref=row.ref,
        kind=row.kind,
        names=tuple(names),
        dobs=tuple(dobs),
        iins=tuple(iins),
        nationalities=tuple(nationalities),
        programmes=tuple(programmes),
        crypto_addresses=tuple(crypto),
        listed_on=row.listed_on,
        remarks=row.remarks,
    )


def content_hash(fingerprints: dict[str, str]) -> str:
    """SHA-256 over ``ref<TAB>fingerprint`` lines in ref order."""
    lines = "\n".join(f"{ref}\t{fingerprints[ref]}" for ref in sorted(fingerprints))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()
