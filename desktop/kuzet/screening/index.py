"""The screening index: every listed name, tokenised once, behind an inverted index.

Built once from any number of ``ParsedList``s. Candidate generation for a subject name:

1. each of its words is looked up by match key in the inverted index (key → names),
   together with the keys of the vocabulary that are within the fuzzy cut-off
   (a rapidfuzz ratio over the list vocabulary, at most a few tens of thousands of keys,
   computed once per distinct key and cached);
2. two neighbouring words run together are looked up too, and every listed name is
   also indexed under each pair of its neighbouring words run together
   (``Abdulrahman`` / ``Abdul Rahman``, ``Alzawahiri`` / ``al-Zawahiri``);
3. a listed name becomes a candidate when as many different subject words hit it as
   both names can offer, up to two (initials do not count); only candidates are scored
   (``scoring.score_name``).

The index also counts on how many entries each key appears (``rarity``), for the score of
partial names and for typo tolerance.

The index holds no database handle and no Qt object; it can screen one subject (a
customer just saved) or many (a screening run). Several threads may screen with one
index: the only thing that changes after building is the neighbour cache, a dict that is
filled one whole entry at a time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Sequence
from itertools import pairwise

from rapidfuzz import fuzz, process

from kuzet.screening.entries import ListEntry, ParsedList
from kuzet.screening.normalise import (
    DEFAULT_LEGAL_FORMS,
    NameToken,
    legal_form_keys,
    name_variants,
    tokens,
)
from kuzet.screening.scoring import CORE_ROLES, ListedName

FUZZY_CUTOFF = 75
MIN_FUZZY_KEY_LENGTH = 4
_CACHE_LIMIT = 200_000
_PAIR_ROLES = (*CORE_ROLES, "particle")
_SURNAME_ENDINGS = ("ova", "eva", "ov", "ev")


class ScreeningIndex:
    """All listed names of the given lists, ready for ``matcher.screen``."""

    def __init__(
        self,
        lists: Iterable[ParsedList],
        *,
        legal_forms: Iterable[str] = DEFAULT_LEGAL_FORMS,
        fuzzy_cutoff: float = FUZZY_CUTOFF,
    ) -> None:
        started = time.perf_counter()
        self.legal_keys = legal_form_keys(legal_forms)
        self.fuzzy_cutoff = fuzzy_cutoff
        self.entries: list[tuple[str, ListEntry]] = []
        self.names: list[tuple[int, ListedName]] = []
        self.postings: dict[str, list[int]] = {}
        self.by_iin: dict[str, list[int]] = {}
        self.sources: list[str] = []
        self._word_keys: set[str] = set()
        self._entry_frequency: dict[str, int] = {}
        for parsed in lists:
            self.sources.append(parsed.source)
            for entry in parsed.entries:
                self._add_entry(parsed.source, entry)
        self._vocabulary = sorted(k for k in self._word_keys if len(k) >= MIN_FUZZY_KEY_LENGTH)
        self._near: dict[str, dict[str, float]] = {}
        self._log_entries = math.log1p(max(1, len(self.entries)))
        self.build_seconds = time.perf_counter() - started

    # building ---------------------------------------------------------------------------

    def _add_entry(self, source: str, entry: ListEntry) -> None:
        entry_index = len(self.entries)
        self.entries.append((source, entry))
        for iin in entry.iins:
            if len(iin) == 12 and iin.isdigit():  # only an IIN is decisive, never another id
                self.by_iin.setdefault(iin, []).append(entry_index)
        person = entry.kind == "person"
        legal = frozenset() if person else self.legal_keys
        seen: set[tuple[str, ...]] = set()
        entry_keys: set[str] = set()
        for name in entry.names:
            for variant in name_variants(name):
                name_tokens = tokens(variant, legal)
                signature = tuple(sorted(t.key for t in name_tokens))
                if not name_tokens or signature in seen:
                    continue
                seen.add(signature)
                entry_keys.update(signature)
                self._add_name(entry_index, ListedName.of(variant, name_tokens, person))
        for key in entry_keys:
            self._entry_frequency[key] = self._entry_frequency.get(key, 0) + 1

    def _add_name(self, entry_index: int, listed: ListedName) -> None:
        name_index = len(self.names)
        self.names.append((entry_index, listed))
        keys = {t.key for t in listed.tokens if t.role in CORE_ROLES}
        self._word_keys.update(keys)
        toks = listed.tokens
        for first, second in pairwise(toks):
            if first.role in _PAIR_ROLES and second.role in _PAIR_ROLES:
                keys.add(joined_key(first.key, second.key))
        for key in keys:
            self.postings.setdefault(key, []).append(name_index)

    # looking up -------------------------------------------------------------------------

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocabulary)

    def subject_tokens(self, name: str, person: bool) -> tuple[NameToken, ...]:
        """Tokens of a subject's name, legal forms marked only for organisations."""
        return tokens(name, frozenset() if person else self.legal_keys)

    def rarity(self, key: str) -> float:
        """How rare a word's key is on the loaded lists, 0..1: 1 - log(1 + entries with
        it) / log(1 + entries). A key on one entry of 14,000 is 0.93, on 100 entries 0.52,
        on 500 (Muhammad) 0.35."""
        return 1.0 - math.log1p(self._entry_frequency.get(key, 0)) / self._log_entries

    def neighbours(self, key: str) -> dict[str, float]:
        """Vocabulary keys within the fuzzy cut-off of ``key`` (``key`` itself left out)."""
        near = self._near.get(key)
        if near is not None:
            return near
        near = {}
        if len(key) >= MIN_FUZZY_KEY_LENGTH:
            for choice, ratio, _ in process.extract(
                key, self._vocabulary, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff, limit=None
            ):
                if choice == key:
                    continue
                ratio = min(ratio, stem_ratio(key, choice))
                if ratio >= self.fuzzy_cutoff:
                    near[choice] = ratio
        if len(self._near) >= _CACHE_LIMIT:
            self._near.clear()
        self._near[key] = near
        return near

    def candidates(self, subject: Sequence[NameToken]) -> list[int]:
        """Indexes (into ``names``) of listed names worth scoring against ``subject``."""
        hits: dict[int, int] = {}
        core = [i for i, t in enumerate(subject) if t.role in CORE_ROLES]
        for i in core:
            key = subject[i].key
            bit = 1 << i
            for hit_key in (key, *self.neighbours(key)):
                for name_index in self.postings.get(hit_key, ()):
                    hits[name_index] = hits.get(name_index, 0) | bit
        for i, j in pairwise(core):
            bits = (1 << i) | (1 << j)
            for name_index in self.postings.get(joined_key(subject[i].key, subject[j].key), ()):
                hits[name_index] = hits.get(name_index, 0) | bits
        wanted = min(2, len(core))
        found = []
        for name_index, bits in hits.items():
            need = min(wanted, self.names[name_index][1].core_count)
            if bits.bit_count() >= need:
                found.append(name_index)
        return found

    def entries_with_iin(self, iin: str) -> list[int]:
        return self.by_iin.get(iin, [])


def joined_key(first: str, second: str) -> str:
    """The key of two words run together, as one word's key would be (``Айнұр`` after
    ``Құрманғалиева`` gives ``kurmangalievainur``: doubled letters collapse)."""
    if first and second and first[-1] == second[0]:  # keys hold no doubled letters
        return first + second[1:]
    return first + second


def stem_ratio(key: str, other: str) -> float:
    """The ratio of two keys without a surname ending (-ov, -ova, -ev, -eva).

    Shared endings make different surnames look alike (Romanov, Droganov: 80); without
    them the distinctive part is compared (roman, drogan: 73), while gender forms meet
    (Kasymov, Kasymova: 100).
    """
    stem_a, stem_b = _stem(key), _stem(other)
    if stem_a == key and stem_b == other:
        return 100.0
    return fuzz.ratio(stem_a, stem_b)


def _stem(key: str) -> str:
    for ending in _SURNAME_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key
