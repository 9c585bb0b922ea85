"""The AML terms of Law No. 191-IV are translated the same way everywhere (the glossary in
README.md, Languages): a source that names the term is translated with the law's word."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "translations"

spec = importlib.util.spec_from_file_location(
    "kuzet_translations_glossary", ROOT / "packaging" / "translations.py"
)
tool = importlib.util.module_from_spec(spec)
sys.modules["kuzet_translations_glossary"] = tool
spec.loader.exec_module(tool)

# (English term in the source, case-sensitive; the Russian and Kazakh words, as regexes)
GLOSSARY = [
    (r"[Bb]eneficial owner", "бенефициарн", "бенефициарлық"),
    (r"\bPEPs?\b", "ПДЛ", "ЖЛТ"),
    (r"[Ss]uspicious transaction report", "подозрительн", "күдікті"),
    (r"[Ff]inancial monitoring", "финансов", "қаржылық мониторинг"),
    (r"[Dd]ue diligence", "надлежащ", "тиісінше тексер"),
    (r"\b[Ff]reeze\b|\b[Ff]rozen\b|FROZEN", "замор", "тоқтат|бұғат"),
]
# A customer's owner is its beneficial owner, never the "responsible" person of a task.
OWNER_SOURCES = ["Beneficial owner", "Owners", "Owner of", "Select an owner first.", "Retire owner"]
NOT_FOR_OWNER = {"ru": "ответственн", "kk": "жауапты"}


@pytest.fixture(scope="module")
def current() -> dict:
    return tool.extract()


def _entries(language: str) -> dict[str, str]:
    return {s: text for s, (text, kind) in tool.read_ts(SHIPPED / f"kuzet_{language}.ts").items()}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_glossary_term_is_translated_with_the_law_s_word(language: str, current) -> None:
    entries = _entries(language)
    wrong = []
    for term, ru, kk in GLOSSARY:
        stem = ru if language == "ru" else kk
        for source in current:
            if re.search(term, source):
                text = entries.get(source, "")
                if text and not re.search(stem, text, re.IGNORECASE):
                    wrong.append((term, source, text))
    assert wrong == [], f"{len(wrong)} translation(s) off the glossary: {wrong[:8]}"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_customer_s_owner_is_never_the_responsible_person(language: str, current) -> None:
    entries = _entries(language)
    for source in OWNER_SOURCES:
        assert source in current, source
        text = entries[source].lower()
        assert NOT_FOR_OWNER[language] not in text, (source, text)
        assert "бенефициар" in text, (source, text)
