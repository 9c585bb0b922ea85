"""The lists as the regulators really publish them: AFM category-2 files with 10-digit
identifiers and irregular birth dates, the EU CSV v1.1 in its 118 columns, the AFM
proliferation-financing list, and the state's wallet lists as generic CSV."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.regime.ids import make_iin
from kuzet.registers.screening import watchlists
from kuzet.registers.screening.desk import ScreeningDesk
from kuzet.screening.afm_xml import PF_SOURCE, parse_afm_xml
from kuzet.screening.entries import ListFormatError
from kuzet.screening.eu_csv import parse_eu_csv
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.matcher import Subject, screen
from support.screening_db import add_person, write_generic
from support.screening_fixtures import (
    EU_COLUMNS,
    AfmOrg,
    AfmPerson,
    eu_line,
    write_afm_category_1,
    write_afm_category_2,
    write_eu_csv,
)

D = dt.date
LISTED_IIN = make_iin(D(1974, 7, 17), "male", 457)
NATIONAL_ID = "7407173457"  # 10 digits, as category-2 files often hold
CATEGORY_2 = [
    AfmOrg("ЖҰМАҒҰЛОВ АСЫЛБЕК СЕРІКҰЛЫ", org_iin=LISTED_IIN, correction="включен от 10.10.2023"),
    AfmOrg("ТӨЛЕУОВА ӘЙГЕРІМ", org_iin=NATIONAL_ID, added_to_list="05.05.2024"),
    AfmOrg("БЕКОВ ДАНИЯР", org_iin="", birthdate="00.00.1980", added_to_list="01.06.2024"),
]
THRESHOLDS = {"review_threshold": 80, "auto_clear_threshold": 65}


def test_a_category_2_file_with_10_digit_ids_imports_with_warnings(tmp_path) -> None:
    parsed = parse_afm_xml(write_afm_category_2(tmp_path / "afm2.xml", CATEGORY_2))
    assert parsed.source == "AFM cat. 2" and len(parsed) == 3
    listed, national, irregular = parsed.entries
    assert listed.iins == (LISTED_IIN,) and listed.ref == LISTED_IIN
    assert national.iins == (), "a 10-digit number is never kept as an IIN"
    assert national.ref.startswith("AFM-")
    assert f"National identifier (not an IIN): {NATIONAL_ID}" in national.remarks
    assert irregular.dobs == ("1980",)
    assert parsed.warnings == (
        f"afm2.xml element <org> #2, field org_iin: '{NATIONAL_ID}' has 10 digits, not a "
        "12-digit IIN: kept as a national identifier, not used as an IIN in screening",
        "afm2.xml element <org> #3, field birthdate: '00.00.1980' is not a full date "
        "(dd.mm.yyyy): kept as the year 1980",
    )


def test_a_12_digit_iin_still_decides_and_a_10_digit_id_never_does(tmp_path) -> None:
    parsed = parse_afm_xml(write_afm_category_2(tmp_path / "afm2.xml", CATEGORY_2))
    index = ScreeningIndex([parsed])
    # Another name entirely, but the listed IIN: a certain match.
    (hit,) = screen(index, Subject(("Смирнов Иван",), iin=LISTED_IIN), **THRESHOLDS)
    assert hit.ref == LISTED_IIN and hit.score == 100
    assert any("IIN" in f.describe() and "certain" in f.describe() for f in hit.factors)
    # An IIN that begins with the 10-digit national identifier is not an IIN match.
    iin_like = make_iin(D(1974, 7, 17), "male", 345)
    assert iin_like.startswith(NATIONAL_ID[:7])
    assert screen(index, Subject(("Смирнов Иван",), iin=iin_like), **THRESHOLDS) == ()
    # The listed person is still found by name.
    hits = screen(index, Subject(("Төлеуова Әйгерім",)), **THRESHOLDS)
    assert [h.entry.names[0] for h in hits] == ["ТӨЛЕУОВА ӘЙГЕРІМ"]
    assert not any("IIN" in f.describe() for f in hits[0].factors)


@pytest.mark.parametrize(
    ("written", "dobs", "warning"),
    [
        ("1975", ("1975",), "is not a full date (dd.mm.yyyy): kept as the year 1975"),
        ("00.00.1975", ("1975",), "is not a full date (dd.mm.yyyy): kept as the year 1975"),
        ("00.03.1975", ("1975",), "is not a full date (dd.mm.yyyy): kept as the year 1975"),
        ("31.02.1971", ("1971",), "is not a full date (dd.mm.yyyy): kept as the year 1971"),
        (
            "1975 г.р., г. Шымкент",
            ("1975",),
            "is not a full date (dd.mm.yyyy): kept as the year 1975",
        ),
        ("неизвестно", (), "is not a date: kept as a remark"),
    ],
)
def test_irregular_birth_dates_are_kept(tmp_path, written, dobs, warning) -> None:
    people = [AfmPerson("ИВАНОВ", "СЕРГЕЙ", birthdate=written, added_to_list="01.02.2020")]
    parsed = parse_afm_xml(write_afm_category_1(tmp_path / "afm1.xml", people))
    (entry,) = parsed.entries
    assert entry.dobs == dobs
    assert f"Birth date as listed: {written}" in entry.remarks
    (kept,) = parsed.warnings
    assert kept == f"afm1.xml element <person> #1, field birthdate: {written!r} {warning}"


def test_a_regular_file_has_no_warnings(tmp_path) -> None:
    people = [AfmPerson("ИВАНОВ", "СЕРГЕЙ", birthdate="14.05.1971", iin=LISTED_IIN)]
    parsed = parse_afm_xml(write_afm_category_1(tmp_path / "afm1.xml", people))
    assert parsed.warnings == () and parsed.entries[0].dobs == ("1971-05-14",)


def test_warnings_are_kept_with_the_version_and_printed(db_file, tmp_path, capsys) -> None:
    path = write_afm_category_2(tmp_path / "afm2.xml", CATEGORY_2, date="01.12.2026")
    assert run(["--db", str(db_file), "lists", "import", "--format", "afm-xml", str(path)]) == 0
    captured = capsys.readouterr()
    assert "AFM cat. 2: version #1, 3 entries (3 added, 0 changed, 0 removed); 2 warnings" in (
        captured.out
    )
    assert f"warning: afm2.xml element <org> #2, field org_iin: '{NATIONAL_ID}'" in captured.err
    from kuzet.store.session import Store

    store, _ = Store.open(db_file)
    try:
        (version,) = ScreeningDesk(store).lists_in_force()
        kept = watchlists.import_warnings(version)
        assert len(kept) == 2 and "kept as the year 1980" in kept[1]
        assert json.loads(version.import_warnings) == kept
    finally:
        store.close()


# --- the EU CSV v1.1 -----------------------------------------------------------------------

EU_ROWS = [
    {
        "fileGenerationDate": "01/12/2026",
        "Entity_LogicalId": "13",
        "Entity_EU_ReferenceNumber": "EU.27.28",
        "Entity_SubjectType": "person",
        "Entity_SubjectType_ClassificationCode": "person",
        "Entity_Regulation_Programme": "TERR",
        "NameAlias_WholeName": "Asylbek TESTOV",
        "NameAlias_LastName": "TESTOV",
        "NameAlias_FirstName": "Asylbek",
    },
    {
        "fileGenerationDate": "01/12/2026",
        "Entity_LogicalId": "13",
        "Entity_EU_ReferenceNumber": "EU.27.28",
        "Entity_SubjectType": "person",
        "Entity_SubjectType_ClassificationCode": "person",
        "BirthDate_BirthDate": "1974-07-17",
        "BirthDate_Year": "1974",
    },
    {
        "fileGenerationDate": "01/12/2026",
        "Entity_LogicalId": "13",
        "Entity_EU_ReferenceNumber": "EU.27.28",
        "Entity_SubjectType": "person",
        "Entity_SubjectType_ClassificationCode": "person",
        "Identification_Number": LISTED_IIN,
        "Identification_CountryDescription": "KAZAKHSTAN",
        "Citizenship_CountryDescription": "Kazakhstan",
    },
]


def test_the_eu_file_in_its_118_columns_reads(tmp_path) -> None:
    assert len(EU_COLUMNS) == 118
    assert EU_COLUMNS.index("Entity_LogicalId") == 1
    assert EU_COLUMNS.index("NameAlias_WholeName") == 19
    parsed = parse_eu_csv(write_eu_csv(tmp_path / "eu.csv", EU_ROWS))
    (entry,) = parsed.entries
    assert (entry.ref, entry.names, entry.dobs, entry.iins) == (
        "EU.27.28",
        ("Asylbek TESTOV",),
        ("1974-07-17",),
        (LISTED_IIN,),
    )
    assert parsed.published == D(2026, 12, 1)


def test_lines_ending_in_one_more_semicolon_are_fine(tmp_path) -> None:
    path = tmp_path / "eu.csv"
    lines = [";".join(EU_COLUMNS), *(eu_line(row) + ";" for row in EU_ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(parse_eu_csv(path)) == 1


def test_a_stray_quote_merging_rows_is_refused_naming_the_lines(tmp_path) -> None:
    broken = dict(EU_ROWS[0], Entity_Remark='"Also known as', Entity_LogicalId="14")
    broken["Entity_EU_ReferenceNumber"] = "EU.27.29"
    rows = [EU_ROWS[0], broken, EU_ROWS[1], EU_ROWS[2]]
    path = write_eu_csv(tmp_path / "eu.csv", rows)
    with pytest.raises(ListFormatError) as caught:
        parse_eu_csv(path)
    (problem,) = caught.value.problems
    assert problem.startswith("eu.csv lines 3-5: ")
    assert "the header has 118 (a quote left open joins lines into one record" in problem


def test_a_row_with_a_field_too_many_is_refused_naming_the_line(tmp_path) -> None:
    extra = eu_line(dict(EU_ROWS[1], Entity_Remark="a;b")) + "\n"
    path = write_eu_csv(tmp_path / "eu.csv", [EU_ROWS[0]], extra_lines=extra)
    with pytest.raises(ListFormatError) as caught:
        parse_eu_csv(path)
    assert caught.value.problems == [
        "eu.csv line 3: 119 fields, the header has 118 (a field holds an unquoted ';' or "
        "the line joins two records)"
    ]


# --- the AFM proliferation-financing list --------------------------------------------------


def test_the_pf_list_imports_as_its_own_sanctions_list(store, tmp_path) -> None:
    path = write_afm_category_1(
        tmp_path / "afm_pf.xml",
        [AfmPerson("ТЕСТОВ", "АСЫЛБЕК", birthdate="17.07.1974", added_to_list="01.11.2026")],
        date="01.12.2026",
    )
    screening = ScreeningDesk(store, FixedClock(D(2026, 12, 7)))
    (result,) = screening.import_lists("afm-pf-xml", [path])
    assert result.list_name == PF_SOURCE == "AFM proliferation financing"
    (version,) = screening.lists_in_force()
    assert version.list_format == "afm-pf-xml"
    customer = add_person(store, "Тестов Асылбек", D(1974, 7, 17))
    outcome = screening.screen_customer(customer)
    (hit_id,) = outcome.open_hit_ids
    assert screening.hit_detail(hit_id).sanctions, "a true match freezes, as on the AFM list"


# --- the state's lists of illegal exchanges and high-risk wallets -------------------------


def test_wallets_of_a_generic_list_reach_the_listed_wallet_check(store, tmp_path) -> None:
    rows = [
        ("IE-1", "CryptoObmen24", "Крипто Обмен 24", "", "organization", "", ""),
        ("HR-1", "", "", "", "organization", "", "USDT TXhighRiskWallet0001; 0xAbCdEf0001"),
    ]
    path = write_generic(tmp_path / "high_risk_wallets.csv", [], iin=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("ref,name,aliases,dob,kind,iin,wallets\n")
        handle.writelines(",".join(row) + "\n" for row in rows)
    screening = ScreeningDesk(store, FixedClock(D(2026, 12, 7)))
    screening.import_lists("csv", [path], name="High-risk wallets (Resolution 934)")
    with store.reading() as session:
        found = watchlists.listed_addresses(session)
    assert found == {
        "TXhighRiskWallet0001": (
            "High-risk wallets (Resolution 934)",
            "HR-1",
            "TXhighRiskWallet0001",
        ),
        "0xabcdef0001": ("High-risk wallets (Resolution 934)", "HR-1", "TXhighRiskWallet0001"),
    }


def test_a_bad_wallet_cell_is_refused_naming_the_line(tmp_path) -> None:
    from kuzet.screening.generic_csv import parse_generic_csv

    path = tmp_path / "wallets.csv"
    path.write_text(
        "ref,name,aliases,dob,kind,wallets\nHR-1,,,,organization,USDT TX1 TX2\n", encoding="utf-8"
    )
    with pytest.raises(ListFormatError) as caught:
        parse_generic_csv(path)
    assert caught.value.problems[0].startswith("wallets.csv line 2, field wallets: 'USDT TX1 TX2'")
