"""How well one written name matches one listed name: a score and the reasons for it.

Tokens are paired one to one, best pairs first, in any order: equal match keys pair with
similarity 1 ("exact" when the words are written the same, "transliteration" when only
their keys agree); other pairs with a rapidfuzz ratio on the keys of at least the
fuzzy cut-off pair with the evidence ``1 - FUZZY_SLOPE * (1 - ratio / 100)`` ("fuzzy");
a word that equals two neighbouring words run together (``Alzawahiri`` /
``al Zawahiri``) pairs with both ("joined").

The name score is a weighted, soft token overlap::

    score = 100 * Σ evidence·weight (paired list words)
                / (Σ weight (paired list words)
                   + Σ MISSING_COST (unpaired list words that count)
                   + Σ EXTRA_TOKEN_SHARE·weight (unpaired subject words))

An initial (``И.``, ``S.``) pairs with the first unpaired listed word it begins and counts
half of it ("initial").

Weights: ordinary words 1, particles (al, bin, de, ...) 0.3, legal forms (LLP, ТОО)
0.15. For a listed person, once two words have paired, an unpaired patronymic or middle
word does not count (``Doku Umarov`` = ``Doku Khamatovich Umarov``). An unpaired listed
particle or legal form costs little (``MISSING_COST``); an unpaired subject word costs a
little (``EXTRA_TOKEN_SHARE``), a patronymic less. Fuzzy pairs never join a patronymic to
a given name (Алексей / Алексеевич), nor a short subject word that is itself a name on the
lists to a common one (Марина / Maria: typo tolerance scales with length and rarity).

Partial names. With the index's ``rarity`` (0..1 per key), a subject whose words are all
some of a listed person's words (or initials of them) also gets a score from the rarity of
the matched words: ``PARTIAL_FLOOR + (PARTIAL_CAP - PARTIAL_FLOOR) * min(1, Σ rarity /
PARTIAL_FULL)``, a patronymic adding ``PATRONYMIC_BONUS``, an initial ``INITIAL_RARITY``;
it needs two words, or one word and initials. The higher score counts, and the factor
names the parts matched and absent: ``Ислам Сеит-Умарович`` finds ``Islam Seit-Umarovich
ATABIEV`` at 95, ``Мухаммад Х.`` finds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from kuzet.screening.normalise import (
    ROLE_INITIAL,
    ROLE_LEGAL,
    ROLE_NAME,
    ROLE_PARTICLE,
    ROLE_PATRONYMIC,
    NameToken,
)
from kuzet.screening.translit import base_latin, fold_latin, has_cyrillic

WEIGHTS = {
    ROLE_NAME: 1.0, ROLE_PATRONYMIC: 1.0, ROLE_PARTICLE: 0.3, ROLE_LEGAL: 0.15, ROLE_INITIAL: 0.3
}  # fmt: skip
EXTRA_TOKEN_SHARE = {
    ROLE_NAME: 0.3, ROLE_PATRONYMIC: 0.1, ROLE_PARTICLE: 0.3, ROLE_LEGAL: 0.3, ROLE_INITIAL: 0.3
}  # fmt: skip
# What an unpaired listed word costs, by role (a missing "al" or "LLP" costs little).
MISSING_COST = {
    ROLE_NAME: 1.0, ROLE_PATRONYMIC: 1.0, ROLE_PARTICLE: 0.1, ROLE_LEGAL: 0.15, ROLE_INITIAL: 0.1
}  # fmt: skip
# An initial paired with the listed word it begins counts this much of that word.
INITIAL_EVIDENCE = 0.5
# Partial names (the subject's words are some of the listed name's words, or initials of
# them): scored by how rare the matched words are on the loaded lists (``rarity``, 0..1),
# PARTIAL_FLOOR + (PARTIAL_CAP - PARTIAL_FLOOR) * min(1, Σ rarity / PARTIAL_FULL).
PARTIAL_FLOOR = 60.0
PARTIAL_CAP = 95.0
PARTIAL_FULL = 1.25
PARTIAL_MIN_EVIDENCE = 0.85  # every word of a partial name matches (nearly) exactly
PATRONYMIC_BONUS = 0.3  # a matched patronymic is strong evidence
INITIAL_RARITY = 0.25  # what one matched initial adds
# Typo tolerance by length and rarity: a fuzzy pair of short words (SHORT_WORD letters or
# fewer) is no pair when the subject's word is itself a name on the lists and one of the two
# is common there (rarity below COMMON_RARITY): Марина is not a misspelt Maria.
SHORT_WORD = 6
COMMON_RARITY = 0.65
CORE_ROLES = (ROLE_NAME, ROLE_PATRONYMIC)
JOINED_MIN_RATIO = 90
# Evidence of a fuzzy pair falls FUZZY_SLOPE times faster than the ratio: one wrong letter
# in six (ratio 83) counts 0.75, in four (ratio 75) 0.63.
FUZZY_SLOPE = 1.5


@dataclass(frozen=True)
class TokenMatch:
    """``subject_token`` met ``list_token`` by ``how`` (exact, transliteration, fuzzy, joined,
    initial)."""

    subject_token: str
    list_token: str
    how: str
    ratio: int

    def describe(self) -> str:
        if self.how == "fuzzy":
            return f"{self.subject_token} ~ {self.list_token} (fuzzy, ratio {self.ratio})"
        return f"{self.subject_token} = {self.list_token} ({self.how})"


@dataclass(frozen=True)
class Factor:
    """Something that raised (delta > 0), lowered (< 0) or did not change the score."""

    description: str
    delta: int

    def describe(self) -> str:
        sign = f"{self.delta:+d}" if self.delta else "±0"
        return f"{sign}: {self.description}"


@dataclass(frozen=True)
class ListedName:
    """A listed name prepared for scoring: its tokens and which of them may be missing."""

    text: str
    tokens: tuple[NameToken, ...]
    person: bool
    middle: frozenset[int]
    core_count: int

    @classmethod
    def of(cls, text: str, name_tokens: Sequence[NameToken], person: bool) -> ListedName:
        """``Viktor Fedorovych YANUKOVYCH``: of two patronymic-shaped words, one in the
        middle and one at an end, the one at the end is a surname."""
        name_tokens = list(name_tokens)
        core = [i for i, t in enumerate(name_tokens) if t.role in CORE_ROLES]
        middle = frozenset(core[1:-1]) if person and len(core) >= 3 else frozenset()
        shaped = [i for i in core if name_tokens[i].role == ROLE_PATRONYMIC]
        if len(shaped) >= 2 and any(i in middle for i in shaped):
            for i in shaped:
                if i not in middle:
                    name_tokens[i] = replace(name_tokens[i], role=ROLE_NAME)
        return cls(text, tuple(name_tokens), person, middle, len(core))


@dataclass(frozen=True)
class NameScore:
    score: float
    matches: tuple[TokenMatch, ...]
    factors: tuple[Factor, ...]


def evidence(ratio: float) -> float:
    """How much a fuzzy pair of keys with this rapidfuzz ratio counts (1 for equal keys)."""
    return max(0.0, min(1.0, 1.0 - FUZZY_SLOPE * (1.0 - ratio / 100.0)))


def score_name(
    subject: Sequence[NameToken],
    listed: ListedName,
    neighbours: Mapping[str, Mapping[str, float]],
    rarity: Callable[[str], float] | None = None,
) -> NameScore | None:
    """Score ``subject`` against ``listed``; ``neighbours[key]`` maps keys to fuzzy ratios.

    Equal keys pair first, then words run together, then fuzzy pairs, best first, then
    initials with the first unpaired listed word they begin. ``None`` when no ordinary
    word pairs (particles, legal forms and initials alone are no match). With ``rarity``
    (key → 0..1, how rare the word is on the loaded lists) a partial name is scored by the
    rarity of its matched words when that beats the ordinary score (``_partial``).
    """
    equal: list[tuple[float, int, int]] = []
    fuzzy: list[tuple[float, float, int, int]] = []
    for i, s_token in enumerate(subject):
        near = neighbours.get(s_token.key, {})
        for j, l_token in enumerate(listed.tokens):
            if s_token.key == l_token.key:
                equal.append((WEIGHTS[l_token.role], i, j))
            elif (
                l_token.key in near
                and _may_be_alike(s_token, l_token)
                and not (rarity is not None and _short_and_common(s_token.key, l_token.key, rarity))
            ):
                fuzzy.append((near[l_token.key], WEIGHTS[l_token.role], i, j))
    pairing = _Pairing(subject, listed)
    for _weight, i, j in sorted(equal, key=lambda e: (-e[0], e[1], e[2])):
        pairing.pair(i, j, 100.0)
    for i, j, ratio in _joined(subject, listed.tokens, pairing.used_s, pairing.used_l):
        pairing.pair_joined(i, (j, j + 1), ratio, subject_joined=False)
    for j, i, ratio in _joined(listed.tokens, subject, pairing.used_l, pairing.used_s):
        pairing.pair_joined(i, (j,), ratio, subject_joined=True)
    for ratio, _weight, i, j in sorted(fuzzy, reverse=True):
        pairing.pair(i, j, ratio)
    _pair_initials(subject, listed.tokens, pairing)
    if pairing.core_paired == 0:
        return None

    penalties = _penalties(subject, listed, pairing)
    denominator = pairing.weight + sum(cost for _, cost in penalties)
    score = 100.0 * pairing.evidence / denominator
    factors: list[Factor] = []
    if pairing.evidence < pairing.weight:
        perfect = 100.0 * pairing.weight / denominator
        hows = {m.how for m in pairing.matches}
        parts = [
            *(["fuzzy word matches"] if "fuzzy" in hows or "joined" in hows else []),
            *(["initials count half a word"] if "initial" in hows else []),
        ]
        factors.append(Factor(" and ".join(parts) or "fuzzy word matches", round(score - perfect)))
    for text, cost in penalties:
        without = 100.0 * pairing.evidence / (denominator - cost) if cost else score
        factors.append(Factor(text, round(score - without)))
    partial = _partial(subject, listed, pairing, rarity) if rarity is not None else None
    if partial is not None and partial[0] > score:
        factors.append(Factor(partial[1], round(partial[0] - score)))
        score = partial[0]
    return NameScore(score, tuple(pairing.matches), tuple(factors))


def _short_and_common(key: str, listed_key: str, rarity: Callable[[str], float]) -> bool:
    """A short subject word that is itself a name on the lists, near a listed word when
    either is common, is a different name, not a typo (Марина / Maria, Мария / Omari)."""
    if min(len(key), len(listed_key)) > SHORT_WORD:
        return False
    own = rarity(key)
    return own < 1.0 and min(own, rarity(listed_key)) < COMMON_RARITY


def _initial_letters(text: str) -> str:
    return fold_latin(base_latin(text)) if has_cyrillic(text) else fold_latin(text)


def _pair_initials(
    subject: Sequence[NameToken], listed: Sequence[NameToken], pairing: _Pairing
) -> None:
    """Each unpaired initial pairs with the first unpaired listed word it begins."""
    for i, s_token in enumerate(subject):
        if s_token.role != ROLE_INITIAL or i in pairing.used_s:
            continue
        for j, l_token in enumerate(listed):
            if j in pairing.used_l or l_token.role in (ROLE_LEGAL, ROLE_INITIAL):
                continue
            initial = _initial_letters(s_token.text)
            if l_token.key.startswith(s_token.key) or _initial_letters(l_token.text).startswith(
                initial
            ):
                pairing.pair_initial(i, j)
                break


def _partial(
    subject: Sequence[NameToken],
    listed: ListedName,
    pairing: _Pairing,
    rarity: Callable[[str], float],
) -> tuple[float, str] | None:
    """The score of a partial name, with its explanation, or ``None`` when it is not one.

    A partial name: every word and initial of the subject paired (words nearly exactly),
    some listed words absent; at least two words, or one word and initials. Its score
    grows with the rarity of the matched words (a matched patronymic counts more, an
    initial a little), so that common given names alone never reach review.
    """
    if not listed.person:
        return None
    if any(
        i not in pairing.used_s
        for i, t in enumerate(subject)
        if t.role in (*CORE_ROLES, ROLE_INITIAL)
    ):
        return None
    absent = [
        t.text
        for j, t in enumerate(listed.tokens)
        if j not in pairing.used_l and t.role in CORE_ROLES
    ]
    info = 0.0
    words = initials = 0
    matched: list[str] = []
    for listed_js, ev, how, subject_key in sorted(pairing.pairs):  # in the listed order
        tokens_ = [listed.tokens[j] for j in listed_js]
        matched.append(" ".join(t.text for t in tokens_))
        if how == "initial":
            initials += 1
            info += INITIAL_RARITY
            continue
        if ev < PARTIAL_MIN_EVIDENCE:
            return None
        for token in tokens_:
            if token.role not in CORE_ROLES:
                continue
            words += 1
            bonus = PATRONYMIC_BONUS if token.role == ROLE_PATRONYMIC else 0.0
            # a fuzzy pair is as rare as the commoner of its two words
            rare = min(rarity(token.key), rarity(subject_key)) if subject_key else rarity(token.key)
            info += min(1.0, rare + bonus) * ev
    if not (absent or initials) or words == 0 or words + initials < 2:
        return None
    score = PARTIAL_FLOOR + (PARTIAL_CAP - PARTIAL_FLOOR) * min(1.0, info / PARTIAL_FULL)
    text = f"partial name: matched {', '.join(repr(m) for m in matched)}"
    text += f"; absent {', '.join(repr(a) for a in absent)}" if absent else ""
    text += f" (rarity of the matched parts {info:.2f})"
    return score, text


def _penalties(
    subject: Sequence[NameToken], listed: ListedName, pairing: _Pairing
) -> list[tuple[str, float]]:
    """What each unpaired word costs, with the words to explain it."""
    penalties: list[tuple[str, float]] = []
    optional_ok = listed.person and pairing.core_paired >= 2
    for j, l_token in enumerate(listed.tokens):
        if j in pairing.used_l:
            continue
        if optional_ok and l_token.role == ROLE_PATRONYMIC:
            penalties.append((f"list patronymic {l_token.text!r} not given: no penalty", 0.0))
        elif optional_ok and j in listed.middle:
            penalties.append((f"list middle name {l_token.text!r} not given: no penalty", 0.0))
        else:
            cost = MISSING_COST[l_token.role]
            penalties.append((f"list word {l_token.text!r} not matched", cost))
    for i, s_token in enumerate(subject):
        if i not in pairing.used_s:
            share = EXTRA_TOKEN_SHARE[s_token.role] * WEIGHTS[s_token.role]
            penalties.append((f"extra word {s_token.text!r} matched nothing", share))
    return penalties


class _Pairing:
    """The pairs chosen so far between subject and listed words."""

    def __init__(self, subject: Sequence[NameToken], listed: ListedName) -> None:
        self.subject = subject
        self.listed = listed.tokens
        self.used_s: dict[int, None] = {}
        self.used_l: dict[int, None] = {}
        self.weight = 0.0
        self.evidence = 0.0
        self.core_paired = 0
        self.matches: list[TokenMatch] = []
        # (listed indexes, evidence, how) per pair, for the partial-name score
        self.pairs: list[tuple[tuple[int, ...], float, str, str]] = []

    def pair(self, i: int, j: int, ratio: float) -> None:
        if i in self.used_s or j in self.used_l:
            return
        self.used_s[i] = self.used_l[j] = None
        s_token, l_token = self.subject[i], self.listed[j]
        weight = WEIGHTS[l_token.role]
        self.weight += weight
        self.evidence += evidence(ratio) * weight
        self.core_paired += l_token.role in CORE_ROLES and s_token.role in CORE_ROLES
        how = _how(s_token, l_token)
        self.matches.append(TokenMatch(s_token.text, l_token.text, how, round(ratio)))
        self.pairs.append(((j,), evidence(ratio), how, s_token.key))

    def pair_initial(self, i: int, j: int) -> None:
        """An initial stands for the listed word it begins: part of that word's weight."""
        self.used_s[i] = self.used_l[j] = None
        s_token, l_token = self.subject[i], self.listed[j]
        weight = WEIGHTS[l_token.role]
        self.weight += weight
        self.evidence += INITIAL_EVIDENCE * weight
        self.matches.append(TokenMatch(s_token.text, l_token.text, "initial", 100))
        self.pairs.append(((j,), INITIAL_EVIDENCE, "initial", s_token.key))

    def pair_joined(
        self, i: int, listed_js: tuple[int, ...], ratio: float, *, subject_joined: bool
    ) -> None:
        """Words already marked used by ``_joined``: count them and explain."""
        listed_tokens = [self.listed[j] for j in listed_js]
        weight = sum(WEIGHTS[t.role] for t in listed_tokens)
        self.weight += weight
        self.evidence += evidence(ratio) * weight
        self.core_paired += sum(t.role in CORE_ROLES for t in listed_tokens)
        if subject_joined:
            subject_text = f"{self.subject[i].text} {self.subject[i + 1].text}"
        else:
            subject_text = self.subject[i].text
        listed_text = " ".join(t.text for t in listed_tokens)
        self.matches.append(TokenMatch(subject_text, listed_text, "joined", round(ratio)))
        self.pairs.append((listed_js, evidence(ratio), "joined", ""))


def _may_be_alike(s_token: NameToken, l_token: NameToken) -> bool:
    """A given name is not a misspelt patronymic (Алексей, Алексеевич) nor the reverse."""
    return (s_token.role == ROLE_PATRONYMIC) == (l_token.role == ROLE_PATRONYMIC)


def _how(s_token: NameToken, l_token: NameToken) -> str:
    if s_token.key != l_token.key:
        return "fuzzy"
    return "exact" if s_token.text == l_token.text else "transliteration"


def _joined(
    single: Sequence[NameToken],
    pairs: Sequence[NameToken],
    used_single: dict[int, None],
    used_pairs: dict[int, None],
) -> list[tuple[int, int, float]]:
    """Unpaired words of ``single`` that equal two neighbouring unpaired words of ``pairs``
    run together; returns (single index, index of the first of the two, ratio)."""
    found: list[tuple[int, int, float]] = []
    for i, token in enumerate(single):
        if i in used_single or len(token.key) < 6:
            continue
        length = len(token.key)
        for j in range(len(pairs) - 1):
            if j in used_pairs or j + 1 in used_pairs:
                continue
            joined = pairs[j].key + pairs[j + 1].key
            if abs(len(joined) - length) > length // 5 + 1:
                continue  # too different in length to reach JOINED_MIN_RATIO
            ratio = fuzz.ratio(token.key, joined)
            if ratio >= JOINED_MIN_RATIO:
                used_single[i] = used_pairs[j] = used_pairs[j + 1] = None
                found.append((i, j, ratio))
                break
    return found
