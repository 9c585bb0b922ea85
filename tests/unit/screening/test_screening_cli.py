"""kuzet lists / lists import / screen / hits / hits decide, in process."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kuzet.cli import run
from kuzet.clock import SYSTEM_CLOCK
from support import screening_db
from support.screening_db import KAZAKH_LIST, UN_FILE, add_person, need_real_lists, write_generic

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store


def kuzet(db: Path, *args: str) -> int:
    return run(["--db", str(db), *args])


def test_lists_import_shows_versions_and_refuses_bad_files(db_file, tmp_path, capsys) -> None:
    need_real_lists()
    assert kuzet(db_file, "lists", "import", "--format", "un-xml", str(UN_FILE)) == 0
    out = capsys.readouterr().out
    assert "UN: version #1, 1003 entries (1003 added, 0 changed, 0 removed)" in out
    assert "Screened 0 customers and owners against UN 27.02.2026 (#1)" in out
    assert kuzet(db_file, "lists", "import", "--format", "un-xml", str(UN_FILE)) == 0
    assert "already the active version #1" in capsys.readouterr().out
    hostile = tmp_path / "un.xml"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><CONSOLIDATED_LIST/>', "utf-8"
    )
    assert kuzet(db_file, "lists", "import", "--format", "un-xml", str(hostile)) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "un.xml: refused" in err
    bad = write_generic(tmp_path / "own.csv", [("A-1", "Қасымов", "", "1971-13-01", "person")])
    assert kuzet(db_file, "lists", "import", "--format", "csv", str(bad)) == 1
    assert "own.csv line 2, field dob" in capsys.readouterr().err
    assert kuzet(db_file, "lists", "import", "--format", "pdf", str(bad)) == 2
    capsys.readouterr()
    assert kuzet(db_file, "lists") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("#1    UN")
    assert "published 27.02.2026" in lines[0] and "sha256 " in lines[0]


def test_screen_names_prints_one_json_object_per_line_in_order(
    listed_store, db_file, tmp_path, capsys
) -> None:
    names = tmp_path / "names.txt"
    names.write_text(
        "Умаров Доку\nDoku Hamatovich Umarov\t1964-04-13\n\nСмирнова Ольга\t1990\n"
        "KASSYMOV NURLAN\nQasymov Nurlan\n",
        encoding="utf-8",
    )
    assert kuzet(db_file, "screen", "--names", str(names), "--json") == 0
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["query"] for r in results] == [
        "Умаров Доку",
        "Doku Hamatovich Umarov",
        "Смирнова Ольга",
        "KASSYMOV NURLAN",
        "Qasymov Nurlan",
    ]
    for result in results[:2]:
        best = {(m["list"], m["ref"]) for m in result["matches"]}
        assert ("UN", "QDi.290") in best
    for result in results[3:]:
        assert (KAZAKH_LIST, "KZ-001") in {(m["list"], m["ref"]) for m in result["matches"]}
    assert results[2]["matches"] == []
    match = results[0]["matches"][0]
    assert set(match) == {"list", "ref", "name", "score", "explanation"}
    assert 0.8 <= match["score"] <= 1
    scores = [m["score"] for m in results[1]["matches"]]
    assert scores == sorted(scores, reverse=True)
    assert any("umarov" in line for line in match["explanation"])


def test_screen_names_explains_a_partial_name(listed_store, db_file, tmp_path, capsys) -> None:
    need_real_lists()
    names = tmp_path / "names.txt"
    names.write_text("Ислам Сеит-Умарович\nНұрлан Әбілұлы\nАтабиев И. С.\n", encoding="utf-8")
    assert kuzet(db_file, "screen", "--names", str(names)) == 0
    out = capsys.readouterr().out
    assert "UN QDi.364  ISLAM SEIT-UMAROVICH ATABIEV" in out
    assert "partial name: matched 'islam', 'seit', 'umarovich'; absent 'atabiev'" in out, out
    assert f"{KAZAKH_LIST} KZ-001" in out
    assert "partial name: matched 'нұрлан', 'әбілұлы'; absent 'қасымов'" in out
    assert "partial name: matched 'islam', 'seit', 'atabiev'; absent 'umarovich'" in out
    assert kuzet(db_file, "screen", "--names", str(names), "--json") == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    hit = next(m for m in first["matches"] if m["ref"] == "QDi.364")
    assert hit["score"] >= 0.8
    assert any("absent 'atabiev'" in line for line in hit["explanation"])


def test_screen_names_refuses_a_bad_birth_date_or_an_empty_database(
    db_file, tmp_path, capsys
) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Умаров Доку\t1964\nDoku Umarov\t13.04.1964\n", encoding="utf-8")
    assert kuzet(db_file, "screen", "--names", str(names), "--json") == 1
    assert "names.txt line 2, field dob: '13.04.1964'" in capsys.readouterr().err
    names.write_text("Умаров Доку\n", encoding="utf-8")
    assert kuzet(db_file, "screen", "--names", str(names)) == 1
    assert "No watchlist imported yet" in capsys.readouterr().err
    assert kuzet(db_file, "screen") == 2


def test_screen_a_customer_list_hits_and_decide(listed_store, db_file, capsys, monkeypatch) -> None:
    # On 10 Mar 2026 the UN list of 27 Feb 2026 is current (an older one makes screen exit 1:
    # see test_screening_coverage.py); OFAC and the own list age from their import.
    monkeypatch.setattr(SYSTEM_CLOCK, "today", lambda: dt.date(2026, 3, 10))
    customer = add_person(listed_store, "Qasymov Nurlan", dt.date(1971, 5, 14), citizenship="RU")
    assert kuzet(db_file, "screen", "--customer", str(customer)) == 0
    out = capsys.readouterr().out
    assert "0 new hits to review, 1 still open" in out
    assert "qasymov = қасымов (transliteration)" in out.casefold()
    assert kuzet(db_file, "screen", "--all") == 0
    out = capsys.readouterr().out
    assert "Screened 1 customer or owner" in out and "(open, score" in out
    assert kuzet(db_file, "hits", "--json") == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert (hit["customer_id"], hit["list"], hit["ref"], hit["status"]) == (
        customer,
        KAZAKH_LIST,
        "KZ-001",
        "open",
    )
    assert hit["explanation"][-1].strip().startswith("score ")
    assert kuzet(db_file, "hits", "decide", str(hit["id"]), "--reason", "x") == 2
    assert (
        kuzet(
            db_file, "hits", "decide", str(hit["id"]), "--false-positive", "--reason", "Other IIN"
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"hit #{hit['id']}: false positive ({KAZAKH_LIST} version #3" in out
    assert "remembered as a false positive until" in out
    assert kuzet(db_file, "hits", "decide", str(hit["id"]), "--true-match", "--reason", "y") == 1
    assert "is not open" in capsys.readouterr().err
    assert kuzet(db_file, "hits") == 0
    assert capsys.readouterr().out.strip() == "No hits."
    assert kuzet(db_file, "hits", "--status", "false_positive") == 0
    assert "Qasymov Nurlan" in capsys.readouterr().out
    assert kuzet(db_file, "screen", "--all") == 0
    assert "1 remembered false positive" in capsys.readouterr().out
