"""Where the real watchlist files are (``KUZET_WATCHLIST_DATA`` overrides), for the tests."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from kuzet.regime.rulepack import RulePack, load_pack

REPOSITORY = Path(__file__).resolve().parents[2]
# The repository's sample copies first, then the shared data folder; KUZET_WATCHLIST_DATA wins.
_CANDIDATES = [
    REPOSITORY / "resources" / "watchlists",
    REPOSITORY.parent / "shared/data/watchlists",
]
WATCHLISTS = Path(
    os.environ.get("KUZET_WATCHLIST_DATA")
    or next(
        (p for p in _CANDIDATES if (p / "un_consolidated_2026-02-27.xml").is_file()), _CANDIDATES[0]
    )
)
UN_FILE = WATCHLISTS / "un_consolidated_2026-02-27.xml"
OFAC_FILES = {
    "sdn": WATCHLISTS / "ofac_sdn_2021-07.csv",
    "alt": WATCHLISTS / "ofac_alt_2021-07.csv",
    "add": WATCHLISTS / "ofac_add_2021-07.csv",
}
RULES_DIR = REPOSITORY / "resources" / "rules"


def need(path: Path) -> Path:
    """The path, or skip the test when the real file is not there."""
    if not path.is_file():
        pytest.skip(f"real watchlist file missing: {path} (set KUZET_WATCHLIST_DATA)")
    return path


def screening_rules() -> RulePack:
    """Only ``screening.toml`` (and the pack's ``pack.toml``, where the pack has one) as a
    pack, so other rule files cannot break these tests."""
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(RULES_DIR / "screening.toml", folder)
        if (RULES_DIR / "pack.toml").is_file():
            shutil.copy(RULES_DIR / "pack.toml", folder)
        return load_pack(folder)
