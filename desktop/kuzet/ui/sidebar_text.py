"""The sidebar's width and its page titles, broken onto two lines where a title (in
Russian or Kazakh, say) is wider than the sidebar, instead of being cut off at its edge.

Kept free of the ``Qt`` enum namespace: the main window builds the sidebar before the
first paint.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

SIDEBAR_WIDTH = 210  # the width the pages were fitted to (1366 px in every language)
# What an item's text may use of it: the text starts 22 px in (the 3 px selection bar, the
# 16 px padding) and is cut at the 8 px scroll bar; a few pixels to spare.
TEXT_WIDTH = SIDEBAR_WIDTH - 22 - 8 - 4
POINT_SIZE = 10.5  # the sidebar's font size in kuzet.ui.style


def sidebar_title(title: str, font: QFont, width: int = TEXT_WIDTH) -> str:
    """``title`` as the sidebar shows it: whole when it fits ``width`` pixels in ``font``
    at the sidebar's size, else broken into lines at spaces, each line as full as fits
    (a single word wider than that keeps a line of its own)."""
    sized = QFont(font)
    sized.setPointSizeF(POINT_SIZE)
    metrics = QFontMetrics(sized)
    lines: list[str] = []
    for word in title.split(" "):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines)


HEADING_POINT_SIZE = 8.0  # a group heading: small capitals, bold


def heading_font(font: QFont) -> QFont:
    """The font of a group heading in the sidebar: ``font``, small and bold."""
    small = QFont(font)
    small.setPointSizeF(HEADING_POINT_SIZE)
    small.setBold(True)
    return small
