"""Where a word may split at a line end: hyphenation, hashes and identifiers.

Pack tables wrap their own text (``table_cells.wrap_text``), so the split points are found
here rather than by reportlab's ``Paragraph``:

- a word of letters (inner hyphens allowed) is hyphenated with ``pyphen``: Cyrillic words
  with the Russian (ru_RU) patterns, Latin words with the English (en_US) ones. ``pyphen``
  has no Kazakh dictionary; the Russian patterns split Kazakh words at syllables too
  (қар-жы-лан-ды-ру), since Kazakh is written in the same alphabet with a few more
  letters, which the patterns treat as letters without rules;
- a hash (32 or more hex digits) breaks only between groups of 16 characters;
- anything else (a licence number, BIN/IIN, user name, list reference, e-mail) is an
  identifier and never splits inside: the table sizes its column to the widest one.
"""

from __future__ import annotations

import functools
import re

HASH_GROUP = 16
MIN_HYPHENATED = 5  # shorter words are never split
_HASH = re.compile(r"[0-9a-fA-F]{32,}")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_EDGE = "«»\"'“”„()[]{}.,;:!?…"
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def token_kind(token: str) -> str:
    """ "hash", "word" (letters, hyphenatable) or "identifier"."""
    if _HASH.fullmatch(token):
        return "hash"
    core = token.strip(_EDGE)
    if core and _WORD.fullmatch(core):
        return "word"
    return "identifier"


@functools.cache
def _dictionary(lang: str):
    import pyphen  # imported here: only a word that must split pays for it

    return pyphen.Pyphen(lang=lang)


def hyphen_points(word: str) -> list[int]:
    """Offsets in ``word`` after which it may split (after an inner "-", or where a hyphen
    is added); empty for an identifier or a word too short to split."""
    lead = len(word) - len(word.lstrip(_EDGE))
    core = word.strip(_EDGE)
    if len(core) < MIN_HYPHENATED or not _WORD.fullmatch(core):
        return []
    dictionary = _dictionary("ru_RU" if _CYRILLIC.search(core) else "en_US")
    points: list[int] = []
    offset = 0
    for part in core.split("-"):
        points.extend(lead + offset + p for p in dictionary.positions(part))
        offset += len(part) + 1
        if offset < len(core):
            points.append(lead + offset)  # after the inner hyphen itself
    return sorted(points)


def widest_identifier(text: str, width) -> float:
    """The width of the widest token of ``text`` that must not split (identifiers, and the
    16-character groups of hashes); 0 when it has none."""
    widest = 0.0
    for token in text.split():
        kind = token_kind(token)
        if kind == "identifier":
            widest = max(widest, width(token))
        elif kind == "hash":
            widest = max(widest, width(token[:HASH_GROUP]))
    return widest
