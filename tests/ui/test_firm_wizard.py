"""The first-run wizard and the Firm & MLRO page: set the firm up, see what applies and the
MLRO gaps, close a gap by appointing a deputy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from kuzet.regime.ids import make_bin
from kuzet.registers.programme import firm, mlro


def tick(form, *keys: str) -> None:
    for row in range(form.activities.count()):
        item = form.activities.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in keys:
            item.setCheckState(Qt.CheckState.Checked)


def test_the_wizard_sets_up_the_firm_and_its_mlro(window, qtbot, store) -> None:
    wizard = window.run_action("wizard")
    qtbot.waitExposed(wizard)
    assert str(store.path) in wizard.currentPage().findChildren(type(wizard.summary))[0].text()
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    form = wizard.profile_form
    form.legal_name.setText("ТОО «Қазақ Крипто Биржа»")
    form.bin.setText("123456789012")
    wizard.next()  # refused: no valid BIN, no activity
    assert wizard.currentPage() is wizard.profile_page
    assert form.errors["bin"].text().startswith("Not a valid BIN")
    assert form.errors["activities"].text() == "Tick at least one activity."
    form.bin.setText(make_bin(2021, 7, "4", "0", 2718))
    assert "resident legal entity" in form.bin_info.text()
    tick(form, "exchange", "custody")
    wizard.next()
    assert wizard.currentPage() is wizard.mlro_page
    wizard.mlro_fields.name.setText("Айгүл Нұрланова")
    wizard.mlro_fields.position.setCurrentIndex(wizard.mlro_fields.position.findData("director"))
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary.text()
    assert "Deputy MLRO: <b>required</b>" in summary and "[V]" in summary
    assert "No mining activity" in summary
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    with store.reading() as session:
        profile = firm.profile(session)
        people = mlro.appointments(session)
    assert profile.legal_name == "ТОО «Қазақ Крипто Биржа»"
    assert firm.activity_keys(profile) == ["exchange", "custody"]
    assert [(a.role, a.person, a.position) for a in people] == [
        ("mlro", "Айгүл Нұрланова", "director")
    ]
    assert window.windowTitle() == "Kuzet — ТОО «Қазақ Крипто Биржа»"
    # The Firm & MLRO page shows the remaining gap; appointing a deputy closes it.
    page = window.show_page("firm")
    assert page.gaps.isVisible()
    assert page.gaps.text() == "⚠ No deputy MLRO is appointed; the firm's rules require one."
    dialog = page.appointments.new_record()
    qtbot.waitExposed(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("deputy"))
    dialog.person.setText("Мария Иванова")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not page.gaps.isVisible()
    assert page.appointments.model.rowCount() == 2
    dashboard = window.show_page("dashboard")
    kinds = [
        dashboard.model.data(dashboard.model.index(r, 3)) for r in range(dashboard.model.rowCount())
    ]
    assert "MLRO gap" not in kinds


def test_editing_the_profile_shows_messages_and_keeps_one_profile(window, qtbot, store) -> None:
    window.desk.programme.save_firm_profile(
        {
            "legal_name": "ТОО «Тест»",
            "bin": make_bin(2021, 7, "4", "0", 2718),
            "jurisdiction": "aifc",
            "activities": ["exchange"],
        }
    )
    page = window.show_page("firm")
    applies = [
        page.applies_model.data(page.applies_model.index(r, 0))
        for r in range(page.applies_model.rowCount())
    ]
    assert applies[:2] == ["MLRO", "Deputy MLRO"]
    dialog = page.edit_profile()
    qtbot.waitExposed(dialog)
    dialog.profile_form.legal_name.setText("")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible() and dialog.profile_form.errors["legal_name"].isVisible()
    dialog.profile_form.legal_name.setText("ТОО «Тест Майнинг»")
    dialog.profile_form.jurisdiction.setCurrentIndex(
        dialog.profile_form.jurisdiction.findData("national")
    )
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    values = {
        page.applies_model.data(page.applies_model.index(r, 0)): page.applies_model.data(
            page.applies_model.index(r, 1)
        )
        for r in range(page.applies_model.rowCount())
    }
    assert values["Deputy MLRO"] == "not required"
    assert values["Record retention"] == "5 years"
    assert page.gaps.text() == "⚠ No MLRO is appointed."
