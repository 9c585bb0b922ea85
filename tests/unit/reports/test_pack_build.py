"""build_pack: result facts, progress, cancel and failure leave nothing behind."""

from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable

from kuzet.progress import Cancelled, Progress
from kuzet.reports.build import build_pack
from kuzet.reports.section import LabelledSection, PackContext
from support.pack_demo import CustomersSection, SummarySection, TrainingSection, make_ctx


def test_result_matches_the_file(ru_pack):
    result = ru_pack.result
    data = result.pdf_path.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == len(data)
    assert result.pages == len(PdfReader(str(result.pdf_path)).pages)
    assert [s.key for s in result.sections] == ["summary", "customers", "training"]
    assert result.manifest_path.name == "pack.manifest.json"
    # evidence came from the reader callback: nothing of it was written to disk
    assert sorted(p.name for p in result.pdf_path.parent.iterdir()) == [
        "pack.manifest.json",
        "pack.pdf",
    ]


def test_nothing_but_the_pack_and_manifest_is_written(out_dir):
    build_pack([TrainingSection()], make_ctx("en"), out_dir / "p.pdf")
    assert sorted(p.name for p in out_dir.iterdir()) == ["p.manifest.json", "p.pdf"]


def test_progress_reports_each_section_then_completes(out_dir):
    calls: list[tuple[int, int, str]] = []
    ctx = make_ctx("ru", progress=Progress(lambda d, t, m: calls.append((d, t, m))))
    sections = [SummarySection(), CustomersSection(rows=300), TrainingSection()]
    build_pack(sections, ctx, out_dir / "p.pdf")
    total = 2 * len(sections)
    assert {t for _, t, _ in calls} == {total}
    done = [d for d, _, _ in calls]
    assert done == sorted(done) and done[-1] == total
    for section in sections:  # built (first half) and laid out (second half)
        title = section.title("ru")
        assert sum(1 for _, _, m in calls if m == title) >= 2


def _cancel_when(predicate) -> Progress:
    holder: list[Progress] = []

    def callback(done: int, total: int, message: str) -> None:
        if predicate(done, total, message):
            holder[0].cancel()

    progress = Progress(callback)
    holder.append(progress)
    return progress


def test_cancel_in_the_middle_of_a_long_table_leaves_no_file(out_dir):
    pages = {"n": 0}

    def mid_table(done: int, total: int, message: str) -> bool:
        if message == "Клиенты (надлежащая проверка)" and done >= total // 2:
            pages["n"] += 1
        return pages["n"] == 12  # twelve pages into the 2,000-row table

    ctx = make_ctx("ru", progress=_cancel_when(mid_table))
    with pytest.raises(Cancelled):
        build_pack(
            [SummarySection(), CustomersSection(), TrainingSection()], ctx, out_dir / "p.pdf"
        )
    assert pages["n"] == 12
    assert list(out_dir.iterdir()) == []  # no PDF, no manifest, no temporary file


def test_cancel_while_building_sections_leaves_no_file(out_dir):
    ctx = make_ctx("ru", progress=_cancel_when(lambda d, t, m: d == 1))
    with pytest.raises(Cancelled):
        build_pack(
            [SummarySection(), CustomersSection(), TrainingSection()], ctx, out_dir / "p.pdf"
        )
    assert list(out_dir.iterdir()) == []


def test_cancel_keeps_an_older_pack_untouched(out_dir):
    target = out_dir / "p.pdf"
    target.write_bytes(b"previous pack")
    ctx = make_ctx("ru", progress=_cancel_when(lambda d, t, m: d >= 3))
    with pytest.raises(Cancelled):
        build_pack([SummarySection(), CustomersSection(), TrainingSection()], ctx, target)
    assert target.read_bytes() == b"previous pack"
    assert [p.name for p in out_dir.iterdir()] == ["p.pdf"]


class _Broken(LabelledSection):
    key = "audits"

    def build(self, ctx: PackContext) -> list[Flowable]:
        raise RuntimeError("the register could not be read")


def test_a_failing_section_leaves_no_file(out_dir):
    with pytest.raises(RuntimeError, match="could not be read"):
        build_pack([SummarySection(), _Broken()], make_ctx("en"), out_dir / "p.pdf")
    assert list(out_dir.iterdir()) == []


def test_a_bad_table_row_fails_the_build_clearly_and_leaves_no_file(out_dir):
    class BadRows(LabelledSection):
        key = "licences"

        def build(self, ctx: PackContext) -> list[Flowable]:
            from kuzet.reports.tables import data_table

            return [data_table(["A", "B"], [("1", "2"), ("only one",)])]

    with pytest.raises(ValueError, match="table row 2 has 1 cells, expected 2"):
        build_pack([BadRows()], make_ctx("en"), out_dir / "p.pdf")
    assert list(out_dir.iterdir()) == []


def test_section_keys_must_be_unique(out_dir):
    with pytest.raises(ValueError, match="unique"):
        build_pack([TrainingSection(), TrainingSection()], make_ctx("en"), out_dir / "p.pdf")
    assert list(out_dir.iterdir()) == []


def test_section_keys_must_be_plain_identifiers(out_dir):
    class Odd(TrainingSection):
        key = "Обучение 1"

    with pytest.raises(ValueError, match="lower-case letters"):
        build_pack([Odd()], make_ctx("en"), out_dir / "p.pdf")
    assert list(out_dir.iterdir()) == []


def test_a_pack_without_sections_still_has_cover_and_contents(out_dir):
    result = build_pack([], make_ctx("en"), out_dir / "p.pdf")
    assert result.pages == 2 and result.sections == ()
    texts = [p.extract_text() for p in PdfReader(str(result.pdf_path)).pages]
    assert "Contents" in texts[1] and "Page 2 of 2" in texts[1]
