"""The leftover-English scan of a Russian or Kazakh pack (tests/unit/reports/
test_pack_languages.py): which English words a page prints that are not a proper name, a
code, the firm's own data, or on the allow-list (tests/data/pack_allowed_words.txt)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

ALLOWED_FILE = Path(__file__).resolve().parent.parent / "data" / "pack_allowed_words.txt"
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# a chunk (between spaces) with one of these is a code: a rule key (monitoring.rapid.*),
# an identifier (AFSA-F-2023-0117, id-scan.png), a field=value pair, an amount, a hash
CODE_MARK = re.compile(r"[0-9_.=@/\\:#*+]|[A-Z0-9]-[A-Za-z0-9]|[A-Za-z]-[A-Z0-9]|^[A-Z0-9-]{2,}$")
# a word split at a line end: "Recom- mendation" (one word) or "in- house" (in-house)
HYPHENATED = re.compile(r"([A-Za-z]+)- ([a-z]+)")
# product-written text stored in the database: not the firm's data, so not allowed as data
GENERATED = {"alert": {"reason"}, "screening_hit": {"reason", "explanation"}}
SKIPPED_TABLES = {"audit_trail", "rule_pack_version", "alembic_version", "vault_key", "setting"}


@dataclass(frozen=True)
class Leftover:
    page: int
    word: str
    context: str

    def __str__(self) -> str:
        return f"page {self.page}: {self.word!r} in …{self.context}…"


def allow_list() -> tuple[set[str], list[str]]:
    """(single words, lower case; phrases removed before the scan)."""
    words: set[str] = set()
    phrases: list[str] = []
    for line in ALLOWED_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if " " in line:
            phrases.append(line)
        else:
            words.add(line.lower())
    return words, phrases


def data_words(database: Path) -> set[str]:
    """Every Latin word the firm entered (names, addresses, notes, list entries): data
    printed as entered is not a leftover of the pack's own words."""
    found: set[str] = set()
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            if table in SKIPPED_TABLES or table.startswith("sqlite_"):
                continue
            skip = GENERATED.get(table, set())
            columns = [
                name
                for _cid, name, kind, *_rest in db.execute(f'pragma table_info("{table}")')
                if name not in skip and _is_text(kind)
            ]
            for column in columns:
                for (value,) in db.execute(f'select distinct "{column}" from "{table}"'):
                    if isinstance(value, str):
                        found.update(w.lower() for w in LATIN_WORD.findall(value))
    finally:
        db.close()
    return found


def _rejoin(match: re.Match[str], allowed: set[str]) -> str:
    left, right = match.groups()
    joined = left + right
    return joined if joined.lower() in allowed else f"{left}-{right}"


def _is_text(kind: str | None) -> bool:
    kind = (kind or "").upper()
    return not kind or "CHAR" in kind or "TEXT" in kind or "JSON" in kind


def leftovers(pages: list[str], allowed: set[str]) -> list[Leftover]:
    """The English words of ``pages`` that are neither codes nor in ``allowed``."""
    _words, phrases = allow_list()
    found: list[Leftover] = []
    for number, text in enumerate(pages, 1):
        flat = " ".join(text.split())
        flat = HYPHENATED.sub(lambda m: _rejoin(m, allowed), flat)
        for phrase in phrases:
            flat = flat.replace(phrase, " ")
        flat = re.sub(r"([A-Za-z0-9][_.]) (?=[a-z])", r"\1", flat)  # a code split after _ or .
        for match in re.finditer(r"\S+", flat):
            chunk = match.group(0)
            if not LATIN_WORD.search(chunk) or CODE_MARK.search(chunk.strip(",;()[]«»\"'")):
                continue
            for word in LATIN_WORD.findall(chunk):
                if word.lower().strip("'’") in allowed or len(word) == 1:
                    continue
                at = match.start()
                found.append(Leftover(number, word, flat[max(0, at - 40) : at + 40]))
    return found


def citation_words(rules) -> set[str]:  # rules: RuleBook
    """Words of what the rule pack cites as written (each rule's and value's source and
    note, the pack's title): quoted references to legal texts, printed in English on
    purpose (see the rules section's note). Titles, units and labels are not included."""
    found: set[str] = set()
    texts = [rules.pack.info.title] if rules.pack.info else []
    for rule in rules.pack.rules.values():
        texts.append(rule.source)
        for value in rule.values:
            texts += [value.source, value.note]
            rows = value.value if isinstance(value.value, tuple | list) else ()
            texts += [str(r.get("note", "")) for r in rows if isinstance(r, dict)]
    for text in texts:
        for variant in (text or "", (text or "").replace("-", "")):  # "re-checked" split
            found.update(w.lower() for w in LATIN_WORD.findall(variant))
    return found


def code_words(rules) -> set[str]:  # rules: RuleBook
    """The words of the rule pack's codes (rule keys, row keys, coded values such as
    ``medium`` in ``audit_finding_open=medium``): a code broken across two lines of a
    narrow cell leaves a fragment that is still a code."""
    found: set[str] = set()

    def add(value) -> None:
        if isinstance(value, str) and " " not in value:
            found.update(w.lower() for w in re.findall(r"[A-Za-z]+", value))
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                if key not in ("label", "title", "note"):
                    add(item)
        elif isinstance(value, tuple | list):
            for item in value:
                add(item)

    for key, rule in rules.pack.rules.items():
        add(key)
        for value in rule.values:
            add(value.value)
    return found


def with_fragments(words: set[str], whole: bool = True) -> set[str]:
    """``words`` (unless not ``whole``) and the pieces a narrow table cell breaks a long one
    into (a Latin name wrapped as "Nurpeis" + "ova", a rule key as "mlro_r" + "equired")."""
    pieces = set(words) if whole else set()
    for word in words:
        if len(word) >= 5:
            pieces.update(word[:cut] for cut in range(2, len(word) - 1))
            pieces.update(word[cut:] for cut in range(1, len(word) - 1))
    return pieces
