"""What a section of the audit pack is, and the context every section is built from.

A register adds its part of the pack by writing one ``Section``: a ``key``, a localised
``title(lang)`` and ``build(ctx)`` returning reportlab flowables (made with the helpers in
``tables``, ``charts``, ``blocks`` and ``badges``). The builder puts each section on a new
page under a numbered heading that is listed in the table of contents.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Protocol, runtime_checkable

from reportlab.platypus import Flowable

from kuzet.progress import Progress
from kuzet.reports.labels import has_label, normalize_lang, t

_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


def new_pack_id() -> str:
    """A short unique id printed on every page and in the manifest, e.g. ``"7KQ2-M9XD"``."""
    number = secrets.randbits(40)
    chars = [_ID_ALPHABET[(number >> (5 * i)) & 31] for i in range(8)]
    return "".join(chars[:4]) + "-" + "".join(chars[4:])


@dataclass(frozen=True)
class Period:
    date_from: date
    date_to: date

    def __post_init__(self) -> None:
        if self.date_from > self.date_to:
            raise ValueError(f"period starts after it ends: {self.date_from} > {self.date_to}")


@dataclass(frozen=True)
class EvidenceRef:
    """A file a section refers to: ``path`` as the vault knows it, ``label`` for people."""

    path: str
    label: str


@dataclass
class PackContext:
    """Everything a section may use to build itself.

    ``data`` is whatever gives access to the records (later a database session wrapper);
    ``progress`` carries the cancel flag; ``evidence`` collects the files sections cite
    (use ``add_evidence``), which go into the manifest and the optional ZIP.
    """

    firm_name: str
    period: Period
    generated_by: str
    lang: str = "en"
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    pack_id: str = field(default_factory=new_pack_id)
    redact: bool = False
    data: Any = None
    progress: Progress = field(default_factory=Progress)
    evidence: list[EvidenceRef] = field(default_factory=list)
    local_tz: tzinfo | None = None  # None: the computer's own time zone
    # The auditor's sample (``reports/sample.py``): how many customer files, and the seed
    sample_size: int = 0
    sample_seed: int | None = None
    # Who prepared the pack (``reports.preparer.Preparer``: staff id, name, position), or None
    # when a caller named them in ``generated_by`` only; ``generated_by`` is what is printed
    preparer: Any = None
    # Set by ``build_pack``: the keys of the sections in this pack, the one being built, and
    # per section the evidence paths it cited (for the requirement → evidence map)
    section_keys: tuple[str, ...] = ()
    current_section: str = ""
    evidence_by_section: dict[str, set[str]] = field(default_factory=dict, repr=False)
    # ``evidence`` by path, so registering stays constant-time with 50,000 documents
    _evidence_by_path: dict[str, EvidenceRef] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.lang = normalize_lang(self.lang)
        if self.generated_at.tzinfo is None:
            raise ValueError("generated_at must be timezone-aware")

    def t(self, key: str, **values: object) -> str:
        """A label in the pack's language."""
        return t(key, self.lang, **values)

    def add_evidence(self, path: str, label: str) -> EvidenceRef:
        """Register an evidence file once (same path twice is kept once) and return it."""
        self.evidence_by_section.setdefault(self.current_section, set()).add(path)
        ref = self._evidence_by_path.get(path)
        if ref is None:
            ref = self._evidence_by_path[path] = EvidenceRef(path=path, label=label)
            self.evidence.append(ref)
        return ref

    @property
    def generated_at_utc(self) -> datetime:
        return self.generated_at.astimezone(UTC)

    @property
    def generated_at_local(self) -> datetime:
        return self.generated_at.astimezone(self.local_tz)


@runtime_checkable
class Section(Protocol):
    """One part of the pack. ``build`` must not draw a heading: the builder adds it."""

    key: str

    def title(self, lang: str) -> str: ...

    def build(self, ctx: PackContext) -> list[Flowable]: ...


class LabelledSection:
    """Convenience base: the title is the label ``section.<key>`` when there is one."""

    key: str = ""

    def title(self, lang: str) -> str:
        label = f"section.{self.key}"
        if not has_label(label):
            raise KeyError(f"no label {label!r}: override title() or add the label")
        return t(label, lang)

    def build(self, ctx: PackContext) -> list[Flowable]:
        raise NotImplementedError
