"""Human labels for words the code builds from data, kept in one place for translation.

The core stores and compares keys ("male", "bulk-insert", "quarter"); the UI shows
``tr(label)`` (``label(TABLE, key)``). ``packaging/translations.py`` extracts the values of
every upper-case dict whose name ends in ``LABELS`` (here and in any module, such as the
trail's table and field labels), and any text wrapped in ``marked("...")``: a no-op that
marks a string the core keeps in English (a rate's basis, a rule's wording) so the UI can
translate it when it shows it. No Qt here: the core may import this module.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import tr

# An IIN's sex (``regime.ids``): "Valid IIN: born 01.02.1990, male".
SEX_LABELS = {"male": "male", "female": "female"}
# What an audit-trail entry did to its record (``store.audit``).
TRAIL_ACTION_LABELS = {
    "insert": "insert",
    "update": "update",
    "retire": "retire",
    "reinstate": "reinstate",
    "migrate": "migrate",
    "bulk-insert": "bulk-insert",
}
# The period of the mandatory sale (``regime.mining.PERIOD_KINDS``): "per calendar quarter".
PERIOD_LABELS = {"quarter": "quarter", "month": "month"}
# A customer's risk tier with its noun, as the customer list's filter shows it.
RISK_TIER_LABELS = {"low": "Low risk", "medium": "Medium risk", "high": "High risk"}


def marked(text: str) -> str:
    """``text`` unchanged: marks an English string for extraction; translate it with
    ``tr`` where it is shown."""
    return text


def label(table: Mapping[str, str], key: str) -> str:
    """The translated label of ``key`` in ``table`` (the key itself if it has none)."""
    return tr(table.get(key, key))
