"""Translate Kuzet without Qt Linguist: unfinished strings out to JSON, translations back in.

    python packaging/translations_json.py --todo todo.json   # {source: {"ru": "", "kk": ""}}
    python packaging/translations_json.py --fill done.json   # write them into the .ts files

``--todo`` first brings the .ts files up to date with the code (like
``translations.py``) and lists every string unfinished in either language. ``--fill``
takes the same shape back (a language left empty is skipped) and writes each translation
as finished; it refuses the whole file, writing nothing, when a source is not a current
string or a translation's ``{placeholders}`` differ from its source's. Then run
``translations.py`` to compile the .qm files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations as tool


def unfinished(language: str, directory: Path = tool.TRANSLATIONS) -> list[str]:
    """The current strings of ``kuzet_<language>.ts`` still without a finished translation."""
    entries = tool.read_ts(directory / f"kuzet_{language}.ts")
    return [s for s, (text, kind) in entries.items() if kind != "obsolete" and (not text or kind)]


def problems(translations: dict[str, str], messages: dict[str, tool.Message]) -> list[str]:
    """What is wrong with ``translations`` (source -> text) for the current strings."""
    found = []
    for source, text in translations.items():
        if source not in messages:
            found.append(f"not a current string: {source!r}")
        elif not text.strip():
            found.append(f"empty translation of {source!r}")
        elif tool.placeholders(text) != tool.placeholders(source):
            found.append(f"placeholders differ: {source!r} -> {text!r}")
    return found


def fill(
    language: str,
    translations: dict[str, str],
    messages: dict[str, tool.Message] | None = None,
    directory: Path = tool.TRANSLATIONS,
) -> int:
    """Write ``translations`` (source -> text) into ``kuzet_<language>.ts`` as finished.

    Raises ``ValueError`` naming every problem, with nothing written. Returns the count.
    """
    messages = tool.extract() if messages is None else messages
    wrong = problems(translations, messages)
    if wrong:
        raise ValueError(f"kuzet_{language}.ts not changed:\n" + "\n".join(wrong))
    path = directory / f"kuzet_{language}.ts"
    existing = tool.read_ts(path)
    for source, text in translations.items():
        existing[source] = (text, "")
    path.write_text(tool.render_ts(language, messages, existing), encoding="utf-8")
    return len(translations)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--todo", type=Path, help="write the unfinished strings to this JSON")
    group.add_argument("--fill", type=Path, help="write the translations of this JSON")
    args = parser.parse_args(argv)
    messages = tool.extract()
    for language in tool.LANGUAGES:
        tool.update_ts(language, messages)
    if args.todo:
        todo = {
            source: {language: "" for language in tool.LANGUAGES}
            for language in tool.LANGUAGES
            for source in unfinished(language)
        }
        args.todo.write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(todo)} unfinished string(s) written to {args.todo}")
        return 0
    given = json.loads(args.fill.read_text(encoding="utf-8"))
    chosen = {
        language: {s: t[language] for s, t in given.items() if t.get(language)}
        for language in tool.LANGUAGES
    }
    wrong = [p for texts in chosen.values() for p in problems(texts, messages)]
    if wrong:
        print("Nothing was written:\n" + "\n".join(wrong), file=sys.stderr)
        return 1
    for language, texts in chosen.items():
        print(f"kuzet_{language}.ts: {fill(language, texts, messages)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
