"""The mining desk: what the window and the commands do with pool output, the sales ledger,
the venues, the mandatory sale and the mining fee, each call one unit of work (see
``registers/area.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ...regime.mining import ShareCheck
from ...store.models.mining import CoinPrice, MiningFeeBasis, MiningOutput, Sale, Venue
from ..area import Area, import_entry
from ..listing import ListQuery
from ..records import Record, Register
from . import fees, imports, mandatory_sale, prices, sales, venues
from . import output as mining_output


class MiningDesk(Area):
    # --- a record of the output register, the sales ledger or the venue register ------

    def _read(self, register: Register[Record], record_id: int) -> Record:
        with self.reading() as work:
            return register.get(work.session, record_id)

    def _save(
        self, register: Register[Record], data: Mapping[str, Any], record_id: int | None
    ) -> Record:
        """A new record (``record_id`` None) or an edit; ``ValidationFailed`` names the
        fields that are wrong and nothing is written."""
        with self.writing() as work:
            if record_id is None:
                return register.create(work.session, data, work.today)
            return register.update(work.session, record_id, data, work.today)

    def _retire(self, register: Register[Record], record_id: int, reason: str) -> Record:
        with self.writing() as work:
            return register.retire(work.session, record_id, reason)

    # --- mining output ----------------------------------------------------------------

    def output_listing(self) -> mining_output.OutputListing:
        return mining_output.OutputListing(self.rules(), self.today)

    def output(self, output_id: int) -> MiningOutput:
        return self._read(mining_output.OUTPUT, output_id)

    def output_form(self) -> mining_output.OutputForm:
        """The pools and coins the output dialog offers, and its pool check."""
        with self.reading() as work:
            return mining_output.output_form(work.session, work.rules)

    def save_output(self, data: Mapping[str, Any], output_id: int | None = None) -> MiningOutput:
        return self._save(mining_output.OUTPUT, data, output_id)

    def retire_output(self, output_id: int, reason: str) -> MiningOutput:
        return self._retire(mining_output.OUTPUT, output_id, reason)

    import_output = import_entry(
        lambda work, path, mapping, progress: imports.import_output(
            work.session, path, work.rules, work.today, mapping, progress
        ),
        "A pool payout file, all or nothing (``ImportRejected`` names every bad row).",
    )

    def export_output(
        self, path: Path, query: ListQuery, listing: mining_output.OutputListing | None = None
    ) -> int:
        return self.export_list(listing or self.output_listing(), query, path, "Mining output")

    # --- sales ----------------------------------------------------------------------------

    def sale_listing(self) -> sales.SaleListing:
        return sales.SaleListing(self.today, self.rules())

    def sale(self, sale_id: int) -> Sale:
        return self._read(sales.SALES, sale_id)

    def sale_form(self) -> sales.SaleForm:
        """The venues and coins the sale dialog offers, and whether a sale would count."""
        with self.reading() as work:
            return sales.sale_form(work.session, work.rules)

    def save_sale(self, data: Mapping[str, Any], sale_id: int | None = None) -> Sale:
        return self._save(sales.SALES, data, sale_id)

    def retire_sale(self, sale_id: int, reason: str) -> Sale:
        return self._retire(sales.SALES, sale_id, reason)

    import_sales = import_entry(
        lambda work, path, mapping, progress: imports.import_sales(
            work.session, path, work.today, mapping, progress
        ),
        "An exchange trade history, all or nothing (``ImportRejected`` names every bad "
        "row); trades already in the ledger are skipped.",
    )

    def export_sales(
        self, path: Path, query: ListQuery, listing: sales.SaleListing | None = None
    ) -> int:
        return self.export_list(listing or self.sale_listing(), query, path, "Sales")

    # --- venues ---------------------------------------------------------------------------

    def venue_listing(self) -> venues.VenueListing:
        return venues.VenueListing(self.today, self.rules())

    def venue(self, venue_id: int) -> Venue:
        return self._read(venues.VENUES, venue_id)

    def save_venue(self, data: Mapping[str, Any], venue_id: int | None = None) -> Venue:
        return self._save(venues.VENUES, data, venue_id)

    def retire_venue(self, venue_id: int, reason: str) -> Venue:
        return self._retire(venues.VENUES, venue_id, reason)

    # --- the mandatory sale ---------------------------------------------------------------

    def coins(self) -> list[str]:
        """Coins with output or sales, the most mined first."""
        with self.reading() as work:
            return mandatory_sale.coins(work.session)

    def share_checks(self, coin: str) -> list[ShareCheck]:
        """Every period of ``coin`` to the running one, newest first."""
        with self.reading() as work:
            return mandatory_sale.check_periods(work.session, work.rules, work.today, coin)

    def share_overview(self, coin: str, months: int = 12) -> mandatory_sale.ShareOverview:
        """The periods, the last ``months`` months and the rule, for the page."""
        with self.reading() as work:
            return mandatory_sale.overview(work.session, work.rules, work.today, coin, months)

    # --- the mining fee -------------------------------------------------------------------

    def fee_report(self) -> fees.FeeReport:
        with self.reading() as work:
            return fees.report(work.session, work.rules, work.today)

    def fee_basis(self, quarter_start: dt.date) -> MiningFeeBasis | None:
        """What the fee of the quarter from ``quarter_start`` rests on (None: not entered)."""
        with self.reading() as work:
            return fees.bases(work.session).get(quarter_start)

    def save_fee_basis(self, quarter_start: dt.date, data: Mapping[str, Any]) -> MiningFeeBasis:
        with self.writing() as work:
            return fees.save_basis(work.session, quarter_start, data, work.today)

    # --- the State Revenue Committee's coin prices (tax value at receipt) -----------------

    def price_listing(self) -> prices.PriceListing:
        return prices.PriceListing()

    def price(self, price_id: int) -> CoinPrice:
        return self._read(prices.PRICES, price_id)

    def save_price(self, data: Mapping[str, Any], price_id: int | None = None) -> CoinPrice:
        return self._save(prices.PRICES, data, price_id)

    def retire_price(self, price_id: int, reason: str) -> CoinPrice:
        return self._retire(prices.PRICES, price_id, reason)

    import_prices = import_entry(
        lambda work, path, mapping, progress: prices.import_prices(
            work.session, path, work.today, mapping, progress
        ),
        "SRC coin prices (date,coin,price_kzt[,source,notes]), all or nothing "
        "(``ImportRejected`` names every bad row); the same price again is skipped.",
    )
