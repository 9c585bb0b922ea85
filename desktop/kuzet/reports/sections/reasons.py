"""An alert's reason in the pack's language.

The detectors store each reason as a sentence (``Alert.reason``), written when the alert
was raised. The pack reads it back against the English sentence of its rule
(``text_reasons.py``, the detectors' own words), takes the values out (amounts, dates,
names, list references stay as they are; fixed words such as "Deposit" or "missing
originator's name" are translated), and writes the sentence of the pack's language. A
reason that does not read back (written in another language, or by an older version) is
printed as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from kuzet.reports.labels import EN, t

PREFIX = "reason."
LIST_SEPARATOR = "; "

# What fills each placeholder of a sentence: a fixed word ("word:<group>"), one of a group
# of sentences ("one:<group>"), an optional one ("optional:<group>"), a "; " list of them
# ("list:<group>"), a ", " list of words ("words:<group>"), or a rule-pack label ("label").
# A placeholder not named here is a value, printed as stored.
SLOTS: dict[str, dict[str, str]] = {
    "large_transaction": {"what": "word:what"},
    "structuring": {"what_lower": "word:what_lower"},
    "threshold": {"what": "word:what", "kind": "label", "why": "optional:why"},
    "high_risk_jurisdiction": {"causes": "list:cause"},
    "retail_cap": {"counted": "word:counted", "test": "one:test"},
    "listed_wallet": {"what": "word:what", "found": "list:found"},
    "travel_rule": {"missing": "one:missing"},
    "unvetted_provider": {"why": "one:vet"},
    "why.anonymous": {"who": "word:who"},
    "cause.customer": {"person_field": "word:person_field"},
    "found.wallet": {"wallet_field": "word:wallet_field"},
    "missing.fields": {"fields": "words:field"},
}

Phrase = Callable[[str], str]


def _group(name: str) -> list[str]:
    """The keys (without the prefix) of a group of sentences or words."""
    start = f"{PREFIX}{name}."
    return [key[len(PREFIX) :] for key in EN if key.startswith(start)]


@cache
def _pattern(key: str) -> re.Pattern[str]:
    slots = SLOTS.get(key, {})
    parts = re.split(r"\{(\w+)\}", EN[PREFIX + key])
    regex = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            regex.append(re.escape(part))
            continue
        kind = slots.get(part, "")
        if kind.startswith("word:"):
            words = sorted((EN[PREFIX + w] for w in _group(kind[5:])), key=len, reverse=True)
            regex.append(f"(?P<{part}>{'|'.join(map(re.escape, words))})")
        elif kind.startswith("optional:"):  # empty, or a part that starts with "; "
            regex.append(f"(?P<{part}>(?:{re.escape(LIST_SEPARATOR)}.*)?)")
        else:
            regex.append(f"(?P<{part}>.*?)")
    return re.compile("".join(regex), re.S)


def _word(group: str, text: str, lang: str) -> str | None:
    for key in _group(group):
        if EN[PREFIX + key] == text:
            return t(PREFIX + key, lang)
    return None


def _one_of(group: str, text: str, lang: str, phrase: Phrase) -> str | None:
    for key in _group(group):
        found = _render(key, text, lang, phrase)
        if found is not None:
            return found
    return None


def _words(group: str, text: str, lang: str) -> str | None:
    """A ", " list of fixed words (a word may hold a comma itself)."""
    words = sorted(
        ((EN[PREFIX + k], t(PREFIX + k, lang)) for k in _group(group)),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
    out, rest = [], text
    while rest:
        for english, translated in words:
            if rest == english or rest.startswith(english + ", "):
                out.append(translated)
                rest = rest[len(english) + 2 :]
                break
        else:
            return None
    return ", ".join(out)


def _fill(kind: str, text: str, lang: str, phrase: Phrase) -> str | None:
    if kind.startswith("word:"):
        return _word(kind[5:], text, lang)
    if kind.startswith("one:"):
        return _one_of(kind[4:], text, lang, phrase)
    if kind.startswith("optional:"):
        return "" if not text else _one_of(kind[9:], text, lang, phrase)
    if kind.startswith("list:"):
        items = [_one_of(kind[5:], item, lang, phrase) for item in text.split(LIST_SEPARATOR)]
        return None if None in items else LIST_SEPARATOR.join(items)  # type: ignore[arg-type]
    if kind.startswith("words:"):
        return _words(kind[6:], text, lang)
    if kind == "label":
        return phrase(text)
    return text


def _render(key: str, text: str, lang: str, phrase: Phrase) -> str | None:
    match = _pattern(key).fullmatch(text)
    if match is None:
        return None
    values: dict[str, str] = {}
    for slot, value in match.groupdict().items():
        filled = _fill(SLOTS.get(key, {}).get(slot, ""), value, lang, phrase)
        if filled is None:
            return None
        values[slot] = filled
    return t(PREFIX + key, lang, **values)


def screening_reason(stored: str, lang: str) -> str:
    """A screening hit's reason in ``lang`` where the screening run wrote it (an officer's
    reason is printed as written)."""
    for key in ("hit.auto_cleared", "hit.lapsed"):
        found = reason_text(key, stored, lang)
        if found != stored:
            return found
    return stored


def reason_text(rule: str, stored: str, lang: str, phrase: Phrase | None = None) -> str:
    """The reason of an alert of ``rule`` in ``lang`` (``stored`` where it does not read
    back). ``phrase`` translates a rule-pack label (a threshold report's kind)."""
    if lang == "en" or not stored or PREFIX + rule not in EN:
        return stored
    found = _render(rule, stored, lang, phrase or (lambda text: text))
    return stored if found is None else found
