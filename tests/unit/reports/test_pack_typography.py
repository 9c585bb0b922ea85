"""Whole text and good type in pack tables (issue #15, item 6): nothing is cut, a cell longer
than a page continues on the next, identifiers never split inside, and Russian and Kazakh
words that must split are hyphenated. Each test builds a real PDF and reads it back."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from kuzet.reports import fonts
from kuzet.reports.build import build_pack
from kuzet.reports.hyphenation import hyphen_points, token_kind
from kuzet.reports.pdftext import metrics
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.table_cells import Column, wrap_text
from kuzet.reports.tables import data_table
from support.pack_demo import make_ctx, page_texts

WORDS = [
    "совпадение",
    "проверено",
    "вручную",
    "по",
    "дате",
    "рождения",
    "паспорту",
    "и",
    "адресу",
    "клиента",
]
REASON = " ".join(f"{WORDS[i % len(WORDS)]}{i}" for i in range(400))[:3000].rsplit(" ", 1)[0]
CONDITION = (
    "Лицензия действует при условии соблюдения требований AFSA к хранению цифровых "
    "активов клиентов, ежеквартальной отчётности и аудита информационной безопасности; "
) * 12
LICENCE = "AFSA-A-LA-2024-0012"
BIN = "180940012345"
USER = "a.nurlanova_mlro"
SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
LONG_WORD = "Достопримечательность"


class Evidence(LabelledSection):
    key = "screening"

    def build(self, ctx: PackContext) -> list[Flowable]:
        hits = [
            Column("Hit", width=0.1),
            Column("Score", width=0.08),
            Column("Reason for clearing", width=0.82),
        ]
        licences = [
            Column("Licence", mono=True),
            Column("Holder BIN", mono=True),
            Column("Officer", mono=True),
            Column("Condition", width=0.4),
            Column("SHA-256", mono=True, width=0.18),
        ]
        narrow = [Column("Слово", width=0.09), Column("Пояснение", width=0.91)]
        return [
            data_table(hits, [("OFAC-1", 99, REASON)], lang=ctx.lang, title="Cleared hits"),
            data_table(
                licences, [(LICENCE, BIN, USER, CONDITION, SHA)], lang=ctx.lang, title="Licences"
            ),
            data_table(narrow, [(LONG_WORD, "перенос")], lang=ctx.lang, title="Перенос"),
        ]


def _build(tmp_path) -> list[str]:
    result = build_pack([Evidence()], make_ctx("ru"), tmp_path / "type.pdf")
    return page_texts(result.pdf_path)


def _in_order(words: list[str], text: str) -> bool:
    position = 0
    for word in words:
        position = text.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


def test_long_evidence_is_printed_whole_across_pages(tmp_path) -> None:
    texts = _build(tmp_path)
    text = "\n".join(texts)
    assert "…" not in text
    reason_words = REASON.split()
    assert len(REASON) > 2900 and _in_order(reason_words, text)  # every word, in order
    assert all(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", text) for w in reason_words)
    assert _in_order(CONDITION.split(), text.replace("-\n", ""))
    # the 3,000 characters do not fit the rest of a page: the row continued on a new page
    pages = [i for i, page in enumerate(texts) if reason_words[0] in page or "OFAC-1" in page]
    last = next(i for i, page in enumerate(texts) if reason_words[-1] in page)
    assert last >= pages[0]


def test_identifiers_never_split_inside_and_hashes_only_by_groups(tmp_path) -> None:
    lines = "\n".join(_build(tmp_path)).splitlines()
    for token in (LICENCE, BIN, USER):
        assert any(token in line for line in lines), token
    groups = [SHA[i : i + 16] for i in range(0, 64, 16)]
    assert all(any(group in line for line in lines) for group in groups)


def test_a_long_russian_word_in_a_narrow_cell_is_hyphenated(tmp_path) -> None:
    lines = [line.strip() for line in "\n".join(_build(tmp_path)).splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(LONG_WORD[:3]))
    pieces = []
    for line in lines[start:]:
        pieces.append(line.split()[0] if line.split() else "")
        if not line.endswith("-"):
            break
    assert len(pieces) > 1 and lines[start].endswith("-")
    assert "".join(p.removesuffix("-") for p in pieces[:-1]) + pieces[-1] == LONG_WORD


def test_wrapping_rules() -> None:
    fonts.register_fonts()
    face = metrics(fonts.SANS)
    kazakh = wrap_text("қаржыландырылмағандықтан", face, 8, 45)
    assert len(kazakh) > 1 and all(line.endswith("-") for line in kazakh[:-1])
    assert "".join(line.removesuffix("-") for line in kazakh) == "қаржыландырылмағандықтан"
    assert all(face.width(line, 8) <= 45 for line in kazakh)
    hashed = wrap_text(SHA, face, 8, 90)
    assert hashed == [SHA[i : i + 16] for i in range(0, 64, 16)]
    licence = wrap_text(f"Лицензия {LICENCE} выдана", face, 8, 100)
    assert LICENCE in licence  # on a line of its own rather than split
    assert token_kind(LICENCE) == token_kind(USER) == token_kind(BIN) == "identifier"
    assert token_kind(SHA) == "hash" and token_kind("«международный»,") == "word"
    assert hyphen_points(LICENCE) == [] and hyphen_points("северо-западный")
    cut = wrap_text("слово " * 200, face, 8, 40)
    assert len(cut) == 200 and "…" not in "".join(cut)  # a table cell is never cut
