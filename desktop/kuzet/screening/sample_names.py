"""Realistic Kazakhstani customer names for the demo firm, benchmarks and quality tests.

``sample_customers(count, seed)`` returns the same people for the same seed: Kazakh and
Russian (and a few Korean-Kazakh) men and women, written in Cyrillic as in an ID card
(surname, given name, patronymic, in Kazakh or Russian form) and in passport Latin
(surname and given name only, as a passport prints them), with a birth date. Nothing
here is a real person; the pools are common names.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from kuzet.screening.translit import russify_kazakh, to_passport_latin

KAZAKH_MEN = (
    "Нұрлан", "Ерлан", "Серік", "Асқар", "Бауыржан", "Дәурен", "Ержан", "Қайрат", "Марат",
    "Ақжол", "Әлібек", "Айбек", "Бекзат", "Дамир", "Ерболат", "Жандос", "Жанболат", "Мұрат",
    "Нұржан", "Олжас", "Рүстем", "Санжар", "Талғат", "Темірлан", "Арман", "Берік", "Ғалым",
    "Дархан", "Елдос", "Жасұлан", "Қанат", "Мейірлан", "Ерасыл", "Әділет", "Нұрбек", "Саят",
)  # fmt: skip
KAZAKH_WOMEN = (
    "Айгүл", "Әсел", "Гүлнар", "Динара", "Жанар", "Жұлдыз", "Назерке", "Салтанат", "Толқын",
    "Айжан", "Ақмарал", "Ботагөз", "Гүлмира", "Жансая", "Камила", "Мадина", "Меруерт",
    "Нұргүл", "Сәуле", "Әйгерім", "Інкәр", "Аружан", "Балжан", "Шынар", "Дана", "Ләззат",
)  # fmt: skip
KAZAKH_SURNAMES = (
    "Қасымов", "Нұрпейісов", "Сәрсенбаев", "Әбдірахманов", "Жұмабаев", "Серікбаев",
    "Ахметов", "Бекмұхамбетов", "Досмұхамбетов", "Ерғалиев", "Жақсыбеков", "Исабеков",
    "Құдайбергенов", "Мұқанов", "Оспанов", "Сейітқалиев", "Тұрсынбаев", "Өмірзақов",
    "Үсенов", "Шәріпов", "Ыбыраев", "Байжанов", "Ғабдуллин", "Дәулетов", "Есенов",
    "Жүнісов", "Кенжебаев", "Қалиев", "Мамыров", "Рахымжанов", "Тілеуов", "Хасенов",
    "Іскаков", "Әбенов", "Бейсенов", "Дүйсенов", "Жанұзақов", "Қожахметов", "Сапаров",
    "Төлеуов", "Әмірханов", "Бердібеков", "Смағұлов", "Темірбеков", "Нұрғалиев",
)  # fmt: skip
RUSSIAN_MEN = (
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Михаил", "Иван", "Николай",
    "Евгений", "Владимир", "Павел", "Артём", "Максим", "Денис", "Игорь", "Олег", "Юрий",
    "Виктор", "Роман", "Константин", "Вячеслав", "Григорий", "Станислав", "Тимур",
)  # fmt: skip
RUSSIAN_WOMEN = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
    "Екатерина", "Юлия", "Марина", "Анастасия", "Людмила", "Галина", "Валентина", "Ксения",
)  # fmt: skip
RUSSIAN_SURNAMES = (
    "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
    "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
    "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
    "Сергеев", "Кириллов", "Гусев", "Титов", "Белоусов", "Шевченко", "Бондаренко",
    "Литвиненко", "Королёв", "Медведев", "Жуков", "Фролов", "Тарасов", "Беляев",
)  # fmt: skip
KOREAN_SURNAMES = ("Ким", "Пак", "Цой", "Ли", "Тен", "Хан", "Югай", "Шин")
# Fathers' names for patronymics: Kazakh (-ұлы/-қызы) and Russian-style (-ович/-овна).
FATHERS = KAZAKH_MEN[:24] + RUSSIAN_MEN[:16]


@dataclass(frozen=True)
class SampleCustomer:
    """A made-up customer: Cyrillic full name, passport Latin name, birth date, sex."""

    cyrillic: str
    latin: str
    dob: str
    sex: str


def feminine(surname: str) -> str:
    """The woman's form of a surname: Қасымов → Қасымова, Ғабдуллин → Ғабдуллина."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    return surname


def patronymic(father: str, sex: str, kazakh_style: bool) -> str:
    """``Әбілұлы``/``Әбілқызы`` or ``Нурланович``/``Нурлановна`` (Russian style, Russified)."""
    if kazakh_style:
        return father + ("ұлы" if sex == "M" else "қызы")
    base = russify_kazakh(father)
    if base.endswith("ий"):
        stem, male, female = base[:-2] + "ь", "евич", "евна"
    elif base.endswith(("й", "ь")):
        stem, male, female = base[:-1], "евич", "евна"
    elif base.endswith(("а", "я")):
        stem, male, female = base[:-1], "ич", "ична"
    else:
        stem, male, female = base, "ович", "овна"
    return stem + (male if sex == "M" else female)


def sample_customers(count: int, seed: int = 2026) -> list[SampleCustomer]:
    """``count`` made-up customers; the same seed gives the same people."""
    rng = random.Random(seed)
    people: list[SampleCustomer] = []
    for _ in range(count):
        sex = rng.choice("MF")
        origin = rng.random()
        russified = False
        if origin < 0.6:
            given = rng.choice(KAZAKH_MEN if sex == "M" else KAZAKH_WOMEN)
            surname = rng.choice(KAZAKH_SURNAMES)
            father = rng.choice(FATHERS[:24])
            kazakh_style = rng.random() < 0.5
            russified = not kazakh_style or rng.random() < 0.5
        elif origin < 0.95:
            given = rng.choice(RUSSIAN_MEN if sex == "M" else RUSSIAN_WOMEN)
            surname = rng.choice(RUSSIAN_SURNAMES)
            father, kazakh_style = rng.choice(RUSSIAN_MEN), False
        else:
            given = rng.choice(RUSSIAN_MEN + KAZAKH_MEN if sex == "M" else RUSSIAN_WOMEN)
            surname = rng.choice(KOREAN_SURNAMES)
            father, kazakh_style = rng.choice(RUSSIAN_MEN), False
        if sex == "F":
            surname = feminine(surname)
        parts = [surname, given]
        if rng.random() < 0.85:
            parts.append(patronymic(father, sex, kazakh_style))
        if russified:
            parts = [russify_kazakh(p) for p in parts]
            surname, given = parts[0], parts[1]
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(55 * 365))
        people.append(
            SampleCustomer(
                cyrillic=" ".join(parts),
                latin=to_passport_latin(f"{surname} {given}"),
                dob=born.isoformat(),
                sex=sex,
            )
        )
    return people
