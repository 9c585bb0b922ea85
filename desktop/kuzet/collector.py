"""Python's cycle collector, paused for a bulk load.

A million-row import allocates tens of millions of small objects (cells, tuples, keys)
and keeps a million of them alive (the keys that catch repeated rows). The cycle
collector runs every few hundred allocations and, as the live set grows, walks all of
it again and again: measured on the sales import, that was 40% of the time spent
checking rows. The rows hold no reference cycles (strings, numbers, tuples), so
reference counting frees everything anyway; the collector is switched off while the
load runs and back on (if it was on) when the last load ends, error or not.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off inside the block (nested and threaded uses count)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
