"""Three languages: the Russian and Kazakh packs of the demo firm, and its STR drafts, print
no English words of their own.

Each pack is read back with pypdf and scanned for Latin-script words. A word is allowed when
it is a code (a rule key, an identifier, an amount, a field=value pair), a word of the firm's
own data as entered (names, addresses, notes: the demo's are in English), a citation quoted
from the rule pack (its sources, in the language of the text cited), or on the allow-list
(tests/data/pack_allowed_words.txt: AML, FATF, AIFC, KZT ...). Anything else is a leftover,
named with its page. The English pack fails the same scan, so the scan can fail.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kuzet.cli import run
from kuzet.reports.labels import EN, KK, RU, t
from kuzet.reports.pack import make_pack
from kuzet.reports.rule_texts import localized
from kuzet.reports.sections.reasons import reason_text
from kuzet.reports.str_draft import build_str_draft
from kuzet.store.models.monitoring import Alert, SuspiciousTransactionReport
from kuzet.store.session import Store
from support.demo_db import PASSPHRASE, TODAY, demo_template
from support.pack_demo_db import KAZAKH, PERIOD, page_texts
from support.pack_languages import (
    Leftover,
    allow_list,
    citation_words,
    code_words,
    data_words,
    leftovers,
    with_fragments,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_template(tmp_path_factory)


@pytest.fixture(scope="module")
def store(demo: Path):
    opened, _ = Store.open(demo)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def allowed(store: Store, demo: Path) -> set[str]:
    words, _phrases = allow_list()
    with store.reading() as session:
        rules = store.rules(session)
        quoted = citation_words(rules) | with_fragments(code_words(rules), whole=False)
    return words | quoted | with_fragments(data_words(demo))


@pytest.fixture(scope="module")
def packs(store: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The demo's pack, every section, in Russian and Kazakh (pages as text)."""
    built = {}
    for lang in ("ru", "kk"):
        folder = tmp_path_factory.mktemp(f"pack-{lang}")
        outcome = make_pack(
            store, folder / "pack.pdf", *PERIOD, lang=lang, today=TODAY,
            vault_passphrase=PASSPHRASE,
        )  # fmt: skip
        built[lang] = page_texts(outcome.pdf_path)
    return built


def drafts(store: Store, lang: str) -> dict[int, list[str]]:
    """Every STR draft of the demo in ``lang`` (pages as text), by report id."""
    found = {}
    with store.reading() as session:
        rules = store.rules(session)
        ids = session.execute(select(SuspiciousTransactionReport.id)).scalars().all()
        for report_id in ids:
            pdf = build_str_draft(session, report_id, rules, TODAY, lang)
            found[report_id] = [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]
    return found


def report(found: list[Leftover], where: str) -> str:
    lines = [str(item) for item in found[:60]]
    more = f"\n… and {len(found) - 60} more" if len(found) > 60 else ""
    return f"{len(found)} English leftover(s) in {where}:\n" + "\n".join(lines) + more


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_pack_has_no_english_leftovers(
    packs: dict[str, list[str]], allowed: set[str], lang: str
) -> None:
    pages = packs[lang]
    assert len(pages) > 20  # every section, not an empty shell
    found = leftovers(pages, allowed)
    assert not found, report(found, f"the {lang} pack")


def test_the_kazakh_pack_is_in_kazakh(packs: dict[str, list[str]]) -> None:
    text = "\n".join(packs["kk"])
    assert len(KAZAKH.findall(text)) > 500  # ә ғ қ ң ө ұ ү һ і throughout, not a title or two
    for key in ("toc.title", "section.customers", "section.monitoring", "rules.table"):
        assert t(key, "kk") in " ".join(text.split()), key
    assert "Мазмұны" in text and "Содержание" not in text  # Kazakh, not Russian


def test_alert_reasons_and_rule_labels_are_in_the_packs_language(
    packs: dict[str, list[str]], store: Store
) -> None:
    flat = {lang: " ".join(" ".join(pages).split()) for lang, pages in packs.items()}
    assert "Deposit of" not in flat["ru"] and "Deposit of" not in flat["kk"]
    assert "не ниже порога сигнала организации" in flat["ru"]  # a large transaction's reason
    assert "ұйымның белгі шегінен" in flat["kk"]
    # positions and roles come from the rule pack, translated for the pack
    assert "Руководящий работник" in flat["ru"] and "Senior manager" not in flat["ru"]
    assert "Басшы қызметкер" in flat["kk"]
    with store.reading() as session:
        rules = localized(store.rules(session), "kk")
        assert rules.rule("programme.mlro.positions").title.startswith("MLRO: лауазымдар")
        alerts = session.execute(select(Alert.rule, Alert.reason)).all()
    for rule, reason in alerts:  # every demo reason reads back in both languages
        for lang in ("ru", "kk"):
            assert reason_text(rule, reason, lang) != reason, (rule, lang, reason)


def test_the_english_pack_fails_the_scan(store: Store, allowed: set[str], tmp_path: Path) -> None:
    """The control: the same scan finds the English pack's own words."""
    outcome = make_pack(
        store, tmp_path / "en.pdf", *PERIOD, lang="en", today=TODAY, sections=["rules"]
    )
    found = {item.word.lower() for item in leftovers(page_texts(outcome.pdf_path), allowed)}
    assert len(found) > 50 and {"reminders", "analysts", "ahead"} <= found


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_str_draft_has_no_english_leftovers(store: Store, allowed: set[str], lang: str) -> None:
    built = drafts(store, lang)
    assert built  # the demo has reports
    for report_id, pages in built.items():
        found = leftovers(pages, allowed)
        assert not found, report(found, f"the {lang} STR draft #{report_id}")
        text = "\n".join(pages)
        assert t("draft.title", lang) in text
        if lang == "kk":
            assert KAZAKH.search(text)


def test_the_english_str_draft_fails_the_scan(store: Store, allowed: set[str]) -> None:
    pages = next(iter(drafts(store, "en").values()))
    found = {item.word.lower() for item in leftovers(pages, allowed)}
    assert {"grounds", "decided", "detected", "anyone"} <= found


def test_every_label_exists_in_three_languages_with_the_same_placeholders() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for table, name in ((RU, "ru"), (KK, "kk")):
        missing = sorted(set(EN) - set(table))
        assert not missing, f"labels missing in {name}: {missing}"
        differ = [k for k in EN if fields(EN[k]) != fields(table[k])]
        assert not differ, f"{name} labels whose placeholders differ from English: {differ}"


def test_pack_lang_kk_is_accepted_and_an_unknown_language_exits_2(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "kk.pdf"
    dates = ("--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat())
    code = run(["--db", str(demo), "pack", "--out", str(pdf), *dates, "--lang", "kk",
                "--sections", "firm"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert KAZAKH.search("\n".join(page_texts(pdf)))
    assert run(["--db", str(demo), "pack", "--out", str(tmp_path / "x.pdf"), "--lang", "de"]) == 2
    assert "en, ru, kk" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
