"""Counts in the commands' English output: "1 customer", "2 customers", never "(s)"."""

from __future__ import annotations

from ..i18n import plural


def counted(count: int, one: str, many: str = "") -> str:
    """``count`` and its noun in the right form: ``counted(2, "licence")`` is "2 licences";
    ``many`` for a plural that does not just add an s ("entries", "transfers lack")."""
    forms = f"{one}|{many or one + 's'}"
    return f"{count} {plural(count, forms, 'en')}"
