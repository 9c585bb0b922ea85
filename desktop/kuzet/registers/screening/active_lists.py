"""What is screened against: the version in force of every list, with the matcher's index
over them, cached by the versions' contents.

Shared by the runs (``runs.py``) and the recording of their hits (``recording.py``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlmodel import Session

from ...screening.index import ScreeningIndex
from ...screening.settings import ScreeningSettings
from ...store.models.screening import WatchlistVersion
from . import watchlists


@dataclass(frozen=True)
class ActiveLists:
    index: ScreeningIndex
    versions: dict[str, WatchlistVersion]  # list name → active version

    def describe(self) -> str:
        return "; ".join(
            f"{v.list_name} {v.published_on:%d.%m.%Y} (#{v.id})"
            if v.published_on
            else f"{v.list_name} (#{v.id})"
            for v in self.versions.values()
        )


_cache_lock = threading.Lock()
_cache: dict[tuple, ScreeningIndex] = {}


def active_lists(session: Session, settings: ScreeningSettings) -> ActiveLists | None:
    """The index over every active list version, or None when no list is imported.

    The index is cached by the versions' contents (``content_sha256``) and the legal
    forms, so screening a customer on save reuses the index built for the last run.
    """
    versions = watchlists.active_versions(session)
    if not versions:
        return None
    key = (
        tuple((v.list_name, v.content_sha256) for v in versions),
        tuple(settings.legal_forms),
    )
    with _cache_lock:
        index = _cache.get(key)
        if index is None:
            lists = [watchlists.load_list(session, v) for v in versions]
            index = ScreeningIndex(lists, legal_forms=settings.legal_forms)
            _cache.clear()  # one index at a time: a full set of lists is tens of MB
            _cache[key] = index
    return ActiveLists(index, {v.list_name: v for v in versions})


def clear_index_cache() -> None:
    with _cache_lock:
        _cache.clear()
