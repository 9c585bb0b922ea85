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


class _Slot:
    """A contents slot (``TocSlot``'s fields) whose key is the first of ``keys`` marked by
    the time the canvas prints the numbers, i.e. once every page is laid out."""

    def __init__(self, keys: tuple[str, ...], starts: dict, x_right, baseline, link) -> None:
        self.keys, self.starts = keys, starts
        self.x_right, self.baseline, self.link = x_right, baseline, link

    @property
    def key(self) -> str:
        return next((k for k in self.keys if k in self.starts), self.keys[-1])


class PageRef(Flowable):
    """The page number of anchor ``key``, right-aligned in ``width``, linked to it. Given
    several keys, the first one the pack marks (a record's own row, else its section)."""

    def __init__(self, key: str | tuple[str, ...], width: float = 24.0) -> None:
        super().__init__()
        self.keys = (key,) if isinstance(key, str) else tuple(key)
        self.key = self.keys[-1]
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
        link = (x0, y0, x1, y1)
        if len(self.keys) == 1:
            canv.add_toc_slot(TocSlot(self.key, x_right, baseline, link))
        else:
            canv.add_toc_slot(_Slot(self.keys, canv.section_starts, x_right, baseline, link))


def page_ref(key: str, width: float = 24.0) -> PageRef:
    return PageRef(key, width)
