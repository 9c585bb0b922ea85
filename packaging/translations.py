"""Extract Kuzet's user-visible strings into Qt .ts files and compile them to .qm.

    python packaging/translations.py            # update kuzet_ru.ts and kuzet_kk.ts, build .qm
    python packaging/translations.py --check    # exit 1 if a .ts file is out of date
    python packaging/translations.py --no-compile

Every string goes into one context, ``Kuzet`` (``kuzet.i18n.tr`` translates through
``QCoreApplication.translate("Kuzet", text)``). The strings are found with Python's own
parser in ``desktop/kuzet/**/*.py``:

* ``tr("...")`` (and ``i18n.tr("...")``);
* the titles the UI translates when it shows them: ``Column(key, "Title")``,
  ``Filter(key, "Title", choices)`` (and the labels of literal ``(value, "Label")`` choices),
  ``PageSpec(key, "Title", ..., group)`` (a group given by a module constant is resolved),
  ``ActionSpec(key, "Menu", "Title", ...)``, ``FormDialog.add_field(key, "Label", widget,
  "Hint")``, ``register_section(key, "Title", ...)``, ``ListModel(["Header", ...])``,
  module-level ``*HEADERS = [...]`` lists and the noun of a record path,
  ``Register(model, "noun", ...)`` (``registers/records.py`` builds its messages on it);
* a page's text attributes, class-level ``title``, ``hint``, ``noun``, ``noun_plural``,
  ``search_placeholder`` and ``empty_text`` (the register page shows them through ``tr``);
* label tables the code translates when it shows a value (``tr(STATUS_LABELS[key])``):
  the string values of a dict assigned to an upper-case name ending in ``LABELS``,
  ``TITLES``, ``HINTS``, ``FILTERS``, ``STATUSES``, ``FIELDS``, ``ATTENTION``, ``RULES``,
  ``TYPES`` or ``UNITS`` (a tuple value gives its first string), and the labels of the
  ``(key, "Label")`` pairs of one ending in ``CHOICES``, ``PRESETS`` or ``STATES``;
* a programme sub-panel's texts, ``PanelSpec("Title", "noun", "nouns", ..., hint=...,
  search_placeholder=..., empty_text=...)``; the headers of ``Table(("A", "B"))`` and of
  any call's ``headers=("A", "B")`` (the customer file's tabs);
* strings marked with the no-op ``marked("...")`` (``kuzet/labels.py``): words the core
  keeps in English and the UI translates when it shows them;
* the country names of ``regime/countries.py`` (``COUNTRIES``: "CODE Name" lines), which
  the UI translates when it shows them;
* the ``title``, ``unit`` and ``source`` of every rule and the ``label`` of every choice in
  the rule pack (``resources/rules/*.toml``), which the UI translates when it shows them.

``unextractable`` finds the ``tr()`` calls no extractor can read (an f-string or a
concatenation); a test keeps the code free of them.

A translator without Qt Linguist can work from JSON with ``translations_json.py``.

Existing translations are kept; a string no longer in the code is marked
``type="obsolete"`` (lrelease skips it, a translator still sees it); a new one is added
``type="unfinished"``. The .qm files are compiled with ``pyside6-lrelease`` and shipped.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop" / "kuzet"
RULES = ROOT / "resources" / "rules"
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "Kuzet"
LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}
PAGE_TEXT_ATTRIBUTES = {
    "title",
    "titles",  # a dialog's (new, edit) window titles
    "hint",
    "noun",
    "noun_plural",
    "search_placeholder",
    "empty_text",
}
TABLE_SUFFIXES = (
    "LABELS",
    "TITLES",
    "HINTS",
    "FILTERS",
    "STATUSES",
    "FIELDS",
    "ATTENTION",
    "RULES",
    "TYPES",
    "UNITS",
    "WORDS",
    "MARKS",
)
PAIR_SUFFIXES = ("CHOICES", "PRESETS", "STATES")
LINE_TABLES = ("COUNTRIES",)  # "CODE Name" lines in a string (regime/countries.py)
CYRILLIC = re.compile(r"^[^A-Za-z]*[\u0400-\u04ff][^A-Za-z]*$")  # Russian sample data, no Latin
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
RULE_KEY = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)+")  # a table of rule keys, not labels


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


# --- extraction -------------------------------------------------------------------------


def _texts(node: ast.AST | None, constants: dict[str, str]) -> list[str]:
    """The text of a literal, a module constant, either branch of ``a if c else b``, or
    each string of a literal tuple (a dialog's ``titles``)."""
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) + _texts(node.orelse, constants)
    if isinstance(node, ast.Tuple):
        return [t for item in node.elts for t in _texts(item, constants)]
    text = _text(node, constants)
    return [text] if text is not None else []


def _text(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _argument(node: ast.Call, position: int, keyword: str) -> ast.AST | None:
    for item in node.keywords:
        if item.arg == keyword:
            return item.value
    return node.args[position] if len(node.args) > position else None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" and A, B = ("x", "y") assignments."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant):
            if isinstance(value.value, str):
                found[target.id] = value.value
        elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            for name, item in zip(target.elts, value.elts, strict=False):
                text = item.value if isinstance(item, ast.Constant) else None
                if isinstance(name, ast.Name) and isinstance(text, str):
                    found[name.id] = text
    return found


def _strings_in_list(node: ast.AST | None) -> list[tuple[str, int]]:
    if not isinstance(node, ast.List | ast.Tuple):
        return []
    return [
        (item.value, item.lineno)
        for item in node.elts
        if isinstance(item, ast.Constant) and isinstance(item.value, str)
    ]


def _label_table(name: str, node: ast.AST | None) -> list[tuple[str, int]]:
    """The labels of a table the code translates when it shows a value (see the docstring)."""
    if not name.isupper():
        return []
    found: list[tuple[str, int]] = []
    if isinstance(node, ast.Dict) and name.endswith(TABLE_SUFFIXES):
        for value in node.values:
            if isinstance(value, ast.Tuple | ast.List) and value.elts:
                value = value.elts[0]
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.append((value.value, value.lineno))
    elif isinstance(node, ast.Tuple | ast.List) and name.endswith(TABLE_SUFFIXES):
        for row in node.elts:  # rows of (key, "Label", "Hint", ...)
            if isinstance(row, ast.Tuple) and len(row.elts) >= 2:
                for item in row.elts[1:]:
                    if isinstance(item, ast.Constant) and isinstance(item.value, str):
                        found.append((item.value, item.lineno))
    elif isinstance(node, ast.Tuple | ast.List) and name.endswith(PAIR_SUFFIXES):
        for pair in node.elts:
            if isinstance(pair, ast.Tuple) and len(pair.elts) == 2:
                label = pair.elts[1]
                if isinstance(label, ast.Constant) and isinstance(label.value, str):
                    found.append((label.value, label.lineno))
    return [(text, line) for text, line in found if text.strip() and not RULE_KEY.fullmatch(text)]


def _is_super(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and _call_name(func.value) == "super"
    )


def _is_any_choice(node: ast.AST) -> bool:
    if not isinstance(node, ast.Tuple) or len(node.elts) != 2:
        return False
    first, label = node.elts
    return (
        isinstance(first, ast.Constant)
        and first.value == ""
        and isinstance(label, ast.Constant)
        and isinstance(label.value, str)
        and re.search("[A-Za-z]", label.value) is not None
    )


def _line_table(node: ast.AST | None) -> list[tuple[str, int]]:
    """The names of a table kept as "CODE Name" lines in one string (the countries)."""
    found = []
    for item in ast.walk(node) if node is not None else ():
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and "\n" in item.value:
            for offset, row in enumerate(item.value.splitlines()):
                _code, _, name = row.partition(" ")
                if name.strip():
                    found.append((name.strip(), item.lineno + offset))
    return found


def strings_in(source: str, filename: str = "<source>") -> list[tuple[str, int]]:
    """The translatable strings of one module with their line numbers, in order."""
    tree = ast.parse(source, filename)
    constants = _module_constants(tree)
    found: list[tuple[str, int]] = []

    def add(node: ast.AST | None, line: int) -> None:
        for text in _texts(node, constants):
            if text.strip() and not CYRILLIC.search(text):
                found.append((text, getattr(node, "lineno", line)))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            if name == "tr" and node.args:
                add(node.args[0], node.lineno)
            elif name == "Column":
                add(_argument(node, 1, "title"), node.lineno)
            elif name == "Filter":
                add(_argument(node, 1, "title"), node.lineno)
                choices = _argument(node, 2, "choices")
                for pair in ast.walk(choices) if choices is not None else ():
                    if isinstance(pair, ast.Tuple) and len(pair.elts) == 2:
                        add(pair.elts[1], node.lineno)
            elif name == "PageSpec":
                add(_argument(node, 1, "title"), node.lineno)
                add(_argument(node, 4, "group"), node.lineno)
            elif name == "ActionSpec":
                add(_argument(node, 1, "menu"), node.lineno)
                add(_argument(node, 2, "title"), node.lineno)
            elif name == "register_section":
                add(_argument(node, 1, "title"), node.lineno)
            elif name == "Register":  # registers/records.py: the noun of its messages
                add(_argument(node, 1, "noun"), node.lineno)
            elif name == "add_field":
                add(_argument(node, 1, "label"), node.lineno)
                add(_argument(node, 3, "hint"), node.lineno)
            elif name == "PanelSpec":  # ui/pages/programme_panel.py: a programme sub-panel
                for position, keyword in enumerate(("title", "noun", "noun_plural")):
                    add(_argument(node, position, keyword), node.lineno)
                for keyword in ("hint", "search_placeholder", "empty_text"):
                    add(_argument(node, 99, keyword), node.lineno)
            elif name == "__init__" and _is_super(node) and node.args:
                add(node.args[0], node.lineno)  # a FormDialog's title: super().__init__("…")
            elif name == "marked" and node.args:  # kuzet.labels.marked: shown through tr later
                add(node.args[0], node.lineno)
            elif name in ("ListModel", "Table"):
                found.extend(_strings_in_list(_argument(node, 0, "headers")))
            if name not in ("ListModel", "Table"):  # a customer-file tab's headers=(...)
                found.extend(_strings_in_list(_argument(node, 99, "headers")))
        elif _is_any_choice(node):  # ("", "All registers"): a filter's "any" choice
            add(node.elts[1], node.lineno)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)
                    and item.targets[0].id in PAGE_TEXT_ATTRIBUTES
                ):
                    add(item.value, item.lineno)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if len(targets) != 1 or not isinstance(targets[0], ast.Name):
                continue
            name = targets[0].id
            if name.endswith("HEADERS"):
                found.extend(_strings_in_list(node.value))
            elif name in LINE_TABLES:
                found.extend(_line_table(node.value))
            else:
                found.extend(_label_table(name, node.value))
    return [(text, line) for text, line in found if not CYRILLIC.search(text)]


def unextractable(source: str, filename: str = "<source>") -> list[tuple[str, int]]:
    """``tr()`` calls whose text no extractor can read: an f-string, a concatenation or a
    ``%`` format (translate a template, then ``.format``), as (code, line)."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if (
            isinstance(node, ast.Call)
            and _call_name(node) in ("tr", "marked")
            and node.args
            and isinstance(node.args[0], ast.JoinedStr | ast.BinOp)
        ):
            found.append((ast.unparse(node), node.lineno))
    return found


def rule_pack_labels(text: str) -> list[tuple[str, int]]:
    """The ``title`` and ``unit`` of every rule (the Rules page and Settings show them),
    the ``label`` of every choice and every ``source`` (of a rule or of one of its dated
    values: the Rules page, the risk tab and the firm page cite it) in one rule-pack
    file, with its line."""
    labels: list[str] = []
    for rule in tomllib.loads(text).values():
        for name in ("title", "unit"):
            value = rule.get(name) if isinstance(rule, dict) else None
            if isinstance(value, str) and value.strip():
                labels.append(value)

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for name in ("label", "source"):
                label = value.get(name)
                if isinstance(label, str) and label.strip():
                    labels.append(label)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(tomllib.loads(text))
    lines = text.splitlines()
    found = []
    for label in labels:
        quoted = json.dumps(label, ensure_ascii=False)
        line = next((n for n, row in enumerate(lines, 1) if quoted in row), 0)
        found.append((label, line))
    return found


def extract(
    sources: Path = SOURCES, relative_to: Path = TRANSLATIONS, rules: Path | None = RULES
) -> dict[str, Message]:
    """Every translatable string under ``sources`` (and the rule pack's labels),
    first-seen order, with locations."""
    messages: dict[str, Message] = {}
    found: list[tuple[Path, list[tuple[str, int]]]] = []
    for path in sorted(sources.rglob("*.py")):
        if "migrations" not in path.parts:
            found.append((path, strings_in(path.read_text(encoding="utf-8"), str(path))))
    for path in sorted(rules.glob("*.toml")) if rules is not None else ():
        found.append((path, rule_pack_labels(path.read_text(encoding="utf-8"))))
    for path, strings in found:
        shown = Path(os.path.relpath(path, relative_to)).as_posix()
        for text, line in strings:
            messages.setdefault(text, Message(text)).locations.append((shown, line))
    return messages


# --- .ts files ----------------------------------------------------------------------------


def read_ts(path: Path) -> dict[str, tuple[str, str]]:
    """source -> (translation, type) from a .ts file ({} if it does not exist)."""
    if not path.exists():
        return {}
    found: dict[str, tuple[str, str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        kind = translation.get("type", "") if translation is not None else "unfinished"
        found[source] = (text, kind)
    return found


def render_ts(
    language: str, messages: dict[str, Message], existing: dict[str, tuple[str, str]]
) -> str:
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, message in messages.items():
        node = ET.SubElement(context, "message")
        for filename, line in message.locations:
            ET.SubElement(node, "location", filename=filename, line=str(line))
        ET.SubElement(node, "source").text = source
        text, kind = existing.get(source, ("", "unfinished"))
        translation = ET.SubElement(node, "translation")
        translation.text = text
        if not text or kind == "unfinished":
            translation.set("type", "unfinished")
    for source, (text, _kind) in existing.items():
        if source in messages or not text:
            continue  # an untranslated string that vanished is simply dropped
        node = ET.SubElement(context, "message")
        ET.SubElement(node, "source").text = source
        ET.SubElement(node, "translation", type="obsolete").text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def update_ts(language: str, messages: dict[str, Message], directory: Path = TRANSLATIONS) -> bool:
    """Write ``kuzet_<language>.ts``; True if it changed."""
    path = directory / f"kuzet_{language}.ts"
    text = render_ts(language, messages, read_ts(path))
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def placeholders(text: str) -> list[str]:
    """The distinct ``{placeholders}`` of a string, sorted (a translation must keep the
    same; a plural text, "{count} hit|{count} hits", may have more forms than its source)."""
    return sorted(set(PLACEHOLDER.findall(text)))


def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 in this environment")
    return found


def compile_qm(ts_file: Path, qm_file: Path | None = None) -> Path:
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run(
        [lrelease(), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)], check=True
    )
    return qm_file


def stats(path: Path) -> tuple[int, int]:
    """(translated, total) of the current strings in a .ts file."""
    entries = [(text, kind) for text, kind in read_ts(path).values() if kind != "obsolete"]
    done = [text for text, kind in entries if kind != "unfinished" and text]
    return len(done), len(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a .ts file is stale")
    parser.add_argument("--no-compile", action="store_true", help="do not build the .qm files")
    args = parser.parse_args(argv)
    messages = extract()
    stale = []
    for language in LANGUAGES:
        path = TRANSLATIONS / f"kuzet_{language}.ts"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != render_ts(
                language, messages, read_ts(path)
            ):
                stale.append(path.name)
            continue
        update_ts(language, messages)
        if not args.no_compile:
            compile_qm(path)
        done, total = stats(path)
        print(f"{path.name}: {done}/{total} translated")
    if stale:
        print(f"out of date: {', '.join(stale)} (run packaging/translations.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
