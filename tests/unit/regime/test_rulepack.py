"""The rule pack loader: the shipped pack, bad packs named precisely, dated values."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet.paths import rules_dir
from kuzet.regime.pack_diff import diff_packs
from kuzet.regime.rulepack import (
    Override,
    RuleBook,
    RuleNotInForce,
    RulePackError,
    load_pack,
    load_pack_texts,
    version_key,
)

GOOD = """
["demo.share"]
title = "Mandatory sale share"
type = "decimal"
unit = "share"
source = "Law on Digital Assets, Art. 8(4)"
confidence = "U"
reviewed = 2026-11-25
values = [
  { from = 2024-01-01, value = "0.50", note = "2024 reading" },
  { from = 2025-01-01, value = "0.75" },
]
"""


HEADER = """
[pack]
version = "2026.1"
published = 2026-01-05
title = "Test pack"
"""


def write(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "pack.toml").write_text(HEADER, encoding="utf-8")
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(RulePackError) as caught:
        load_pack(folder)
    return caught.value.problems


def test_shipped_pack_is_valid_and_every_rule_has_a_source() -> None:
    pack = load_pack(rules_dir())
    assert "licence.mining.term_years" in pack.rules
    for rule in pack.rules.values():
        assert rule.source.strip()
        assert rule.confidence in "VSUP"
    assert pack.value("licence.mining.term_years", dt.date(2026, 1, 1)) == 3


def test_values_are_effective_dated(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.value("demo.share", dt.date(2024, 12, 31)) == Decimal("0.50")
    assert pack.value("demo.share", dt.date(2025, 1, 1)) == Decimal("0.75")
    first = pack.effective("demo.share", dt.date(2024, 6, 1))
    assert first.valid_to == dt.date(2024, 12, 31)
    assert first.note == "2024 reading"
    with pytest.raises(RuleNotInForce):
        pack.value("demo.share", dt.date(2023, 12, 31))
    book = RuleBook(pack)  # where a rule has no value yet, callers may take a default
    assert book.value_or("demo.share", dt.date(2023, 12, 31), "none") == "none"
    assert book.value_or("demo.share", dt.date(2025, 1, 1)) == Decimal("0.75")


def test_unknown_key_is_named_with_file_and_rule(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace('unit = "share"', 'unit = "share"\nsorce = "typo"'))
    assert problems_of(folder) == ["rules.toml: rule 'demo.share': unknown key 'sorce'"]


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace('source = "Law on Digital Assets, Art. 8(4)"\n', ""))
    assert problems_of(folder) == ["rules.toml: rule 'demo.share': missing 'source'"]


def test_overlapping_dates_are_an_error(tmp_path: Path) -> None:
    text = GOOD.replace(
        '{ from = 2024-01-01, value = "0.50", note = "2024 reading" }',
        '{ from = 2024-01-01, to = 2025-03-01, value = "0.50" }',
    )
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 1
    assert "rules.toml: rule 'demo.share': values overlap" in problems[0]


def test_bad_values_and_marks_are_reported_together(tmp_path: Path) -> None:
    text = (
        GOOD.replace('confidence = "U"', 'confidence = "X"')
        + """
["demo.term"]
title = "Term"
type = "integer"
source = "Somewhere"
confidence = "V"
reviewed = 2026-11-25
values = [{ from = 2024-01-01, value = "three" }]
"""
    )
    problems = problems_of(write(tmp_path, text))
    assert "rules.toml: rule 'demo.share': confidence 'X' is not one of V, S, U, P" in problems
    assert "rules.toml: rule 'demo.term': value #1: value 'three' is not an integer" in problems


def test_a_rule_defined_in_two_files_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, GOOD, "a.toml")
    folder = write(tmp_path, GOOD, "b.toml")
    assert problems_of(folder) == ["b.toml: rule 'demo.share': defined again (first in a.toml)"]


def test_override_takes_effect_from_its_date(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD))
    book = RuleBook(
        pack, (Override("demo.share", Decimal("0.60"), dt.date(2025, 7, 1), None, "AFSA letter"),)
    )
    assert book.value("demo.share", dt.date(2025, 6, 30)) == Decimal("0.75")
    effective = book.effective("demo.share", dt.date(2025, 7, 1))
    assert effective.value == Decimal("0.60")
    assert effective.overridden and effective.override_reason == "AFSA letter"


def test_cli_rules_check_names_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from kuzet.cli import run

    folder = tmp_path / "copy"
    shutil.copytree(rules_dir(), folder)
    (folder / "licences.toml").write_text(
        (folder / "licences.toml")
        .read_text(encoding="utf-8")
        .replace('unit = "years"', 'unit = "years"\nfoo = 1', 1),
        encoding="utf-8",
    )
    assert run(["rules", "check", str(folder)]) == 1
    assert (
        "licences.toml: rule 'licence.mining.term_years': unknown key 'foo'"
        in capsys.readouterr().err
    )
    assert run(["rules", "check"]) == 0


def test_the_pack_has_a_version_in_pack_toml(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD))
    assert pack.info is not None
    assert (pack.version, pack.info.published) == ("2026.1", dt.date(2026, 1, 5))
    assert len(pack.sha256) == 64 and "pack" not in pack.rules
    shipped = load_pack(rules_dir())
    assert shipped.info is not None and version_key(shipped.version) >= (2026, 12, 1)
    assert version_key("2026.12.10") > version_key("2026.12.9") > version_key("2026.12")
    assert version_key("2026.12.0") == version_key("2026.12")


def test_a_pack_without_pack_toml_or_with_a_bad_version_is_refused(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD)
    (folder / "pack.toml").unlink()
    assert problems_of(folder) == [
        f"{folder}: no pack.toml (the pack's [pack] table: version, published, title)"
    ]
    (folder / "pack.toml").write_text(HEADER.replace('"2026.1"', '"2026-12"'), encoding="utf-8")
    assert problems_of(folder) == [
        "pack.toml: [pack]: 'version' must be dotted numbers in quotes, e.g. \"2026.12.1\""
    ]


def test_reviewed_is_a_date_when_given(tmp_path: Path) -> None:
    folder = write(tmp_path, GOOD.replace("reviewed = 2026-11-25", "reviewed = 2026-12-07"))
    assert load_pack(folder).rule("demo.share").reviewed == dt.date(2026, 12, 7)
    folder = write(tmp_path, GOOD.replace("reviewed = 2026-11-25", 'reviewed = "soon"'))
    assert problems_of(folder) == [
        "rules.toml: rule 'demo.share': 'reviewed' must be a date (YYYY-MM-DD)"
    ]


def test_a_rule_without_reviewed_is_refused(tmp_path: Path) -> None:
    unreviewed = GOOD.replace("reviewed = 2026-11-25\n", "")
    assert problems_of(write(tmp_path, unreviewed)) == [
        "rules.toml: rule 'demo.share': missing 'reviewed' (the date its source was last checked)"
    ]


def test_the_diff_names_what_changed_and_ignores_a_new_review_date() -> None:
    header = HEADER.replace('"2026.1"', '"2026.2"')
    old = load_pack_texts({"pack.toml": HEADER, "a.toml": GOOD}, "old")
    new_text = GOOD.replace("reviewed = 2026-11-25", "reviewed = 2026-12-07")
    assert (
        diff_packs(old, load_pack_texts({"pack.toml": header, "a.toml": new_text}, "new")).changes
        == ()
    )
    changed = new_text.replace(
        'value = "0.75" }', 'value = "0.75" },\n  { from = 2027-01-01, value = "0.80" }'
    )
    changed = changed.replace('title = "Mandatory sale share"', 'title = "Mandatory sale: share"')
    diff = diff_packs(old, load_pack_texts({"pack.toml": header, "b.toml": changed}, "new"))
    [change] = diff.changes
    assert (change.kind, change.aspects) == ("changed", ("title", "values"))
    assert change.details == (
        "title: Mandatory sale share → Mandatory sale: share",
        "new value from 2027-01-01: 0.80 [U]",
    )
    dropped = load_pack_texts({"pack.toml": header + GOOD.replace("demo.share", "demo.other")}, "x")
    diff = diff_packs(old, dropped)
    assert [(c.key, c.kind) for c in diff.changes] == [
        ("demo.other", "added"),
        ("demo.share", "retired"),
    ]
    assert diff.summary() == "1 added, 0 changed, 1 retired"
