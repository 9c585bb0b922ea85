"""The labelled groups of issue #19, each built by code from the real UN and OFAC files and
our own Kazakh list (``screening_quality_set.KAZAKH_LIST_ROWS``), with a fixed seed.

Positive groups (``group_positives``), each a ``Case`` whose entry must be found:

* ``partial: given names, no surname`` - a listed person's name without the surname
  (UN/OFAC names of three words or more: the OFAC surname is the word in capitals, the UN
  one the last word; Kazakh: given name and patronymic, ``Нұрлан Әбілұлы``);
* ``partial: surname and given name`` - a Kazakh name without its patronymic, in passport
  Latin given name first (``NURLAN KASSYMOV``), and UN/OFAC surname and first word;
* ``initials`` - surname and initials: ``Атабиев И. С.`` (Cyrillic) and ``I. S. Atabiev``;
* ``OFAC long names, 1-2 typos`` - OFAC names of 16 letters or more with one or two
  typing errors (transposition, doubled, dropped, substituted letter; never the first);
* ``2017 Kazakh Latin`` and ``2018 Kazakh Latin`` - the Kazakh list in the apostrophe and
  the acute alphabets;
* ``mixed-script homoglyphs`` - a Cyrillic name with a few letters typed as the Latin
  look-alikes, and a Latin one with a few Cyrillic look-alikes;
* ``run together / split`` - two words of a name run together, or a long word split.

Negative groups (``group_negatives``): ``common names`` (``screening_quality_set.negatives``)
and ``same surname, other person``: a listed person's surname with a common given name
that no listed name pairs with it.
"""

from __future__ import annotations

import random
import re

from kuzet.screening import sample_names as sn
from kuzet.screening.entries import ParsedList
from kuzet.screening.normalise import match_key, tokens
from kuzet.screening.translit import (
    HOMOGLYPHS,
    has_cyrillic,
    to_cyrillic,
    to_kazakh_latin_2017,
    to_kazakh_latin_2018,
    to_passport_latin,
)
from support.screening_quality_set import KAZAKH_LIST_ROWS, Case, _usable

GROUPS = (
    "partial: given names, no surname",
    "partial: surname and given name",
    "initials",
    "OFAC long names, 1-2 typos",
    "2017 Kazakh Latin",
    "2018 Kazakh Latin",
    "mixed-script homoglyphs",
    "run together / split",
)
NEGATIVE_GROUPS = ("common names", "same surname, other person")
_CYRILLIC_LOOKALIKES = {cyr: lat for lat, cyr in HOMOGLYPHS.items() if lat in "aeopcxy"}
_LATIN_LOOKALIKES = {lat: cyr for lat, cyr in HOMOGLYPHS.items() if lat in "aeopcxy"}


def group_positives(
    un: ParsedList, ofac: ParsedList, kazakh_source: str, per_list: int = 40, seed: int = 19
) -> list[Case]:
    """The positive cases of every group, in a fixed order for a fixed seed."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for parsed in (un, ofac):
        pool = [e for e in parsed.entries if e.kind == "person" and _usable(e.primary_name)]
        for entry in rng.sample(pool, min(per_list, len(pool))):
            add = lambda q, g, e=entry, s=parsed.source: cases.append(Case(q, s, e.ref, g))  # noqa: E731
            words = entry.primary_name.split()
            surname, given = _split_surname(words, parsed.source)
            if len(given) >= 2:
                add(" ".join(given), GROUPS[0])
            if len(given) >= 2 and surname:
                add(f"{' '.join(surname)} {given[0]}", GROUPS[1])
            if len(given) >= 2 and surname and all(len(w) > 2 for w in given[:2]):
                initials = " ".join(f"{w[0].upper()}." for w in given[:2])
                add(f"{initials} {' '.join(surname)}", GROUPS[2])
                add(to_cyrillic(f"{' '.join(surname)} {initials}"), GROUPS[2])
            add(_homoglyphs(entry.primary_name, _LATIN_LOOKALIKES, rng), GROUPS[6])
            together = _run_together_or_split(words, rng)
            if together:
                add(together, GROUPS[7])
    long_names = [
        e
        for e in ofac.entries
        if _usable(e.primary_name) and sum(c.isalpha() for c in e.primary_name) >= 16
    ]
    for entry in rng.sample(long_names, min(60, len(long_names))):
        typos = 1 + (rng.random() < 0.5)
        query = entry.primary_name
        for _ in range(typos):
            query = _typo(query, rng)
        cases.append(Case(query, ofac.source, entry.ref, GROUPS[3]))
    for ref, name, _aliases, _dob, kind in KAZAKH_LIST_ROWS:
        if kind != "person":
            continue
        add = lambda q, g, r=ref: cases.append(Case(q, kazakh_source, r, g))  # noqa: E731
        surname, given, *rest = name.split()
        if rest:
            add(f"{given} {rest[0]}", GROUPS[0])
        add(to_passport_latin(f"{given} {surname}"), GROUPS[1])
        add(f"{surname} {given[0]}. {rest[0][0]}." if rest else f"{surname} {given[0]}.", GROUPS[2])
        add(to_kazakh_latin_2017(name), GROUPS[4])
        add(to_kazakh_latin_2017(f"{surname} {given}"), GROUPS[4])
        add(to_kazakh_latin_2018(name), GROUPS[5])
        add(to_kazakh_latin_2018(f"{given} {surname}"), GROUPS[5])
        add(_homoglyphs(name, _CYRILLIC_LOOKALIKES, rng), GROUPS[6])
        add(f"{surname}{given}", GROUPS[7])
    return cases


def same_surname_negatives(lists: list[ParsedList], count: int = 200, seed: int = 23) -> list[str]:
    """A listed person's surname with a common given name no listed name pairs it with."""
    rng = random.Random(seed)
    listed_pairs: set[frozenset[str]] = set()
    surnames: list[tuple[str, str]] = []  # (surname, source)
    for parsed in lists:
        for entry in parsed.entries:
            for name in entry.names:
                keys = {t.key for t in tokens(name)}
                listed_pairs.update(frozenset((a, b)) for a in keys for b in keys if a != b)
            if entry.kind != "person" or not (
                _usable(entry.primary_name) or has_cyrillic(entry.primary_name)
            ):
                continue
            words = entry.primary_name.split()
            surname, _given = _split_surname(words, parsed.source)
            if len(surname) == 1 and len(surname[0]) >= 4:
                surnames.append((surname[0], parsed.source))
    given_names = [*sn.KAZAKH_MEN, *sn.RUSSIAN_MEN, *sn.KAZAKH_WOMEN, *sn.RUSSIAN_WOMEN]
    names: list[str] = []
    seen: set[str] = set()
    attempts = 0
    while len(names) < count and attempts < count * 50:
        attempts += 1
        surname, _source = rng.choice(surnames)
        given = rng.choice(given_names)
        if frozenset((match_key(given), match_key(surname))) in listed_pairs:
            continue
        if has_cyrillic(surname):
            name = f"{surname} {given}"
        elif rng.random() < 0.5:
            name = f"{surname.upper()} {to_passport_latin(given)}"
        else:
            name = f"{to_cyrillic(surname.title())} {given}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _split_surname(words: list[str], source: str) -> tuple[list[str], list[str]]:
    """(surname words, other words): OFAC writes the surname in capitals, UN and our own
    list put it last and first."""
    if source.startswith("OFAC"):
        caps = [w for w in words if w.isupper() and len(w) > 1]
        if caps and len(caps) < len(words):
            return caps, [w for w in words if w not in caps]
        return [], words
    if source == "UN":
        return words[-1:], words[:-1]
    return words[:1], words[1:]


def _homoglyphs(name: str, table: dict[str, str], rng: random.Random) -> str:
    """Two or three letters typed in the other script's look-alike (in the minority)."""
    positions = [i for i, ch in enumerate(name) if ch.lower() in table]
    if not positions:
        return name
    chosen = set(rng.sample(positions, min(len(positions), rng.choice((2, 3)))))
    out = []
    for i, ch in enumerate(name):
        if i in chosen:
            other = table[ch.lower()]
            out.append(other.upper() if ch.isupper() else other)
        else:
            out.append(ch)
    return "".join(out)


def _run_together_or_split(words: list[str], rng: random.Random) -> str | None:
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    if rng.random() < 0.5 and len(words[longest]) >= 8:
        word = words[longest]
        cut = len(word) // 2
        return " ".join([*words[:longest], word[:cut], word[cut:], *words[longest + 1 :]])
    if len(words) >= 2:
        i = rng.randrange(len(words) - 1)
        joined = words[i] + words[i + 1].lower()
        return " ".join([*words[:i], joined, *words[i + 2 :]])
    return None


def _typo(name: str, rng: random.Random) -> str:
    """One typing error in a word of five letters or more, never its first letter."""
    spans = [m.span() for m in re.finditer(r"[A-Za-z]{5,}", name)]
    start, end = rng.choice(spans)
    word = name[start:end]
    kind = rng.choice(("transposition", "doubled", "dropped", "substituted"))
    p = rng.randrange(1, len(word) - 1)
    if kind == "transposition":
        word = word[:p] + word[p + 1] + word[p] + word[p + 2 :]
    elif kind == "doubled":
        word = word[: p + 1] + word[p] + word[p + 1 :]
    elif kind == "dropped":
        word = word[:p] + word[p + 1 :]
    else:
        letters = [c for c in "aeioubdgklmnrst" if c != word[p].lower()]
        letter = rng.choice(letters)
        word = word[:p] + (letter.upper() if word[p].isupper() else letter) + word[p + 1 :]
    return name[:start] + word + name[end:]
