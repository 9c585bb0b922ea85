from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kuzet.reports.build import build_pack
from kuzet.reports.results import PackResult
from kuzet.reports.section import PackContext
from support.pack_demo import (
    CustomersSection,
    SummarySection,
    TrainingSection,
    make_ctx,
    page_texts,
)


@dataclass
class BuiltPack:
    result: PackResult
    ctx: PackContext
    texts: list[str]
    evidence: dict[str, bytes]


@pytest.fixture(scope="session")
def ru_pack(tmp_path_factory: pytest.TempPathFactory) -> BuiltPack:
    """The Russian demo pack (cover, contents, 3 sections, a 2,000-row table), built once."""
    folder = tmp_path_factory.mktemp("ru_pack")
    evidence = {
        str(folder / "passport_1.pdf"): b"%PDF-1.4 scan of an identity card\n",
        str(folder / "passport 2 (копия).jpg"): bytes(range(256)) * 40,
    }
    ctx = make_ctx("ru", redact=True)
    sections = [SummarySection(), CustomersSection(evidence=tuple(evidence)), TrainingSection()]
    result = build_pack(
        sections, ctx, folder / "pack.pdf", read_evidence=lambda r: evidence[r.path]
    )
    return BuiltPack(result, ctx, page_texts(result.pdf_path), evidence)


@pytest.fixture(scope="session")
def en_pack(tmp_path_factory: pytest.TempPathFactory) -> BuiltPack:
    folder = tmp_path_factory.mktemp("en_pack")
    ctx = make_ctx("en")
    result = build_pack([CustomersSection(rows=120), TrainingSection()], ctx, folder / "en.pdf")
    return BuiltPack(result, ctx, page_texts(result.pdf_path), {})


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
