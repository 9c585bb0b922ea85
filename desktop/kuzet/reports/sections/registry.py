"""The sections of the audit pack, in the order they are printed (the cover and the table
of contents come from the machinery). A user chooses any subset by key; the pack keeps
this order whatever order the keys are given in."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kuzet.reports.labels import t
from kuzet.reports.section import Section

# key -> "module:class" under kuzet.reports.sections (imported when used)
SECTIONS: dict[str, str] = {
    "findings": "findings:FindingsSection",
    "evidence_map": "evidence_map:EvidenceMapSection",
    "firm": "firm:FirmSection",
    "licences": "licences:LicencesSection",
    "mining": "mining:MiningSection",
    "customers": "customers:CustomersSection",
    "screening": "screening:ScreeningSection",
    "training": "training:TrainingSection",
    "audits": "audits:AuditsSection",
    "monitoring": "monitoring:MonitoringSection",
    "sample": "sample:SampleSection",  # only when a sample is asked (reports.pack)
    "rules": "rules:RulesSection",
    "trail": "trail:TrailSection",
    "signoff": "signoff:SignoffSection",
}
# Sections printed only when asked for with their options (the auditor's sample: --sample N),
# so not among the default "all" keys; ``reports.pack`` adds them when asked.
ON_REQUEST = frozenset({"sample"})
SECTION_KEYS: tuple[str, ...] = tuple(k for k in SECTIONS if k not in ON_REQUEST)
# Sections that cite customer documents (left out of a redacted pack's evidence)
CUSTOMER_SECTIONS = frozenset({"customers", "screening", "monitoring"})


class UnknownSection(ValueError):
    def __init__(self, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(
            f"unknown section(s): {', '.join(unknown)}; valid keys: {', '.join(SECTION_KEYS)}"
        )


def chosen_keys(keys: Iterable[str] | None) -> list[str]:
    """The chosen keys in pack order (all when None); an unknown key raises ``UnknownSection``
    naming the valid ones; an empty choice raises ``ValueError``."""
    if keys is None:
        return list(SECTION_KEYS)
    wanted = [k.strip().lower() for k in keys if k.strip()]
    unknown = [k for k in wanted if k not in SECTIONS]
    if unknown:
        raise UnknownSection(unknown)
    if not wanted:
        raise ValueError("choose at least one section")
    return [k for k in SECTIONS if k in wanted]


def section_class(key: str) -> Callable[[], Section]:
    import importlib

    module, _, name = SECTIONS[key].partition(":")
    return getattr(importlib.import_module(f"kuzet.reports.sections.{module}"), name)


def make_sections(keys: Iterable[str] | None = None) -> list[Section]:
    return [section_class(key)() for key in chosen_keys(keys)]


def section_titles(lang: str = "en") -> dict[str, str]:
    """Key -> title in ``lang``, in pack order (for the dialog and the CLI's help)."""
    return {key: t(f"section.{key}", lang) for key in SECTION_KEYS}
