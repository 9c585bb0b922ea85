"""The system desk: what the window and the commands do with the rules and their
overrides, the audit trail, the firm's settings, the document vault's key, backups and
the audit pack. Each call that touches the database is one unit of work (see
``registers/area.py``). (Every register's deadlines, for the Dashboard and the Calendar,
are on the programme's desk, with the compliance calendar.)

Backups work on the database file rather than in a session: a backup copies it through
SQLite's backup API, and a restore replaces it, so the window closes its store first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import Rule, RulePack, RuleValue
from ...store import keys, team_keys
from ...store.anchor import AnchorReport, TrailAnchor, check_anchor
from ...store.audit import NotSignedIn
from ...store.backup import BackupError, BackupRefused, Manifest
from ...store.models import AuditEntry, RuleOverride
from ...store.models.officer import ApprovalRequest
from ...store.models.rule_pack import RulePackVersion
from ...store.restore import RestoreResult, Unlock
from ...store.vault import Vault, adopt_vault, create_vault, database_of, open_vault
from ...store.verify import VerifyReport, verify
from ..area import Area
from ..errors import RegisterError
from ..screening import watchlists
from . import (
    approvals,
    backup_heads,
    backups,
    four_eyes,
    officers,
    rule_updates,
    rules,
    settings,
    signin,
    trail,
)
from .permissions import CHANGE_RULES, CHANGE_SETTINGS, SIGNED_IN, can_write

if TYPE_CHECKING:
    from ...reports.pack import PackOutcome


class SystemDesk(Area):
    write_permission = CHANGE_SETTINGS
    sharing_problem = ""  # why the last opening could not share the vault's key

    @property
    def database(self) -> Path:
        return Path(self.store.path)

    # --- rules and the officer's overrides -------------------------------------------

    def rule_lines(self, day: dt.date | None = None) -> list[rules.RuleLine]:
        """Every rule with its value in force on ``day`` (default today), when its source
        was reviewed (stale: not within the review interval of today) and any flag on
        the officer's override of it (a newer pack changed the rule)."""
        with self.reading() as work:
            flagged = rule_updates.flagged_overrides(work.session)
            by_key = {row.id: row.rule_key for row in rules.active_overrides(work.session)}
            cutoff = rule_updates.review_cutoff(work.rules, work.today)
            flags = {by_key[i]: text for i, text in flagged.items() if i in by_key}
            return rules.rule_lines(work.rules, day or work.today, cutoff, flags)

    def review_months(self) -> int:
        """Months a rule's source may go unreviewed before the Rules page lists it."""
        with self.reading() as work:
            return rule_updates.review_months(work.rules, work.today)

    def rule_pack(self) -> RulePack:
        """The pack in force: its version (``info``), SHA-256 and rules."""
        return self.store.pack

    def rule_pack_problem(self) -> str:
        """Why an imported pack could not be loaded (the shipped one is in force), or ""."""
        _ = self.store.pack
        return self.store.pack_problem

    def imported_packs(self) -> list[RulePackVersion]:
        """Every pack imported from a file, newest first."""
        with self.reading() as work:
            return rule_updates.imported_packs(work.session)

    def override_flags(self) -> dict[int, str]:
        """Override id -> why it needs checking (a newer pack changed or dropped its rule)."""
        with self.reading() as work:
            return rule_updates.flagged_overrides(work.session)

    def preview_rule_update(self, path: Path) -> rule_updates.UpdatePreview:
        """Read a rule pack file (ZIP or folder) and compare it with the pack in force,
        writing nothing. ``PackFileRefused`` / ``PackRefused`` say why it cannot be used."""
        self.store.reload_pack()  # another officer may have applied one meanwhile
        with self.reading() as work:
            return rule_updates.preview_update(work.session, self.store.pack, path)

    def apply_rule_update(
        self, preview: rule_updates.UpdatePreview
    ) -> RulePackVersion | ApprovalRequest:
        """Make the previewed pack the pack in force for every officer (audited). Under
        four-eyes it becomes an approval request (returned) holding the pack's files."""
        self.store.reload_pack()
        try:
            with self.writing(CHANGE_RULES) as work:
                proposal = {
                    "name": preview.file.name,
                    "sha256": preview.file.sha256,
                    "files": preview.file.files,
                }
                kind, target = four_eyes.RULE_PACK_UPDATE, f"rule_pack:{preview.version}"
                held = approvals.hold(work, self.store, kind, target, proposal, "")
                if held is not None:
                    return held
                return rule_updates.apply_update(work.session, self.store.pack, preview)
        finally:
            self.store.reload_pack()

    def rule(self, key: str) -> Rule:
        """A rule as the pack states it (title, unit, type, source, confidence)."""
        return self.store.pack.rule(key)

    def rule_value(self, key: str, day: dt.date | None = None) -> RuleValue:
        """The value of ``key`` in force on ``day`` (default today), overrides included;
        ``LookupError`` when the rule has none that day."""
        return self.rules().effective(key, day or self.today)

    def save_override(self, key: str, data: Mapping[str, Any]) -> RuleOverride | ApprovalRequest:
        """Override rule ``key``: ``data`` holds ``value`` (written as in the rule pack),
        ``valid_from``, ``valid_to`` (or None) and ``reason``. ``ValidationFailed`` names
        what is wrong and nothing is written. Under four-eyes it becomes an approval
        request (returned)."""
        with self.writing(CHANGE_RULES) as work:
            proposal = {
                "key": key,
                "value": data["value"],
                "valid_from": str(data["valid_from"]) if data.get("valid_from") else None,
                "valid_to": str(data["valid_to"]) if data.get("valid_to") else None,
                "reason": data["reason"],
            }
            kind, target = four_eyes.RULE_OVERRIDE, f"rule:{key}"
            held = approvals.hold(work, self.store, kind, target, proposal, data["reason"])
            if held is not None:
                return held
            return rules.set_override(
                work.session,
                work.rules,
                key,
                data["value"],
                data["valid_from"],
                data.get("valid_to"),
                data["reason"],
            )

    def overrides(self, key: str = "") -> list[RuleOverride]:
        """The overrides in force (of ``key`` only, when given), oldest first."""
        with self.reading() as work:
            found = rules.active_overrides(work.session)
        return [o for o in found if not key or o.rule_key == key]

    def withdraw_override(self, override_id: int, reason: str) -> RuleOverride:
        with self.writing(CHANGE_RULES) as work:
            return rules.withdraw_override(work.session, override_id, reason)

    # --- the audit trail ---------------------------------------------------------------

    def trail_listing(self) -> trail.TrailListing:
        return trail.TrailListing()

    def trail_entry(self, entry_id: int) -> AuditEntry | None:
        with self.reading() as work:
            return work.session.get(AuditEntry, entry_id)

    def verify_trail(self) -> VerifyReport:
        """Recompute the hash chain and check every register row against it, the trail
        against the head recorded in every backup in the backups folder, and every
        watchlist version's entries against its recorded hash."""
        with self.reading() as work:
            first = work.session.get(AuditEntry, 1)
            began = first.at if first is not None else None
        heads, notes = backup_heads.recorded_heads(self.database, began)
        report = verify(self.store.engine, heads=heads)
        report.notes.extend(notes)
        with self.reading() as work:
            report.problems.extend(watchlists.snapshot_problems(work.session))
        return report

    def verify_trail_against(self, anchor: TrailAnchor) -> AnchorReport:
        """Does the trail still hold the chain up to ``anchor`` (a pack manifest's
        ``trail_head``), unchanged? More entries after it are fine."""
        return check_anchor(self.store.engine, anchor)

    # --- settings ----------------------------------------------------------------------

    def firm_name(self) -> str:
        with self.reading() as work:
            return settings.firm_name(work.session)

    def is_demo(self) -> bool:
        with self.reading() as work:
            return bool(settings.get(work.session, settings.IS_DEMO, False))

    # --- the document vault's key -------------------------------------------------------

    def vault_state(self) -> keys.VaultState:
        with self.reading() as work:
            return keys.vault_state(work.session)

    def team_vault(self) -> bool:
        """Is the vault here a team vault (a team database: the data key wrapped for each
        officer, opened with the officer's own vault password)?"""
        return four_eyes.team_mode(self.store)

    def open_vault(self, passphrase: str | None = None) -> Vault:
        """The unlocked vault (raises ``VaultLocked``, ``WrongKey``, ``VaultNotSetUp``…).

        On a team database an officer who may write then, in a transaction of its own,
        shares the key with colleagues who have a key pair and no copy yet, or makes the
        firm's earlier vault (moved from its SQLite file) a team vault with the same key
        (``store/team_keys.py:adopt``). A failure there does not stop the reading: it is
        kept in ``sharing_problem`` and tried again at the next opening."""
        with self.reading() as work:
            vault = open_vault(work.session, database_of(work.session), passphrase)
        identity = signin.current()
        if self.team_vault() and identity is not None and can_write(identity.role):
            vault = self._share_or_adopt(vault)
        return vault

    def _share_or_adopt(self, vault: Vault) -> Vault:
        self.sharing_problem = ""
        try:
            with self.writing(SIGNED_IN) as work:
                if vault.team:
                    team_keys.share(work.session)
                    return vault
                return adopt_vault(work.session, database_of(work.session))
        except (keys.VaultError, RegisterError, NotSignedIn, SQLAlchemyError) as exc:
            self.sharing_problem = str(exc)
            return vault

    def create_vault(self, passphrase: str | None = None) -> Vault:
        """Make the vault's key on first use: in the OS keyring, or from ``passphrase``.
        On a team database a team vault, wrapped for every active officer with a key pair;
        ``passphrase`` is then the officer's vault password (their sign-in password),
        needed only when they have no key pair yet (``VaultLocked`` without it)."""
        team = self.team_vault()
        with self.writing() as work:
            identity = signin.current()
            login = identity.login if team and identity is not None else ""
            if login and team_keys.officer_key(work.session, login) is None:
                if passphrase is None:
                    raise keys.VaultLocked(tr("The document vault is locked: enter your password."))
                team_keys.enrol(work.session, login, passphrase, officer_password=True)
            return create_vault(work.session, database_of(work.session), passphrase, team=team)

    # --- backups -----------------------------------------------------------------------

    def backup(
        self,
        out: Path | None = None,
        progress: Progress = NO_PROGRESS,
        key_passphrase: str | None = None,
    ) -> tuple[Path, Manifest]:
        """Back up now to ``out`` (default: the backups folder); with ``key_passphrase``
        the vault key goes in, wrapped under it. A team database is refused
        (``BackupError``: its backups are ``pg_dump`` dumps made on the server)."""
        if self.store.location.is_postgresql:
            raise BackupError(backups.no_file_backup(self.store.location.display()))
        return backups.backup_now(self.database, out, progress, key_passphrase=key_passphrase)

    def auto_backup(self, progress: Progress = NO_PROGRESS) -> Path | None:
        """Today's automatic backup, if none was made yet, then rotation (none of a team
        database: its backups are made on the server)."""
        if self.store.location.is_postgresql:
            return None
        return backups.auto_backup(self.database, progress=progress)

    def key_exportable(self) -> str | None:
        """None if a backup can carry the vault key; else why not, in words."""
        return backups.key_exportable(self.database)

    def last_backup(self) -> tuple[dt.datetime, Path] | None:
        return backups.last_backup(self.database)

    def next_auto_backup(self) -> dt.date:
        return backups.next_auto_backup(self.database)

    def check_backup(
        self, archive: Path, progress: Progress = NO_PROGRESS
    ) -> backups.CheckedArchive:
        """Check a backup completely before anything is replaced (``BackupRefused``)."""
        return backups.check(archive, progress)

    def restore(
        self, archive: Path, progress: Progress = NO_PROGRESS, unlock: Unlock = None
    ) -> RestoreResult:
        """Replace the database with ``archive`` (the current one kept as a pre-restore
        backup). The store must be closed first: the file is swapped underneath it.
        A team database is refused (``BackupRefused``)."""
        if self.store.location.is_postgresql:
            raise BackupRefused(backups.no_file_backup(self.store.location.display()))
        return backups.restore(self.database, archive, progress, unlock)

    # --- the audit pack ----------------------------------------------------------------

    def build_pack(
        self,
        out: Path,
        date_from: dt.date,
        date_to: dt.date,
        progress: Progress = NO_PROGRESS,
        **choices: Any,
    ) -> PackOutcome:
        """The PDF audit pack of ``date_from``..``date_to`` with its manifest, as of the
        desk's day; ``choices`` are ``reports.pack.make_pack``'s (``lang``, ``sections``,
        ``redact``, ``with_evidence``: the evidence ZIP, ``vault_passphrase``). A cancelled
        or failed build leaves no file; ``VaultLocked`` when cited documents need the
        vault's passphrase."""
        from ...reports.pack import make_pack  # reportlab loads when a pack is built: start-up

        if choices.get("prepared_by") is None and not choices.get("generated_by"):
            with self.reading() as work:  # "Prepared by": the signed-in officer by default
                staff_id = officers.signed_in_staff_id(work.session)
            if staff_id is not None:
                choices["prepared_by"] = staff_id
        return make_pack(
            self.store, out, date_from, date_to, progress=progress, today=self.today, **choices
        )
