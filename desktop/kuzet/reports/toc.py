"""Section headings and the table of contents.

Both are flowables that talk to ``PackCanvas``: a ``SectionHeading`` tells it on which page
its section starts (and bookmarks it); a ``TocEntry`` leaves a slot where the canvas prints
that page number, with a link, once all pages are known. The contents therefore cost no
second layout pass, and its numbers always equal the real start pages.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kuzet.reports.fonts import SANS, SANS_BOLD, register_fonts
from kuzet.reports.page_canvas import TOC_NUMBER_SIZE, TocSlot
from kuzet.reports.pdftext import metrics
from kuzet.reports.styles import PAGE_HEIGHT, Palette
from kuzet.reports.table_cells import wrap_text

HEADING_SIZE = 12.5
HEADING_TRACKING = 0.9  # letter spacing of the upper-case heading, points
HEADING_LEADING = 17.0
NUMBER_COLUMN = 30.0
TOC_SIZE = TOC_NUMBER_SIZE
TOC_LEADING = 13.5
TOC_NUMBER_ROOM = 36.0


def _tracked_lines(text: str, size: float, tracking: float, room: float) -> list[str]:
    """Wrap upper-case ``text`` allowing for letter spacing."""
    font = metrics(SANS_BOLD)
    # letter spacing adds ``tracking`` per character: shrink the room by the average share
    average = font.width(text, size) / max(len(text), 1)
    return wrap_text(text, font, size, room * average / (average + tracking), 4)


class SectionHeading(Flowable):
    """``3  CUSTOMERS (KYC/CDD)`` over an accent rule; marks the section's start page."""

    def __init__(self, number: int, key: str, title: str, progress_done: int = 0) -> None:
        super().__init__()
        register_fonts()
        self.number, self.key, self.title = number, key, title
        self.progress_done = progress_done
        self.spaceAfter = 14.0
        self._lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = avail_width - NUMBER_COLUMN
        self._lines = _tracked_lines(self.title.upper(), HEADING_SIZE, HEADING_TRACKING, room)
        self.width = avail_width
        self.height = len(self._lines) * HEADING_LEADING + 8
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if hasattr(canv, "mark_section"):
            canv.set_progress(self.progress_done, self.title)
            canv.mark_section(self.key, f"{self.number}. {self.title}")
        baseline = self.height - HEADING_SIZE
        text = canv.beginText(0, baseline)
        text.setFont(SANS_BOLD, HEADING_SIZE)
        text.setFillColor(Palette.accent_soft)
        text.textOut(f"{self.number}")
        canv.drawText(text)
        for i, line in enumerate(self._lines):
            text = canv.beginText(NUMBER_COLUMN, baseline - i * HEADING_LEADING)
            text.setFont(SANS_BOLD, HEADING_SIZE)
            text.setCharSpace(HEADING_TRACKING)
            text.setFillColor(Palette.accent)
            text.textOut(line)
            canv.drawText(text)
        canv.saveState()
        canv.setStrokeColor(Palette.accent)
        canv.setLineWidth(1.0)
        canv.line(0, 1, self.width, 1)
        canv.restoreState()


class TocEntry(Flowable):
    """One line of the contents: number, title, dot leader; the page number comes later."""

    def __init__(self, number: int, key: str, title: str) -> None:
        super().__init__()
        register_fonts()
        self.number, self.key, self.title = number, key, title
        self._lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = avail_width - NUMBER_COLUMN - TOC_NUMBER_ROOM
        self._lines = wrap_text(self.title, metrics(SANS), TOC_SIZE, room, 3)
        self.width = avail_width
        self.height = len(self._lines) * TOC_LEADING + 5
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        top = self.height
        baseline = top - TOC_SIZE - 1
        canv.saveState()
        canv.setFillColor(Palette.muted)
        canv.setFont(SANS, TOC_SIZE)
        canv.drawString(0, baseline, f"{self.number}")
        canv.setFillColor(Palette.ink)
        for i, line in enumerate(self._lines):
            canv.drawString(NUMBER_COLUMN, baseline - i * TOC_LEADING, line)
        last = baseline - (len(self._lines) - 1) * TOC_LEADING
        start = NUMBER_COLUMN + metrics(SANS).width(self._lines[-1], TOC_SIZE) + 6
        end = self.width - TOC_NUMBER_ROOM + 8
        if end > start:
            canv.setStrokeColor(Palette.faint)
            canv.setLineWidth(0.6)
            canv.setDash(0.6, 2.4)
            canv.setLineCap(1)
            canv.line(start, last + 1.2, end, last + 1.2)
        canv.restoreState()
        if hasattr(canv, "add_toc_slot"):
            x_right, y = canv.absolutePosition(self.width, last)
            x0, y0 = canv.absolutePosition(0, 0)
            x1, y1 = canv.absolutePosition(self.width, self.height)
            canv.add_toc_slot(TocSlot(self.key, x_right, y, (x0, y0, x1, y1)))


class OutlineMark(Flowable):
    """An invisible mark: bookmarks the current page under ``title`` in the PDF outline."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key, fit="XYZ", left=0, top=PAGE_HEIGHT)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
