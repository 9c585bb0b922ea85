"""What a watchlist holds once it is read: entries, the parsed list, and the format error.

Every parser in this package (``un_xml``, ``ofac_csv``, ``ofac_xml``, ``eu_csv``,
``afm_xml``, ``generic_csv``) returns a ``ParsedList`` of ``ListEntry`` records and raises
``ListFormatError`` for input it cannot use. The records are plain frozen dataclasses: no
database, no Qt; the store layer copies them into its tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

ENTRY_KINDS = ("person", "organization", "vessel", "aircraft")


@dataclass(frozen=True)
class ListEntry:
    """One listed person, organisation, vessel or aircraft.

    ``names`` holds the primary name first, then aliases, original-script names included.
    ``dobs`` are ``YYYY-MM-DD`` or ``YYYY``. ``iins`` holds Kazakh IINs (and BINs for
    organisations) known for the entry. ``crypto_addresses`` keeps OFAC's own wording, e.g.
    ``"Digital Currency Address - XBT 1AbC..."``.
    """

    ref: str
    kind: str
    names: tuple[str, ...]
    dobs: tuple[str, ...] = ()
    iins: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    crypto_addresses: tuple[str, ...] = ()
    listed_on: dt.date | None = None
    remarks: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ENTRY_KINDS:
            raise ValueError(f"entry {self.ref!r}: kind {self.kind!r} is not one of {ENTRY_KINDS}")
        if not self.names:
            raise ValueError(f"entry {self.ref!r} has no name")

    @property
    def primary_name(self) -> str:
        return self.names[0]


@dataclass(frozen=True)
class ParsedList:
    """A whole list as read from its file(s).

    ``sha256`` is the hash of the file's bytes; for a list read from several files it is
    the SHA-256 of the files' hex digests joined by newlines, in the order of ``files``
    (see ``listfiles.combined_sha256``). ``warnings`` name what was read but kept in
    another form (an AFM 10-digit national identifier, an irregular birth date), each with
    its file, element or line and field; they never stop an import.
    """

    source: str
    published: dt.date | None
    entries: tuple[ListEntry, ...]
    sha256: str
    files: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def count(self, kind: str) -> int:
        return sum(1 for entry in self.entries if entry.kind == kind)


class ListFormatError(Exception):
    """A list file that cannot be used; nothing was imported.

    ``problems`` holds one line per fault, each naming the file and, where known, the
    line (or XML element) and field: ``sdn.csv line 12, field SDN_Name: empty name``.
    """

    def __init__(self, problems: str | Iterable[str]) -> None:
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        if not self.problems:
            self.problems = ["unknown list format error"]
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            shown = self.problems[:50]
            more = len(self.problems) - len(shown)
            message = f"{len(self.problems)} problems:\n" + "\n".join(f"  {p}" for p in shown)
            if more:
                message += f"\n  ... and {more} more"
        super().__init__(message)


def crypto_address_parts(text: str) -> tuple[str, str]:
    """``("XBT", "1AbC...")`` from ``"Digital Currency Address - XBT 1AbC..."``.

    For the monitoring rule that checks transfers against ``ListEntry.crypto_addresses``.
    A wallet without its currency (``"Wallet - 0xAbC..."``, from a generic list) gives
    ``("", "0xAbC...")``.
    """
    _, _, rest = text.rpartition(" - ")
    currency, _, address = rest.strip().partition(" ")
    if not address.strip():
        return "", currency
    return currency, address.strip()


def where(file: str, place: str = "", field: str = "") -> str:
    """``file``, ``file line 12`` or ``file line 12, field SDN_Name``: the start of a problem."""
    text = file
    if place:
        text += f" {place}"
    if field:
        text += f", field {field}"
    return text


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """Non-empty stripped values, first occurrence kept, order preserved."""
    seen: dict[str, None] = {}
    for value in values:
        value = " ".join(value.split())
        if value and value not in seen:
            seen[value] = None
    return tuple(seen)
