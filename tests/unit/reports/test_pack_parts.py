"""Labels, formatting, fonts and table helpers on their own."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from kuzet.reports import fonts
from kuzet.reports.badges import Status
from kuzet.reports.formatting import (
    NBSP,
    format_date,
    format_money,
    format_number,
    format_value,
    mask_identifier,
    mask_name,
)
from kuzet.reports.labels import EN, RU, normalize_lang, t
from kuzet.reports.pdftext import metrics
from kuzet.reports.section import Period, new_pack_id
from kuzet.reports.table_cells import (
    Column,
    Unbroken,
    distribute_widths,
    make_cell_converter,
    wrap_text,
)
from support.pack_demo import make_ctx


def test_labels_fall_back_to_english_and_format_values():
    assert t("toc.title", "ru") == "Содержание"
    assert t("toc.title", "ru-RU") == "Содержание"
    assert t("toc.title", "kk") == "Мазмұны"
    assert t("toc.title", "de") == "Contents"  # a language without labels: English
    assert t("toc.title", None) == "Contents"
    assert t("footer.page", "ru", page=2, total=9) == "Стр. 2 из 9"
    assert t("footer.page", "en", page=2, total=9) == "Page 2 of 9"
    assert t("header.confidential", "ru") == "Конфиденциально"
    assert normalize_lang("RU_ru") == "ru"
    with pytest.raises(KeyError):
        t("no.such.label", "ru")


def test_russian_labels_are_complete():
    assert set(RU) == set(EN)
    assert all(RU[k].count("{") == EN[k].count("{") for k in EN)  # same placeholders


def test_numbers_and_dates_per_language():
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234567, "ru") == f"1{NBSP}234{NBSP}567"
    assert format_number(Decimal("1234.5"), "ru") == f"1{NBSP}234,5"
    assert format_number(Decimal("-0.12345678"), "en") == "-0.12345678"
    assert format_number(Decimal("2"), "ru", 2) == "2,00"
    assert format_money(123456, "ru", "KZT") == f"1{NBSP}234,56{NBSP}KZT"
    assert format_date(date(2025, 3, 9), "ru") == "09.03.2025"
    assert format_date(date(2025, 3, 9), "en") == "2025-03-09"
    assert format_value(None, "ru") == "—"
    assert format_value(True, "ru") == "Да"
    assert format_value(datetime(2025, 3, 9, 7, 5), "en") == "2025-03-09 07:05"
    with pytest.raises(TypeError):
        format_number(True)


def test_masks_for_redacted_packs():
    assert mask_identifier("880101300123") == "••••••••0123"
    assert mask_identifier("12") == "••"
    assert mask_name("Қасымов Нұрлан Әбілұлы") == "Қ. Н. Ә."


def test_fonts_register_once_and_cover_kazakh():
    fonts.register_fonts()
    fonts.register_fonts()  # idempotent
    face = metrics(fonts.SANS)
    for letter in "әғқңөұүһіӘҒҚҢӨҰҮҺІ":
        assert letter in face._chars, letter


def test_missing_font_file_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(FileNotFoundError, match=r"DejaVuSans\.ttf"):
        fonts.register_fonts(tmp_path)


def test_context_and_period_checks():
    ctx = make_ctx("ru-KZ")
    assert ctx.lang == "ru" and ctx.t("toc.title") == "Содержание"
    first = ctx.add_evidence("/v/a.pdf", "A")
    assert ctx.add_evidence("/v/a.pdf", "again") is first and len(ctx.evidence) == 1
    with pytest.raises(ValueError, match="starts after it ends"):
        Period(date(2025, 2, 1), date(2025, 1, 1))
    ids = {new_pack_id() for _ in range(500)}
    assert len(ids) == 500 and all(len(i) == 9 and i[4] == "-" for i in ids)


def test_wrap_text_breaks_words_and_long_tokens_and_caps_lines():
    fonts.register_fonts()
    face = metrics(fonts.SANS)
    lines = wrap_text("ТОО «Шығыс Дата Орталығы» и партнёры", face, 8, 60)
    assert len(lines) > 1 and all(face.width(line, 8) <= 60 for line in lines)
    token = "0x" + "ab" * 60
    pieces = wrap_text(token, face, 8, 50, max_lines=40)
    assert "".join(pieces) == token and all(face.width(p, 8) <= 50 for p in pieces)
    capped = wrap_text("слово " * 200, face, 8, 40, max_lines=3)
    assert len(capped) == 3 and capped[-1].endswith("…")


def test_widths_keep_narrow_columns_and_fill_the_table():
    widths = distribute_widths(500, [None, None, None], [60, 400, 300], [20, 40, 40])
    assert sum(widths) == pytest.approx(500)
    assert widths[0] == pytest.approx(60)  # the narrow column keeps its natural width
    assert widths[1] == pytest.approx(widths[2])  # the wide ones share what is left
    fixed = distribute_widths(500, [0.1, None], [10, 100], [10, 10])
    assert fixed[0] == pytest.approx(50) and sum(fixed) == pytest.approx(500)
    assert distribute_widths(300, [0.5, 0.5], [0, 0], [0, 0]) == [150, 150]


def test_cells_are_formatted_and_aligned_by_their_values():
    columns = [Column("A"), Column("B"), Column("C", decimals=2), Column("D"), Column("E")]
    convert, aligns = make_cell_converter(columns, "ru")
    cells = convert(0, ["text", None, Decimal("5"), date(2025, 1, 2), Status.OK], False)
    assert cells == ("text", "—", "5,00", "02.01.2025", Status.OK)
    assert isinstance(cells[2], Unbroken) and isinstance(cells[3], Unbroken)
    convert(1, ["x", 7, 1, date(2025, 1, 1), Status.WARNING], False)
    assert aligns == ["left", "right", "right", "left", "center"]
    assert convert(2, ["", None, None, None, None], True) == ("", "", "", "", "")
    with pytest.raises(ValueError, match="row 4 has 1 cells, expected 5"):
        convert(3, ["one"], False)


def test_column_limits():
    with pytest.raises(ValueError, match="max_lines"):
        Column("Notes", max_lines=500)
    with pytest.raises(ValueError, match="fraction"):
        Column("Name", width=120)
