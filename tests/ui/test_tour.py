"""``kuzet gui --tour``: every screen of the window on the demo firm, a PNG and its texts
each; no leftover English in Russian and Kazakh; no screen larger than 1366×768."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kuzet.ui.tour.leftovers import (
    ALLOWLIST_MAX,
    is_english,
    leftovers,
    load_allowlist,
    oversize,
)
from support.pack_languages import data_words

MIN_SCREENS = 90
MUST_HAVE = {
    "dialog.column-mapping",
    "page.training.tab1",  # the training page's staff panel
    "page.settings",
    *(
        f"customer.{key}"
        for key in ("profile", "pep", "owners", "risk", "edd", "documents", "reviews", "history")
    ),
}


def _tour(factory: pytest.TempPathFactory, language: str) -> tuple[int, dict, Path]:
    from kuzet.store.audit import acting_as
    from kuzet.ui.i18n_qt import reset
    from kuzet.ui.tour.runner import run_tour
    from support.demo_db import demo_template, no_os_keyring

    database = demo_template(factory)
    out = factory.mktemp(f"tour-{language}")
    lines: list[str] = []
    # the window signs an officer in at start; the tour's window is built without asking
    with no_os_keyring(), acting_as("tour"):
        code = run_tour(database, out, language, (1366, 768), say=lines.append)
    reset()
    return code, json.loads((out / "tour.json").read_text(encoding="utf-8")), out


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    return _tour(tmp_path_factory, "en")


@pytest.fixture(scope="module")
def russian(tmp_path_factory):
    return _tour(tmp_path_factory, "ru")


@pytest.fixture(scope="module")
def kazakh(tmp_path_factory):
    return _tour(tmp_path_factory, "kk")


def test_the_english_tour_captures_every_screen(english) -> None:
    code, tour, out = english
    ids = [screen["id"] for screen in tour["screens"]]
    assert len(ids) > MIN_SCREENS and len(set(ids)) == len(ids)
    assert set(ids) >= MUST_HAVE
    assert tour["failed"] == [] and code == 0
    for screen in tour["screens"]:
        assert (out / screen["png"]).stat().st_size > 1000
        assert screen["kind"] in ("page", "tab", "dialog") and screen["texts"]
    mapping = next(s for s in tour["screens"] if s["id"] == "dialog.column-mapping")
    assert "Match the columns" in mapping["texts"] and "Тип клиента" in mapping["texts"]
    staff = next(s for s in tour["screens"] if s["id"] == "page.training.tab1")
    assert "Staff" in staff["texts"]


def test_no_screen_is_larger_than_1366_by_768(english, russian, kazakh) -> None:
    for _code, tour, _out in (english, russian, kazakh):
        assert [(s["id"], s["width"], s["height"]) for s in oversize(tour, 1366, 768)] == []


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_no_leftover_english(language, russian, kazakh, tmp_path_factory) -> None:
    from support.demo_db import demo_template

    _code, tour, _out = russian if language == "ru" else kazakh
    names = data_words(demo_template(tmp_path_factory))
    assert [str(x) for x in leftovers(tour, names)] == []


def test_leftover_rules_on_small_inputs() -> None:
    tour = {
        "screens": [
            {
                "id": "s",
                "texts": ["Импорт клиентов", "Import", "KZT", "12.03.2026", "UN", "Nurlan Sadykov"],
            }
        ]
    }
    found = leftovers(tour, names={"nurlan", "sadykov"}, allowed=set())
    assert [x.text for x in found] == ["Import"]
    assert leftovers(tour, names={"nurlan", "sadykov"}, allowed={"Import"}) == []
    assert not is_english("KZ86125KZT5004100100") and not is_english("info@firm.kz")
    assert is_english("Customers") and not is_english("Клиенты (Customers: 3)")


def test_the_allow_list_is_short_and_says_why() -> None:
    entries = load_allowlist()
    assert len(entries) <= ALLOWLIST_MAX
    assert all(
        (e.get("text") or (e.get("screen") and e.get("widget"))) and e.get("reason", "").strip()
        for e in entries
    )


def test_a_widget_of_verbatim_legal_text_is_allowed_on_its_screen_only() -> None:
    licence = "Permission is hereby granted, free of charge"
    tour = {
        "screens": [
            {"id": "dialog.menu.about", "texts": [licence], "owners": {licence: "font-licence"}},
            {"id": "page.other", "texts": [licence], "owners": {licence: "font-licence"}},
            {"id": "dialog.menu.about", "texts": ["Close window"], "owners": {}},
        ]
    }
    widgets = [("dialog.menu.about", "font-licence")]
    found = leftovers(tour, allowed=set(), widgets=widgets)
    assert [str(x) for x in found] == [f"page.other: {licence}", "dialog.menu.about: Close window"]
    assert ("dialog.menu.about", "font-licence") in {
        (e.get("screen"), e.get("widget")) for e in load_allowlist()
    }


def test_the_about_dialog_names_its_licence_text(qtbot) -> None:
    from kuzet.ui.dialogs.about import AboutDialog
    from kuzet.ui.tour.texts import visible_texts

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    owners: dict[str, str] = {}
    texts = visible_texts(dialog, owners)
    licence = [t for t in texts if owners.get(t) == "font-licence"]
    assert licence and licence[0] == dialog.licence.toPlainText().splitlines()[0].strip()
