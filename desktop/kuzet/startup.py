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


def _start_ticks() -> int:
    """The process's start in clock ticks after boot (field 22 of /proc/<pid>/stat)."""
    with open(f"/proc/{os.getpid()}/stat", "rb") as handle:
        fields = handle.read().rsplit(b")", 1)[1].split()
    return int(fields[19])


def process_start() -> float:
    """The process's start as a Unix time: from /proc on Linux, else the first mark."""
    try:
        ticks = _start_ticks()
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        age = uptime - ticks / os.sysconf("SC_CLK_TCK")
        return time.time() - age
    except (OSError, ValueError, IndexError, AttributeError):
        mark()
        assert _marked is not None
        return _marked


def elapsed_ms() -> float:
    """Milliseconds since the process started.

    On Linux: the boot clock now less the start tick. A tick is 10 ms and the kernel
    truncates the start to its tick, so half a tick is added (the unbiased estimate);
    ``/proc/uptime`` would add a second 10-ms truncation, so it is the fallback only.
    """
    try:
        ticks = _start_ticks()
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
        return (now - (ticks + 0.5) / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.time() - process_start()) * 1000.0
