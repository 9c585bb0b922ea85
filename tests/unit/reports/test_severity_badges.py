"""The pack's badges for the four severities: the window's palette, the level in words,
and the mining section's "not met" as CRITICAL."""

from __future__ import annotations

from kuzet.regime import mining
from kuzet.regime.severity import PALETTE, SEVERITIES
from kuzet.reports.badges import TONES, Status, badge_markup
from kuzet.reports.sections.mining import CHECK_BADGES


def test_each_level_has_a_badge_in_the_shared_palette_with_its_word() -> None:
    for level in SEVERITIES:
        status = Status.of_severity(level)
        _text, fill, on_fill = PALETTE[level]
        assert f"#{TONES[status].fill.hexval()[2:]}".lower() == fill
        assert f"#{TONES[status].text.hexval()[2:]}".lower() == on_fill
    assert Status.CRITICAL.label("en") == "Critical" and Status.CRITICAL.label("ru") == "Критично"
    assert "CRITICAL" in badge_markup(Status.CRITICAL)
    assert Status.OVERDUE.label("en") == "Overdue"  # the older statuses still work


def test_a_period_not_met_is_a_critical_badge_and_projected_short_high() -> None:
    assert CHECK_BADGES[mining.NOT_MET] is Status.CRITICAL
    assert CHECK_BADGES[mining.PROJECTED_SHORT] is Status.HIGH
    assert "short" not in CHECK_BADGES
