"""The one clock Kuzet reads "today" and "now" from.

The areas' entry points (``registers/area.py``) take the day of every decision from a
``Clock``; the window and the commands use the system clock, tests and the demo pass a
``FixedClock``. Nothing else calls ``date.today()`` to decide what the law says.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """The computer's clock: the local calendar day, and UTC time."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FixedClock(Clock):
    """A clock stopped on one day (tests, the demo, a pack "as of" a date)."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def today(self) -> dt.date:
        return self.day


SYSTEM_CLOCK = Clock()
