"""What the audit-pack tests share besides the session's demo firm (``support.demo_db``,
which they only read): the period they print, and reading a pack's pages back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pypdf import PdfReader

from support.demo_db import TODAY

PERIOD = (TODAY - dt.timedelta(days=364), TODAY)
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (table cells wrap names)."""
    return " ".join(text.split())
