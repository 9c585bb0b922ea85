"""Who is involved: monitoring rules on the parties to transactions, as pure functions.

Threshold reports to the FIU (the catalogue's offshore and anonymous-account conditions),
high-risk jurisdictions (the customer's citizenship or residence, the counterparty
provider's country, on the rule pack's country lists), the monthly cap on purchases of
digital assets by retail residents without a passed knowledge test, and wallets of listed
persons. The amount
patterns (threshold, structuring, rapid in-and-out) and the shared types are in
``regime.monitoring``.

No database and no Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal

from ..i18n import tr
from .monitoring import (
    HIGH_RISK,
    IN,
    LISTED_WALLET,
    RETAIL_CAP,
    THRESHOLD,
    CustomerFacts,
    Hit,
    Parameters,
    ParamSource,
    Tx,
    by_customer,
    day_text,
    direction_word,
    money,
    params_on,
)
from .threshold_catalogue import ThresholdRow

# --- threshold reports to the FIU: the catalogue's counterparty conditions ----------


def threshold_hits(
    txs: Iterable[Tx],
    customers: Mapping[int, CustomerFacts],
    provider_countries: Mapping[str, str],
    params: ParamSource,
) -> list[Hit]:
    """Each transaction that a row of the threshold-report catalogue covers: the row's
    kind of operation and counterparty condition hold and the KZT value is at or above its
    threshold. ``provider_countries``: casefolded provider name -> ISO country code."""
    hits = []
    for tx in txs:
        p = params_on(params, tx.day)
        matched: list[tuple[ThresholdRow, str]] = []
        for row in p.threshold_rows:
            if not row.checked or row.threshold_kzt is None or tx.value_kzt < row.threshold_kzt:
                continue
            if row.applies_to == "digital_assets" and tx.asset.upper() in p.fiat_assets:
                continue
            why = _condition_holds(
                row.condition, tx, customers.get(tx.customer_id), provider_countries, p
            )
            if why is not None:
                matched.append((row, why))
        if not matched:
            continue
        row, why = min(matched, key=lambda item: item[0].threshold_kzt or Decimal(0))
        reason = tr(
            "{what} of {value} on {date}: {kind}, at or above {threshold}{why} "
            "(monitoring.threshold_reports, Law No. 191-IV Art. 4): report to the FIU."
        ).format(
            what=direction_word(tx.direction),
            value=money(tx.value_kzt, "KZT"),
            date=day_text(tx.day),
            kind=row.label,
            threshold=money(row.threshold_kzt or Decimal(0), "KZT"),
            why=f"; {why}" if why else "",
        )
        hits.append(
            Hit(
                THRESHOLD,
                tx.customer_id,
                (tx.id,),
                str(tx.id),
                reason,
                tx.day,
                threshold_kzt=row.threshold_kzt,
                kind=row.kind,
            )
        )
    return hits


def _condition_holds(
    condition: str,
    tx: Tx,
    customer: CustomerFacts | None,
    provider_countries: Mapping[str, str],
    p: Parameters,
) -> str | None:
    """Why the counterparty condition holds ("" for none), or None where it does not."""
    if condition == "any":
        return ""
    if condition == "offshore":
        country = provider_countries.get(tx.provider, "").upper() if tx.provider else ""
        if country and country in p.offshore_zones:
            return tr("the counterparty provider {provider} is in {code}, an offshore zone").format(
                provider=tx.provider_name or tx.provider, code=country
            )
        residence = customer.residence.upper() if customer is not None else ""
        if residence and residence in p.offshore_zones:
            return tr("the customer is resident or registered in {code}, an offshore zone").format(
                code=residence
            )
        return None
    if condition == "anonymous":
        if tx.asset.upper() in p.fiat_assets or tx.counterparty_name.strip():
            return None
        return tr("the transfer's data do not name the {who} (anonymous account)").format(
            who=tr("originator") if tx.direction == IN else tr("beneficiary")
        )
    return None


# --- high-risk jurisdictions --------------------------------------------------------


def high_risk_hits(
    txs: Iterable[Tx],
    customers: Mapping[int, CustomerFacts],
    provider_countries: Mapping[str, str],
    params: ParamSource,
) -> list[Hit]:
    """Transactions of a customer who is a citizen or resident of a listed country, or
    with a counterparty provider in one; one hit per customer and calendar month."""
    grouped: dict[tuple[int, str], list[tuple[Tx, list[str]]]] = defaultdict(list)
    for tx in txs:
        p = params_on(params, tx.day)
        causes = _high_risk_causes(tx, customers.get(tx.customer_id), provider_countries, p)
        if causes:
            grouped[(tx.customer_id, f"{tx.day:%Y-%m}")].append((tx, causes))
    hits = []
    for (customer_id, month), found in sorted(grouped.items()):
        found.sort(key=lambda item: (item[0].day, item[0].id))
        causes: list[str] = []
        for _tx, tx_causes in found:
            causes.extend(c for c in tx_causes if c not in causes)
        reason = tr("{count} transaction(s) in {month}: {causes}.").format(
            count=len(found), month=month, causes="; ".join(causes)
        )
        ids = tuple(tx.id for tx, _ in found)
        hits.append(Hit(HIGH_RISK, customer_id, ids, month, reason, found[-1][0].day))
    return hits


def _high_risk_causes(
    tx: Tx, customer: CustomerFacts | None, provider_countries: Mapping[str, str], p: Parameters
) -> list[str]:
    causes = []
    if customer is not None:
        for label, code in (
            (tr("citizenship"), customer.citizenship),
            (tr("residence"), customer.residence),
        ):
            code = code.upper()
            if code and code in p.high_risk_countries:
                causes.append(
                    tr("the customer's {what} {code} is on {list}").format(
                        what=label, code=code, list=p.high_risk_countries[code]
                    )
                )
    country = provider_countries.get(tx.provider, "").upper() if tx.provider else ""
    if country and country in p.high_risk_countries:
        causes.append(
            tr("the counterparty provider {provider} is in {code}, on {list}").format(
                provider=tx.provider_name or tx.provider,
                code=country,
                list=p.high_risk_countries[country],
            )
        )
    return causes


# --- retail residents' monthly deposit cap ------------------------------------------


def is_retail_resident(customer: CustomerFacts, p: Parameters) -> bool:
    """Individuals resident in the home jurisdiction are treated as retail clients."""
    return customer.kind == "individual" and customer.residence.upper() == p.home_country


def counts_toward_cap(tx: Tx, p: Parameters) -> bool:
    """Whether a transaction counts toward the retail cap: a purchase of digital assets,
    which the register records as a deposit of money (an asset in ``monitoring.fiat_assets``)
    paid in to buy them (Guidance to AIFC rule 3.1.1); every deposit where the firm chose
    the stricter reading (``monitoring.retail.count_all_deposits``)."""
    if tx.direction != IN:
        return False
    return p.retail_count_all_deposits or tx.asset.upper() in p.fiat_assets


def retail_cap_hits(
    txs: Iterable[Tx], customers: Mapping[int, CustomerFacts], params: ParamSource
) -> list[Hit]:
    """Retail residents whose purchases of digital assets in a calendar month exceed the
    cap (USD) without a knowledge test passed by the day the cap was exceeded. No cap
    applies before it came into force (26 Oct 2021)."""
    hits = []
    for customer_id, items in by_customer(txs).items():
        customer = customers.get(customer_id)
        if customer is None:
            continue
        months: dict[str, list[Tx]] = defaultdict(list)
        for tx in items:
            if counts_toward_cap(tx, params_on(params, tx.day)):
                months[f"{tx.day:%Y-%m}"].append(tx)
        for month, deposits in sorted(months.items()):
            p = params_on(params, deposits[-1].day)
            if p.retail_cap_usd is None or not is_retail_resident(customer, p):
                continue
            deposits = [d for d in deposits if params_on(params, d.day).retail_cap_usd is not None]
            running = Decimal(0)
            exceeded_on = None
            for tx in deposits:
                running += tx.value_usd
                if exceeded_on is None and running > p.retail_cap_usd:
                    exceeded_on = tx.day
            if exceeded_on is None:
                continue
            passed = customer.test_passed_on
            if passed is not None and passed <= exceeded_on:
                continue
            test = (
                tr("no knowledge test passed")
                if passed is None
                else tr("knowledge test passed only on {date}").format(date=day_text(passed))
            )
            counted = (
                tr("Deposits") if p.retail_count_all_deposits else tr("Purchases of digital assets")
            )
            reason = tr(
                "{counted} of {total} in {month} exceed the cap of {cap} a calendar month for "
                "retail residents of {country} (from {date}); {test} (monitoring.retail.cap_usd)."
            ).format(
                counted=counted,
                total=money(running, "USD"),
                month=month,
                cap=money(p.retail_cap_usd, "USD"),
                country=p.home_country,
                date=day_text(exceeded_on),
                test=test,
            )
            ids = tuple(t.id for t in deposits)
            hits.append(Hit(RETAIL_CAP, customer_id, ids, month, reason, deposits[-1].day))
    return hits


# --- wallets of listed persons ------------------------------------------------------

_LOWERCASE_PREFIXES = ("0x", "bc1", "tb1", "ltc1", "bnb1", "addr1", "cosmos1")


def normalise_address(text: str) -> str:
    """A crypto address as compared: no spaces; hex and bech32 addresses lowercased
    (they are case-insensitive); others (base58) keep their case."""
    cleaned = "".join(text.split())
    lowered = cleaned.lower()
    return lowered if lowered.startswith(_LOWERCASE_PREFIXES) else cleaned


def listed_wallet_hits(
    txs: Iterable[Tx], addresses: Mapping[str, tuple[str, str, str]]
) -> list[Hit]:
    """Transactions whose counterparty, originator or beneficiary wallet is a listed
    person's address. ``addresses``: normalised address -> (list, entry ref, name)."""
    if not addresses:
        return []
    hits = []
    for tx in txs:
        fields = (
            (tr("counterparty wallet"), tx.counterparty_wallet),
            (tr("originator wallet"), tx.originator_wallet),
            (tr("beneficiary wallet"), tx.beneficiary_wallet),
        )
        found = []
        for label, wallet in fields:
            if not wallet:
                continue
            entry = addresses.get(normalise_address(wallet))
            if entry is not None:
                listed, ref, name = entry
                found.append(
                    tr("{field} {wallet} belongs to {name} ({list}, entry {ref})").format(
                        field=label, wallet=wallet, name=name, list=listed, ref=ref
                    )
                )
        if found:
            reason = tr("{what} of {value} on {date}: {found}.").format(
                what=direction_word(tx.direction),
                value=money(tx.value_kzt, "KZT"),
                date=day_text(tx.day),
                found="; ".join(found),
            )
            hits.append(Hit(LISTED_WALLET, tx.customer_id, (tx.id,), str(tx.id), reason, tx.day))
    return hits
