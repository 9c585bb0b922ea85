"""Made-up names for the demo firm's customers: Kazakh and Russian people in Cyrillic as in
an ID card, with the passport Latin form (Қасымов → KASSYMOV), and company names.

Nothing here is a real person or company; the pools are common names and words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

KAZAKH_MEN = (
    "Нұрлан", "Ерлан", "Серік", "Асқар", "Бауыржан", "Дәурен", "Ержан", "Қайрат", "Марат",
    "Ақжол", "Әлібек", "Айбек", "Бекзат", "Дамир", "Ерболат", "Жандос", "Мұрат", "Нұржан",
    "Олжас", "Рүстем", "Санжар", "Талғат", "Темірлан", "Арман", "Берік", "Ғалым", "Дархан",
    "Елдос", "Қанат", "Ерасыл", "Әділет", "Нұрбек", "Саят", "Мейірхан",
)  # fmt: skip
KAZAKH_WOMEN = (
    "Айгүл", "Әсел", "Гүлнар", "Динара", "Жанар", "Жұлдыз", "Назерке", "Салтанат", "Толқын",
    "Айжан", "Ақмарал", "Ботагөз", "Гүлмира", "Жансая", "Камила", "Мадина", "Меруерт",
    "Нұргүл", "Сәуле", "Әйгерім", "Інкәр", "Аружан", "Балжан", "Шынар", "Ләззат",
)  # fmt: skip
KAZAKH_SURNAMES = (
    "Қасымов", "Нұрпейісов", "Сәрсенбаев", "Әбдірахманов", "Жұмабаев", "Серікбаев",
    "Ахметов", "Бекмұхамбетов", "Ерғалиев", "Жақсыбеков", "Исабеков", "Құдайбергенов",
    "Мұқанов", "Оспанов", "Тұрсынбаев", "Өмірзақов", "Үсенов", "Шәріпов", "Байжанов",
    "Ғабдуллин", "Дәулетов", "Есенов", "Жүнісов", "Кенжебаев", "Қалиев", "Мамыров",
    "Тілеуов", "Хасенов", "Іскаков", "Әбенов", "Бейсенов", "Дүйсенов", "Сапаров",
    "Төлеуов", "Смағұлов", "Темірбеков", "Нұрғалиев",
)  # fmt: skip
RUSSIAN_MEN = (
    "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Михаил", "Иван", "Николай",
    "Евгений", "Владимир", "Павел", "Артём", "Максим", "Денис", "Игорь", "Олег", "Юрий",
    "Виктор", "Роман", "Константин",
)  # fmt: skip
RUSSIAN_WOMEN = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария",
    "Екатерина", "Юлия", "Марина", "Анастасия", "Людмила", "Галина", "Ксения",
)  # fmt: skip
RUSSIAN_SURNAMES = (
    "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
    "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
    "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
    "Шевченко", "Бондаренко", "Ким", "Пак", "Цой", "Ли",
)  # fmt: skip
FOREIGNERS = (
    ("Wang Lei", "WANG LEI", "CN"), ("Zhang Wei", "ZHANG WEI", "CN"),
    ("Hans Müller", "MUELLER HANS", "DE"), ("Mehmet Yılmaz", "YILMAZ MEHMET", "TR"),
    ("Ahmed Al Mansouri", "AL MANSOURI AHMED", "AE"), ("John Carter", "CARTER JOHN", "GB"),
    ("Timur Rakhimov", "RAKHIMOV TIMUR", "UZ"), ("Aibek Toktogulov", "TOKTOGULOV AIBEK", "KG"),
    ("Farhad Rezaei", "REZAEI FARHAD", "IR"), ("Nguyen Van An", "NGUYEN VAN AN", "VN"),
)  # fmt: skip
COMPANY_WORDS = (
    "Сарыарқа", "Алтын", "Жетісу", "Көкше", "Ертіс", "Байқоңыр", "Тараз", "Маңғыстау",
    "Атамекен", "Нұр", "Қазына", "Бәйтерек", "Даму", "Ақжайық", "Арна", "Шұғыла",
)  # fmt: skip
COMPANY_TRADES = (
    ("Майнинг", "MINING"), ("Блок", "BLOCK"), ("Дата Центр", "DATA CENTRE"),
    ("Энерджи", "ENERGY"), ("Капитал", "CAPITAL"), ("Трейд", "TRADE"),
    ("Технолоджис", "TECHNOLOGIES"), ("Инвест", "INVEST"), ("Хостинг", "HOSTING"),
)  # fmt: skip
FOREIGN_COMPANIES = (
    ("Gulf Hash Holdings Ltd", "AE"), ("Silk Road Digital Pte Ltd", "SG"),
    ("Tengri Ventures Ltd", "GB"), ("Altai Compute LLC", "US"), ("Pamir Capital OOO", "RU"),
    ("Shanghai Hashpower Co Ltd", "CN"), ("Persian Gulf Crypto FZE", "AE"),
)  # fmt: skip

# What the demo's customers do, how they came and what was decided.
OFFICERS = ("a.seitkali", "d.yermekova", "mlro.nurpeisova")
CITIES = (
    ("Астана", "пр. Мәңгілік Ел"), ("Алматы", "пр. Абая"), ("Қарағанды", "ул. Бұқар жырау"),
    ("Шымкент", "пр. Тәуке хана"), ("Екібастұз", "ул. Машхүр Жүсіп"), ("Павлодар", "ул. Сәтпаев"),
    ("Өскемен", "ул. Қазақстан"), ("Ақтөбе", "пр. Абылай хана"), ("Атырау", "ул. Сәтпаев"),
)  # fmt: skip
OCCUPATIONS = (
    "инженер", "бухгалтер", "врач", "предприниматель", "IT-специалист", "учитель",
    "менеджер", "пенсионер", "студент", "юрист", "инженер-энергетик", "госслужащий",
)  # fmt: skip
PURPOSES = {
    "exchange": "Покупка и продажа USDT и BTC за тенге",
    "trading": "Торговля цифровыми активами на платформе",
    "custody": "Хранение цифровых активов",
    "mining_offtake": "Продажа добытых монет фирме",
    "otc": "Крупные внебиржевые сделки с USDT",
    "hosting": "Размещение майнингового оборудования",
}
PRODUCTS = (
    ("exchange", 50), ("trading", 25), ("custody", 5), ("mining_offtake", 5), ("otc", 5),
    ("hosting", 10),
)  # fmt: skip
CHANNELS = (("in_person", 40), ("remote_verified", 45), ("remote", 10), ("introducer", 5))
FUNDS = (
    ("salary", 45), ("business", 20), ("investments", 10), ("crypto_trading", 15),
    ("inheritance", 3), ("loan", 4), ("mining", 3),
)  # fmt: skip
ENTITY_PRODUCTS = (("otc", 30), ("trading", 25), ("mining_offtake", 25), ("hosting", 20))
STATUSES = (("approved", 88), ("pending", 7), ("rejected", 2.5), ("exited", 2.5))
PEP_KINDS = (
    ("domestic", 50), ("foreign", 15), ("family", 20), ("associate", 10), ("international", 5),
)  # fmt: skip
POSITIONS = {
    "domestic": ("Аким района", "Депутат маслихата", "Вице-министр", "Судья областного суда"),
    "foreign": ("Member of Parliament", "Deputy Minister of Finance", "Ambassador"),
    "international": ("Director, regional development bank", "Head of an OSCE mission"),
}


_PASSPORT = {
    "а": "A", "ә": "A", "б": "B", "в": "V", "г": "G", "ғ": "G", "д": "D", "е": "E", "ё": "E",
    "ж": "ZH", "з": "Z", "и": "I", "й": "Y", "к": "K", "қ": "K", "л": "L", "м": "M", "н": "N",
    "ң": "N", "о": "O", "ө": "O", "п": "P", "р": "R", "с": "S", "т": "T", "у": "U", "ұ": "U",
    "ү": "U", "ф": "F", "х": "KH", "һ": "H", "ц": "TS", "ч": "CH", "ш": "SH", "щ": "SHCH",
    "ъ": "", "ы": "Y", "і": "I", "ь": "", "э": "E", "ю": "YU", "я": "YA",
}  # fmt: skip
_VOWELS = set("аәеёиоөуұүыіэюя")


def to_passport_latin(text: str) -> str:
    """Passport Latin as Kazakhstan issues it: Қасымов → KASSYMOV, Ерлан → YERLAN."""
    words = []
    for word in text.split():
        lower = word.lower()
        out = []
        for index, letter in enumerate(lower):
            before = lower[index - 1] if index else ""
            after = lower[index + 1] if index + 1 < len(lower) else ""
            if letter == "с" and before in _VOWELS and after in _VOWELS:
                out.append("SS")  # a single S between vowels would read as Z
            elif letter == "е" and (not before or before in _VOWELS or before in "ъь"):
                out.append("YE")
            else:
                out.append(_PASSPORT.get(letter, letter.upper()))
        words.append("".join(out))
    return " ".join(words)


@dataclass(frozen=True)
class Person:
    name: str  # surname, given name, patronymic, as in the ID card
    latin: str  # surname and given name, as in the passport
    sex: str  # male or female
    citizenship: str


def feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин")):
        return surname + "а"
    return surname


def person(rng: random.Random, foreign_share: float = 0.04) -> Person:
    sex = rng.choice(("male", "female"))
    roll = rng.random()
    if roll < foreign_share:
        name, latin, country = rng.choice(FOREIGNERS)
        return Person(name, latin, "male", country)
    if roll < 0.62:
        given = rng.choice(KAZAKH_MEN if sex == "male" else KAZAKH_WOMEN)
        surname = rng.choice(KAZAKH_SURNAMES)
        father = rng.choice(KAZAKH_MEN)
        middle = father + ("ұлы" if sex == "male" else "қызы")
    else:
        given = rng.choice(RUSSIAN_MEN if sex == "male" else RUSSIAN_WOMEN)
        surname = rng.choice(RUSSIAN_SURNAMES)
        father = rng.choice(RUSSIAN_MEN)
        stem = father[:-1] if father.endswith(("й", "ь")) else father
        ending = "евич" if father.endswith(("й", "ь")) else "ович"
        middle = stem + (ending if sex == "male" else ending[:-2] + "на")
    if sex == "female":
        surname = feminine(surname)
    return Person(f"{surname} {given} {middle}", to_passport_latin(f"{surname} {given}"), sex, "KZ")


def company(rng: random.Random, foreign: bool = False) -> tuple[str, str, str]:
    """(name, Latin name, country of registration)."""
    if foreign:
        name, country = rng.choice(FOREIGN_COMPANIES)
        return name, name.upper(), country
    word = rng.choice(COMPANY_WORDS)
    trade, trade_latin = rng.choice(COMPANY_TRADES)
    return (
        f"ТОО «{word} {trade}»",
        f"{to_passport_latin(word)} {trade_latin} LLP",
        "KZ",
    )
