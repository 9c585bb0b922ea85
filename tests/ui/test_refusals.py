"""A write refused for who is signed in (issue #18) is said in the officer's words on the
page: "Sign in to do this." or "Your role, Auditor (read-only), may not do this.", never
the core's message with its permission key, nor a traceback."""

from __future__ import annotations

import datetime as dt

from kuzet.registers.errors import RegisterError
from kuzet.registers.system import four_eyes, signin
from kuzet.registers.system.permissions import PermissionRefused
from kuzet.store.audit import NotSignedIn
from kuzet.ui import notify
from kuzet.ui.refusals import error_text
from support.team import AUDITOR, as_officer, make_team

SIGN_IN = "Sign in to do this."
AUDITOR_MAY_NOT = "Your role, Auditor (read-only), may not do this."


def test_the_officers_words_for_each_refusal() -> None:
    assert error_text(NotSignedIn()) == SIGN_IN
    refused = PermissionRefused("dana", "analyst", "rules.change")
    assert error_text(refused) == "Your role, Analyst, may not do this."
    assert error_text(RegisterError("Licence number is taken.")) == "Licence number is taken."


def _licence(window) -> int:
    data = {
        "licence_type": "afsa",
        "number": "AFSA-9",
        "issuer": "AFSA",
        "issued_on": dt.date.today() - dt.timedelta(days=30),
    }
    return window.desk.licensing.save_licence(data).id


def test_the_licences_page_says_who_may_not_retire(window, store, qtbot) -> None:
    make_team(store)
    as_officer(store, "mlro.one")
    licence_id = _licence(window)
    as_officer(store, AUDITOR)
    window.officer_changed()
    page = window.show_page("licences")
    page.refresh()
    assert page.select_id(licence_id)
    assert page.retire_selected(reason="Permit replaced") is False
    assert notify.last_message["text"] == AUDITOR_MAY_NOT
    signin.end()
    assert page.retire_selected(reason="Permit replaced") is False
    assert notify.last_message["text"] == SIGN_IN
    as_officer(store, "mlro.one")
    assert window.desk.licensing.licence(licence_id).retired_at is None  # nothing written


def test_the_approvals_page_says_sign_in_or_role(window, store, qtbot) -> None:
    make_team(store)
    as_officer(store, "mlro.one")
    window.desk.team.set_four_eyes(four_eyes.RULE_OVERRIDE, True)
    data = {"value": "4", "valid_from": dt.date(2026, 1, 1), "reason": "Amendment"}
    request_id = window.desk.system.save_override("licence.mining.term_years", data).id
    page = window.show_page("approvals")
    assert page.select_id(request_id)
    signin.end()
    assert page.approve_selected("checked") is False
    assert notify.last_message["text"] == SIGN_IN
    as_officer(store, AUDITOR)
    assert page.reject_selected("no") is False
    assert notify.last_message["text"] == AUDITOR_MAY_NOT
    assert window.desk.team.request(request_id).state == "pending"
