"""The screening desk: what the window and the commands do with watchlists, screening
runs and the review of hits, each call one unit of work (see ``registers/area.py``).

A list import and the re-screen after it are two calls, so two transactions: cancelling
the re-screen does not undo the import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import Rule, RuleValue
from ...screening import settings as screening_rules
from ...screening.matcher import Hit
from ...screening.settings import ScreeningSettings, screening_settings
from ...store.jobs import LIST_IMPORT, SCREEN_ALL
from ...store.models.officer import ApprovalRequest
from ...store.models.screening import (
    FalsePositiveMemory,
    ScreeningHit,
    ScreeningRun,
    WatchlistVersion,
)
from ..area import Area
from ..system import approvals, four_eyes
from ..system.permissions import DECIDE_HITS, RUN_SCREENING
from . import coverage, review, runs, watchlists
from .listing import EntryListing, HitListing, VersionListing, hit_levels
from .recording import RunOutcome

# The screening rules the Settings page shows, in its order.
SETTINGS_SHOWN = (
    screening_rules.REVIEW_THRESHOLD,
    screening_rules.AUTO_CLEAR_THRESHOLD,
    screening_rules.FALSE_POSITIVE_MEMORY_MONTHS,
    review.HIT_REVIEW_DAYS,
)


class ScreeningDesk(Area):
    write_permission = RUN_SCREENING
    # --- the hit queue and the review ---------------------------------------------------

    def hit_listing(self) -> HitListing:
        """The hit queue, each hit with its severity from the rule pack today."""
        with self.reading() as work:
            return HitListing(hit_levels(work.rules, work.today))

    def hit(self, hit_id: int) -> ScreeningHit:
        with self.reading() as work:
            return review.get_hit(work.session, hit_id)

    def hits(self, hit_ids: Sequence[int]) -> list[ScreeningHit]:
        """The hits in the order asked for (``NotFound`` names one that does not exist)."""
        with self.reading() as work:
            return [review.get_hit(work.session, hit_id) for hit_id in hit_ids]

    def hit_detail(self, hit_id: int) -> review.HitDetail:
        """The subject and the list entry side by side, with the explanation of the score."""
        with self.reading() as work:
            return review.hit_detail(work.session, hit_id)

    def hit_counts(self) -> dict[str, int]:
        """Hits by status (``open``: waiting for the officer)."""
        with self.reading() as work:
            return review.status_counts(work.session)

    def decide_hit(
        self, hit_id: int, decision: str, reason: str
    ) -> review.Decision | ApprovalRequest:
        """``true_match`` or ``false_positive`` with a reason (audited); ``ValidationFailed``
        names what is missing and nothing is written. Under four-eyes the decision
        becomes an approval request (returned) that a second officer applies."""
        with self.writing(DECIDE_HITS) as work:
            proposal = {"hit_id": hit_id, "decision": decision, "reason": reason}
            held = approvals.hold(
                work,
                self.store,
                four_eyes.HIT_DECISION,
                f"screening_hit:{hit_id}",
                proposal,
                reason,
            )
            if held is not None:
                return held
            return review.decide(work.session, hit_id, decision, reason, work.rules, work.today)

    def forget_false_positive(self, memory_id: int, reason: str) -> FalsePositiveMemory:
        """Withdraw a remembered false positive: the next screening raises the hit again."""
        with self.writing(DECIDE_HITS) as work:
            return review.forget(work.session, memory_id, reason)

    # --- screening ------------------------------------------------------------------------

    def settings(self) -> ScreeningSettings:
        """The thresholds and the false-positive memory in force today."""
        with self.reading() as work:
            return screening_settings(work.rules, work.today)

    def settings_in_force(self) -> list[tuple[Rule, RuleValue]]:
        """The screening rules the Settings page shows, each with its value today (an
        officer's override where one applies)."""
        with self.reading() as work:
            return [
                (work.rules.rule(key), work.rules.effective(key, work.today))
                for key in SETTINGS_SHOWN
            ]

    def screen_all(
        self, progress: Progress = NO_PROGRESS, trigger: str = "on demand"
    ) -> RunOutcome | None:
        """Every active customer and owner, written only once all are screened (a cancel
        writes nothing); None when no list has been imported."""
        with self.long_job(SCREEN_ALL), self.writing() as work:
            return runs.screen_all(work.session, work.rules, work.today, progress, trigger)

    def screen_customer(self, customer_id: int, trigger: str = "on demand") -> RunOutcome | None:
        with self.writing() as work:
            return runs.screen_customer(work.session, customer_id, work.rules, work.today, trigger)

    def screen_names(self, names: Sequence[tuple[str, str | None]]) -> list[list[Hit]] | None:
        """Hits for each ``(name, birth date or None)``; nothing is written."""
        with self.reading() as work:
            return runs.screen_names(work.session, work.rules, work.today, names)

    def lists_gap(self) -> coverage.ListsGap | None:
        """Why screening cannot be trusted today (no list in force, or a list older than
        rule ``screening.list_max_age_days``), in the officer's words, or None. The message
        is a ``str`` with the finding ``kind`` (``screening_lists_missing`` or
        ``screening_lists_stale``)."""
        with self.reading() as work:
            return coverage.lists_gap(work.session, work.rules, work.today)

    def needs_rescreen(self) -> bool:
        """A list changed since the last screening of everyone."""
        with self.reading() as work:
            return runs.needs_rescreen(work.session)

    def last_full_run(self) -> ScreeningRun | None:
        with self.reading() as work:
            return runs.last_full_run(work.session)

    # --- watchlists -----------------------------------------------------------------------

    def version_listing(self) -> VersionListing:
        return VersionListing()

    def entry_listing(self, version_id: int | None = None) -> EntryListing:
        return EntryListing(version_id)

    def list_version(self, version_id: int) -> WatchlistVersion:
        with self.reading() as work:
            return watchlists.get_version(work.session, version_id)

    def lists_in_force(self) -> list[WatchlistVersion]:
        """The active version of every list, by list name."""
        with self.reading() as work:
            return watchlists.active_versions(work.session)

    def import_lists(
        self,
        list_format: str,
        paths: Sequence[Path],
        name: str = "",
        progress: Progress = NO_PROGRESS,
    ) -> list[watchlists.ListImport]:
        """A list edition as new versions: every file or nothing (``ListRejected``)."""
        with self.long_job(LIST_IMPORT), self.writing() as work:
            return watchlists.import_list(work.session, list_format, paths, progress, name=name)

    def withdraw_list(self, list_name: str, reason: str) -> WatchlistVersion:
        """Stop screening against a list; its versions are kept."""
        with self.writing() as work:
            return watchlists.withdraw_list(work.session, list_name, reason)
