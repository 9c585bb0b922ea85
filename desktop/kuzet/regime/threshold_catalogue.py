"""The catalogue of threshold reports to the FIU (``monitoring.threshold_reports``).

Law No. 191-IV "On countering the legalisation (laundering) of proceeds of crime, the
financing of terrorism and the financing of the proliferation of weapons of mass
destruction", Art. 4, sets a threshold per kind of operation and counterparty condition,
not one for every trade: 5,000,000 KZT for transfers to or from persons in offshore zones
and anonymous accounts, other amounts for other kinds. Each row of the rule is read into a
``ThresholdRow``; a row without a threshold is not known yet (to enter from the statute).

No database and no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..i18n import tr

APPLIES_TO = ("transactions", "digital_assets", "none")
CONDITIONS = ("offshore", "anonymous", "any")


@dataclass(frozen=True)
class ThresholdRow:
    """One row of the catalogue: a kind of operation, the counterparty condition and the
    threshold (None: not known yet, to enter from the statute)."""

    kind: str
    label: str
    applies_to: str
    condition: str
    threshold_kzt: Decimal | None
    confidence: str = ""
    note: str = ""

    @property
    def checked(self) -> bool:
        """Whether Kuzet checks the firm's transactions against this row."""
        return self.applies_to in ("transactions", "digital_assets") and (
            self.threshold_kzt is not None
        )


def threshold_rows(raw_rows: Iterable[Mapping[str, object]]) -> tuple[ThresholdRow, ...]:
    """The catalogue rule's rows, checked; an unknown condition or amount is refused."""
    rows = []
    for raw in raw_rows:
        kind = str(raw.get("kind", ""))
        applies_to = str(raw.get("applies_to", "none"))
        condition = str(raw.get("condition", "any"))
        if applies_to not in APPLIES_TO or condition not in CONDITIONS:
            raise ValueError(
                tr(
                    "Threshold report row {kind!r}: applies_to must be one of {applies} and "
                    "condition one of {conditions}."
                ).format(kind=kind, applies=", ".join(APPLIES_TO), conditions=", ".join(CONDITIONS))
            )
        amount = str(raw.get("threshold_kzt", "") or "").strip()
        try:
            threshold = Decimal(amount) if amount else None
        except ArithmeticError:
            raise ValueError(
                tr("Threshold report row {kind!r}: {value!r} is not an amount.").format(
                    kind=kind, value=amount
                )
            ) from None
        rows.append(
            ThresholdRow(
                kind,
                str(raw.get("label", kind)),
                applies_to,
                condition,
                threshold,
                str(raw.get("confidence", "")),
                str(raw.get("note", "")),
            )
        )
    return tuple(rows)
