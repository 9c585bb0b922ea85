"""Updating the rule pack from a file, for firms that work offline (``kuzet rules update``).

``preview_update`` reads the file, validates the pack and compares it with the pack in
force, writing nothing; ``apply_update`` then stores it whole in ``rule_pack_version``
(one audited row: who, when, version, SHA-256 and the diff summary as its reason), so
every officer's Kuzet on the database loads it. An older or equal version is refused.

An officer's overrides stay in force. One whose rule a later pack changed or dropped is
*flagged* until the officer withdraws it (and, if still needed, enters it again):
``flagged_overrides`` works that out from the imported packs' recorded changes.

Also here: which rules are due for a review of their source (``reviewed``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from ...i18n import tr
from ...regime.dates import add_months
from ...regime.pack_diff import ADDED, CHANGED, RETIRED, PackDiff, diff_packs
from ...regime.rulepack import RuleBook, RulePack, RulePackError, load_pack_texts
from ...store.audit import current_actor, reason_for_changes, utc_now
from ...store.models import RuleOverride
from ...store.models.rule_pack import RulePackVersion
from ..errors import RegisterError
from .pack_file import PackFile, read_pack_file

REVIEW_RULE = "rules.review_interval_months"
DEFAULT_REVIEW_MONTHS = 12  # used only by a pack without REVIEW_RULE


class PackRefused(RegisterError):
    """The pack cannot be applied (older, or invalid); nothing was changed."""


@dataclass(frozen=True)
class FlaggedOverride:
    override_id: int
    key: str
    kind: str  # changed or retired
    reason: str  # the override's own reason


@dataclass(frozen=True)
class UpdatePreview:
    """What applying the file would do; nothing is written to make it."""

    file: PackFile
    pack: RulePack  # the new pack
    in_force: RulePack
    diff: PackDiff
    flagged: tuple[FlaggedOverride, ...]

    @property
    def version(self) -> str:
        return self.pack.version

    @property
    def sha256(self) -> str:
        return self.file.sha256


def preview_update(session: Session, in_force: RulePack, path: Path) -> UpdatePreview:
    """Read and check the pack at ``path`` against the pack in force.

    ``PackFileRefused`` for a file that is not a pack, ``PackRefused`` for an invalid pack
    (naming the file and rule) or one not newer than the pack in force."""
    return preview_file(session, in_force, read_pack_file(path))


def preview_file(session: Session, in_force: RulePack, file: PackFile) -> UpdatePreview:
    """``preview_update`` of a pack already read (a four-eyes request keeps its files)."""
    try:
        pack = load_pack_texts(file.files, file.name, sha256=file.sha256)
    except RulePackError as exc:
        raise PackRefused(
            tr("{name}: the rule pack is invalid; nothing was changed:").format(name=file.name)
            + "\n"
            + "\n".join(f"  {problem}" for problem in exc.problems)
        ) from None
    _refuse_unless_newer(file.name, pack, in_force)
    diff = diff_packs(in_force, pack)
    kinds = diff.keys
    flagged = tuple(
        FlaggedOverride(int(row.id or 0), row.rule_key, kinds[row.rule_key], row.reason)
        for row in _active_overrides(session)
        if kinds.get(row.rule_key) in (CHANGED, RETIRED)
    )
    return UpdatePreview(file, pack, in_force, diff, flagged)


def preview_lines(preview: UpdatePreview) -> list[str]:
    """The update as the officer reads it before anything is applied: the new pack's
    version and SHA-256, the pack in force, and each rule added, changed or retired with
    its source (and what changed), overrides flagged."""
    info, current = preview.pack.info, preview.in_force.info
    assert info is not None
    lines = [
        tr("rule pack {version}: {title} (published {published})").format(
            version=info.version, title=info.title, published=info.published.isoformat()
        ),
        tr("file {name}, SHA-256 {sha256}").format(name=preview.file.name, sha256=preview.sha256),
        tr("in force now: {version} (SHA-256 {sha256})").format(
            version=current.version if current else tr("unversioned"),
            sha256=preview.in_force.sha256,
        ),
        tr("changes: {summary}").format(summary=preview.diff.summary()),
    ]
    headings = {ADDED: tr("Added"), CHANGED: tr("Changed"), RETIRED: tr("Retired")}
    flagged = {f.key for f in preview.flagged}
    for kind in (ADDED, CHANGED, RETIRED):
        changes = preview.diff.of_kind(kind)
        if not changes:
            continue
        lines.append(f"{headings[kind]} ({len(changes)}):")
        for change in changes:
            what = f" [{', '.join(change.aspects)}]" if change.aspects else ""
            lines.append(f"  {change.key}{what}: {change.title} [{change.confidence}]")
            lines.append("      " + tr("source: {source}").format(source=tr(change.source)))
            lines.extend(f"      {detail}" for detail in change.details)
            if change.key in flagged:
                lines.append(
                    "      " + tr("FLAGGED: your override of this rule stays in force: check it")
                )
    for item in preview.flagged:
        lines.append(
            tr("FLAGGED override #{id} of {key} ({kind} by this pack): {reason}").format(
                id=item.override_id, key=item.key, kind=item.kind, reason=item.reason
            )
        )
    return lines


def _refuse_unless_newer(name: str, pack: RulePack, in_force: RulePack) -> None:
    if pack.info is None:  # load_pack_texts requires pack.toml; kept for type checkers
        raise PackRefused(tr("{name}: the rule pack has no version").format(name=name))
    if in_force.info is not None and pack.info.version_key <= in_force.info.version_key:
        raise PackRefused(
            tr(
                "{name}: rule pack {version} is not newer than the pack in force ({current}); "
                "nothing was changed."
            ).format(name=name, version=pack.info.version, current=in_force.info.version)
        )


def apply_update(session: Session, in_force: RulePack, preview: UpdatePreview) -> RulePackVersion:
    """Store the previewed pack as the pack in force (one audited row), all or nothing.

    ``in_force`` is read again by the caller: a pack applied meanwhile by another officer
    makes this one older, and it is refused."""
    _refuse_unless_newer(preview.file.name, preview.pack, in_force)
    diff = preview.diff if in_force.sha256 == preview.in_force.sha256 else None
    diff = diff or diff_packs(in_force, preview.pack)
    info = preview.pack.info
    assert info is not None  # checked by _refuse_unless_newer
    summary = tr("rule pack {version} (SHA-256 {sha256}) replaces {current}: {summary}").format(
        version=info.version,
        sha256=preview.sha256,
        current=in_force.version or tr("the shipped pack"),
        summary=diff.summary(),
    )
    row = RulePackVersion(
        version=info.version,
        title=info.title,
        published=info.published,
        sha256=preview.sha256,
        source_name=preview.file.name,
        files=json.dumps(preview.file.files, ensure_ascii=False, sort_keys=True),
        summary=summary,
        changes=json.dumps(diff.keys, sort_keys=True),
        imported_by=current_actor(),
        imported_at=utc_now(),
    )
    with reason_for_changes(session, summary):
        session.add(row)
        session.flush()
    return row


def imported_packs(session: Session) -> list[RulePackVersion]:
    """Every pack imported into this database, newest import first."""
    query = select(RulePackVersion).order_by(RulePackVersion.id.desc())
    return list(session.exec(query).all())


def flagged_overrides(session: Session) -> dict[int, str]:
    """Override id -> why it is flagged: a pack imported after it changed or dropped its rule."""
    packs = [p for p in imported_packs(session) if p.retired_at is None]
    flagged: dict[int, str] = {}
    for row in _active_overrides(session):
        made = _utc(row.created_at)
        for pack in packs:  # newest first: the latest change is the one named
            kind = json.loads(pack.changes or "{}").get(row.rule_key)
            if kind not in (CHANGED, RETIRED):
                continue
            if made is not None and made > _utc(pack.imported_at):
                continue
            flagged[int(row.id or 0)] = _flag_text(kind, pack.version)
            break
    return flagged


def _flag_text(kind: str, version: str) -> str:
    if kind == RETIRED:
        return tr("rule pack {version} dropped this rule: check the override").format(
            version=version
        )
    return tr("rule pack {version} changed this rule: check the override").format(version=version)


def _active_overrides(session: Session) -> list[RuleOverride]:
    query = select(RuleOverride).where(RuleOverride.retired_at.is_(None)).order_by(RuleOverride.id)
    return list(session.exec(query).all())


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


# --- the review of each rule's source -------------------------------------------------------


def review_months(rules: RuleBook, today: dt.date) -> int:
    """How many months a rule's source may go without a review (a product default)."""
    return int(rules.value_or(REVIEW_RULE, today, DEFAULT_REVIEW_MONTHS))


def review_cutoff(rules: RuleBook, today: dt.date) -> dt.date:
    """A rule last reviewed before this day is due for a review of its source."""
    return add_months(today, -review_months(rules, today))
