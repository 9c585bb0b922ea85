"""The open firm as the window and the commands see it: one store, one clock, and the
entry point of every area of the sidebar (``desk.licensing.save_licence(...)``).

Each area's desk is imported the first time it is asked for, so opening the window does
not load every register before the first page is drawn (start-up time).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:
    from .registers.customers.desk import CustomersDesk
    from .registers.licensing.desk import LicensingDesk
    from .registers.mining.desk import MiningDesk
    from .registers.monitoring.desk import MonitoringDesk
    from .registers.programme.desk import ProgrammeDesk
    from .registers.screening.desk import ScreeningDesk
    from .registers.system.desk import SystemDesk
    from .registers.system.team_desk import TeamDesk
    from .store.session import Store


class Desk:
    def __init__(self, store: Store, clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = store
        self.clock = clock

    @property
    def path(self):  # -> Path
        return self.store.path

    @cached_property
    def licensing(self) -> LicensingDesk:
        from .registers.licensing.desk import LicensingDesk  # on first use: start-up time

        return LicensingDesk(self.store, self.clock)

    @cached_property
    def customers(self) -> CustomersDesk:
        from .registers.customers.desk import CustomersDesk  # on first use: start-up time

        return CustomersDesk(self.store, self.clock)

    @cached_property
    def screening(self) -> ScreeningDesk:
        from .registers.screening.desk import ScreeningDesk  # on first use: start-up time

        return ScreeningDesk(self.store, self.clock)

    @cached_property
    def monitoring(self) -> MonitoringDesk:
        from .registers.monitoring.desk import MonitoringDesk  # on first use: start-up time

        return MonitoringDesk(self.store, self.clock)

    @cached_property
    def mining(self) -> MiningDesk:
        from .registers.mining.desk import MiningDesk  # on first use: start-up time

        return MiningDesk(self.store, self.clock)

    @cached_property
    def programme(self) -> ProgrammeDesk:
        from .registers.programme.desk import ProgrammeDesk  # on first use: start-up time

        return ProgrammeDesk(self.store, self.clock)

    @cached_property
    def system(self) -> SystemDesk:
        from .registers.system.desk import SystemDesk  # on first use: start-up time

        return SystemDesk(self.store, self.clock)

    @cached_property
    def team(self) -> TeamDesk:
        from .registers.system.team_desk import TeamDesk  # on first use: start-up time

        return TeamDesk(self.store, self.clock)

    def close(self) -> None:
        self.store.close()
