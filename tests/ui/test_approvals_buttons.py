"""Which buttons the Approvals page offers to each role (issue #18): Approve and Reject to
a role that decides, never on one's own request; Withdraw only on one's own pending
request; the auditor and the administrator none of them."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.registers.system import four_eyes, signin
from support.team import AUDITOR, PASSWORD, as_officer, make_team


def _request_by_mlro(window, store) -> int:
    make_team(store)
    as_officer(store, "mlro.one")
    window.desk.team.set_four_eyes(four_eyes.RULE_OVERRIDE, True)
    data = {"value": "4", "valid_from": dt.date(2026, 1, 1), "reason": "Amendment"}
    return window.desk.system.save_override("licence.mining.term_years", data).id


def _page_as(window, store, login: str, request_id: int):
    as_officer(store, login)
    window.officer_changed()
    page = window.show_page("approvals")
    assert page.select_id(request_id)
    return page


def _offered(page) -> set[str]:
    return {key for key, button in page.buttons.items() if not button.isHidden()}


def test_the_maker_is_offered_withdraw_only(window, store, qtbot) -> None:
    request_id = _request_by_mlro(window, store)
    page = _page_as(window, store, "mlro.one", request_id)
    assert _offered(page) == {"withdraw"}  # the MLRO decides, but not their own request


def test_a_deputy_is_offered_approve_and_reject_on_another_officers_request(
    window, store, qtbot
) -> None:
    request_id = _request_by_mlro(window, store)
    page = _page_as(window, store, "deputy.two", request_id)
    assert _offered(page) == {"approve", "reject"}
    assert page.buttons["approve"].isEnabled() and page.buttons["reject"].isEnabled()


@pytest.mark.parametrize("login", ["analyst.three", AUDITOR, "admin.five"])
def test_a_role_that_does_not_decide_is_offered_nothing(window, store, qtbot, login) -> None:
    request_id = _request_by_mlro(window, store)
    if login == "admin.five":
        window.desk.team.add_officer(
            {"login": login, "role": "admin", "full_name": "Admin Five", "password": PASSWORD}
        )
    page = _page_as(window, store, login, request_id)
    assert _offered(page) == set()


def _approved_page_as(window, store, login: str, request_id: int):
    as_officer(store, login)
    window.officer_changed()
    page = window.show_page("approvals")
    page.state.setCurrentIndex(page.state.findData("approved"))
    assert page.select_id(request_id)
    return page


def test_a_decided_request_offers_no_withdraw_and_no_decision(window, store, qtbot) -> None:
    request_id = _request_by_mlro(window, store)
    assert _page_as(window, store, "deputy.two", request_id).approve_selected("checked")
    assert _offered(_approved_page_as(window, store, "mlro.one", request_id)) == set()
    page = _approved_page_as(window, store, "deputy.two", request_id)
    assert not page.buttons["approve"].isEnabled()  # already decided
    assert page.buttons["withdraw"].isHidden()


def test_nobody_signed_in_is_offered_nothing(window, store, qtbot) -> None:
    request_id = _request_by_mlro(window, store)
    signin.end()
    window.officer_changed()
    page = window.show_page("approvals")
    assert page.select_id(request_id)
    assert _offered(page) == set()
