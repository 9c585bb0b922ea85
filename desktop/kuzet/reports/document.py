"""Lays out the whole pack (A4): cover, contents, then each section on a new page.

``render_pdf`` takes the sections' flowables (already built) and writes the PDF to a binary
stream in one layout pass; ``PackCanvas`` adds the running header/footer, "Page X of Y" and
the contents' page numbers when it saves.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

import kuzet
from kuzet.progress import Progress
from kuzet.reports.cover import cover_story
from kuzet.reports.fonts import SANS, register_fonts
from kuzet.reports.formatting import format_date
from kuzet.reports.page_canvas import PackCanvas, PageDecor
from kuzet.reports.section import PackContext
from kuzet.reports.styles import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    paragraph_styles,
)
from kuzet.reports.toc import OutlineMark, SectionHeading, TocEntry

COVER_FOOT_HEIGHT = 120.0
TOC_KEY = "_contents"  # cannot clash with a section key (those start with a letter)
_KEY = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class PlannedSection:
    """A section ready for layout: its key, title and built flowables."""

    key: str
    title: str
    flowables: list[Flowable]


@dataclass(frozen=True)
class Layout:
    pages: int
    section_starts: dict[str, int]


_settings_lock = threading.Lock()


@contextlib.contextmanager
def _pdf_settings() -> Iterator[None]:
    """Streams deflated but not ASCII85-armoured: 20% smaller and much faster to write."""
    with _settings_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def check_keys(keys: Sequence[str]) -> None:
    """Section keys name PDF bookmarks and manifest entries: unique, plain identifiers."""
    if len(set(keys)) != len(keys):
        raise ValueError(f"section keys must be unique: {list(keys)}")
    for key in keys:
        if not _KEY.fullmatch(key):
            raise ValueError(f"section key {key!r} must be lower-case letters, digits and _")


def _templates() -> list[PageTemplate]:
    zero = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    cover_main = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM + COVER_FOOT_HEIGHT,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - COVER_FOOT_HEIGHT,
        id="cover",
        **zero,
    )
    cover_foot = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, COVER_FOOT_HEIGHT, id="cover_foot", **zero
    )
    body = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, id="body", **zero)
    return [
        PageTemplate(id="cover", frames=[cover_main, cover_foot]),
        PageTemplate(id="body", frames=[body]),
    ]


def build_story(ctx: PackContext, sections: Sequence[PlannedSection]) -> list[Flowable]:
    """Cover, contents and the numbered sections, as one list of flowables."""
    count = len(sections)
    toc_title = ctx.t("toc.title")
    story: list[Flowable] = cover_story(ctx, count)
    story += [
        NextPageTemplate("body"),
        PageBreak(),
        OutlineMark(TOC_KEY, toc_title),
        Paragraph(escape(toc_title), paragraph_styles()["toc_title"]),
    ]
    story += [TocEntry(i, s.key, s.title) for i, s in enumerate(sections, start=1)]
    for i, section in enumerate(sections, start=1):
        story += [PageBreak(), SectionHeading(i, section.key, section.title, count + i - 1)]
        story += section.flowables
    return story


class SubsectionOutline:
    """``doc.afterFlowable``: nests each section's sub-headings (``blocks.subheading``, the
    "heading2" paragraphs) under the section in the PDF outline, each bookmarked where it
    is drawn. Works on flowables made late (``Deferred``) too, as it sees what is drawn."""

    STYLE = "heading2"

    def __init__(self, doc: BaseDocTemplate) -> None:
        self.doc = doc
        self.section: str | None = None
        self.count = 0

    def __call__(self, flowable: Flowable) -> None:
        if isinstance(flowable, SectionHeading):
            self.section = flowable.key
            return
        if self.section is None or not isinstance(flowable, Paragraph):
            return
        if getattr(flowable.style, "name", None) != self.STYLE:
            return
        title = " ".join(flowable.getPlainText().split())
        canv, frame = self.doc.canv, self.doc.frame
        if not title or canv is None or frame is None:
            return
        self.count += 1
        key = f"{self.section}.{self.count}"
        top = frame._y + flowable.getSpaceAfter() + flowable.height + 4
        canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE_HEIGHT))
        canv.addOutlineEntry(title, key, level=1)


def render_pdf(
    stream: IO[bytes],
    ctx: PackContext,
    sections: Sequence[PlannedSection],
    progress: Progress | None = None,
) -> Layout:
    """Lay out and write the pack to ``stream``; progress runs from ``len(sections)`` to
    ``2 * len(sections)`` (the first half is for building the sections)."""
    register_fonts()
    check_keys([s.key for s in sections])
    period = f"{format_date(ctx.period.date_from, 'en')} – {format_date(ctx.period.date_to, 'en')}"
    doc = BaseDocTemplate(
        stream,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{ctx.t('pack.title')}: {ctx.firm_name}",
        author=ctx.generated_by,
        subject=f"{ctx.firm_name}, {period}",
        creator=f"Kuzet {getattr(kuzet, '__version__', '')}".strip(),
        keywords=[ctx.pack_id],
        pageCompression=1,
        lang=ctx.lang,
        initialFontName=SANS,
        displayDocTitle=True,
    )
    doc.addPageTemplates(_templates())
    doc.afterFlowable = SubsectionOutline(doc)  # type: ignore[method-assign]
    decor = PageDecor(ctx.firm_name, ctx.lang, ctx.pack_id, ctx.redact)
    made: list[PackCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> PackCanvas:
        canv = PackCanvas(
            *args,
            decor=decor,
            progress=progress,
            progress_total=2 * len(sections),
            progress_start=len(sections),
            **kwargs,
        )
        canv.showOutline()
        made.append(canv)
        return canv

    with _pdf_settings():
        doc.build(build_story(ctx, sections), canvasmaker=make_canvas)
    canv = made[-1]
    return Layout(pages=canv.page_count, section_starts=dict(canv.section_starts))
