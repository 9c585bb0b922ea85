"""Leftover English in a tour (``kuzet gui --tour``'s tour.json), and screens larger than
the tour's size. Pure Python, no Qt: tests and translators run it on a tour's file.

A text of a Russian or Kazakh tour is leftover English when it has no Cyrillic letter and
an English word of three letters or more that is not a code, an identifier, a proper name
of the firm's data, nor on the allow-list (``resources/translations/tour_allowlist.toml``,
one reason per entry), or when it is an English source string of the translations.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import paths

ALLOWLIST_MAX = 20
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# a chunk (between spaces) that is a code or an identifier: digits, a rule key
# (monitoring.rapid.*), an e-mail, a URL, a path, a file name, an IBAN, a hash
CODE_CHUNK = re.compile(r"[0-9_=@/\\#*+]|\.\w|://|^[A-Z]{1,8}[A-Z0-9-]*$|[A-Za-z]-[A-Z0-9]")


@dataclass(frozen=True)
class Leftover:
    screen: str
    text: str

    def __str__(self) -> str:
        return f"{self.screen}: {self.text}"


def allowlist_path() -> Path:
    return paths.translations_dir() / "tour_allowlist.toml"


def load_allowlist(path: Path | None = None) -> list[dict[str, str]]:
    """The allow-list's entries, each ``{"text": ..., "reason": ...}`` (a text allowed on
    every screen) or ``{"screen": ..., "widget": ..., "reason": ...}`` (every text of the
    widget of that ``objectName`` on that screen: verbatim legal text, a licence, which
    has legal force only in its own words)."""
    path = path or allowlist_path()
    if not path.exists():
        return []
    return list(tomllib.loads(path.read_text(encoding="utf-8")).get("allow", []))


def source_strings(ts_file: Path) -> set[str]:
    """The English source strings of a Qt Linguist file."""
    tree = ElementTree.parse(ts_file)
    return {" ".join((e.text or "").split()) for e in tree.iter("source")} - {""}


def is_english(text: str, names: set[str] = frozenset()) -> bool:
    """True when ``text`` reads as English: no Cyrillic letter, and a word of three or
    more Latin letters outside codes, identifiers and ``names`` (lower case)."""
    if CYRILLIC.search(text):
        return False
    for chunk in text.split():
        bare = chunk.strip(",;:()[]«»\"'!?.…")
        if not bare or CODE_CHUNK.search(bare):
            continue
        for word in WORD.findall(bare):
            if len(word) >= 3 and word.lower().strip("'’") not in names:
                return True
    return False


def leftovers(
    tour: dict[str, Any],
    names: Iterable[str] = (),
    allowed: Iterable[str] | None = None,
    english: Iterable[str] = (),
    widgets: Iterable[tuple[str, str]] | None = None,
) -> list[Leftover]:
    """The leftover English texts of ``tour`` (a tour.json document), screen by screen.
    ``names``: words of the firm's data (the tests read them from the demo database);
    ``allowed``: texts allowed as they are; ``widgets``: (screen, objectName) pairs whose
    texts are allowed (both default to the allow-list file); ``english``: the English
    source strings (a text equal to one of them is left over even when it looks like a
    code)."""
    entries = load_allowlist() if allowed is None or widgets is None else []
    allow = {e["text"] for e in entries if "text" in e} if allowed is None else set(allowed)
    if widgets is None:
        widgets = [(e["screen"], e["widget"]) for e in entries if "widget" in e]
    verbatim = set(widgets)
    lower_names = {n.lower() for n in names} | {"kuzet"}  # the product's name
    sources = set(english)
    found: list[Leftover] = []
    for screen in tour.get("screens", []):
        owners = screen.get("owners", {})
        for text in screen.get("texts", []):
            if text in allow or (screen["id"], owners.get(text, "")) in verbatim:
                continue
            if is_english(text, lower_names) or (text in sources and not is_code(text)):
                found.append(Leftover(screen["id"], text))
    return found


def is_code(text: str) -> bool:
    """A text that is one code: KZT, UN, OFAC, an ISO code, an IBAN, a number."""
    return bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 ._/-]{0,33}", text))


def oversize(tour: dict[str, Any], width: int, height: int) -> list[dict[str, Any]]:
    """The screens (window or dialog) larger than ``width`` × ``height``."""
    return [s for s in tour.get("screens", []) if s["width"] > width or s["height"] > height]
