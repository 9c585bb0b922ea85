"""The generic column-mapping dialog (used by the customer import, reusable by others)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kuzet.ui.dialogs.column_mapping import (
    ColumnMappingDialog,
    guess_mapping,
    mapping_toml,
    needs_mapping,
)

FIELDS = ("kind", "name", "iin_bin", "birth_date", "pep")


def test_guessing_and_when_a_mapping_is_needed() -> None:
    headers = ["Kind", "NAME", "IIN BIN", "Дата рождения", "Notes"]
    assert guess_mapping(headers, FIELDS, {"birth_date": "Дата рождения"}) == {
        "kind": "Kind",
        "name": "NAME",
        "iin_bin": "IIN BIN",
        "birth_date": "Дата рождения",
    }
    assert needs_mapping(headers, ("kind", "name", "iin_bin"))
    assert not needs_mapping(["kind", " Name ", "iin_bin"], ("kind", "name", "iin_bin"))


def test_the_dialog_refuses_missing_and_doubled_columns_then_returns_the_mapping(
    qtbot, tmp_path: Path
) -> None:
    headers = ["Тип", "ФИО", "ИИН", "Примечание"]
    dialog = ColumnMappingDialog(headers, FIELDS, ("kind", "name", "iin_bin"), file_name="a.csv")
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.mapping() == {}
    dialog.accept()
    assert dialog.isVisible() and "Choose the column for kind" in dialog.error.text()
    dialog.boxes["kind"].setCurrentIndex(dialog.boxes["kind"].findData("Тип"))
    dialog.boxes["name"].setCurrentIndex(dialog.boxes["name"].findData("ФИО"))
    dialog.boxes["iin_bin"].setCurrentIndex(dialog.boxes["iin_bin"].findData("ФИО"))
    dialog.accept()
    assert dialog.isVisible() and "ФИО is chosen for both name and iin_bin" in dialog.error.text()
    dialog.boxes["iin_bin"].setCurrentIndex(dialog.boxes["iin_bin"].findData("ИИН"))
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.mapping() == {"kind": "Тип", "name": "ФИО", "iin_bin": "ИИН"}
    saved = tmp_path / "map.toml"
    dialog.save_to(saved)
    assert tomllib.loads(saved.read_text(encoding="utf-8"))["columns"] == dialog.mapping()
    assert 'x = "a \\"b\\""' in mapping_toml({"x": 'a "b"'})
