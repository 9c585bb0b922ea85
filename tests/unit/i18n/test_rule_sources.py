"""The rule pack's sources, the trail's action words, a word's sense and the Russian plural
forms: each is shown in the officer's language."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

from kuzet import i18n
from kuzet.registers.system.rules import value_text
from kuzet.registers.system.trail_labels import ACTION_LABELS, action_label
from kuzet.store.verify import KNOWN_ACTIONS

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "translations"


def _tool():
    spec = importlib.util.spec_from_file_location(
        "kuzet_translations_sources", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["kuzet_translations_sources"] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _sources() -> set[str]:
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "source" and isinstance(item, str):
                    found.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (ROOT / "resources" / "rules").glob("*.toml"):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_rule_source_is_translated(language) -> None:
    sources = _sources()
    assert len(sources) > 70
    shipped = tool.read_ts(SHIPPED / f"kuzet_{language}.ts")
    missing = [s for s in sorted(sources) if s not in shipped or not shipped[s][0]]
    assert missing == []
    untranslated = [s for s in sources if shipped[s][0] == s or shipped[s][1] == "unfinished"]
    assert untranslated == []
    assert all(any("\u0400" <= c <= "\u04ff" for c in shipped[s][0]) for s in sources)


def test_the_extraction_takes_the_sources_and_choice_labels() -> None:
    text = (
        '["a.b"]\ntitle = "T"\nsource = "Law X"\n'
        'values = [{ from = 2020-01-01, value = [{ key = "k", label = "L" }], source = "S2" }]\n'
    )
    assert {t for t, _line in tool.rule_pack_labels(text)} == {"T", "Law X", "L", "S2"}


def test_a_table_of_choices_shows_its_labels_and_keeps_the_keys_for_the_tooltip() -> None:
    rows = ({"key": "otc", "label": "OTC block trades", "points": 25}, {"key": "x", "label": "X"})
    shown, detail = value_text(rows)
    assert shown == "OTC block trades: 25; X"
    assert detail == "key=otc, label=OTC block trades, points=25; key=x, label=X"
    assert value_text(({"a": 1},)) == ("a=1", "")
    assert value_text(75) == ("75", "")


def test_every_trail_action_has_a_word() -> None:
    assert set(KNOWN_ACTIONS) <= set(ACTION_LABELS)
    assert action_label("update") == "Edited" and action_label("new_thing") == "New thing"


def test_a_sense_in_brackets_is_dropped_when_nothing_translates_it() -> None:
    try:
        assert i18n.tr("[person] Name") == "Name"
        assert i18n.tr("[x1] Name") == "[x1] Name" and i18n.tr("[Sic] A") == "[Sic] A"
        i18n.install(lambda text: {"[person] Name": "Аты-жөні"}.get(text, text), "kk")
        assert i18n.tr("[person] Name") == "Аты-жөні"
    finally:
        i18n.install(lambda text: text, "en")


def test_russian_plurals_give_three_forms_where_a_count_is_shown() -> None:
    shipped = tool.read_ts(SHIPPED / "kuzet_ru.ts")
    plural_sources = [
        s for s, (_t, kind) in shipped.items() if kind != "obsolete" and "|" in s and "{" in s
    ]
    assert plural_sources
    assert [s for s in plural_sources if shipped[s][0].count("|") != 2] == []
    forms = shipped["{count} new hit|{count} new hits"][0]
    assert [i18n.plural(n, forms, "ru").format(count=n) for n in (1, 3, 5, 21)] == [
        "1 новое совпадение",
        "3 новых совпадения",
        "5 новых совпадений",
        "21 новое совпадение",
    ]
    kk = tool.read_ts(SHIPPED / "kuzet_kk.ts")
    assert kk["[person] Name"][0] == "Аты-жөні" and shipped["[person] Name"][0] == "ФИО"
