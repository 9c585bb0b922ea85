"""The built PDF read back: cover, contents, running header/footer, text, tables."""

from __future__ import annotations

import re

from pypdf import PdfReader

from kuzet.reports.section import Section
from support.pack_demo import CUSTOMER_ROWS, FIRM, KAZAKH_LETTERS, OFFICER, iin


def test_cover_shows_firm_period_time_author_pack_id_and_redaction(ru_pack):
    cover = ru_pack.texts[0]
    for expected in (
        FIRM,
        "01.01.2025 – 30.06.2025",
        "01.07.2025 09:30:15 UTC",
        "Сформирован (местное время)",
        OFFICER,
        ru_pack.result.pack_id,
        "ОБЕЗЛИЧЕННАЯ КОПИЯ",
        "Пакет документов для проверки",
    ):
        assert expected in cover, expected
    assert "Стр." not in cover  # the cover carries no running header or footer


def test_contents_list_every_section_with_its_real_start_page(ru_pack):
    reader = PdfReader(str(ru_pack.result.pdf_path))
    toc = reader.pages[1].extract_text(extraction_mode="layout")
    assert "Содержание" in toc
    listed = {}
    for number, section in enumerate(ru_pack.result.sections, start=1):
        match = re.search(rf"^\s*{number}\s+{re.escape(section.title)}\s+(\d+)\s*$", toc, re.M)
        assert match, f"{section.title} not in contents:\n{toc}"
        listed[section.key] = int(match.group(1))

    for section in ru_pack.result.sections:
        heading = f"{ru_pack.result.sections.index(section) + 1} {section.title.upper()}"
        first = next(i for i, text in enumerate(ru_pack.texts, start=1) if heading in text)
        assert listed[section.key] == section.start_page == first
        assert ru_pack.texts[first - 1].lstrip().startswith(heading)  # a section opens a page
    starts = [s.start_page for s in ru_pack.result.sections]
    assert starts == sorted(set(starts)) and starts[0] == 3


def test_outline_bookmarks_point_at_the_section_pages(ru_pack):
    reader = PdfReader(str(ru_pack.result.pdf_path))
    top = [o for o in reader.outline if not isinstance(o, list)]  # a list: sub-sections
    marks = {o.title: reader.get_destination_page_number(o) + 1 for o in top}
    assert marks["Содержание"] == 2
    for number, section in enumerate(ru_pack.result.sections, start=1):
        assert marks[f"{number}. {section.title}"] == section.start_page


def test_contents_entries_link_to_the_sections(ru_pack):
    reader = PdfReader(str(ru_pack.result.pdf_path))
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) == len(ru_pack.result.sections)


def test_every_page_after_the_cover_has_header_and_footer_numbered_2_to_y(ru_pack):
    texts = ru_pack.texts
    total = len(texts)
    assert total == ru_pack.result.pages
    for number, text in enumerate(texts[1:], start=2):
        assert FIRM in text
        assert "КОНФИДЕНЦИАЛЬНО · ОБЕЗЛИЧЕНО" in text
        assert f"Стр. {number} из {total}" in text
        assert f"Пакет {ru_pack.result.pack_id}" in text
    footers = re.findall(r"Стр\. (\d+) из (\d+)", "\n".join(texts))
    assert [int(x) for x, _ in footers] == list(range(2, total + 1))
    assert {int(y) for _, y in footers} == {total}


def test_russian_and_kazakh_text_is_extractable(ru_pack):
    text = "\n".join(ru_pack.texts)
    assert OFFICER in text
    assert FIRM in text
    assert "Өмірзақова Гүлнұр Һасенқызы" in text
    for letter in KAZAKH_LETTERS.split():
        assert letter in text
        assert letter.upper() in text  # capitals too


def test_fonts_are_embedded_dejavu(ru_pack):
    reader = PdfReader(str(ru_pack.result.pdf_path))
    fonts = reader.pages[3]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        assert "DejaVu" in font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file


def test_long_table_repeats_title_and_header_and_loses_no_row(ru_pack):
    start = next(s.start_page for s in ru_pack.result.sections if s.key == "customers")
    end = next(s.start_page for s in ru_pack.result.sections if s.key == "training")
    pages = ru_pack.texts[start - 1 : end - 1]
    assert len(pages) > 10
    for i, text in enumerate(pages):
        assert "Наименование / ФИО" in text and "ИИН/БИН" in text and "Статус" in text
        if i:
            assert "Клиенты (надлежащая проверка) (продолжение)" in text
    seen = re.findall(r"\b880101\d{6}\b", "\n".join(pages))
    assert len(seen) == CUSTOMER_ROWS  # every row once: none lost or repeated at page ends
    assert set(seen) == {iin(i) for i in range(CUSTOMER_ROWS)}
    assert "Итого" in pages[-1] and "123 456,78" in pages[-1]


def test_table_cells_are_formatted_for_the_language(ru_pack, en_pack):
    ru = "\n".join(ru_pack.texts)
    assert "12,34" in ru and "02.02.2025" in ru and "В НОРМЕ" in ru and "ПРОСРОЧЕНО" in ru
    en = "\n".join(en_pack.texts)
    assert "12.34" in en and "2025-02-02" in en and "OVERDUE" in en


def test_empty_table_says_so(ru_pack):
    assert "Записей за период нет." in ru_pack.texts[-1]


def test_labels_follow_the_language(ru_pack, en_pack):
    assert "Содержание" in ru_pack.texts[1]
    assert "Contents" in en_pack.texts[1]
    assert f"Page 2 of {en_pack.result.pages}" in en_pack.texts[1]
    assert "CONFIDENTIAL" in en_pack.texts[1]
    assert "Compliance audit pack" in en_pack.texts[0]
    assert "Redacted" not in en_pack.texts[0]  # redaction is off in the English pack
    assert "Customers (KYC/CDD)" in en_pack.texts[1]


def test_metadata_names_the_pack(ru_pack):
    info = PdfReader(str(ru_pack.result.pdf_path)).metadata
    assert FIRM in info.title
    assert info.author == OFFICER
    assert ru_pack.result.pack_id in info["/Keywords"]


def test_demo_sections_satisfy_the_section_protocol():
    from support.pack_demo import CustomersSection, SummarySection, TrainingSection

    for section in (SummarySection(), CustomersSection(), TrainingSection()):
        assert isinstance(section, Section)
        assert section.title("ru") and section.title("en") != section.title("ru")
