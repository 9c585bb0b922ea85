"""Screening a subject (a customer, a beneficial owner, a counterparty) against the index.

``screen`` finds every listed entry whose name matches one of the subject's names in any
script and word order, scores it 0..100 and explains the score. On top of the name
score (``scoring.score_name``; the best name pair per entry counts):

* an IIN equal to one of the entry's is a certain match: score 100;
* a date of birth corroborates: the same date ``+BIRTH_DATE_EQUAL``, the same year
  ``+BIRTH_YEAR_EQUAL``; a birth year one year off ``BIRTH_YEAR_NEAR``, further off
  ``BIRTH_YEAR_CONFLICT`` (a subject without a date of birth but with a valid IIN uses
  the date the IIN encodes);
* different IINs on both sides ``IIN_DIFFERS``; a person against an organisation (or the
  reverse) ``KIND_DIFFERS``.

Without an equal IIN a score stays at most ``NAME_SCORE_CAP`` (99): 100 means certain.
The name score is capped first, so a perfect name with a conflicting birth year scores
99 - 20 = 79.
Hits below ``auto_clear_threshold`` are dropped; hits at or above ``review_threshold``
have ``needs_review`` set. The thresholds are arguments; their defaults are rules in the
rule pack (``settings.screening_settings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kuzet.progress import Progress
from kuzet.screening.entries import ENTRY_KINDS, ListEntry
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.listdates import iin_birth_date, is_birth_date
from kuzet.screening.scoring import Factor, NameScore, TokenMatch, score_name

BIRTH_DATE_EQUAL = 10
BIRTH_YEAR_EQUAL = 5
BIRTH_YEAR_NEAR = -5
BIRTH_YEAR_CONFLICT = -20
IIN_DIFFERS = -10
KIND_DIFFERS = -10
NAME_SCORE_CAP = 99
CERTAIN = 100
_IIN = re.compile(r"^\d{12}$")


@dataclass(frozen=True)
class Subject:
    """Who is screened: names in any script (a customer's ID-card and passport spellings,
    former names), and what else is known: birth date ``YYYY-MM-DD`` or ``YYYY``, IIN, kind."""

    names: tuple[str, ...]
    dob: str | None = None
    iin: str | None = None
    kind: str = "person"

    def __post_init__(self) -> None:
        names = (self.names,) if isinstance(self.names, str) else tuple(self.names)
        object.__setattr__(self, "names", tuple(n for n in names if n and n.strip()))
        if not self.names:
            raise ValueError("a subject needs at least one name")
        if self.dob and not is_birth_date(self.dob):
            raise ValueError(f"date of birth {self.dob!r} is not YYYY-MM-DD or YYYY")
        if self.iin:
            iin = "".join(self.iin.split())
            if not _IIN.match(iin):
                raise ValueError(f"IIN {self.iin!r} is not 12 digits")
            object.__setattr__(self, "iin", iin)
        if self.kind not in ENTRY_KINDS:
            raise ValueError(f"kind {self.kind!r} is not one of {', '.join(ENTRY_KINDS)}")


@dataclass(frozen=True)
class Hit:
    """A listed entry that may be the subject, with the reasons for its score."""

    source: str
    ref: str
    list_name: str
    subject_name: str
    score: int
    needs_review: bool
    entry_kind: str
    token_matches: tuple[TokenMatch, ...]
    factors: tuple[Factor, ...]
    entry: ListEntry = field(compare=False, repr=False)

    def explanation(self) -> list[str]:
        """One line per word match and per factor, for the review screen and the pack."""
        lines = [f"{self.subject_name!r} against {self.source} {self.ref} {self.list_name!r}"]
        lines += [f"  {m.describe()}" for m in self.token_matches]
        lines += [f"  {f.describe()}" for f in self.factors]
        lines.append(f"  score {self.score}" + (" (review)" if self.needs_review else ""))
        return lines


def screen(
    index: ScreeningIndex,
    subject: Subject,
    *,
    review_threshold: float,
    auto_clear_threshold: float,
) -> tuple[Hit, ...]:
    """Every hit for ``subject`` at or above ``auto_clear_threshold``, best first."""
    _check_thresholds(review_threshold, auto_clear_threshold)
    person = subject.kind == "person"
    best: dict[int, tuple[NameScore, str, str]] = {}
    for name in subject.names:
        subject_tokens = index.subject_tokens(name, person)
        if not subject_tokens:
            continue
        near = {t.key: index.neighbours(t.key) for t in subject_tokens}
        for name_index in index.candidates(subject_tokens):
            entry_index, listed = index.names[name_index]
            result = score_name(subject_tokens, listed, near, index.rarity)
            if result is None:
                continue
            held = best.get(entry_index)
            if held is None or result.score > held[0].score:
                best[entry_index] = (result, listed.text, name)
    certain = set(index.entries_with_iin(subject.iin)) if subject.iin else set()
    for entry_index in certain - set(best):
        source, entry = index.entries[entry_index]
        best[entry_index] = (NameScore(0.0, (), ()), entry.primary_name, subject.names[0])
    hits = []
    for entry_index, (result, list_name, subject_name) in best.items():
        source, entry = index.entries[entry_index]
        factors = list(result.factors)
        name_score = min(NAME_SCORE_CAP, round(result.score))
        if entry_index in certain:
            factors.append(Factor(f"IIN {subject.iin} equal: certain match", CERTAIN - name_score))
            score = CERTAIN
        else:
            evidence = _evidence_factors(subject, entry)
            factors += evidence
            score = max(0, min(NAME_SCORE_CAP, name_score + sum(f.delta for f in evidence)))
        if score < auto_clear_threshold:
            continue
        hits.append(
            Hit(
                source=source,
                ref=entry.ref,
                list_name=list_name,
                subject_name=subject_name,
                score=score,
                needs_review=score >= review_threshold,
                entry_kind=entry.kind,
                token_matches=result.matches,
                factors=tuple(factors),
                entry=entry,
            )
        )
    hits.sort(key=lambda h: (-h.score, h.source, h.ref))
    return tuple(hits)


def screen_many(
    index: ScreeningIndex,
    subjects: Iterable[Subject],
    *,
    review_threshold: float,
    auto_clear_threshold: float,
    progress: Progress | None = None,
) -> list[tuple[Hit, ...]]:
    """``screen`` for each subject, in order; reports progress and honours a cancel."""
    subjects = list(subjects)
    results: list[tuple[Hit, ...]] = []
    for done, subject in enumerate(subjects):
        if progress is not None and done % 50 == 0:
            progress.step(done, len(subjects), "screening")
        results.append(
            screen(
                index,
                subject,
                review_threshold=review_threshold,
                auto_clear_threshold=auto_clear_threshold,
            )
        )
    if progress is not None:
        progress.step(len(subjects), len(subjects), "screening done")
    return results


def _evidence_factors(subject: Subject, entry: ListEntry) -> list[Factor]:
    factors: list[Factor] = []
    subject_person = subject.kind == "person"
    if subject_person != (entry.kind == "person"):
        factors.append(Factor(f"subject is {subject.kind}, entry is {entry.kind}", KIND_DIFFERS))
    if subject.iin and entry.iins and subject.iin not in entry.iins:
        factors.append(
            Factor(
                f"IIN {subject.iin} differs from the list's {', '.join(entry.iins)}", IIN_DIFFERS
            )
        )
    if subject_person and entry.kind == "person":
        birth = _birth_factor(subject, entry.dobs)
        if birth is not None:
            factors.append(birth)
    return factors


def _birth_factor(subject: Subject, listed: tuple[str, ...]) -> Factor | None:
    dob, origin = subject.dob, "date of birth"
    if not dob and subject.iin:
        dob, origin = iin_birth_date(subject.iin), "date of birth (from the IIN)"
    if not dob or not listed:
        return None
    if len(dob) == 10 and dob in listed:
        return Factor(f"{origin} {dob} equal", BIRTH_DATE_EQUAL)
    year = int(dob[:4])
    years = sorted({int(d[:4]) for d in listed})
    shown = ", ".join(map(str, years))
    if year in years:
        return Factor(f"{origin}: year {year} equal (list: {', '.join(listed)})", BIRTH_YEAR_EQUAL)
    gap = min(abs(year - y) for y in years)
    if gap == 1:
        return Factor(f"{origin}: year {year} one year off the list's {shown}", BIRTH_YEAR_NEAR)
    return Factor(f"{origin}: year {year} conflicts with the list's {shown}", BIRTH_YEAR_CONFLICT)


def _check_thresholds(review: float, auto_clear: float) -> None:
    if not 0 <= auto_clear <= review <= 100:
        raise ValueError(
            f"thresholds must satisfy 0 <= auto_clear ({auto_clear}) <= review ({review}) <= 100"
        )
