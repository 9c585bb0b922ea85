"""The Travel Rule as pure functions: which originator and beneficiary data a transfer of
digital assets must carry, what is missing, and transfers made to a counterparty provider
before its due diligence was done.

Which rule applies follows the firm profile's jurisdiction. AIFC firms: AIFC AML 11-1.1,
in operation from about 10 Sep 2024 (``monitoring.travel_rule.*``): transfers at or above
the threshold (USD 1,000) need the originator's name, wallet and one identifier (address,
national ID number, customer ID, or date and place of birth), and the beneficiary's name
and wallet; below it, names and wallets. Firms outside the AIFC: the AFM's Order No. 5 of
30 Oct 2024 (``monitoring.travel_rule.national.*``), whose threshold and fields are entered
by the officer from the statute; until they are, a transfer is "rule to enter" and raises
no alert. A transfer before its rule came into force is not checked. Payments in money
(``monitoring.fiat_assets``) are not transfers of digital assets and are not checked.

No database and no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..i18n import tr
from .monitoring import TRAVEL_RULE, UNVETTED_PROVIDER, Hit, Tx, money
from .rulepack import RuleBook, RuleNotInForce

COMPLETE, INCOMPLETE, NOT_APPLICABLE = "complete", "incomplete", "not_applicable"
NOT_IN_FORCE, RULE_NOT_SET = "not_in_force", "rule_not_set"
STATUSES = (COMPLETE, INCOMPLETE, NOT_APPLICABLE, NOT_IN_FORCE, RULE_NOT_SET)

AIFC, NATIONAL = "aifc", "national"
# The rule-pack keys of each jurisdiction's Travel Rule: threshold, fields at or above, below.
RULE_KEYS = {
    AIFC: (
        "monitoring.travel_rule.threshold_usd",
        "monitoring.travel_rule.fields_at_or_above",
        "monitoring.travel_rule.fields_below",
    ),
    NATIONAL: (
        "monitoring.travel_rule.national.threshold_usd",
        "monitoring.travel_rule.national.fields_at_or_above",
        "monitoring.travel_rule.national.fields_below",
    ),
}
RULE_CITATIONS = {
    AIFC: "AIFC AML 11-1.1",
    NATIONAL: "AFM Order No. 5 of 30 Oct 2024",
}

FIELD_LABELS = {
    "originator_name": "originator's name",
    "originator_wallet": "originator's wallet or account",
    "originator_id": "originator's address, ID number, customer ID or birth date and place",
    "beneficiary_name": "beneficiary's name",
    "beneficiary_wallet": "beneficiary's wallet or account",
}


def field_label(name: str) -> str:
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def status_label(status: str) -> str:
    labels = {
        COMPLETE: tr("complete"),
        INCOMPLETE: tr("incomplete"),
        NOT_APPLICABLE: tr("not applicable"),
        NOT_IN_FORCE: tr("not in force on that day"),
        RULE_NOT_SET: tr("rule to enter from the statute"),
    }
    return labels.get(status, status)


@dataclass(frozen=True)
class TravelRuleParameters:
    threshold_usd: Decimal | None  # None: not in force that day, or not entered yet
    at_or_above: tuple[str, ...]
    below: tuple[str, ...]
    fiat_assets: frozenset[str]
    jurisdiction: str = AIFC
    in_force: bool = True  # False before the jurisdiction's rule came into force

    @property
    def citation(self) -> str:
        return RULE_CITATIONS.get(self.jurisdiction, self.jurisdiction)

    @property
    def is_set(self) -> bool:
        """Whether the threshold and both field lists are known (entered)."""
        return self.threshold_usd is not None and bool(self.at_or_above) and bool(self.below)


def _threshold(raw: object) -> Decimal | None:
    """A threshold as the rule pack gives it; "" (not entered yet) is None."""
    text = str(raw if raw is not None else "").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except ArithmeticError:
        raise ValueError(
            tr("The Travel Rule threshold {value!r} is not an amount.").format(value=text)
        ) from None


def travel_rule_parameters(
    rules: RuleBook, day: dt.date, jurisdiction: str = AIFC
) -> TravelRuleParameters:
    """The Travel Rule of ``jurisdiction`` ("aifc" or "national") in force on ``day``."""
    keys = RULE_KEYS.get(jurisdiction, RULE_KEYS[AIFC])
    fiat = frozenset(str(a).upper() for a in rules.value("monitoring.fiat_assets", day))
    try:
        raw = rules.value(keys[0], day)
    except (RuleNotInForce, KeyError):
        return TravelRuleParameters(None, (), (), fiat, jurisdiction, in_force=False)
    params = TravelRuleParameters(
        threshold_usd=_threshold(raw),
        at_or_above=tuple(rules.value_or(keys[1], day, ())),
        below=tuple(rules.value_or(keys[2], day, ())),
        fiat_assets=fiat,
        jurisdiction=jurisdiction,
    )
    unknown = sorted(set(params.at_or_above + params.below) - set(FIELD_LABELS))
    if unknown:
        raise ValueError(
            tr("The Travel Rule field lists name unknown fields: {fields}.").format(
                fields=", ".join(unknown)
            )
        )
    return params


@dataclass(frozen=True)
class TravelRuleCheck:
    status: str
    missing: tuple[str, ...]
    at_or_above: bool

    def describe(self) -> str:
        if self.status != INCOMPLETE:
            return status_label(self.status)
        return tr("missing {fields}").format(fields=", ".join(field_label(f) for f in self.missing))


def check(
    asset: str, value_usd: Decimal, data: Mapping[str, str], params: TravelRuleParameters
) -> TravelRuleCheck:
    """Which required fields a transfer lacks, by its USD value (``>=`` the threshold).

    Money is not checked; nor is a transfer before the rule came into force; where the
    rule's threshold or fields are not entered yet the status says so."""
    if asset.upper() in params.fiat_assets:
        return TravelRuleCheck(NOT_APPLICABLE, (), False)
    if not params.in_force:
        return TravelRuleCheck(NOT_IN_FORCE, (), False)
    if not params.is_set or params.threshold_usd is None:
        return TravelRuleCheck(RULE_NOT_SET, (), False)
    at_or_above = value_usd >= params.threshold_usd
    required = params.at_or_above if at_or_above else params.below
    missing = tuple(f for f in required if not str(data.get(f) or "").strip())
    return TravelRuleCheck(INCOMPLETE if missing else COMPLETE, missing, at_or_above)


def travel_rule_hits(
    checked: Iterable[tuple[Tx, TravelRuleCheck]],
    params_threshold: Mapping[int, Decimal],
    citation: str = RULE_CITATIONS[AIFC],
) -> list[Hit]:
    """One hit per incomplete transfer at or above the threshold.

    ``params_threshold`` gives, per transaction id, the threshold applied (for the reason);
    ``citation`` the rule applied (the firm's jurisdiction).
    """
    hits = []
    for tx, result in checked:
        if result.status != INCOMPLETE or not result.at_or_above:
            continue
        reason = tr(
            "Transfer of {value} ({asset}) on {date}, at or above the Travel Rule threshold of "
            "{threshold}: {missing} ({rule})."
        ).format(
            rule=citation,
            value=money(tx.value_usd, "USD"),
            asset=tx.asset,
            date=f"{tx.day:%d.%m.%Y}",
            threshold=money(params_threshold.get(tx.id, Decimal(0)), "USD"),
            missing=result.describe(),
        )
        hits.append(Hit(TRAVEL_RULE, tx.customer_id, (tx.id,), str(tx.id), reason, tx.day))
    return hits


def unvetted_provider_hits(
    txs: Iterable[Tx],
    providers: Mapping[str, tuple[str, dt.date | None]],
    fiat_assets: frozenset[str],
) -> list[Hit]:
    """Transfers of digital assets with a counterparty provider that is not in the
    register, or whose due diligence was not done by the day of the transfer; one hit per
    customer and provider. ``providers``: casefolded name -> (name, due diligence date)."""
    grouped: dict[tuple[int, str], list[Tx]] = defaultdict(list)
    for tx in txs:
        if not tx.provider or tx.asset.upper() in fiat_assets:
            continue
        _name, done_on = providers.get(tx.provider, ("", None))
        if done_on is None or done_on > tx.day:
            grouped[(tx.customer_id, tx.provider)].append(tx)
    hits = []
    for (customer_id, key), found in sorted(grouped.items()):
        found.sort(key=lambda t: (t.day, t.id))
        name, done_on = providers.get(key, (found[0].provider_name or key, None))
        if key not in providers:
            why = tr("it is not in the register of counterparty providers")
        elif done_on is None:
            why = tr("its due diligence is not recorded")
        else:
            why = tr("its due diligence was done only on {date}").format(date=f"{done_on:%d.%m.%Y}")
        reason = tr(
            "{count} transfer(s) with {provider} from {first} to {last}: {why}; counterparty "
            "providers are vetted before the first transfer (AIFC AML 11-1)."
        ).format(
            count=len(found),
            provider=name,
            first=f"{found[0].day:%d.%m.%Y}",
            last=f"{found[-1].day:%d.%m.%Y}",
            why=why,
        )
        ids = tuple(t.id for t in found)
        hits.append(Hit(UNVETTED_PROVIDER, customer_id, ids, key, reason, found[-1].day))
    return hits
