"""The translation files: extraction, keeping translations, obsolete strings, and coverage."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "resources" / "translations"


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "kuzet_translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["kuzet_translations"] = module
    spec.loader.exec_module(module)
    return module


tool = load_tool()

SAMPLE = """
from x import tr
OVERVIEW, SYSTEM = ("Overview", "System")
HEADERS = ["Rule", "Title"]

class ThingsPage(RegisterPage):
    title = "Things"
    hint = ("A long hint "
            "in two parts.")
    noun = "thing"
    other = "not shown"

def build(key):
    tr("Plain {n} text").format(n=1)
    i18n.tr("Through the module")
    tr(key)  # not a literal: nothing to extract
    Column("number", "Number", "right")
    Column(key="a", title="Keyword title")
    Filter("status", "Status", (("", "Any status"), *((s, s.title()) for s in X)))
    PageSpec("rules", "Rules", "rules:RulesPage", group=SYSTEM)
    PageSpec("dash", "Dashboard", "dashboard:DashboardPage", (), OVERVIEW)
    ActionSpec("about", "Help", "About Kuzet", "dialogs.about:open_about")
    ListModel(["Urgency", "Due"])
    form.add_field("number", "Licence number", widget, "As printed.")
    register_section("backups", "Backups", Section)
    print("Not for translation")

STATUS_LABELS = {"open": "Open", "done": "Done"}
RULES: dict[str, tuple] = {"t": ("Threshold transaction", ("monitoring.threshold_kzt",))}
FACTOR_RULES = {"pep": "customers.risk.pep"}
STATE_CHOICES = (("", "Any state"), ("late", "Overdue"))
STATUSES = ("open", "closed")
labels = {"x": "Lower-case names are not tables"}
"""


def test_extraction_finds_every_kind_of_translatable_string() -> None:
    found = [text for text, _line in tool.strings_in(SAMPLE)]
    expected = {
        "Things",
        "A long hint in two parts.",
        "thing",
        "Rule",
        "Title",
        "Plain {n} text",
        "Through the module",
        "Number",
        "Keyword title",
        "Status",
        "Any status",
        "Rules",
        "System",
        "Dashboard",
        "Overview",
        "Help",
        "About Kuzet",
        "Urgency",
        "Due",
        "Licence number",
        "As printed.",
        "Backups",
        "Open",
        "Done",
        "Threshold transaction",
        "Any state",
        "Overdue",
    }
    assert set(found) == expected
    assert "Not for translation" not in found and "not shown" not in found


def test_the_rule_packs_choice_labels_are_extracted_with_their_lines() -> None:
    text = (
        '["licence.types"]\ntitle = "Licence types"\ntype = "table"\n'
        "values = [{ from = 2023-01-01, value = [\n"
        '  { key = "afsa", label = "AFSA licence" },\n'
        '  { key = "other", label = "Other licence or permit" },\n]}]\n'
    )
    assert tool.rule_pack_labels(text) == [
        ("Licence types", 2),
        ("AFSA licence", 5),
        ("Other licence or permit", 6),
    ]
    shipped = tool.extract()
    assert any(
        file.endswith("rules/licences.toml")
        for file, _ in shipped["Other licence or permit"].locations
    )


def test_update_keeps_translations_adds_new_and_marks_vanished_obsolete(tmp_path: Path) -> None:
    first = {t: tool.Message(t, [("a.py", 1)]) for t in ("Keep", "Goes away", "Untranslated")}
    tool.update_ts("ru", first, tmp_path)
    ts = tmp_path / "kuzet_ru.ts"
    translated = ts.read_text(encoding="utf-8")
    for source, text in (("Keep", "Оставить"), ("Goes away", "Исчезнет")):
        translated = translated.replace(
            f'<source>{source}</source>\n            <translation type="unfinished" />',
            f"<source>{source}</source>\n            <translation>{text}</translation>",
        )
    ts.write_text(translated, encoding="utf-8")

    second = {t: tool.Message(t, [("a.py", 2)]) for t in ("Keep", "New one")}
    assert tool.update_ts("ru", second, tmp_path)
    entries = tool.read_ts(ts)
    assert entries["Keep"] == ("Оставить", "")
    assert entries["New one"] == ("", "unfinished")
    assert entries["Goes away"] == ("Исчезнет", "obsolete")
    assert "Untranslated" not in entries  # nothing to keep
    assert not tool.update_ts("ru", second, tmp_path)  # stable: no change the second time
    root = ET.parse(ts).getroot()
    assert root.get("language") == "ru_RU" and root.find("context/name").text == "Kuzet"


@pytest.fixture(scope="module")
def current() -> dict:
    """Every string in the code and the rule pack today."""
    return tool.extract()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_string_is_translated_with_its_placeholders(language: str, current: dict) -> None:
    entries = tool.read_ts(SHIPPED / f"kuzet_{language}.ts")
    missing = sorted(s for s in current if not entries.get(s, ("", ""))[0] or entries[s][1])
    assert missing == [], (
        f"{len(missing)} string(s) unfinished in kuzet_{language}.ts (translate them with "
        f"packaging/translations_json.py): {missing[:10]}"
    )
    differ = [
        (source, entries[source][0])
        for source in current
        if tool.placeholders(entries[source][0]) != tool.placeholders(source)
    ]
    assert differ == [], f"placeholders differ in kuzet_{language}.ts: {differ[:5]}"


def test_kazakh_is_written_in_kazakh_cyrillic_not_copied_from_russian(current: dict) -> None:
    kazakh = tool.read_ts(SHIPPED / "kuzet_kk.ts")
    russian = tool.read_ts(SHIPPED / "kuzet_ru.ts")
    letters = {ch for source in current for ch in kazakh[source][0]}
    assert set("әғқңөұүі") <= letters  # (һ is rare: only in a few loanwords)
    worded = [s for s in current if re.search(r"[a-z]{3} [a-z]{3}", s)]  # sentences, not codes
    same = [s for s in worded if kazakh[s][0] == russian[s][0]]
    assert len(same) < len(worded) // 50, same[:10]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_shipped_qm_is_compiled_from_the_shipped_ts(language: str, tmp_path: Path) -> None:
    qm = tool.compile_qm(SHIPPED / f"kuzet_{language}.ts", tmp_path / "fresh.qm")
    assert qm.read_bytes() == (SHIPPED / f"kuzet_{language}.qm").read_bytes(), (
        "run packaging/translations.py"
    )


def load_json_tool():
    spec = importlib.util.spec_from_file_location(
        "kuzet_translations_json", ROOT / "packaging" / "translations_json.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translations_from_json_are_written_finished_and_checked(tmp_path: Path) -> None:
    json_tool = load_json_tool()
    messages = {t: tool.Message(t, [("a.py", 1)]) for t in ("Sale #{id}", "Venue", "Pool")}
    tool.update_ts("kk", messages, tmp_path)
    assert json_tool.unfinished("kk", tmp_path) == ["Sale #{id}", "Venue", "Pool"]
    ts = tmp_path / "kuzet_kk.ts"
    before = ts.read_text(encoding="utf-8")
    for wrong in ({"Sale #{id}": "Сату №{number}"}, {"Unknown": "Белгісіз"}, {"Venue": " "}):
        with pytest.raises(ValueError, match="not changed"):
            json_tool.fill("kk", wrong, messages, tmp_path)
        assert ts.read_text(encoding="utf-8") == before  # refused whole: nothing written
    assert json_tool.fill("kk", {"Sale #{id}": "Сату №{id}", "Venue": "Алаң"}, messages, tmp_path)
    entries = tool.read_ts(ts)
    assert entries["Sale #{id}"] == ("Сату №{id}", "") and entries["Venue"] == ("Алаң", "")
    assert json_tool.unfinished("kk", tmp_path) == ["Pool"]


FORMS = """
from kuzet.labels import marked
TRAIL_ACTION_LABELS = {"insert": "insert", "bulk-insert": "bulk-insert"}
LICENSOR_WORDS = {"aifc": "AIFC-licensed"}
CONFIDENCE_MARKS = {"V": "read in the law"}
BASIS = marked("price band from {price} KZT/kWh")
SAMPLE_HEADERS = ["Тип клиента", "Kind"]

def build(view):
    PanelSpec("Staff", "staff member", "staff", StaffDialog, retire, hint="Everyone.",
              search_placeholder="Search name…", empty_text="No staff yet.")
    Table(("Factor", "What the file says"), right=(1,))
    super().__init__(view, tr("Intro."), headers=("Person", "Status ends"), pick=("x", "y"))
"""


def test_extraction_finds_the_forms_the_issue_named() -> None:
    found = {text for text, _line in tool.strings_in(FORMS)}
    assert {
        "insert",
        "bulk-insert",
        "AIFC-licensed",
        "read in the law",
        "price band from {price} KZT/kWh",
        "Kind",
        "Staff",
        "staff member",
        "staff",
        "Everyone.",
        "Search name…",
        "No staff yet.",
        "Factor",
        "What the file says",
        "Person",
        "Status ends",
        "Intro.",
    } <= found
    assert "Тип клиента" not in found  # Russian sample data is not a source text
    assert "x" not in found  # pick=(...) is not a headers list


def test_rule_titles_are_extracted_and_tr_of_an_f_string_is_refused() -> None:
    text = '["screening.review_days"]\ntitle = "Screening: days to decide an open hit"\n'
    assert tool.rule_pack_labels(text) == [("Screening: days to decide an open hit", 2)]
    code = 'tr(f"{v} risk")\ntr("a" + b)\ntr("Fine {n}").format(n=1)\n'
    assert [line for _code, line in tool.unextractable(code)] == [1, 2]
    shipped = [
        (path.name, hit)
        for path in sorted((ROOT / "desktop" / "kuzet").rglob("*.py"))
        for hit in tool.unextractable(path.read_text(encoding="utf-8"), str(path))
    ]
    assert shipped == []


def test_plural_forms_keep_their_placeholder_set() -> None:
    assert tool.placeholders("{n} hit|{n} hits") == tool.placeholders("{n} a|{n} b|{n} c")
