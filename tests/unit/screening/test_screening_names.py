"""Transliteration and match keys: every spelling of a name meets every other."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kuzet.screening.normalise import (
    DEFAULT_LEGAL_FORM_KEYS,
    ROLE_INITIAL,
    ROLE_LEGAL,
    ROLE_NAME,
    ROLE_PARTICLE,
    ROLE_PATRONYMIC,
    match_key,
    name_variants,
    tokens,
)
from kuzet.screening.translit import (
    fold_homoglyphs,
    russify_kazakh,
    to_bgn_pcgn,
    to_cyrillic,
    to_kazakh_latin_2017,
    to_kazakh_latin_2018,
    to_kazakh_latin_2021,
    to_passport_latin,
)


@pytest.mark.parametrize(
    ("cyrillic", "passport", "icao", "latin_2021", "bgn", "russified"),
    [
        ("Қасымов", "KASSYMOV", "KASSYMOV", "Qasymov", "Qasymov", "Касымов"),
        ("Нұрлан", "NURLAN", "NURLAN", "Nūrlan", "Nūrlan", "Нурлан"),
        ("Әбілұлы", "ABILULY", "ABILULY", "Äbılūly", "Äbilūly", "Абилулы"),
        ("Жаңабек", "ZHANABEK", "ZHANABEK", "Jañabek", "Zhangabek", "Жанабек"),
        ("Юсупов", "YUSSUPOV", "IUSSUPOV", "İusupov", "Yusupov", "Юсупов"),
        ("Хаматович", "KHAMATOVICH", "KHAMATOVICH", "Hamatovich", "Khamatovich", "Хаматович"),
        ("Цой", "TSOY", "TSOI", "Tsoi", "Tsoy", "Цой"),
        ("Щукина", "SHCHUKINA", "SHCHUKINA", "Şşukina", "Shchukina", "Щукина"),
        ("Ерлан", "ERLAN", "ERLAN", "Erlan", "Yerlan", "Ерлан"),
        ("Һадис", "HADIS", "HADIS", "Hadis", "Hadis", "Хадис"),
        ("Ғалым", "GALYM", "GALYM", "Ğalym", "Ghalym", "Галым"),
        ("Өмірзақ", "OMIRZAK", "OMIRZAK", "Ömırzaq", "Ömirzaq", "Омирзак"),
        ("Үсенова", "USSENOVA", "USSENOVA", "Üsenova", "Üsenova", "Усенова"),
        ("Чингиз", "CHINGIZ", "CHINGIZ", "Chingiz", "Chingiz", "Чингиз"),
        ("Ілияс", "ILIYAS", "ILIIAS", "Iliias", "Iliyas", "Илияс"),
    ],
)
def test_transliterations(cyrillic, passport, icao, latin_2021, bgn, russified) -> None:
    assert to_passport_latin(cyrillic) == passport
    assert to_passport_latin(cyrillic, style="icao") == icao
    assert to_kazakh_latin_2021(cyrillic) == latin_2021
    assert to_bgn_pcgn(cyrillic) == bgn
    assert russify_kazakh(cyrillic) == russified


def test_bgn_iotated_e_and_soft_sign() -> None:
    assert to_bgn_pcgn("Николаевич Ильич") == "Nikolayevich Ilʹich"


def test_back_to_cyrillic() -> None:
    assert to_cyrillic("Doku Khamatovich Umarov") == "Доку Хаматович Умаров"
    assert to_cyrillic("KASSYMOV NURLAN") == "КАСЫМОВ НУРЛАН"
    assert to_cyrillic("Yevgeniy Zhukov") == "Евгений Жуков"


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Қасымов", "Касымов", "KASSYMOV", "Qasymov", "Kasymov", "Kassymov"], "kasimov"),
        (["Хаматович", "KHAMATOVICH", "Hamatovich"], "hamatovich"),
        (["Умаров", "UMAROV", "Umarov"], "umarov"),
        (["Әбілұлы", "Абилулы", "ABILULY", "Äbılūly"], "abiluli"),
        (["Жаңабек", "ZHANABEK", "Jañabek", "Janabek"], "janabek"),
        (["Джанибек", "Dzhanibek", "Djanibek", "Janibek"], "janibek"),
        (["Ерлан", "Yerlan", "Erlan"], "erlan"),
        (["Николаевич", "Nikolayevich", "NIKOLAEVICH"], "nikolaevich"),
        (["Андреев", "Andreyev", "ANDREEV"], "andrev"),
        (["Евгений", "Yevgeniy", "Evgenii", "Evgeny"], "evgeni"),
        (["Алексей", "Aleksei", "Alexey", "Aleksey"], "aleksei"),
        (["Пётр", "Петр", "Pyotr", "Petr"], "petr"),
        (["Юсупов", "YUSSUPOV", "IUSUPOV", "İusupov", "Yusupov"], "iusupov"),
        (["Щукин", "SHCHUKIN", "Şşukin", "Shukin"], "shukin"),
    ],
)
def test_spellings_share_a_key(spellings, key) -> None:
    assert {match_key(s) for s in spellings} == {key}


def test_endings_are_kept() -> None:
    assert match_key("Umarova") != match_key("Umarov")


def test_tokens_roles_and_glued_patronymic() -> None:
    assert [(t.key, t.role) for t in tokens("Қасымов Нұрлан Әбіл ұлы")] == [
        ("kasimov", ROLE_NAME),
        ("nurlan", ROLE_NAME),
        ("abiluli", ROLE_PATRONYMIC),
    ]
    assert [t.role for t in tokens("Ayman al-Zawahiri")] == [ROLE_NAME, ROLE_PARTICLE, ROLE_NAME]
    assert tokens("Усама бен Ладен")[1].key == tokens("Usama BIN LADEN")[1].key == "bin"
    firm = tokens("ТОО «Алтын Сауда»", DEFAULT_LEGAL_FORM_KEYS)
    assert [t.role for t in firm] == [ROLE_LEGAL, ROLE_NAME, ROLE_NAME]
    assert [t.role for t in tokens("Ko Min Su")] == [ROLE_NAME] * 3, (
        "no legal forms in people's names"
    )
    assert [t.text for t in tokens("O'Brien, Qa’ida")] == ["obrien", "qaida"]


def test_name_variants_from_brackets() -> None:
    assert name_variants("Lom-ali Butayev (Butaev)") == ["Lom-ali Butayev", "Lom-ali Butaev"]
    assert name_variants("TEHRIK-E TALIBAN PAKISTAN (TTP)") == ["TEHRIK-E TALIBAN PAKISTAN"]
    assert name_variants("ISLAMIC STATE (Islamic State in Iraq and the Levant)") == [
        "ISLAMIC STATE",
        "Islamic State in Iraq and the Levant",
    ]
    assert name_variants("Plain Name") == ["Plain Name"]


_CONSONANTS = "бвгғджзйкқлмнңпрстфхһцчшщ".replace("й", "")
_VOWELS = "аәоөуұүыіиеэ"
syllable = st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_VOWELS)).map("".join)
kazakh_word = st.tuples(
    st.lists(syllable, min_size=1, max_size=4), st.sampled_from(["", *_CONSONANTS])
).map(lambda parts: "".join(parts[0]) + parts[1])


@settings(max_examples=300, deadline=None)
@given(word=kazakh_word)
def test_every_spelling_of_a_kazakh_word_has_one_key(word) -> None:
    key = match_key(word)
    assert match_key(word.upper()) == key
    assert match_key(to_passport_latin(word)) == key
    assert match_key(to_passport_latin(word, style="icao")) == key
    assert match_key(to_kazakh_latin_2021(word)) == key
    assert match_key(to_bgn_pcgn(word)) == key
    assert match_key(russify_kazakh(word)) == key


@pytest.mark.parametrize(
    ("cyrillic", "latin_2017", "latin_2018"),
    [
        ("Шәкенова Әлия", "S'a'kenova A'li'i'a", "Shákenova Álııa"),
        ("Үмбетов Серғазы Жүсіпұлы", "U'mbetov Serg'azy Ju'sipuly", "Úmbetov Serǵazy Júsipuly"),
        ("Тоқтарова Іңкәр", "Toqtarova In'ka'r", "Toqtarova Ińkár"),
        ("Ұзақбай Нұрсұлтан", "Uzaqbai' Nursultan", "Uzaqbaı Nursultan"),
        ("Құдайбергенов Мұрат", "Qudai'bergenov Murat", "Qudaıbergenov Murat"),
    ],
)
def test_2017_and_2018_kazakh_latin_meet_the_cyrillic(cyrillic, latin_2017, latin_2018) -> None:
    assert to_kazakh_latin_2017(cyrillic) == latin_2017
    assert to_kazakh_latin_2018(cyrillic) == latin_2018
    want = [t.key for t in tokens(cyrillic)]
    for spelling in (latin_2017, latin_2017.replace("'", "’"), latin_2018):
        assert [t.key for t in tokens(spelling)] == want, spelling


def test_2017_apostrophes_change_keys_not_the_words_shown() -> None:
    assert [t.text for t in tokens("S'a'kenova")] == ["sakenova"]
    assert [t.key for t in tokens("S'a'kenova")] == [match_key("Шәкенова")]
    assert match_key("Túrsynbaı") == match_key("Тұрсынбай")
    assert match_key("Ýmbet") == match_key("Умбет")  # 2018 ý is У


@pytest.mark.parametrize(
    ("mixed", "plain"),
    [
        ("Иванoв", "Иванов"),  # Latin o in a Cyrillic word
        ("КАСЫМOВ НУРЛAН", "КАСЫМОВ НУРЛАН"),  # Latin O and A in capitals
        ("Nurlаn Kаssymov", "Nurlan Kassymov"),  # Cyrillic а in Latin words
        ("Вахтанг", "Вахтанг"),
    ],
)
def test_homoglyphs_are_read_in_the_words_own_script(mixed, plain) -> None:
    assert [t.key for t in tokens(mixed)] == [t.key for t in tokens(plain)]
    assert fold_homoglyphs("ивaнoв") == "иванов" and fold_homoglyphs("nurlаn") == "nurlan"


def test_initials_are_their_own_role() -> None:
    assert [t.role for t in tokens("Атабиев И. С.")] == [ROLE_NAME, ROLE_INITIAL, ROLE_INITIAL]
    assert [t.role for t in tokens("I. S. Atabiev")] == [ROLE_INITIAL, ROLE_INITIAL, ROLE_NAME]
    assert [t.role for t in tokens("Гарсия Дж. К.")] == [ROLE_NAME, ROLE_INITIAL, ROLE_INITIAL]
