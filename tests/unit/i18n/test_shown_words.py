"""Words the core keeps in English are shown in the window's language: an alert's stored
reason, a risk factor's value, a rate's basis, a label table's value."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet import i18n
from kuzet.labels import PERIOD_LABELS, SEX_LABELS, TRAIL_ACTION_LABELS, label
from kuzet.regime.mining_fee import FeeBand, FeeRate, band_rate
from kuzet.regime.risk import factor_value_text
from kuzet.registers.mining.fees import rate_words
from kuzet.registers.monitoring.alerts import shown_reason

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location(
    "kuzet_translations_shown", ROOT / "packaging" / "translations.py"
)
tool = importlib.util.module_from_spec(spec)
sys.modules["kuzet_translations_shown"] = tool
spec.loader.exec_module(tool)

LARGE = (
    "Deposit of 7 983 360 KZT on 02.12.2026: at or above the firm's alert threshold of "
    "5 000 000 KZT (monitoring.internal_alert_kzt; an internal alert, not a report to the FIU)."
)
ENGLISH_WORD = re.compile(r"\b(?!KZT\b|FIU\b)[A-Za-z]{4,}\b(?![._])")


@pytest.fixture(params=["ru", "kk"])
def language(request) -> Iterator[str]:
    """``kuzet.i18n.tr`` through the shipped catalogue of one language (no Qt needed)."""
    entries = tool.read_ts(ROOT / "resources" / "translations" / f"kuzet_{request.param}.ts")
    catalogue = {source: text for source, (text, kind) in entries.items() if text}
    i18n.install(lambda text: catalogue.get(text, text), request.param)
    yield request.param
    i18n.install(lambda text: text)


def test_an_alert_reason_stored_in_english_is_shown_translated(language: str) -> None:
    shown = shown_reason("large_transaction", LARGE)
    assert shown != LARGE and "7 983 360 KZT" in shown and "02.12.2026" in shown
    words = [w for w in ENGLISH_WORD.findall(shown) if not w.startswith("monitoring")]
    assert words == [], shown
    assert shown_reason("large_transaction", "Written by hand") == "Written by hand"


def test_a_risk_factor_value_is_shown_translated(language: str) -> None:
    shown = factor_value_text("KZ, RU (worst: RU, other jurisdiction)")
    assert shown.startswith("KZ, RU (") and "worst" not in shown and "other" not in shown
    assert factor_value_text("not recorded") != "not recorded"


def test_a_price_band_basis_is_shown_with_its_price(language: str) -> None:
    rate = band_rate([FeeBand(Decimal(24), Decimal(1), "S")], None)
    assert rate.price_from == Decimal(24) and rate.basis == "price band from 24 KZT/kWh"
    shown = rate_words(rate)
    assert "24" in shown and "price band" not in shown
    assert "renewable" not in rate_words(FeeRate(Decimal(1), "renewable power", "S"))


def test_label_tables_are_shown_translated(language: str) -> None:
    for table in (SEX_LABELS, TRAIL_ACTION_LABELS, PERIOD_LABELS):
        for key in table:
            assert label(table, key) != table[key], key
    assert label(SEX_LABELS, "x-unlisted") == "x-unlisted"  # no label: the key itself
