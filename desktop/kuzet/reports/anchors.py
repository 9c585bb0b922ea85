"""Page anchors: a place in the pack that another part can cite by page number.

Section starts are anchors already (``SectionHeading`` marks them on ``PackCanvas``); an
``Anchor(key)`` marks any other place (a record, a sub-part) the same way. A ``PageRef(key)``
prints, where it stands, the page of the anchor ``key`` with a link to it. The number is
written by the canvas when it saves (the contents' own mechanism, ``TocSlot``), so it costs
no second layout pass and always equals the real page. An unknown key prints "?".

Anchor keys share the namespace of section keys: use ``"<section>.<what>"`` for anchors
inside a section (e.g. ``"findings.alert/41"``) so they never clash with a section key.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kuzet.reports.page_canvas import TOC_NUMBER_SIZE, TocSlot
from kuzet.reports.styles import PAGE_HEIGHT


class Anchor(Flowable):
    """An invisible mark: the anchor ``key`` is on the page where this is drawn."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        starts = getattr(canv, "section_starts", None)
        if starts is None:  # a plain canvas (a test drawing one flowable): nothing to mark
            return
        starts.setdefault(self.key, canv.getPageNumber())
        canv.bookmarkPage(self.key, fit="XYZ", left=0, top=PAGE_HEIGHT)


def anchor(key: str) -> Anchor:
    return Anchor(key)


class PageRef(Flowable):
    """The page number of anchor ``key``, right-aligned in ``width``, linked to it."""

    def __init__(self, key: str, width: float = 24.0) -> None:
        super().__init__()
        self.key = key
        self.ref_width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.ref_width, avail_width)
        self.height = TOC_NUMBER_SIZE + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if not hasattr(canv, "add_toc_slot"):
            return
        x_right, baseline = canv.absolutePosition(self.width, 2)
        x0, y0 = canv.absolutePosition(0, 0)
        x1, y1 = canv.absolutePosition(self.width, self.height)
        canv.add_toc_slot(TocSlot(self.key, x_right, baseline, (x0, y0, x1, y1)))


def page_ref(key: str, width: float = 24.0) -> PageRef:
    return PageRef(key, width)
