"""Transliteration of names as they are written in Kazakhstan.

One Kazakh or Russian name reaches a compliance officer in several spellings:

* Kazakh Cyrillic ``Қасымов Нұрлан Әбілұлы`` and its Russified form ``Касымов Нурлан
  Абилулы`` (``russify_kazakh``: Қ→К, Ә→А, Ғ→Г, Ң→Н, Ө→О, Ұ/Ү→У, Һ→Х, І→И);
* passport Latin ``KASSYMOV NURLAN`` (``to_passport_latin``): Kazakh/Russian passport
  practice with С doubled between vowels, Х→KH, Ж→ZH, Ц→TS, Ч→CH, Ш→SH, Щ→SHCH, Ы→Y,
  and two styles for the iotated letters: ``"kz"`` (Й→Y, Ю→YU, Я→YA) and ``"icao"``
  (Й→I, Ю→IU, Я→IA, as ICAO Doc 9303);
* the 2021 Kazakh Latin alphabet ``Qasymov Nūrlan Äbılūly`` (``to_kazakh_latin_2021``):
  Ә→Ä, Ғ→Ğ, Қ→Q, Ң→Ñ, Ө→Ö, Ұ→Ū, Ү→Ü, Ш→Ş, Ч→Ch, І→I (lower ı), И/Й→İ (lower i), Ы→Y,
  Һ/Х→H, Ж→J; letters the decree does not cover (Ц, Щ, Ю, Я, Ё) are written Ts, Şş, İu,
  İa, İo;
* the 2017 apostrophe Kazakh Latin ``Qasymov Nu'rlan A'bilu'ly`` (``to_kazakh_latin_2017``,
  decree No. 569 of 26 October 2017): Ә→a', Ғ→g', Ң→n', Ө→o', Ү→u', У→y', Ы→y, И/Й→i',
  І→i, Ш→s', Ч→c', Ж→j, Қ→q, Ұ→u, Х/Һ→h; and its 2018 revision with acute accents
  (``to_kazakh_latin_2018``, decree No. 637 of 19 February 2018): Ә→á, Ғ→ǵ, Ң→ń, Ө→ó,
  Ү→ú, У→ý, И/Й→ı, Ш→sh, Ч→ch (``fold_kazakh_latin_2017`` reads the apostrophes back);
* BGN/PCGN romanisation of Russian (``to_bgn_pcgn``): Е/Ё as ye/yë at the start of a word
  and after a vowel, Й→y, Ы→y, Ь→ʹ, Ъ→ʺ; Kazakh letters as the BGN/PCGN Kazakh table
  (ä, gh, q, ng, ö, ū, ü, h, i);
* and back to Cyrillic (``to_cyrillic``): the rough Russian spelling a clerk would give a
  Latin-script name (``Doku Khamatovich Umarov`` → ``Доку Хаматович Умаров``).

``base_latin`` is the canonical lower-case ASCII form that ``normalise.match_key`` folds
further; it is not meant for display.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_VOWELS = set("аәеёиоөуұүыіэюяaeiouy")

# Canonical lower-case ASCII for keys: one spelling per letter, folded further by match_key.
_BASE = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ї": "i", "є": "ye", "ґ": "g", "ў": "u", "ј": "j",
}  # fmt: skip

_PASSPORT = {
    **{k: v.upper() for k, v in _BASE.items()},
    "е": "E", "ё": "E", "й": "Y", "ю": "YU", "я": "YA", "ы": "Y",
}  # fmt: skip
_PASSPORT_ICAO = {**_PASSPORT, "й": "I", "ю": "IU", "я": "IA", "ъ": "IE"}

_KAZAKH_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e",
    "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
# Upper case where it is not simply str.upper(): И/Й → İ (dotted), І → I.
_KAZAKH_2021_UPPER = {"и": "İ", "й": "İ", "і": "I", "ё": "İo", "ю": "İu", "я": "İa"}

_KAZAKH_2017 = {
    **_KAZAKH_2021,
    "ә": "a'", "ғ": "g'", "ң": "n'", "ө": "o'", "ү": "u'", "у": "y'", "ұ": "u", "ы": "y",
    "и": "i'", "й": "i'", "і": "i", "ш": "s'", "ч": "c'", "щ": "s's'", "ю": "i'u",
    "я": "i'a", "ё": "i'o",
}  # fmt: skip
_KAZAKH_2018 = {
    **_KAZAKH_2021,
    "ә": "á", "ғ": "ǵ", "ң": "ń", "ө": "ó", "ү": "ú", "у": "ý", "ұ": "u", "ы": "y",
    "и": "ı", "й": "ı", "і": "i", "ш": "sh", "ч": "ch", "щ": "shsh", "ю": "ıu", "я": "ıa",
    "ё": "ıo",
}  # fmt: skip
_KAZAKH_2018_UPPER = {"и": "I", "й": "I", "і": "I", "ю": "Iu", "я": "Ia", "ё": "Io"}
# 2017 apostrophe letters read back (lower case; the apostrophe may be any of ' ’ ʼ ` ´).
_KAZAKH_2017_BACK = {
    "a": "ä", "g": "ğ", "n": "ñ", "o": "ö", "u": "ü", "y": "ū", "i": "i", "s": "ş", "c": "ç",
}  # fmt: skip
_KAZAKH_2017_RE = re.compile(r"([agnouyisc])['’ʼ`´‘]")
# Latin and Cyrillic letters that look alike (lower case): Latin → Cyrillic.
HOMOGLYPHS = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "k": "к", "m": "м",
    "t": "т", "h": "н", "b": "в", "i": "і", "j": "ј",
}  # fmt: skip
_HOMOGLYPHS_BACK = {cyr: lat for lat, cyr in HOMOGLYPHS.items()}
_LATIN_LETTER = re.compile(r"[a-z]")

_BGN = {
    **_BASE,
    "ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "ü", "і": "i",
    "ё": "ë", "ь": "ʹ", "ъ": "ʺ",
}  # fmt: skip

_RUSSIFY = {
    "қ": "к",
    "ә": "а",
    "ғ": "г",
    "ң": "н",
    "ө": "о",
    "ұ": "у",
    "ү": "у",
    "һ": "х",
    "і": "и",
}

# Latin → Russian Cyrillic, longest sequences first.
_TO_CYRILLIC = [
    ("shch", "щ"), ("sch", "щ"), ("you", "ю"), ("dzh", "дж"), ("tch", "ч"), ("zh", "ж"),
    ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"),
    ("ia", "я"), ("yo", "ё"), ("ye", "е"), ("ph", "ф"), ("th", "т"), ("gh", "г"),
    ("ck", "к"), ("ou", "у"), ("ee", "и"), ("oo", "у"), ("ae", "е"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "в"), ("x", "кс"), ("z", "з"),
]  # fmt: skip
_TO_CYRILLIC_RE = re.compile("|".join(re.escape(latin) for latin, _ in _TO_CYRILLIC))
_TO_CYRILLIC_MAP = dict(_TO_CYRILLIC)


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def base_latin(text: str) -> str:
    """Lower-case ASCII spelling of Cyrillic text for match keys (other characters kept)."""
    return "".join(_BASE.get(ch, ch) for ch in text.lower())


def to_passport_latin(text: str, *, style: str = "kz") -> str:
    """Passport Latin in capitals: ``Қасымов`` → ``KASSYMOV``; style ``"kz"`` or ``"icao"``."""
    table = _PASSPORT_ICAO if style == "icao" else _PASSPORT
    lower = text.lower()
    out: list[str] = []
    for i, ch in enumerate(lower):
        if (
            ch == "с"
            and 0 < i < len(lower) - 1
            and lower[i - 1] in _VOWELS
            and lower[i + 1] in _VOWELS
        ):
            out.append("SS")
        elif ch in table:
            out.append(table[ch])
        else:
            out.append(ch.upper())
    return "".join(out)


def to_kazakh_latin_2021(text: str) -> str:
    """The 2021 Kazakh Latin alphabet, keeping each word's capitals: ``Қасымов`` → ``Qasymov``."""

    def letter(ch: str, upper: bool) -> str:
        low = ch.lower()
        if low not in _KAZAKH_2021:
            return ch
        if upper:
            return (
                _KAZAKH_2021_UPPER.get(low) or _KAZAKH_2021[low][:1].upper() + _KAZAKH_2021[low][1:]
            )
        return _KAZAKH_2021[low]

    return _with_case(text, letter)


def to_kazakh_latin_2017(text: str) -> str:
    """The 2017 apostrophe Kazakh Latin: ``Шәкенова`` → ``S'a'kenova``."""

    def letter(ch: str, upper: bool) -> str:
        value = _KAZAKH_2017.get(ch.lower())
        if value is None:
            return ch
        return value[:1].upper() + value[1:] if upper else value

    return _with_case(text, letter)


def to_kazakh_latin_2018(text: str) -> str:
    """The 2018 acute Kazakh Latin: ``Шәкенова Әлия`` → ``Shákenova Álıa``."""

    def letter(ch: str, upper: bool) -> str:
        low = ch.lower()
        value = _KAZAKH_2018.get(low)
        if value is None:
            return ch
        if upper:
            return _KAZAKH_2018_UPPER.get(low) or value[:1].upper() + value[1:]
        return value

    return _with_case(text, letter)


def fold_kazakh_latin_2017(text: str) -> str:
    """Lower-case text with 2017 apostrophe letters as single letters (``s'`` → ``ş``,
    ``y'`` → ``ū`` for У, ``c'`` → ``ç``); other apostrophes are left in place."""
    if "'" not in text and not any(ch in text for ch in "’ʼ`´‘"):
        return text
    return _KAZAKH_2017_RE.sub(lambda m: _KAZAKH_2017_BACK[m.group(1)], text)


def fold_homoglyphs(word: str) -> str:
    """One lower-case word written in both Latin and Cyrillic letters that look alike, in
    the script most of its letters are in (a tie goes to Cyrillic): ``Иванoв`` with a Latin
    ``o`` → ``иванов``, ``Nurlаn`` with a Cyrillic ``а`` → ``nurlan``."""
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN_LETTER.findall(word))
    if not cyrillic or not latin:
        return word
    if cyrillic >= latin:
        return "".join(HOMOGLYPHS.get(ch, ch) for ch in word)
    return "".join(_HOMOGLYPHS_BACK.get(ch, ch) for ch in word)


def to_bgn_pcgn(text: str) -> str:
    """BGN/PCGN romanisation: ``Николаевич`` → ``Nikolayevich``, ``Ерлан`` → ``Yerlan``."""
    lower = text.lower()

    def letter_at(i: int, ch: str, upper: bool) -> str:
        low = ch.lower()
        if low not in _BGN:
            return ch
        value = _BGN[low]
        if low in "её" and (
            i == 0 or not lower[i - 1].isalpha() or lower[i - 1] in _VOWELS | {"й", "ъ", "ь"}
        ):
            value = "y" + value
        return value[:1].upper() + value[1:] if upper else value

    return "".join(letter_at(i, ch, ch.isupper()) for i, ch in enumerate(text))


def russify_kazakh(text: str) -> str:
    """Kazakh letters replaced by the Russian ones: ``Әбілұлы`` → ``Абилулы``."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _RUSSIFY:
            rep = _RUSSIFY[low]
            out.append(rep.upper() if ch.isupper() else rep)
        else:
            out.append(ch)
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """A rough Russian-Cyrillic spelling of a Latin-script name, word capitals kept.

    ``y`` is ``й`` after a vowel and ``ы`` elsewhere; passport ``SS`` between vowels is one
    ``с``. Meant for screening across scripts and for tests, not for official documents.
    """
    folded = fold_latin(text)

    def word(match: re.Match[str]) -> str:
        raw = match.group(0)
        low = raw.lower()
        low = re.sub(r"(?<=[aeiou])ss(?=[aeiouy])", "s", low)
        pieces: list[str] = []
        i = 0
        while i < len(low):
            if low[i] == "y" and not low.startswith(("yu", "ya", "yo", "ye"), i):
                pieces.append("й" if i > 0 and low[i - 1] in "aeiou" else "ы")
                i += 1
                continue
            m = _TO_CYRILLIC_RE.match(low, i)
            if m:
                pieces.append(_TO_CYRILLIC_MAP[m.group(0)])
                i = m.end()
            else:
                pieces.append(low[i])
                i += 1
        out = "".join(pieces)
        if raw[:1].isupper():
            out = out.upper() if raw.isupper() and len(raw) > 1 else out[:1].upper() + out[1:]
        return out

    return re.sub(r"[A-Za-z]+", word, folded)


def fold_latin(text: str) -> str:
    """Latin letters with diacritics → plain ASCII letters (ş→sh, ä→a, ı→i, ...)."""
    if text.isascii():
        return text
    # ý is the 2018 Kazakh Latin У (Kazakh names outnumber Czech ones here)
    special = {"ý": "u", "Ý": "U", "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ı": "i",
               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O",
               "ł": "l", "Ł": "L",
               "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}  # fmt: skip
    text = "".join(special.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _with_case(text: str, letter) -> str:
    return "".join(letter(ch, ch.isupper()) for ch in text)
