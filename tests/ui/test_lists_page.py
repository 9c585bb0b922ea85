"""The Watchlists page: import in the background (then everyone is re-screened), a refused
hostile file, versions with their hash, entries searchable in any script, withdrawing."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from kuzet.regime.ids import make_iin
from kuzet.ui import notify

ROWS = [
    ("KZ-001", "Қасымов Нұрлан Әбілұлы", "", "1971-05-14", "person"),
    ("KZ-002", "Жақыпова Гүлжан Серікқызы", "", "1968-02-01", "person"),
    ("KZ-030", "ТОО Степь Крипто Эксчейндж", "Steppe Crypto Exchange LLP", "", "organization"),
]


def write_list(path: Path, rows=ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "name", "aliases", "dob", "kind"])
        writer.writerows(rows)
    return path


def column(model, index: int) -> list[str]:
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def add_customer(window, name: str, born: dt.date) -> int:
    data = {
        "kind": "individual",
        "name": name,
        "birth_date": born,
        "sex": "male",
        "citizenship": "KZ",
        "residence": "KZ",
        "iin_bin": make_iin(born, "male", 7),
    }
    return window.desk.customers.save_customer(data).id


def test_import_a_list_then_everyone_is_rescreened(window, qtbot, tmp_path):
    add_customer(window, "Касымов Нурлан", dt.date(1971, 5, 14))
    notify.last_message.clear()
    page = window.show_page("lists")
    assert page.versions.rowCount() == 0
    task = page.start_import("csv", [write_list(tmp_path / "peps.csv")], "Domestic PEPs")
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert [r.summary() for r in task.result] == [
        "Domestic PEPs: version #1, 3 entries (3 added, 0 changed, 0 removed)"
    ]
    qtbot.waitUntil(lambda: notify.last_message.get("title") == "Import", timeout=20000)
    assert "1 new hit to review" in notify.last_message["text"]
    assert column(page.versions, 0) == ["Domestic PEPs"]
    assert column(page.versions, 1) == ["in force"]
    assert len(column(page.versions, 9)[0]) == 64
    assert page.entries.rowCount() == 3
    page.entry_search.setText("kasymov")
    qtbot.waitUntil(lambda: column(page.entries, 0) == ["KZ-001"], timeout=3000)
    page.entry_search.setText("Қасымов")
    qtbot.waitUntil(lambda: column(page.entries, 0) == ["KZ-001"], timeout=3000)
    page.entry_search.setText("степь")
    qtbot.waitUntil(lambda: column(page.entries, 0) == ["KZ-030"], timeout=3000)
    screening_page = window.show_page("screening")
    assert screening_page.model.rowCount() == 1


def test_a_hostile_file_is_refused_and_nothing_changes(window, qtbot, tmp_path):
    page = window.show_page("lists")
    hostile = tmp_path / "un.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "&#38;a;&#38;a;">]>'
        "<CONSOLIDATED_LIST>&a;</CONSOLIDATED_LIST>",
        encoding="utf-8",
    )
    task = page.start_import("un-xml", [hostile])
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert notify.last_message["title"] == "Import refused"
    assert notify.last_message["text"] == (
        "Nothing was imported: 1 problem. Correct the file and import it again."
    )
    assert "un.xml: refused: the file declares a DTD" in notify.last_message["details"]
    page.refresh()
    assert page.versions.rowCount() == 0


def test_a_new_edition_replaces_the_version_and_a_list_can_be_withdrawn(window, qtbot, tmp_path):
    page = window.show_page("lists")
    first = page.start_import("csv", [write_list(tmp_path / "a.csv")], "Own list")
    qtbot.waitUntil(lambda: first.done, timeout=20000)
    qtbot.waitUntil(lambda: page.task is not first and page.task.done, timeout=20000)
    second = page.start_import("csv", [write_list(tmp_path / "b.csv", ROWS[:2])], "Own list")
    qtbot.waitUntil(lambda: second.done, timeout=20000)
    assert second.result[0].removed == 1
    qtbot.waitUntil(lambda: page.task is not second and page.task.done, timeout=20000)
    assert column(page.versions, 4) == ["2"]
    page.state.setCurrentIndex(page.state.findData(""))
    assert column(page.versions, 1) == ["in force", "replaced"]
    page.select_id(int(page.versions.id_at(0)))
    assert page.withdraw_selected(reason="Replaced by the AFM list") is True
    qtbot.waitUntil(lambda: page.task.done, timeout=20000)
    assert "Own list is no longer screened against" in notify.last_message["text"]
    assert column(page.versions, 1) == ["withdrawn", "replaced"]
    page.state.setCurrentIndex(page.state.findData("active"))
    assert page.versions.rowCount() == 0


def test_the_import_dialog_asks_for_files_and_names_only_own_lists(window, qtbot, tmp_path):
    notify.last_message.clear()
    page = window.show_page("lists")
    dialog = page.import_dialog()
    qtbot.waitExposed(dialog)
    dialog.set_format("un-xml")
    assert not dialog.name.isEnabled()
    dialog.save()
    assert dialog.isVisible() and "Choose the list file" in dialog.errors["files"].text()
    dialog.set_format("csv")
    assert dialog.name.isEnabled()
    assert "ref,name,aliases,dob,kind" in dialog.file_hint.text()
    dialog.set_paths([write_list(tmp_path / "a.csv"), write_list(tmp_path / "b.csv")])
    dialog.name.setText("Domestic PEPs")
    dialog.save()
    assert "one list at a time" in dialog.errors["name"].text()
    dialog.set_paths([tmp_path / "a.csv"])
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.task is not None and page.task.done, timeout=20000)
    qtbot.waitUntil(lambda: notify.last_message.get("title") == "Import", timeout=20000)
    assert "Domestic PEPs: version #1, 3 entries" in notify.last_message["text"]
