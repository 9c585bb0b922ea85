"""On an empty database the Dashboard says what to do first, in order, and each step
opens its page; a step says "done" once it is done."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kuzet.store.audit import set_actor

ORDER = ["firm_profile", "mlro", "licences", "lists", "customers"]
PAGES = {
    "firm_profile": "firm",
    "mlro": "firm",
    "licences": "licences",
    "lists": "lists",
    "customers": "customers",
}


@pytest.fixture(autouse=True)
def officer():
    """Writes name the officer who made them."""
    set_actor("officer")
    yield
    set_actor(None)


def test_an_empty_database_leads_with_five_steps(window, qtbot) -> None:
    dashboard = window.show_page("dashboard")
    panel = dashboard.first_steps
    assert panel.isVisible()
    assert panel.order == ORDER
    texts = [panel.buttons[key].text() for key in ORDER]
    assert texts == [
        "1. Enter the firm profile",
        "2. Appoint the MLRO",
        "3. Add the licences",
        "4. Load the sanctions lists",
        "5. Import the customers",
    ]
    assert all(panel.states[key].text() == "to do" for key in ORDER)
    for key in ORDER:
        window.show_page("dashboard")
        qtbot.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages[PAGES[key]], key


def test_a_step_shows_done_once_done(window) -> None:
    dashboard = window.show_page("dashboard")
    window.desk.licensing.save_licence(
        {
            "licence_type": "afsa",
            "number": "AFSA-A-LA-2024-0001",
            "issuer": "AFSA",
            "issued_on": dt.date(2024, 1, 1),
            "expires_on": None,
        }
    )
    dashboard.refresh()
    states = dashboard.first_steps.states
    assert states["licences"].text() == "✓ done"
    assert states["firm_profile"].text() == "to do"
    assert dashboard.first_steps.isVisible()  # four steps are still to do
