"""The firm profile's FIU registration number: "not entered" in red under the empty field
(the STR draft prints the number), gone once typed; a value with no digit is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kuzet.regime.ids import make_bin


def tick(form, key: str) -> None:
    for row in range(form.activities.count()):
        item = form.activities.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)


def test_an_empty_fiu_number_is_marked_not_entered(window, qtbot) -> None:
    wizard = window.run_action("wizard")
    qtbot.waitExposed(wizard)
    form = wizard.profile_form
    assert form.fiu_missing.objectName() == "fieldError"  # red, as the form's errors
    assert not form.fiu_missing.isHidden() and "not entered" in form.fiu_missing.text()
    form.fiu_reference.setText("АФМ-СФМ-2023-04518")
    assert form.fiu_missing.isHidden()
    form.fiu_reference.setText("  ")
    assert not form.fiu_missing.isHidden()
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    form.legal_name.setText("ТОО «Тест»")
    form.bin.setText(make_bin(2021, 7, "4", "0", 2718))
    tick(form, "exchange")
    form.fiu_reference.setText("pending")
    wizard.next()  # refused: the FIU number holds no digit
    assert wizard.currentPage() is wizard.profile_page
    assert "FIU" in form.errors["fiu_reference"].text()
    form.fiu_reference.setText("АФМ-СФМ-2023-04518")
    wizard.next()
    assert wizard.currentPage() is wizard.mlro_page
