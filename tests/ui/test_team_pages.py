"""The Team and Approvals pages and signing in (issue #18): a request approved by a second
officer in the window, the auditor offered no write button, officers added on the Team
page, the sign-in dialog, and the demo firm signing its MLRO in by itself."""

from __future__ import annotations

import datetime as dt

from kuzet.registers.system import four_eyes, signin
from kuzet.ui.dialogs.sign_in import FirstOfficerDialog, SignInDialog
from support.team import AUDITOR, PASSWORD, as_officer, make_team


def _override_request(window) -> int:
    desk = window.desk
    desk.team.set_four_eyes(four_eyes.RULE_OVERRIDE, True)
    data = {"value": "4", "valid_from": dt.date(2026, 1, 1), "reason": "Amendment"}
    return desk.system.save_override("licence.mining.term_years", data).id


def test_a_second_officer_approves_on_the_approvals_page(window, store, qtbot) -> None:
    make_team(store)
    request_id = _override_request(window)
    as_officer(store, "deputy.two")
    window.officer_changed()
    page = window.show_page("approvals")
    assert page.model.keys == [request_id]
    assert not page.buttons["approve"].isHidden()
    assert page.select_id(request_id)
    assert "licence.mining.term_years" in page.detail.toPlainText()
    assert page.approve_selected("checked")
    assert page.model.keys == []  # no longer waiting
    assert [o.rule_key for o in window.desk.system.overrides()] == ["licence.mining.term_years"]
    page.state.setCurrentIndex(page.state.findData("approved"))
    assert page.model.rows[0][-1] == "deputy.two"
    assert "deputy.two" in window.officer_label.text()


def test_the_maker_may_withdraw_but_not_approve(window, store, qtbot) -> None:
    make_team(store)
    request_id = _override_request(window)  # made by the MLRO
    page = window.show_page("approvals")
    page.select_id(request_id)
    assert not page.approve_selected("mine")  # refused: the maker is not the second officer
    assert window.desk.team.request(request_id).state == "pending"
    assert page.withdraw_selected("not needed")
    assert window.desk.team.request(request_id).state == "withdrawn"


def test_the_auditor_is_offered_no_write(window, store, qtbot) -> None:
    make_team(store)
    _override_request(window)
    as_officer(store, AUDITOR)
    window.officer_changed()
    approvals = window.show_page("approvals")
    assert approvals.buttons["approve"].isHidden() and approvals.buttons["reject"].isHidden()
    licences = window.show_page("licences")
    assert "new" not in licences.buttons and "import" not in licences.buttons
    assert "export" in licences.buttons  # reading is fine
    team = window.show_page("team")
    assert team.buttons["add"].isHidden() and team.buttons["disable"].isHidden()
    alerts = window.show_page("alerts")
    assert alerts.buttons["escalate"].isHidden() and alerts.buttons["monitor"].isHidden()
    assert not alerts.buttons["transactions"].isHidden()
    assert window.show_page("lists").import_button.isHidden()
    fiu = window.show_page("fiu_reports")
    assert fiu.strs.mark_button.isHidden() and fiu.strs.activity_button.isHidden()
    rules = window.show_page("rules")
    assert all(
        b.isHidden() for b in rules.findChildren(type(team.buttons["add"])) if "…" in b.text()
    )


def test_officers_are_added_and_changed_on_the_team_page(window, store, qtbot) -> None:
    make_team(store)
    as_officer(store, "mlro.one")
    page = window.show_page("team")
    assert not page.buttons["add"].isHidden()
    dialog = page.add_officer()
    dialog.full_name.setText("Dana Analyst")
    dialog.login.setText("d.analyst")
    dialog.role.setCurrentIndex(dialog.role.findData("analyst"))
    dialog.password.setText("long-enough-1")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.select_login("d.analyst")
    assert page.change_role("deputy", "covers the MLRO")
    rows = {row.login: row for row in window.desk.team.officers()}
    assert rows["d.analyst"].role == "deputy" and rows["d.analyst"].name == "Dana Analyst"
    assert page.select_login("d.analyst") and page.disable_selected("left")
    assert not {row.login: row for row in window.desk.team.officers()}["d.analyst"].active


def test_the_sign_in_dialog_checks_the_password(window, store, qtbot) -> None:
    make_team(store)
    dialog = SignInDialog(window.desk.team, window)
    qtbot.addWidget(dialog)
    dialog.officer.setCurrentIndex(dialog.officer.findData("analyst.three"))
    dialog.password.setText("wrong-password")
    dialog.save()
    assert dialog.identity is None and dialog.errors["password"].text()
    dialog.password.setText(PASSWORD)
    dialog.save()
    assert dialog.identity.login == "analyst.three"
    assert signin.current().login == "analyst.three"


def test_a_new_firm_makes_its_first_officer(window, qtbot) -> None:
    dialog = FirstOfficerDialog(window.desk.team, window)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Aigul Nurlanova")
    dialog.login.setText("a.nurlanova")
    dialog.password.setText("first-pass-1")
    dialog.again.setText("first-pass-2")
    dialog.save()
    assert dialog.identity is None and dialog.errors["again"].text()
    dialog.again.setText("first-pass-1")
    dialog.save()
    assert dialog.identity.login == "a.nurlanova" and dialog.identity.role == "mlro"


def test_the_demo_firm_signs_its_mlro_in_by_itself(demo_db, qtbot, ui_settings) -> None:
    from kuzet.store.session import Store
    from kuzet.ui.launch import make_app
    from kuzet.ui.main_window import MainWindow

    signin.end()
    make_app()
    opened, _ = Store.open(demo_db)
    main = MainWindow(demo_db, store=opened, ui_settings=ui_settings)
    qtbot.addWidget(main)
    assert signin.current().login == "mlro.nurpeisova"
    assert "mlro.nurpeisova" in main.officer_label.text()
    page = main.show_page("team")
    assert {"a.seitkali", "o.li", "t.akhmetov"} <= {row[0] for row in page.model.rows}


def test_settings_switch_four_eyes_and_passwords(window, store, qtbot) -> None:
    from kuzet.registers.system.team_desk import TeamDesk

    TeamDesk(store).start_firm(
        {"login": "solo", "role": "mlro", "full_name": "Solo", "password": PASSWORD}
    )
    section = window.show_page("settings").sections["team"]
    section.refresh()
    team_mode = store.location.is_postgresql  # four-eyes on by default there, off on SQLite
    box = section.kinds[four_eyes.HIT_DECISION]
    assert box.isChecked() is team_mode
    box.setChecked(not team_mode)
    assert window.desk.team.four_eyes()[four_eyes.HIT_DECISION] is (not team_mode)
    assert section.no_password.isEnabled()  # one officer
    section.no_password.setChecked(True)
    assert window.desk.team.passwords_off()
    assert TeamDesk(store).sign_in("solo", None).actor == "solo (no password)"


def test_the_team_page_shows_names_and_roles_whole(window, store, qtbot) -> None:
    """The officer's full name and role fit their columns (the status column takes what
    is left), in the window's 1366-pixel width."""
    make_team(store)
    as_officer(store, "mlro.one")
    window.desk.team.add_officer(
        {
            "login": "a.seitkali",
            "role": "analyst",
            "full_name": "Гүлнара Асқарқызы Сейітова",
            "password": PASSWORD,
        }
    )
    window.resize(1366, 768)
    page = window.show_page("team")
    page.refresh()
    metrics = page.table.fontMetrics()
    for row, values in enumerate(page.model.rows):
        for column in (1, 2):  # name, role
            text = str(values[column])
            assert page.table.columnWidth(column) >= metrics.horizontalAdvance(text), (row, text)
