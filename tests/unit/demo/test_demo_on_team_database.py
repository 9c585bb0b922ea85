"""``kuzet demo`` into a team database (PostgreSQL): it builds, its trail verifies, and the
demo MLRO reads the customers' documents (the demo's vault is made with its public
passphrase where no keyring works, as on this machine)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlmodel import select

from kuzet.cli import run
from kuzet.demo.customers import DEMO_PASSPHRASE
from kuzet.desk import Desk
from kuzet.store import keys, team_keys
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.session import Store
from kuzet.store.verify import verify

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keys.forget()
    yield
    keyring.set_keyring(previous)
    keys.forget()
    team_keys.forget()


def test_the_demo_builds_on_a_team_database_and_its_documents_open(
    pg_server, kuzet_home: Path, no_keyring
) -> None:
    url = pg_server.new_database(template=None)  # empty: the demo makes its schema
    assert run(["demo", "--db", url, "--customers", "20", "--seed", "3"]) == 0
    store, _ = Store.open(url)
    try:
        report = verify(store.engine)
        assert report.intact, report.problems
        desk = Desk(store)
        assert desk.team.sign_in_demo() is not None
        with store.reading() as session:
            document = session.exec(select(CustomerDocument)).first()
            assert document is not None
            document_id = int(document.id or 0)
        vault = desk.system.open_vault(DEMO_PASSPHRASE)
        _, data = desk.customers.read_document(vault, document_id)
        assert data[:4] == b"\x89PNG"
    finally:
        store.close()
