"""The matcher: required examples, the factors around the name score, and the API."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.progress import Cancelled, Progress
from kuzet.regime.ids import make_iin
from kuzet.screening.entries import ListEntry, ParsedList, crypto_address_parts
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.matcher import Hit, Subject, screen, screen_many
from kuzet.screening.normalise import DEFAULT_LEGAL_FORMS
from kuzet.screening.settings import screening_settings
from support.screening_files import screening_rules

REVIEW, AUTO_CLEAR = 80, 65


def find(index, subject: Subject, source: str, ref: str) -> Hit | None:
    hits = screen(index, subject, review_threshold=REVIEW, auto_clear_threshold=AUTO_CLEAR)
    return next((h for h in hits if (h.source, h.ref) == (source, ref)), None)


def small_index() -> ScreeningIndex:
    entries = (
        ListEntry("P1", "person", ("Қасымов Нұрлан Әбілұлы",), dobs=("1971-05-14",)),
        ListEntry("P2", "person", ("Жақыпова Гүлжан Серікқызы",), iins=("680201400321",)),
        ListEntry("P3", "person", ("Serik Tokenov",), dobs=("1960",)),
        ListEntry("O1", "organization", ("ТОО «Степь Крипто»", "Steppe Crypto LLP")),
    )
    return ScreeningIndex([ParsedList("PEP", None, entries, "0" * 64, ("pep.csv",))])


@pytest.mark.parametrize("name", ["Умаров Доку", "Doku Hamatovich Umarov"])
def test_umarov_found_in_the_un_list(full_index, name) -> None:
    hit = find(full_index, Subject((name,)), "UN", "QDi.290")
    assert hit is not None and hit.needs_review
    assert hit.score >= 95
    assert {m.list_token for m in hit.token_matches} >= {"doku", "umarov"}


@pytest.mark.parametrize(
    "name", ["KASSYMOV NURLAN", "Qasymov Nurlan", "Касымов Нурлан Абилулы", "Nurlan Kasymov"]
)
def test_kazakh_spellings_found(full_index, kazakh_list, name) -> None:
    hit = find(full_index, Subject((name,)), kazakh_list.source, "KZ-001")
    assert hit is not None and hit.needs_review
    assert hit.list_name == "Қасымов Нұрлан Әбілұлы"


def test_explanation_names_tokens_and_factors(full_index) -> None:
    hit = find(full_index, Subject(("Doku Hamatovich Umarov",), dob="1964-04-13"), "UN", "QDi.290")
    hows = {(m.subject_token, m.list_token): m.how for m in hit.token_matches}
    assert hows[("doku", "doku")] == "exact"
    assert hows[("hamatovich", "khamatovich")] == "transliteration"
    assert any("1964-04-13 equal" in f.description and f.delta > 0 for f in hit.factors)
    text = "\n".join(hit.explanation())
    assert "hamatovich = khamatovich (transliteration)" in text
    assert text.endswith("(review)")


def test_fuzzy_match_is_explained_with_its_ratio(full_index) -> None:
    hit = find(full_index, Subject(("Doku Umarob",)), "UN", "QDi.290")
    (fuzzy,) = [m for m in hit.token_matches if m.how == "fuzzy"]
    assert (fuzzy.subject_token, fuzzy.list_token, fuzzy.ratio) == ("umarob", "umarov", 80)
    assert "umarob ~ umarov (fuzzy, ratio 80)" in hit.explanation()[2]
    assert any(f.description == "fuzzy word matches" and f.delta < 0 for f in hit.factors)


def test_order_and_script_do_not_matter() -> None:
    index = small_index()
    scores = {
        name: find(index, Subject((name,)), "PEP", "P1").score
        for name in (
            "Нұрлан Қасымов",
            "Қасымов Нұрлан",
            "NURLAN KASSYMOV",
            "Қасымов Нұрлан Әбілұлы",
        )
    }
    assert set(scores.values()) == {99}


def test_birth_date_raises_and_conflict_lowers() -> None:
    index = small_index()
    base = find(index, Subject(("Tokenov Serik",)), "PEP", "P3").score
    same_year = find(index, Subject(("Tokenov Serik",), dob="1960-03-03"), "PEP", "P3")
    off_by_one = find(index, Subject(("Tokenov Serik",), dob="1961"), "PEP", "P3")
    conflict = find(index, Subject(("Tokenov Serik",), dob="1985-01-01"), "PEP", "P3")
    assert same_year.score == base == 99  # capped: 100 is kept for an equal IIN
    assert any(f.delta > 0 for f in same_year.factors)
    assert off_by_one.score == base - 5
    assert conflict.score == base - 20 and not conflict.needs_review
    typo = find(index, Subject(("Tokenov Serikk",), dob="1960"), "PEP", "P3")
    assert typo is not None


def test_equal_iin_is_certain_and_iin_gives_the_birth_date() -> None:
    index = small_index()
    hit = find(index, Subject(("Someone Else",), iin="680201400321"), "PEP", "P2")
    assert hit.score == 100 and hit.needs_review
    assert any("certain match" in f.description for f in hit.factors)
    named = find(index, Subject(("Жакыпова Гулжан",), iin="680201400321"), "PEP", "P2")
    assert named.score == 100 and named.token_matches
    other_iin = find(index, Subject(("Жакыпова Гулжан",), iin="680201400999"), "PEP", "P2")
    assert other_iin.score < 99
    valid_iin = make_iin(dt.date(1971, 5, 14), "male", 999)
    from_iin = find(index, Subject(("Qasymov Nurlan",), iin=valid_iin), "PEP", "P1")
    assert any("1971-05-14 equal" in f.description for f in from_iin.factors)
    assert any("from the IIN" in f.description for f in from_iin.factors)
    invalid = find(index, Subject(("Qasymov Nurlan",), iin="710514300999"), "PEP", "P1")
    assert not any("IIN" in f.description for f in invalid.factors)


def test_organisations_and_legal_forms() -> None:
    index = small_index()
    for name in ("Steppe Crypto", "СТЕПЬ КРИПТО ЖШС", "Степь Крипто ТОО", "STEP KRIPTO LLP"):
        hit = find(index, Subject((name,), kind="organization"), "PEP", "O1")
        assert hit is not None and hit.needs_review, name
    as_person = find(index, Subject(("Steppe Crypto",)), "PEP", "O1")
    assert as_person is None or as_person.score < 99
    assert find(index, Subject(("Crypto Trading LLP",), kind="organization"), "PEP", "O1") is None


def test_unrelated_names_give_nothing() -> None:
    index = small_index()
    for name in ("Иванов Сергей", "Nurlan Tokenov Serikovich", "Қасымова Айгүл"):
        hits = screen(
            index, Subject((name,)), review_threshold=REVIEW, auto_clear_threshold=AUTO_CLEAR
        )
        assert not [h for h in hits if h.needs_review], (name, hits)


def test_thresholds_filter_and_validate() -> None:
    index = small_index()
    subject = Subject(("Tokenov Serik",), dob="1985")
    kept = screen(index, subject, review_threshold=90, auto_clear_threshold=50)
    assert [h.score for h in kept] == [79] and not kept[0].needs_review
    assert screen(index, subject, review_threshold=90, auto_clear_threshold=80) == ()
    with pytest.raises(ValueError, match="thresholds"):
        screen(index, subject, review_threshold=50, auto_clear_threshold=60)


def test_subject_validation() -> None:
    assert Subject("Single Name").names == ("Single Name",)
    assert Subject(("A B",), iin="7105 1430 0123").iin == "710514300123"
    with pytest.raises(ValueError, match="at least one name"):
        Subject(("  ",))
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Subject(("A B",), dob="14.05.1971")
    with pytest.raises(ValueError, match="12 digits"):
        Subject(("A B",), iin="12345")
    with pytest.raises(ValueError, match="kind"):
        Subject(("A B",), kind="company")


def test_screen_many_reports_progress_and_cancels() -> None:
    index = small_index()
    seen: list[tuple[int, int]] = []
    subjects = [Subject(("Qasymov Nurlan",)), Subject(("Иванов Сергей",))]
    results = screen_many(
        index,
        subjects,
        review_threshold=REVIEW,
        auto_clear_threshold=AUTO_CLEAR,
        progress=Progress(lambda done, total, _msg: seen.append((done, total))),
    )
    assert [len(r) for r in results] == [1, 0]
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        screen_many(
            index, subjects, review_threshold=REVIEW, auto_clear_threshold=0, progress=progress
        )


def test_rule_pack_defaults() -> None:
    settings = screening_settings(screening_rules(), dt.date(2026, 1, 1))
    assert settings.legal_forms == DEFAULT_LEGAL_FORMS
    assert 0 <= settings.auto_clear_threshold <= settings.review_threshold <= 100
    assert settings.false_positive_memory_months == 12
    assert settings.thresholds() == {
        "review_threshold": settings.review_threshold,
        "auto_clear_threshold": settings.auto_clear_threshold,
    }


def test_original_script_names_match_exactly(full_index) -> None:
    hit = find(full_index, Subject(("تحریک طالبان پاکستان",), kind="organization"), "UN", "QDe.132")
    assert hit is not None and hit.needs_review
    assert {m.how for m in hit.token_matches} == {"exact"}


def test_crypto_address_parts(ofac_list) -> None:
    entry = next(e for e in ofac_list.entries if e.ref == "25308")
    assert crypto_address_parts(entry.crypto_addresses[0]) == (
        "XBT",
        "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h",
    )


@pytest.mark.parametrize("name", ["Ислам Сеит-Умарович", "Islam Seit-Umarovich"])
def test_a_name_without_its_surname_is_found_and_explained(full_index, name) -> None:
    hit = find(full_index, Subject((name,)), "UN", "QDi.364")
    assert hit is not None and hit.needs_review
    partial = [f for f in hit.factors if f.description.startswith("partial name")]
    assert partial and partial[0].delta > 0
    assert "matched 'islam', 'seit', 'umarovich'; absent 'atabiev'" in partial[0].description


@pytest.mark.parametrize("name", ["Атабиев И. С.", "I. S. Atabiev", "ATABIEV I.S."])
def test_surname_and_initials_are_found(full_index, name) -> None:
    hit = find(full_index, Subject((name,)), "UN", "QDi.364")
    assert hit is not None and hit.needs_review
    assert {m.how for m in hit.token_matches} >= {"initial"}
    assert "absent 'umarovich'" in "\n".join(hit.explanation())


def test_a_common_given_name_alone_or_with_an_initial_never_reaches_review(full_index) -> None:
    for name in ("Мухаммад", "Muhammad A.", "Мухаммад Х.", "Ali"):
        hits = screen(full_index, Subject((name,)), review_threshold=REVIEW, auto_clear_threshold=0)
        assert not [h for h in hits if h.needs_review], (name, hits[:1])


def test_the_rarity_of_the_matched_parts_decides_a_partial_name() -> None:
    index = ScreeningIndex(
        [
            ParsedList(
                "PEP",
                None,
                (
                    ListEntry("P1", "person", ("Қасымов Нұрлан Әбілұлы",)),
                    *(
                        ListEntry(f"C{i}", "person", (f"Нұрлан Серік Surname{chr(97 + i)}",))
                        for i in range(20)
                    ),
                ),
                "0" * 64,
                ("pep.csv",),
            )
        ]
    )
    assert index.rarity("kasimov") > index.rarity("nurlan")
    hit = find(index, Subject(("Нурлан Абилулы",)), "PEP", "P1")  # given name + patronymic
    assert hit is not None and hit.needs_review
    assert "absent 'қасымов'" in "\n".join(hit.explanation())


def test_typos_in_short_common_names_are_not_matches_but_rare_long_ones_are(full_index) -> None:
    hits = screen(  # listed: Maria Anatolyevna BELYAEVA
        full_index,
        Subject(("BELYAEVA MARINA",)),
        review_threshold=REVIEW,
        auto_clear_threshold=REVIEW,
    )
    assert hits == ()
    hit = find(full_index, Subject(("Islam Seit-Umarovich Atabeiv",)), "UN", "QDi.364")
    assert hit is not None and hit.needs_review  # a transposition in a rare surname


def test_a_mixed_script_name_and_2018_latin_are_found(full_index, kazakh_list) -> None:
    for name in ("Қасымoв Нұрлaн", "Qasymov Nurlan Ábiluly", "Qasymov Nu'rlan A'bilu'ly"):
        hit = find(full_index, Subject((name,)), kazakh_list.source, "KZ-001")
        assert hit is not None and hit.needs_review, name
