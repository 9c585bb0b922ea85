"""Names into tokens, and tokens into match keys, so that every spelling meets every other.

Tokens. A name is NFKC-normalised, case-folded, stripped of apostrophes, and split at
anything that is not a letter or digit (hyphens included: ``Lom-ali`` is two tokens).
A detached Kazakh/Turkic patronymic suffix is glued back (``Әбіл ұлы`` = ``Әбілұлы``).
Each token has a role: ``legal`` (a legal-form word such as LLP, ТОО, JSC; only in names
of organisations; low weight), ``particle`` (al, bin, ibn, de, van, ...; low weight),
``patronymic`` (-ovich, -ovna, -uly, -kyzy, ...; may be missing without penalty),
``initial`` (one letter: ``Атабиев И. С.``, ``I. S. Atabiev``) or ``name``.

Match key design. The key is a deliberately lossy spelling in plain ASCII that the
spellings of one name share:

1. Cyrillic (Kazakh or Russian) becomes a canonical Latin, one spelling per letter
   (``translit.base_latin``: Қ→k, Ғ→g, Ә→a, Ө→o, Ұ/Ү→u, Ң→n, І→i, Х→kh, Ж→zh, Ы→y, ...);
   Latin with diacritics is folded (2021 Latin Ä→a, Ğ→g, Ñ→n, Ş→sh, Ū/Ü→u, ı/İ→i; 2018
   Latin á→a, ǵ→g, ń→n, ó→o, ú→u, ý→u (У); 2017 Latin s'→sh, c'→ch, y'→u, a'→a, ...).
   A word typed in both Latin and Cyrillic letters that look alike (``Иванoв`` with a Latin
   ``o``) is first read in the script most of its letters are in.
2. Sound-alike spellings collapse: shch/sch→sh, tch→ch, dzh/dj/zh→j, kh→h, gh→g,
   ng→n (Ң: Zhangabek/Jañabek/ZHANABEK), ph→f, ck/q/c(not before h)→k, x→ks, w→v,
   consonant+yo→e (Pyotr/Пётр), y→i, ou→u; the ``i`` of an iotated e is dropped at the
   start of a word and after a vowel (Yerlan/Erlan, Nikolayevich/Nikolaevich,
   Andreyev/Андреев); then doubled letters collapse (KASSYMOV→kasimov, Андреев→andrev,
   Evgenii→evgeni).
3. Endings are kept (Umarov ≠ Umarova in the key; the matcher's fuzzy step joins them).

So Қасымов, Касымов, KASSYMOV, Qasymov and Kasymov all have the key ``kasimov``;
Хаматович, KHAMATOVICH and Hamatovich have ``hamatovich``. Tokens in other scripts
(Arabic, Chinese) keep their own lower-case text as key and meet only that text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kuzet.screening.translit import (
    base_latin,
    fold_homoglyphs,
    fold_kazakh_latin_2017,
    fold_latin,
    has_cyrillic,
)

# Mirrors "screening.legal_forms" in resources/rules/screening.toml (a test keeps them equal);
# the rule pack's list is what the application passes in.
DEFAULT_LEGAL_FORMS: tuple[str, ...] = (
    "LLP", "LLC", "LTD", "LIMITED", "INC", "INCORPORATED", "CO", "COMPANY", "CORP",
    "CORPORATION", "JSC", "PJSC", "OJSC", "CJSC", "PLC", "GMBH", "AG", "KG", "SA", "SAS",
    "SARL", "SRL", "SPA", "BV", "NV", "AB", "OY", "PTE", "PVT", "FZE", "FZCO", "FZC", "DMCC",
    "LP", "TOO", "ТОО", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "АҚ", "ЖШС", "ИП", "ЖК", "ЧП",
    "ОДО", "УП", "ГУП", "ФГУП", "НАО", "КГП", "РГП", "ГКП", "HOLDING", "HOLDINGS", "GROUP",
    "ТОВАРИЩЕСТВО", "ОГРАНИЧЕННОЙ", "ОТВЕТСТВЕННОСТЬЮ", "АКЦИОНЕРНОЕ", "ОБЩЕСТВО",
    "ЖАУАПКЕРШІЛІГІ", "ШЕКТЕУЛІ", "СЕРІКТЕСТІГІ", "АКЦИОНЕРЛІК", "ҚОҒАМЫ",
)  # fmt: skip

PARTICLES = frozenset(
    ["al", "el", "ul", "bin", "ibn", "bint", "binti", "ben", "de", "da", "del", "della", "di",
     "dos", "das", "du", "la", "le", "van", "von", "der", "den", "ter"]
)  # fmt: skip
# Spellings of one particle share a key: бен/ben/ibn/bin, el/al/ul.
_PARTICLE_KEYS = {"ben": "bin", "ibn": "bin", "bint": "bin", "binti": "bin", "el": "al", "ul": "al"}
PATRONYMIC_ENDINGS = (
    "ovich", "evich", "ovna", "evna", "ichna", "uli", "ulu", "kizi", "ogli", "ugli"
)  # fmt: skip
_INITIAL_DIGRAPHS = frozenset(["дж", "кх"])
_DETACHED_SUFFIXES = frozenset(["uli", "ulu", "kizi", "ogli", "ugli"])

ROLE_NAME, ROLE_LEGAL, ROLE_PARTICLE, ROLE_PATRONYMIC = "name", "legal", "particle", "patronymic"
ROLE_INITIAL = "initial"

_APOSTROPHES = re.compile(r"['’‘ʼʹʺ`´\"]")
_SPLIT = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\(([^()]*)\)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLDS = [
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"(?:sh)+"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"dzh|dj|zh"), "j"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"ng"), "n"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?!h)"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[bdfgjklmnprstvz])yo"), "e"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"^ie|(?<=[aeiou])ie"), "e"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@dataclass(frozen=True)
class NameToken:
    """One word of a name: ``text`` as written (lower case), its ``key`` and ``role``."""

    text: str
    key: str
    role: str


@lru_cache(maxsize=200_000)
def match_key(word: str) -> str:
    """The match key of one word (see the module docstring)."""
    word = fold_homoglyphs(word.lower())
    if has_cyrillic(word):
        word = base_latin(word)
    word = fold_latin(word)
    if _NON_ASCII.search(word):
        return word
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


def clean(name: str, *, read_2017: bool = False) -> str:
    """NFKC, case-folded, apostrophes removed, stray combining marks dropped; with
    ``read_2017`` the 2017 Kazakh apostrophe letters are read first (``s'`` → ``ş``), one
    letter for one, so the words keep their places and lengths."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if read_2017:
        text = fold_kazakh_latin_2017(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return _APOSTROPHES.sub("", text)


def legal_form_keys(words: Iterable[str]) -> frozenset[str]:
    """The match keys of legal-form words, as ``tokens`` compares them."""
    return frozenset(match_key(w) for word in words for w in _SPLIT.split(clean(word)) if w)


DEFAULT_LEGAL_FORM_KEYS = legal_form_keys(DEFAULT_LEGAL_FORMS)


def tokens(name: str, legal_forms: frozenset[str] = frozenset()) -> tuple[NameToken, ...]:
    """The tokens of ``name``; ``legal_forms`` are keys (``legal_form_keys``) to mark low-weight.

    Pass no legal forms for names of people: ``Ko``, ``Sa`` and ``Ao`` are names too.
    """
    words = [w for w in _SPLIT.split(clean(name)) if w]
    read = words
    if _APOSTROPHES.search(name):
        read = [w for w in _SPLIT.split(clean(name, read_2017=True)) if w]
        if len(read) != len(words):  # cannot happen (one letter for one); stay safe
            read = words
    merged: list[tuple[str, str, str]] = []  # (word as written, as read, key)
    for word, as_read in zip(words, read, strict=True):
        key = match_key(as_read)
        if key in _DETACHED_SUFFIXES and merged:
            previous_word, previous_read, _previous_key = merged[-1]
            joined = previous_read + as_read
            merged[-1] = (previous_word + word, joined, match_key(joined))
        else:
            merged.append((word, as_read, key))
    return tuple(
        NameToken(
            word,
            _PARTICLE_KEYS.get(key, key),
            ROLE_INITIAL if _is_initial(word) else _role(key, legal_forms),
        )
        for word, _read, key in merged
    )


def _is_initial(word: str) -> bool:
    """One letter, or a Cyrillic digraph standing for one Latin letter (Дж. for J.)."""
    return (len(word) == 1 and word.isalpha()) or word in _INITIAL_DIGRAPHS


def name_variants(name: str) -> list[str]:
    """The name as spellings to index: ``Lom-ali Butayev (Butaev)`` gives ``Lom-ali Butayev``
    and ``Lom-ali Butaev``; a bracket of several words is also a name of its own."""
    if "(" not in name:
        return [name]
    variants = [" ".join(_PARENS.sub(" ", name).split())]
    for match in _PARENS.finditer(name):
        inner = " ".join(match.group(1).split())
        if not inner:
            continue
        before = name[: match.start()].split()
        after = name[match.end() :]
        if len(inner.split()) == 1 and before and _alike(before[-1], inner):
            swapped = " ".join([*before[:-1], inner]) + " " + _PARENS.sub(" ", after)
            variants.append(" ".join(swapped.split()))
        if len(inner.split()) > 1:
            variants.append(inner)
    return list(dict.fromkeys(v for v in variants if v))


def _alike(word: str, other: str) -> bool:
    """Two spellings of one word (``Butayev``/``Butaev``), not a word and an acronym."""
    a, b = match_key(word), match_key(other)
    return a[:1] == b[:1] and fuzz.ratio(a, b) >= 70


def _role(key: str, legal_forms: frozenset[str]) -> str:
    if key in legal_forms:
        return ROLE_LEGAL
    if key in PARTICLES:
        return ROLE_PARTICLE
    if len(key) > 5 and key.endswith(PATRONYMIC_ENDINGS):
        return ROLE_PATRONYMIC
    return ROLE_NAME
