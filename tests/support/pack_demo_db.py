"""One demo database for the audit-pack tests, built once per test session.

``build_demo`` takes tens of seconds (watchlists, a screening run, a year of mining), so the
pack tests share one demo firm under pytest's session temporary folder. The tests only read
it; each writes its packs into its own ``tmp_path``. The vault is protected by the public
demo passphrase (no OS keyring is used, as on a machine without one).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from pypdf import PdfReader

from kuzet.demo.customers import DEMO_PASSPHRASE
from kuzet.store import keys

TODAY = dt.date.today()
PERIOD = (TODAY - dt.timedelta(days=364), TODAY)
CUSTOMERS = 40
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
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


def demo_database(factory: pytest.TempPathFactory) -> Path:
    """The session's demo database (built on first use)."""
    from kuzet.demo.build import build_demo

    folder = factory.getbasetemp() / "pack-demo"
    path = folder / "demo.sqlite"
    ready = folder / "ready"
    if not ready.exists():
        folder.mkdir(exist_ok=True)
        with no_os_keyring():
            build_demo(path, customers=CUSTOMERS, seed=8, today=TODAY).close()
        ready.touch()
    return path


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (table cells wrap names)."""
    return " ".join(text.split())
