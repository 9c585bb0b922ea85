"""The labelled screening test set, built by code from the real lists and our own names.

Positives (each must find its entry at or above the review threshold):

* from UN and OFAC individuals (a seeded sample of Latin-script primary names):
  transliteration to Cyrillic, Cyrillic and back to passport Latin, word order
  reversed, middle names dropped, one-letter typo in the longest word;
* from a generic CSV list of Kazakh people and firms written here (``KAZAKH_LIST_ROWS``):
  passport Latin (kz and ICAO styles), 2021 Kazakh Latin, Russified Cyrillic (with and
  without the patronymic, with a Russian-style patronymic), BGN/PCGN, given name first.

Negatives (none should reach the review threshold): common Kazakh and Russian full
names from ``kuzet.screening.sample_names`` pools, in Cyrillic or passport Latin, with or
without a patronymic, minus every name whose given name and surname keys both appear in
one listed name (those people would be real name matches).
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from kuzet.screening import sample_names as sn
from kuzet.screening.entries import ParsedList
from kuzet.screening.normalise import match_key, tokens
from kuzet.screening.translit import (
    has_cyrillic,
    russify_kazakh,
    to_bgn_pcgn,
    to_cyrillic,
    to_kazakh_latin_2021,
    to_passport_latin,
)

# ref, name, aliases, dob, kind: made-up people and firms (not real persons).
KAZAKH_LIST_ROWS = [
    ("KZ-001", "Қасымов Нұрлан Әбілұлы", "", "1971-05-14", "person"),
    ("KZ-002", "Жақыпова Гүлжан Серікқызы", "", "1968-02-01", "person"),
    ("KZ-003", "Сұлтанбеков Әлихан Қуанышұлы", "", "1980", "person"),
    ("KZ-004", "Өтепбергенов Дәулет Ғаббасұлы", "", "1975-11-30", "person"),
    ("KZ-005", "Құрманғалиева Айнұр Бақытжанқызы", "", "1983-07-07", "person"),
    ("KZ-006", "Ыдырысов Ерғали Нұртасұлы", "", "1966-03-12", "person"),
    ("KZ-007", "Шәкенова Әлия Мұхтарқызы", "", "1979-09-09", "person"),
    ("KZ-008", "Үмбетов Серғазы Жүсіпұлы", "", "1958-12-25", "person"),
    ("KZ-009", "Нұрмұхамедов Бақытжан Оралұлы", "", "1972-04-18", "person"),
    ("KZ-010", "Тәжібаев Ілияс Қайратұлы", "", "1990-10-10", "person"),
    ("KZ-011", "Әуезова Мөлдір Ғалымқызы", "", "1987-06-21", "person"),
    ("KZ-012", "Бөкейханов Ғалымжан Төлегенұлы", "", "1964-01-15", "person"),
    ("KZ-013", "Есенғараев Жеңіс Ұзақбайұлы", "", "1977-08-03", "person"),
    ("KZ-014", "Мырзахметова Сәуле Әбдіхалыққызы", "", "1969-11-11", "person"),
    ("KZ-015", "Оразбаев Қуаныш Дүйсенұлы", "Оразбаев Куаныш Дуйсенович", "1981-02-28", "person"),
    ("KZ-016", "Ким Виктор Алексеевич", "", "1960-05-05", "person"),
    ("KZ-017", "Ли Елена Сергеевна", "", "1985-03-08", "person"),
    ("KZ-018", "Иванченко Константин Петрович", "", "1955-09-01", "person"),
    ("KZ-019", "Ғабитов Рүстем Исаұлы", "", "1993-12-31", "person"),
    ("KZ-020", "Жұмағұлов Асылбек Серікұлы", "", "1974-07-17", "person"),
    ("KZ-021", "Ахмадиев Нұржан Бекенұлы", "", "1982-06-06", "person"),
    ("KZ-022", "Сейдахметова Әйгерім Талғатқызы", "", "1995-01-20", "person"),
    ("KZ-023", "Хамитов Һадис Шамилұлы", "", "1970", "person"),
    ("KZ-024", "Цой Анатолий Владимирович", "", "1962-10-02", "person"),
    ("KZ-025", "Щербаков Юрий Яковлевич", "", "1957-04-04", "person"),
    ("KZ-026", "Ясауи Жанұзақ Әбдіжаппарұлы", "", "1976-02-14", "person"),
    ("KZ-027", "Тоқтарова Іңкәр Ержанқызы", "", "1998-08-08", "person"),
    ("KZ-028", "Қожабеков Ерболат Сәкенұлы", "", "1967-03-03", "person"),
    (
        "KZ-029",
        "Қазақ Майнинг Технолоджис ЖШС",
        "Kazakh Mining Technologies LLP",
        "",
        "organization",
    ),
    ("KZ-030", "ТОО Степь Крипто Эксчейндж", "Steppe Crypto Exchange LLP", "", "organization"),
]


@dataclass(frozen=True)
class Case:
    query: str
    source: str
    ref: str
    category: str


def write_generic_csv(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "name", "aliases", "dob", "kind"])
        writer.writerows(rows)


def list_positives(lists: list[ParsedList], per_list: int = 150, seed: int = 7) -> list[Case]:
    """Variants of a seeded sample of Latin-script person names from the real lists."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for parsed in lists:
        pool = [
            e for e in parsed.entries
            if e.kind == "person" and _usable(e.primary_name)
        ]  # fmt: skip
        for entry in rng.sample(pool, min(per_list, len(pool))):
            name = entry.primary_name
            words = name.split()
            add = lambda q, c, e=entry, s=parsed.source: cases.append(Case(q, s, e.ref, c))  # noqa: E731
            cyrillic = to_cyrillic(name)
            add(cyrillic, "cyrillic")
            add(to_passport_latin(cyrillic), "cyrillic and back")
            add(" ".join(reversed(words)), "reordered")
            if len(words) >= 3:
                add(f"{words[0]} {words[-1]}", "middle names dropped")
            add(_typo(name, rng), "one-letter typo")
    return cases


def kazakh_positives(source: str) -> list[Case]:
    """Every spelling a Kazakh name reaches a firm in, for the people of our own list."""
    cases: list[Case] = []
    for ref, name, _aliases, _dob, kind in KAZAKH_LIST_ROWS:
        add = lambda q, c, r=ref: cases.append(Case(q, source, r, c))  # noqa: E731
        if kind == "organization":
            add(
                "Қазақ Майнинг Технолоджис" if ref == "KZ-029" else "Степь Крипто Эксчейндж",
                "org, no legal form",
            )
            add(to_passport_latin(name), "org, passport Latin")
            add(russify_kazakh(name), "org, Russified")
            continue
        surname, given, *rest = name.split()
        short = f"{surname} {given}"
        add(to_passport_latin(short), "passport Latin")
        add(to_passport_latin(short, style="icao"), "passport Latin, ICAO")
        add(to_passport_latin(f"{given} {surname}"), "passport Latin, given name first")
        add(to_kazakh_latin_2021(name), "2021 Kazakh Latin")
        add(to_kazakh_latin_2021(short), "2021 Kazakh Latin, no patronymic")
        add(russify_kazakh(name), "Russified")
        add(russify_kazakh(short), "Russified, no patronymic")
        add(to_bgn_pcgn(name), "BGN/PCGN")
        if rest and rest[0].endswith(("ұлы", "қызы")):
            father = rest[0].removesuffix("ұлы").removesuffix("қызы")
            sex = "M" if rest[0].endswith("ұлы") else "F"
            add(
                f"{russify_kazakh(short)} {sn.patronymic(father, sex, False)}",
                "Russian-style patronymic",
            )
            add(f"{short} {father} {'ұлы' if sex == 'M' else 'қызы'}", "detached ұлы/қызы")
    return cases


def negatives(lists: list[ParsedList], count: int = 400, seed: int = 11) -> list[str]:
    """Common Kazakh and Russian full names that are on none of ``lists``."""
    rng = random.Random(seed)
    listed_pairs: set[frozenset[str]] = set()
    for parsed in lists:
        for entry in parsed.entries:
            for name in entry.names:
                keys = {t.key for t in tokens(name)}
                listed_pairs.update(frozenset((a, b)) for a in keys for b in keys if a != b)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        sex = rng.choice("MF")
        if rng.random() < 0.6:
            given = rng.choice(sn.KAZAKH_MEN if sex == "M" else sn.KAZAKH_WOMEN)
            surname = rng.choice(sn.KAZAKH_SURNAMES)
            father = rng.choice(sn.KAZAKH_MEN)
            kazakh_style = rng.random() < 0.5
        else:
            given = rng.choice(sn.RUSSIAN_MEN if sex == "M" else sn.RUSSIAN_WOMEN)
            surname = rng.choice(sn.RUSSIAN_SURNAMES + sn.KOREAN_SURNAMES)
            father, kazakh_style = rng.choice(sn.RUSSIAN_MEN), False
        if sex == "F":
            surname = sn.feminine(surname)
        if frozenset((match_key(given), match_key(surname))) in listed_pairs:
            continue
        full = f"{surname} {given}"
        if rng.random() < 0.5:
            full += " " + sn.patronymic(father, sex, kazakh_style)
        if rng.random() < 0.3:
            full = russify_kazakh(full)
        if rng.random() < 0.4:
            full = to_passport_latin(f"{surname} {given}")
        if full not in seen:
            seen.add(full)
            names.append(full)
    return names


def _usable(name: str) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not has_cyrillic(name)
        and all(w.replace("-", "").isalpha() and w.isascii() and len(w) >= 2 for w in words)
    )


def _typo(name: str, rng: random.Random) -> str:
    """One letter of the longest word replaced by another (never the first letter)."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 4:
        return name
    position = rng.choice([i for i in range(1, len(word)) if word[i].isalpha()])
    letters = [c for c in "aeioubdgklmnrst" if c != word[position].lower()]
    replacement = rng.choice(letters)
    replacement = replacement.upper() if word[position].isupper() else replacement
    words[longest] = word[:position] + replacement + word[position + 1 :]
    return " ".join(words)
