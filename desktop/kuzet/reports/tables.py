"""Register tables for the pack: ``data_table(columns, rows)`` → one flowable of any length.

The table streams its rows: it reads them from any iterable (a list, a generator, later a
database cursor) only as pages are laid out, keeps about one page of them in memory, and
repeats its header (and title, marked "continued") on every page. Column widths are fixed
for the whole table (given, or measured from the header and the first 200 rows), long text
wraps inside its cell, numbers are right-aligned, a ``Status`` becomes a badge, and rows
alternate with a light zebra tint. 100,000 rows lay out in a few seconds (see
``table_flow`` for why it draws its own cells instead of using reportlab's ``Table``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from reportlab.platypus import Flowable

from kuzet.reports.attachments import ATTACH_ABOVE, attachment_note, current_sink
from kuzet.reports.table_cells import Column, as_columns
from kuzet.reports.table_flow import DataTable, TableSpec


def data_table(
    columns: Sequence[Column | str],
    rows: Iterable[Sequence[object]],
    *,
    lang: str = "en",
    title: str | None = None,
    empty_text: str | None = None,
    total_row: Sequence[object] | None = None,
    attach: bool | None = None,
) -> Flowable:
    """A styled, page-spanning table of ``rows`` under ``columns``.

    ``rows`` is read once, lazily; values may be str, int, Decimal, date, datetime, bool,
    None or ``Status``. ``title`` is printed above the header (and "… (continued)" on later
    pages). ``total_row`` is printed last, in bold, under a rule.

    While a pack is built (``attachments.collecting``), a table of more than
    ``ATTACH_ABOVE`` rows, or any table with ``attach=True``, goes to an XLSX attachment
    and this returns the line naming it; ``attach=False`` always prints the table.
    """
    cols = as_columns(columns)
    if not cols:
        raise ValueError("a table needs at least one column")
    sink = current_sink()
    if sink is not None and attach is not False:
        source = iter(rows)
        head = list(itertools.islice(source, ATTACH_ABOVE + 1))
        if attach or len(head) > ATTACH_ABOVE:
            headers = [c.header for c in cols]
            record = sink.write(title, headers, itertools.chain(head, source))
            return attachment_note(record, lang)
        rows = head
    spec = TableSpec(cols, lang, title, empty_text, total_row)
    return DataTable.start(spec, rows)
