"""What the OFAC CSV and XML formats share: types, name order, and the Remarks mini-language.

OFAC writes individuals as ``LAST, First Middle``; ``person_name`` turns that into
``First Middle LAST`` (the matcher ignores order anyway, but people read it this way).
The Remarks field carries ``DOB 10 Dec 1948;``, ``citizen Russia;``,
``Digital Currency Address - XBT 1AbC...;``, national IDs, and *weak* a.k.a.s
(``a.k.a. 'PACHO'``). OFAC does not expect weak a.k.a.s to be screened; the parsers keep
them out of ``names`` unless asked (``weak_akas=True``).
"""

from __future__ import annotations

import re

SOURCE = "OFAC SDN"
_KINDS = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
    "": "organization",
}
_CRYPTO = re.compile(r"Digital Currency Address - ([A-Za-z0-9]+)\s+([A-Za-z0-9:]+)")
_KAZAKH_ID = re.compile(r"\b(\d{12})\s*\(Kazakhstan\)")
_CITIZEN = re.compile(r"\b(?:nationality|citizen)\s+(?!of\b)([^;.]+)", re.IGNORECASE)
_WEAK_AKA = re.compile(r"\b[afn]\.k\.a\.,?\s+'(.+?)'(?=\s*(?:;|\.\s|\.?$|,))")


def ofac_kind(sdn_type: str) -> str | None:
    """``individual``/``vessel``/``aircraft``/``Entity``/empty → an entry kind, or ``None``."""
    return _KINDS.get(sdn_type.strip().lower())


def person_name(name: str) -> str:
    """``LAST, First Middle`` → ``First Middle LAST``; ``LAST, First, Jr.`` keeps the suffix."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return name.strip()
    return " ".join([parts[1], parts[0], *parts[2:]]).strip()


def programmes(text: str) -> list[str]:
    """``SDGT] [IFSR`` (the CSV's join of several programmes) → ``["SDGT", "IFSR"]``."""
    return [p.strip(" []") for p in text.split("] [") if p.strip(" []")]


def crypto_addresses(text: str) -> list[str]:
    """``Digital Currency Address - XBT 1AbC`` phrases found in ``text``."""
    return [f"Digital Currency Address - {m.group(1)} {m.group(2)}" for m in _CRYPTO.finditer(text)]


def crypto_from_id(id_type: str, id_number: str) -> str | None:
    """An XML ``id`` whose type is ``Digital Currency Address - XBT``, in the CSV wording."""
    if id_type.strip().lower().startswith("digital currency address") and id_number.strip():
        return f"{id_type.strip()} {id_number.strip()}"
    return None


def kazakh_ids(text: str) -> list[str]:
    """12-digit numbers marked ``(Kazakhstan)``: IINs and BINs."""
    return _KAZAKH_ID.findall(text)


def citizenships(remarks: str) -> list[str]:
    return [m.strip() for m in _CITIZEN.findall(remarks)]


def weak_akas(remarks: str) -> list[str]:
    """The quoted names after ``a.k.a.``/``f.k.a.``/``n.k.a.`` in Remarks."""
    return [m.strip() for m in _WEAK_AKA.findall(remarks) if m.strip()]
