"""The demo firm for tests: built once per test session into a template, copied for each
test that changes it.

``build_demo`` takes seconds (watchlists, a screening run, a year of mining, 40 customers
with their documents), and a dozen tests need a whole firm. They share one template under
pytest's session folder: tests that only read open it where it is (the audit-pack tests);
tests that write get their own copy of the file and its vault (``copy_demo``). The vault is
protected by the public demo passphrase (no OS keyring is used, as on a machine without
one), so a copy opens anywhere.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kuzet.demo.customers import DEMO_PASSPHRASE
from kuzet.paths import vault_dir
from kuzet.store import keys

TODAY = dt.date.today()
CUSTOMERS = 40
SEED = 8
PASSPHRASE = DEMO_PASSPHRASE


@contextmanager
def no_os_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        keys.forget()  # the next test finds the vault locked, as a fresh process would


def demo_template(factory: pytest.TempPathFactory) -> Path:
    """The session's demo database (built on first use; never written by the tests)."""
    from kuzet.demo.build import build_demo

    folder = factory.getbasetemp() / "demo-template"
    path = folder / "demo.sqlite"
    ready = folder / "ready"
    if not ready.exists():
        folder.mkdir(exist_ok=True)
        with no_os_keyring():
            build_demo(path, customers=CUSTOMERS, seed=SEED, today=TODAY).close()
        ready.touch()
    return path


def copy_demo(template: Path, folder: Path, name: str = "demo.sqlite") -> Path:
    """A private copy of the template database and its vault in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    shutil.copy2(template, path)
    if vault_dir(template).exists():
        shutil.copytree(vault_dir(template), vault_dir(path))
    return path
