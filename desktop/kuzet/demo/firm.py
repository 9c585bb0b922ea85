"""The demo firm's profile: a miner (subtypes I and II) that also runs an exchange desk
in the AIFC, so the AIFC rules apply (MLRO and deputy, the AFSA AML Return, 6 years)."""

from __future__ import annotations

from ..regime.ids import make_bin
from ..registers.programme import firm
from .context import DEMO_FIRM, DemoContext


def demo_bin() -> str:
    """A valid BIN: a resident legal entity (4), head office (0), registered 2019-03."""
    serial = 4217
    while (number := make_bin(2019, 3, "4", "0", serial)) is None:
        serial += 1
    return number


def add_firm(ctx: DemoContext) -> None:
    firm.save(
        ctx.session,
        {
            "legal_name": DEMO_FIRM,
            "legal_name_latin": "Saryarka Digital Mining LLP",
            "bin": demo_bin(),
            "jurisdiction": "aifc",
            "activities": ["mining_1", "mining_2", "exchange"],
            "afsa_reference": "AFSA-F-2023-0117",
            "nbk_reference": "NBK-DA-0007",
            "fiu_reference": "АФМ-СФМ-2023-04518",
            "address": "Қазақстан, Астана, Мәңгілік Ел даңғылы 55/20, AIFC",
            "year_end_month": 12,
            "year_end_day": 31,
            "notes": "Mining in Ekibastuz (own data centre) and Pavlodar (hosted); "
            "exchange desk in the AIFC.",
        },
        ctx.rules,
        ctx.today,
    )
