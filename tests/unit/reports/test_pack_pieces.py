"""Pieces of the audit pack that need no database: the default period, the rule values in
force across a period (with an officer override inside it), the section registry, expiry
badges and redaction of names, and every section's labels in both languages."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kuzet.regime.rulepack import Override, RuleBook
from kuzet.reports.badges import Status
from kuzet.reports.labels import EN, RU, t
from kuzet.reports.pack import default_period, manifest_for
from kuzet.reports.section import PackContext, Period
from kuzet.reports.sections.common import customer_ref, identifier, percent, person
from kuzet.reports.sections.licences import expiry_badge
from kuzet.reports.sections.registry import (
    SECTION_KEYS,
    UnknownSection,
    chosen_keys,
    make_sections,
    section_titles,
)
from kuzet.reports.sections.rules import values_in_period
from kuzet.store.session import rule_pack


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (dt.date(2026, 11, 25), dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
        (dt.date(2026, 1, 15), dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        (dt.date(2026, 4, 1), dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ],
)
def test_the_default_period_is_the_last_full_calendar_quarter(today, start, end) -> None:
    assert default_period(today) == Period(start, end)


def test_a_rule_overridden_inside_the_period_has_one_line_per_value() -> None:
    pack = rule_pack()
    key = "mining.sale.required_share"
    override = Override(key, "0.9", dt.date(2026, 3, 1), dt.date(2026, 3, 31), "AFSA letter")
    rules = RuleBook(pack, (override,))
    spans = values_in_period(rules, key, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert [(first, last) for first, last, _ in spans] == [
        (dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
        (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    ]
    assert [v.overridden for _, _, v in spans] == [False, True, False]
    assert spans[1][2].override_reason == "AFSA letter"
    plain = values_in_period(RuleBook(pack), key, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert len(plain) == 1


def test_a_rule_change_inside_the_period_is_its_own_line() -> None:
    spans = values_in_period(
        RuleBook(rule_pack()),
        "mining.sale.required_share",
        dt.date(2024, 10, 1),
        dt.date(2025, 3, 31),
    )
    assert [first for first, _, _ in spans] == [dt.date(2024, 10, 1), dt.date(2025, 1, 1)]
    assert spans[0][2].value != spans[1][2].value


def test_the_registry_keeps_pack_order_and_names_valid_keys() -> None:
    assert chosen_keys(None) == list(SECTION_KEYS)
    assert chosen_keys([" Trail", "firm", ""]) == ["firm", "trail"]
    with pytest.raises(UnknownSection) as raised:
        chosen_keys(["firm", "kyc"])
    assert raised.value.unknown == ["kyc"] and "valid keys: " + ", ".join(SECTION_KEYS) in str(
        raised.value
    )
    with pytest.raises(ValueError, match="at least one"):
        chosen_keys([" "])
    sections = make_sections()
    assert [s.key for s in sections] == list(SECTION_KEYS)
    assert section_titles("ru")["customers"] == "Клиенты (надлежащая проверка)"
    assert all(s.title("en") != s.title("ru") for s in sections)


def test_every_label_has_a_russian_text_with_the_same_placeholders() -> None:
    assert set(EN) == set(RU)
    for key, text in EN.items():
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", RU[key])), key
    assert t("section.trail", "de") == EN["section.trail"]  # no dictionary: English
    assert t("section.trail", "kk") == "Өзгерістер журналын тексеру"


def test_expiry_badges() -> None:
    today = dt.date(2026, 11, 25)
    assert expiry_badge("active", dt.date(2027, 6, 1), today, 90) is Status.OK
    assert expiry_badge("active", dt.date(2027, 1, 10), today, 90) is Status.WARNING
    assert expiry_badge("active", None, today, 90) is Status.OK
    assert expiry_badge("suspended", None, today, 90) is Status.WARNING
    for lapsed in ("expired", "revoked", "not_accredited"):
        assert expiry_badge(lapsed, None, today, 90) is Status.OVERDUE


def _ctx(redact: bool) -> PackContext:
    return PackContext(
        "Firm", Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31)), "me", redact=redact
    )


def test_redaction_masks_names_and_numbers_and_keeps_the_record_id() -> None:
    plain, masked = _ctx(False), _ctx(True)
    assert person(plain, "Қасымов Нұрлан Әбілұлы") == "Қасымов Нұрлан Әбілұлы"
    assert person(masked, "Қасымов Нұрлан Әбілұлы") == "Қ. Н. Ә."
    assert person(masked, "ТОО «Ақжол-Цифр»") == "Т. А."
    assert identifier(masked, "880101300123") == "••••••••0123"
    assert identifier(plain, "880101300123") == "880101300123"
    assert customer_ref(masked, 17, "Иванов Иван") == "#17 И. И."
    assert customer_ref(plain, 17, None) == "#17"


def test_small_helpers() -> None:
    from decimal import Decimal
    from pathlib import Path

    assert percent(Decimal("0.75")) == Decimal("75.0")
    assert percent(None) is None
    assert manifest_for(Path("/x/pack.pdf")) == Path("/x/pack.manifest.json")
    assert manifest_for(Path("/x/pack.manifest.json")) == Path("/x/pack.manifest.json")
