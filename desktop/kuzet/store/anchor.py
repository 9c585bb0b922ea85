"""Anchors: the trail's head written down outside the database, checked later.

A pack's manifest records the audit trail's last entry when the pack was built (its id and
hash, ``audit.chain_head``). Anyone holding the manifest can later prove that the database
still holds that exact chain up to that entry (``kuzet verify --against MANIFEST.json``):

- entries removed from the tail: the anchored id is missing, the trail ends before it;
- an entry rewritten in place: its contents no longer match its stored hash;
- the trail rewritten and every hash recomputed with Kuzet's own code (the stored chain is
  then self-consistent, so ``kuzet verify`` alone cannot see it): the anchored entry's hash
  differs from the one recorded, which no one can forge without breaking SHA-256.

A database that has grown since (more entries after the anchor, chain intact) passes. The
check reads only, streaming the trail in id order (constant memory).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from .audit import GENESIS_HASH, entry_hash

_HASH = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TrailAnchor:
    """The trail's head at some moment: its last entry's id and hash."""

    entry_id: int
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {"entry_id": self.entry_id, "hash": self.hash}

    @classmethod
    def from_dict(cls, data: Any) -> TrailAnchor:
        """From a manifest's ``trail_head``; ``ValueError`` naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("trail_head is not an object with entry_id and hash")
        entry_id, digest = data.get("entry_id"), data.get("hash")
        if not isinstance(entry_id, int) or isinstance(entry_id, bool) or entry_id < 0:
            raise ValueError(f"trail_head.entry_id {entry_id!r} is not an entry number")
        if not isinstance(digest, str) or not _HASH.fullmatch(digest):
            raise ValueError(f"trail_head.hash {digest!r} is not a SHA-256 in hex")
        if entry_id == 0 and digest != GENESIS_HASH:
            raise ValueError("trail_head: an empty trail's hash must be the genesis hash")
        return cls(entry_id, digest)


@dataclass
class AnchorReport:
    """What ``check_anchor`` found: the anchor, the trail as it is now, the problems."""

    anchor: TrailAnchor
    entries: int = 0
    head_id: int = 0
    head_hash: str = GENESIS_HASH
    problems: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        anchor = self.anchor
        if not self.intact:
            return (
                f"The trail does NOT hold the anchored chain (entry #{anchor.entry_id}, "
                f"hash {anchor.hash}):\n" + "\n".join(f"  {p}" for p in self.problems)
            )
        grown = self.head_id - anchor.entry_id
        after = f"; {grown} entries added since, chained to it" if grown else ""
        return (
            f"The trail holds the anchored chain: entries #1..#{anchor.entry_id} unchanged, "
            f"entry #{anchor.entry_id} hash {anchor.hash}{after}"
        )


def check_anchor(engine: Engine, anchor: TrailAnchor) -> AnchorReport:
    """Does the trail in ``engine`` hold the chain ``anchor`` recorded, intact?"""
    report = AnchorReport(anchor)
    with engine.connect() as conn:
        result = conn.exec_driver_sql(
            "SELECT id, at, actor, register_name, record_id, action, before, after, reason,"
            " prev_hash, hash FROM audit_trail ORDER BY id"
        )
        _walk(result.cursor, anchor, report)
    return report


def _where(entry_id: int, anchor: TrailAnchor) -> str:
    return "before the anchor" if entry_id <= anchor.entry_id else "after the anchor"


def _walk(cursor: Any, anchor: TrailAnchor, report: AnchorReport) -> None:
    expected, prev = 1, GENESIS_HASH
    for entry in cursor:
        entry_id = int(entry[0])
        report.entries += 1
        if entry_id != expected:
            gap = f"#{expected}" if entry_id == expected + 1 else f"#{expected}..#{entry_id - 1}"
            report.problems.append(
                f"trail entry {gap} is missing ({_where(expected, anchor)}): entries were "
                "removed from the trail"
            )
            return
        if entry[9] != prev:
            report.problems.append(
                f"trail entry #{entry_id} ({_where(entry_id, anchor)}) does not chain to the "
                "entry before it: the trail was rewritten"
            )
            return
        digest = entry_hash(entry_id, *entry[1:10])
        if digest != entry[10]:
            report.problems.append(
                f"trail entry #{entry_id} ({_where(entry_id, anchor)}): its contents do not "
                "match its hash: it was rewritten"
            )
            return
        if entry_id == anchor.entry_id and digest != anchor.hash:
            report.problems.append(
                f"trail entry #{entry_id}, the anchored head, has hash {digest}, but the "
                f"manifest recorded {anchor.hash}: the trail up to it was rewritten and its "
                "chain recomputed since the pack was made"
            )
            return
        prev = digest
        expected += 1
        report.head_id, report.head_hash = entry_id, digest
    if report.head_id < anchor.entry_id:
        missing = anchor.entry_id - report.head_id
        report.problems.append(
            f"trail entry #{anchor.entry_id}, the anchored head, is missing: the trail ends at "
            f"#{report.head_id}, so {missing} entr{'y was' if missing == 1 else 'ies were'} "
            "removed from its tail"
        )
