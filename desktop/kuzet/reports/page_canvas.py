"""The pack's canvas: holds finished pages back until the end, then adds what needs totals.

"Page X of Y" and the page numbers in the table of contents are only known once every page
is laid out. ``PackCanvas`` therefore keeps each finished page (its drawing operators joined
into one string) instead of writing it, and on ``save`` replays them in order, adding the
running header and footer, the table-of-contents page numbers and links, and the outline
bookmarks. Layout runs once; the extra memory is the page content reportlab keeps anyway.

Page numbers are physical: the cover is page 1 and carries no header or footer, so the
numbered pages run 2..Y and every number printed (footer, contents) equals the page number
a PDF viewer shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from kuzet.progress import Progress
from kuzet.reports.fonts import MONO, SANS, SANS_BOLD
from kuzet.reports.labels import t
from kuzet.reports.pdftext import encoder, fit_text, metrics
from kuzet.reports.styles import (
    FOOTER_BASELINE,
    FOOTER_RULE_Y,
    HEADER_BASELINE,
    HEADER_RULE_Y,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RUNNING_FONT_SIZE,
    Palette,
    rgb_op,
)

FIRST_NUMBERED_PAGE = 2
TOC_NUMBER_SIZE = 9.6


@dataclass(frozen=True)
class PageDecor:
    """What the running header and footer say."""

    firm_name: str
    lang: str
    pack_id: str
    redacted: bool = False


@dataclass
class TocSlot:
    """Where the contents page prints the start page of section ``key`` (absolute points)."""

    key: str
    x_right: float
    baseline: float
    link: tuple[float, float, float, float]


@dataclass
class _PendingPage:
    state: dict[str, Any]
    bookmarks: list[tuple[tuple, dict]] = field(default_factory=list)
    toc_slots: list[TocSlot] = field(default_factory=list)


class PackCanvas(Canvas):
    """A reportlab canvas that defers pages to number them "X of Y" (see module doc)."""

    def __init__(
        self,
        *args: Any,
        decor: PageDecor,
        progress: Progress | None = None,
        progress_total: int = 0,
        progress_start: int = 0,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._progress = progress
        self._progress_total = progress_total
        self._progress_done = progress_start
        self._progress_message = ""
        self._pending: list[_PendingPage] = []
        self._bookmarks: list[tuple[tuple, dict]] = []
        self._toc_slots: list[TocSlot] = []
        self.section_starts: dict[str, int] = {}
        self.page_count = 0
        self._running: str | None = None

    # ----- called by the pack's flowables while laying out -----
    def set_progress(self, done: int, message: str) -> None:
        """Report the work now being laid out (also checks for cancel)."""
        self._progress_done, self._progress_message = done, message
        if self._progress is not None:
            self._progress.step(done, self._progress_total, message)

    def mark_section(self, key: str, title: str) -> None:
        """The section ``key`` starts on the current page: remember it, bookmark it."""
        self.section_starts.setdefault(key, self.getPageNumber())
        self.bookmarkPage(key, fit="XYZ", left=0, top=PAGE_HEIGHT)
        self.addOutlineEntry(title, key, level=0)

    def add_toc_slot(self, slot: TocSlot) -> None:
        self._toc_slots.append(slot)

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> None:
        # The destination needs this page's PDF object, which exists only on replay.
        self._bookmarks.append(((key, *args), kwargs))

    # ----- page handling -----
    def showPage(self) -> None:
        if self._progress is not None:
            self._progress.step(self._progress_done, self._progress_total, self._progress_message)
        state = dict(self.__dict__)
        state["_code"] = ["q\n" + "\n".join(self._code) + "\nQ"]
        for key in ("_pending", "_bookmarks", "_toc_slots", "section_starts", "_running"):
            del state[key]
        self._pending.append(_PendingPage(state, self._bookmarks, self._toc_slots))
        self._bookmarks, self._toc_slots = [], []
        self._startPage()

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        pending, self._pending = self._pending, []
        total = len(pending)
        for number, page in enumerate(pending, start=1):
            if self._progress is not None and number % 200 == 0:
                self._progress.check()
            annotations = self._annotationCount  # links added on replay keep unique names
            self.__dict__.update(page.state)
            self._annotationCount = max(annotations, self._annotationCount)
            page.state.clear()
            for args, kwargs in page.bookmarks:
                Canvas.bookmarkPage(self, *args, **kwargs)
            if number >= FIRST_NUMBERED_PAGE:
                self._draw_running_text(number, total)
            for slot in page.toc_slots:
                self._draw_toc_number(slot)
            Canvas.showPage(self)
        self.page_count = total
        super().save()

    # ----- what is added on replay -----
    def _draw_running_text(self, number: int, total: int) -> None:
        """Header and footer as raw operators: the same on every page but the page number."""
        if self._running is None:
            self._running = self._running_static()
        size = RUNNING_FONT_SIZE
        label = t("footer.page", self._decor.lang, page=number, total=total)
        x = PAGE_WIDTH - MARGIN_RIGHT - metrics(SANS).width(label, size)
        runs = " ".join(f"{op} {show}" for op, show in encoder(self, SANS).runs(label, size))
        self.addLiteral(
            f"q {self._running} BT {rgb_op(Palette.muted)} "
            f"1 0 0 1 {x:.2f} {FOOTER_BASELINE:.2f} Tm {runs} ET Q"
        )

    def _running_static(self) -> str:
        decor = self._decor
        left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
        size = RUNNING_FONT_SIZE
        mark = t("header.confidential", decor.lang)
        if decor.redacted:
            mark = f"{mark} · {t('header.redacted', decor.lang)}"
        mark = mark.upper()
        mark_w = metrics(SANS_BOLD).width(mark, size)
        firm = fit_text(decor.firm_name, metrics(SANS), size, right - left - mark_w - 24)
        pack = t("footer.pack", decor.lang, pack_id=decor.pack_id)

        def text(font: str, value: str, x: float, y: float) -> str:
            runs = " ".join(f"{op} {show}" for op, show in encoder(self, font).runs(value, size))
            return f"1 0 0 1 {x:.2f} {y:.2f} Tm {runs}"

        return " ".join(
            [
                f"{rgb_op(Palette.hairline, stroke=True)} 0.5 w",
                f"{left:.2f} {HEADER_RULE_Y:.2f} m {right:.2f} {HEADER_RULE_Y:.2f} l S",
                f"{left:.2f} {FOOTER_RULE_Y:.2f} m {right:.2f} {FOOTER_RULE_Y:.2f} l S",
                "BT",
                rgb_op(Palette.accent),
                text(SANS_BOLD, mark, right - mark_w, HEADER_BASELINE),
                rgb_op(Palette.muted),
                text(SANS, firm, left, HEADER_BASELINE),
                text(MONO, pack, left, FOOTER_BASELINE),
                "ET",
            ]
        )

    def _draw_toc_number(self, slot: TocSlot) -> None:
        page = self.section_starts.get(slot.key)
        self.saveState()
        self.setFont(SANS, TOC_NUMBER_SIZE)
        self.setFillColor(Palette.ink)
        self.drawRightString(slot.x_right, slot.baseline, str(page) if page else "?")
        self.restoreState()
        if page:
            self.linkRect("", slot.key, slot.link, relative=0, thickness=0)
