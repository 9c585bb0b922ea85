"""How long since the process started (for ``kuzet gui --exit-after-show``)."""

from __future__ import annotations

import os
import time

_marked: float | None = None


def mark() -> None:
    """Remember the earliest moment Kuzet's own code ran (fallback where /proc is absent)."""
    global _marked
    if _marked is None:
        _marked = time.time()


def process_start() -> float:
    """The process's start as a Unix time: from /proc on Linux, else the first mark."""
    try:
        with open(f"/proc/{os.getpid()}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        age = uptime - ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - age
    except (OSError, ValueError, IndexError, AttributeError):
        mark()
        assert _marked is not None
        return _marked


def elapsed_ms() -> float:
    return (time.time() - process_start()) * 1000.0
