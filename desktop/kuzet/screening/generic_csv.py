"""Lists kept as a simple CSV: the firm's own (in-house, domestic PEPs), and the state's
lists of illegal exchanges and registry of high-risk wallets (Government Resolution No. 934
of 7 Nov 2025), which come as names and wallets.

Header ``ref,name,aliases,dob,kind`` (any column order, names case-insensitive), with the
optional columns ``iin`` and ``wallets``. UTF-8, a BOM is fine. ``aliases`` are separated by
``;``; ``dob`` is ``YYYY-MM-DD`` or ``YYYY`` or empty; ``kind`` is ``person`` or
``organization``; ``iin`` is 12 digits or empty; ``wallets`` holds addresses separated by
``;``, each optionally after its currency (``USDT TXyz...``). A row with wallets may leave
``name`` empty (a wallet registry): its first address is its name. The wallets go to
``ListEntry.crypto_addresses``, which the monitoring's listed-wallet check reads. Every row
is checked first and every problem reported, each with its file, line and field; nothing is
returned unless all rows are good.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import csv_header, csv_records, one_file_list
from kuzet.screening.listdates import is_birth_date
from kuzet.screening.listfiles import PathLike, decode_utf8, read_bytes, sha256_hex

REQUIRED_COLUMNS = ("ref", "name", "aliases", "dob", "kind")
OPTIONAL_COLUMNS = ("iin", "wallets")
WALLET_WORDING = "Wallet - "  # + "[CURRENCY ]ADDRESS", read back by entries.crypto_address_parts
KINDS = ("person", "organization")


def parse_generic_csv(path: PathLike, *, source: str | None = None) -> ParsedList:
    """Read a generic list; ``source`` defaults to the file name without its extension."""
    file = Path(path)
    name = file.name
    data = read_bytes(path)
    reader = csv.reader(io.StringIO(decode_utf8(data, name), newline=""))
    header = [h.strip().lower() for h in csv_header(reader, name)]
    header_problems = [
        f"{where(name, 'line 1', column)}: column missing; the header must be "
        f"{','.join(REQUIRED_COLUMNS)}"
        for column in REQUIRED_COLUMNS
        if column not in header
    ]
    header_problems += [
        f"{where(name, 'line 1', column or '(empty)')}: unknown column; expected "
        f"{','.join(REQUIRED_COLUMNS)} and optionally {','.join(OPTIONAL_COLUMNS)}"
        for column in header
        if column not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    ]
    if header_problems:
        raise ListFormatError(header_problems)
    column = {h: i for i, h in enumerate(header)}
    problems: list[str] = []
    entries: list[ListEntry] = []
    first_line: dict[str, int] = {}
    for line, cells in csv_records(reader, name, start=2):
        entry = _row(name, line, cells, column, first_line, problems)
        if entry is not None:
            entries.append(entry)
    return one_file_list(source or file.stem, None, entries, sha256_hex(data), name, problems)


def _row(
    name: str,
    line: int,
    cells: list[str],
    column: dict[str, int],
    first_line: dict[str, int],
    problems: list[str],
) -> ListEntry | None:
    place = f"line {line}"
    start = len(problems)
    if len(cells) != len(column):
        problems.append(f"{where(name, place)}: {len(cells)} fields, the header has {len(column)}")
        return None
    value = {h: " ".join(cells[i].split()) for h, i in column.items()}
    ref, full_name, kind, dob = value["ref"], value["name"], value["kind"], value["dob"]
    if not ref:
        problems.append(f"{where(name, place, 'ref')}: empty")
    elif ref in first_line:
        problems.append(
            f"{where(name, place, 'ref')}: {ref!r} already used on line {first_line[ref]}"
        )
    else:
        first_line[ref] = line
    wallets, wallet_problem = _wallets(value.get("wallets", ""))
    if wallet_problem:
        problems.append(f"{where(name, place, 'wallets')}: {wallet_problem}")
    if not full_name and wallets:
        full_name = wallets[0].rpartition(" ")[2]
    if not full_name:
        problems.append(f"{where(name, place, 'name')}: empty name")
    if kind not in KINDS:
        problems.append(f"{where(name, place, 'kind')}: {kind!r} is not person or organization")
    if dob and not is_birth_date(dob):
        problems.append(
            f"{where(name, place, 'dob')}: {dob!r} is not a date (YYYY-MM-DD) or a year (YYYY)"
        )
    if dob and kind == "organization":
        problems.append(f"{where(name, place, 'dob')}: an organization has no date of birth")
    iin = value.get("iin", "")
    if iin and not (iin.isdigit() and len(iin) == 12):
        problems.append(f"{where(name, place, 'iin')}: {iin!r} is not 12 digits")
    aliases = [a.strip() for a in value["aliases"].split(";")]
    if len(problems) > start:
        return None
    return ListEntry(
        ref=ref,
        kind=kind,
        names=unique([full_name, *aliases]),
        dobs=(dob,) if dob else (),
        iins=(iin,) if iin else (),
        crypto_addresses=tuple(WALLET_WORDING + w for w in wallets),
    )


def _wallets(text: str) -> tuple[list[str], str]:
    """The wallets of a ``wallets`` cell (``[CURRENCY ]ADDRESS`` each), or a problem."""
    wallets = []
    for part in text.split(";"):
        words = part.split()
        if not words:
            continue
        if len(words) > 2:
            return [], f"{part.strip()!r} is not an address, or a currency and an address"
        wallets.append(" ".join(words))
    return wallets, ""
