"""``make_pack``: the audit pack of a Kuzet database, for a period and a choice of sections.

It opens one read session (a consistent snapshot of the database for the whole build),
builds the ``PackContext`` (the firm's name from its profile, the period, who generates it,
the language, redaction), runs ``build_pack`` (PDF and manifest, written atomically), and,
when asked, writes the "with evidence" ZIP with decrypted copies of the documents the pack
cites, read from the encrypted vault into the ZIP and nowhere else.

Decisions: the default period is the last full calendar quarter (the mandatory-sale check
and the mining fee run by quarter); registers that are a state (licences, customers, the
training matrix) are shown as they stand on the day of generation. Documents are decrypted
only when a section cites them; a locked vault then stops the build before any page is laid
out, with a message saying how to unlock it. A cancelled or failed build leaves no file:
if the ZIP cannot be written, the PDF and manifest made by the same call are removed too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable

from kuzet.clock import SYSTEM_CLOCK
from kuzet.progress import NO_PROGRESS, Progress
from kuzet.regime.mining import quarter_of
from kuzet.registers.system import settings
from kuzet.reports.build import build_pack
from kuzet.reports.bundle import write_bundle
from kuzet.reports.manifest import manifest_path_for
from kuzet.reports.preparer import find_preparer
from kuzet.reports.results import PackResult
from kuzet.reports.rule_texts import localized
from kuzet.reports.section import EvidenceRef, PackContext, Period, Section
from kuzet.reports.sections.common import PackData
from kuzet.reports.sections.registry import chosen_keys, make_sections
from kuzet.reports.sections.trail_check import TrailCheck
from kuzet.store.keys import VaultError
from kuzet.store.session import Store
from kuzet.store.vault import Vault, database_of, open_vault

PASSPHRASE_ENV = "KUZET_VAULT_PASSPHRASE"


def default_period(today: dt.date) -> Period:
    """The last full calendar quarter before ``today``."""
    current = quarter_of(today)
    previous = quarter_of(current.start - dt.timedelta(days=1))
    return Period(previous.start, previous.end)


@dataclass(frozen=True)
class PackOutcome:
    result: PackResult
    bundle_path: Path | None = None
    evidence_files: int = 0

    @property
    def pdf_path(self) -> Path:
        return self.result.pdf_path

    @property
    def manifest_path(self) -> Path:
        return self.result.manifest_path


class VaultDocuments:
    """Decrypts the documents the sections cited, opening the vault on first need."""

    def __init__(self, store: Store, data: PackData, passphrase: str | None) -> None:
        self.store = store
        self.data = data
        self.passphrase = passphrase
        self._vault: Vault | None = None

    def open(self) -> Vault:
        if self._vault is None:
            try:
                session = self.data.session
                self._vault = open_vault(session, database_of(session), self.passphrase)
            except VaultError as exc:
                count = len(self.data.vault_files)
                raise type(exc)(  # the same kind (locked, wrong key ...), said fully
                    f"{exc} The pack cites {count} document(s) kept in the encrypted vault; "
                    f"unlock it (the passphrase, or {PASSPHRASE_ENV} on the command line) or "
                    "leave out the sections that cite them."
                ) from exc
        return self._vault

    def read(self, ref: EvidenceRef) -> bytes:
        found = self.data.vault_files.get(ref.path)
        if found is None:
            raise FileNotFoundError(f"{ref.path} is not a document of this pack")
        return self.open().get(found.blob_name, found.sha256)


class _ThenCheck:
    """A section that, once built, runs a check (the last section opens the vault if the
    pack cites documents, so a locked vault stops the build before the layout)."""

    def __init__(self, section: Section, check) -> None:
        self.section = section
        self.key = section.key
        self.check = check

    def title(self, lang: str) -> str:
        return self.section.title(lang)

    def build(self, ctx: PackContext) -> list[Flowable]:
        story = self.section.build(ctx)
        self.check()
        return story


def make_pack(
    store: Store,
    out_path: str | os.PathLike[str],
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    lang: str = "en",
    sections: Iterable[str] | None = None,
    redact: bool = False,
    progress: Progress = NO_PROGRESS,
    with_evidence: str | os.PathLike[str] | None = None,
    *,
    vault_passphrase: str | None = None,
    today: dt.date | None = None,
    generated_by: str | None = None,
    generated_at: dt.datetime | None = None,
    sample_size: int = 0,
    sample_seed: int | None = None,
    prepared_by: int | None = None,
) -> PackOutcome:
    """Build the pack at ``out_path`` (and ``<name>.manifest.json``), and the evidence ZIP
    at ``with_evidence`` when given. ``sections`` are keys of ``registry.SECTIONS`` (all
    when None). Raises ``Cancelled`` (nothing left behind), ``UnknownSection``,
    ``ValueError`` for a period that ends before it starts, ``VaultError`` when cited
    documents cannot be decrypted. ``prepared_by`` is the staff id of the officer who
    prepares it (``reports.preparer``): None takes the MLRO on the staff register unless
    ``generated_by`` names someone; ``UnknownPreparer`` / ``NoPreparer`` refuse the pack."""
    today = today or SYSTEM_CLOCK.today()
    fallback = default_period(today)
    period = Period(date_from or fallback.date_from, date_to or fallback.date_to)
    keys = chosen_keys(sections)
    # The auditor's sample is printed only when asked for (``sample_size``), and then always
    if sample_size and sample_size > 0:
        keys = chosen_keys([*keys, "sample"])
        if sample_seed is None:
            raise ValueError("a sample needs a seed, so that it can be drawn again")
    else:
        keys = [k for k in keys if k != "sample"]
        if not keys:
            raise ValueError("choose at least one section")
    out_path = Path(out_path)
    bundle = Path(with_evidence) if with_evidence is not None else None
    if bundle is not None and bundle.resolve() == out_path.resolve():
        raise ValueError("the evidence ZIP and the PDF must be different files")
    with store.reading() as session, contextlib.ExitStack() as running:
        rules = localized(store.rules(session), lang)  # rule titles and labels: pack's language
        data = PackData(session, rules, today, cite_customer_documents=not redact)
        if "trail" in keys:  # the slowest part, in a child process while the rest is built
            data.trail_check = TrailCheck(database_of(session))
            running.callback(data.trail_check.close)
        documents = VaultDocuments(store, data, vault_passphrase)
        extra = {} if generated_at is None else {"generated_at": generated_at}
        preparer = None  # never the computer's user (``current_actor``): an officer
        if prepared_by is not None or not generated_by:
            preparer = find_preparer(session, prepared_by, today)
        ctx = PackContext(
            firm_name=settings.firm_name(session) or "Kuzet",
            period=period,
            generated_by=preparer.text if preparer else str(generated_by),
            preparer=preparer,
            lang=lang,
            redact=redact,
            sample_size=max(sample_size or 0, 0),
            sample_seed=sample_seed,
            data=data,
            progress=progress,
            **extra,
        )
        built = _checked(
            make_sections(keys), lambda: documents.open() if data.vault_files else None
        )
        result = build_pack(built, ctx, out_path, read_evidence=documents.read)
        if bundle is None:
            return PackOutcome(result, None, len(result.evidence))
        try:
            write_bundle(result.pdf_path, bundle, documents.read, progress)
        except BaseException:
            for made in (result.pdf_path, result.manifest_path):
                with contextlib.suppress(FileNotFoundError):
                    made.unlink()
            raise
    return PackOutcome(result, bundle, len(result.evidence))


def _checked(sections: Sequence[Section], check) -> list[Section]:
    if not sections:
        return list(sections)
    return [*sections[:-1], _ThenCheck(sections[-1], check)]  # type: ignore[list-item]


def manifest_for(path: str | os.PathLike[str]) -> Path:
    """The manifest of a pack given its PDF or the manifest itself."""
    path = Path(path)
    if path.name.endswith(".manifest.json"):
        return path
    return manifest_path_for(path)
