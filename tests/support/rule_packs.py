"""Rule packs for the update tests: the shipped pack with one rule changed and one added,
zipped as a pack folder."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from kuzet.paths import rules_dir

KEY = "licence.reminder_days"  # changed by the newer pack: a second value from 2027
NEW_KEY = "licence.renewal_filing_days"  # added by it
NEW_VALUES = "values = [\n  { from = 2018-01-01, value = [90, 60, 30] },\n  { from = 2027-01-01, value = [120, 90, 60, 30] },\n]"
NEW_SOURCE = 'source = "AFSA, Notice on licence renewals of 1 Dec 2026 (test)"'
NEW_RULE = """
["licence.renewal_filing_days"]
title = "Renewal application: days before expiry"
type = "integer"
unit = "days"
source = "AFSA, Notice on licence renewals of 1 Dec 2026 (test)"
confidence = "S"
reviewed = 2026-12-07
values = [{ from = 2027-01-01, value = 45 }]
"""


def shipped_files() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(rules_dir().glob("*.toml"))}


def with_version(files: dict[str, str], version: str) -> dict[str, str]:
    files = dict(files)
    files["pack.toml"] = re.sub(
        r'^version = "[^"]*"', f'version = "{version}"', files["pack.toml"], flags=re.M
    )
    return files


def newer_files(version: str = "2026.12.2") -> dict[str, str]:
    """The shipped pack with one rule changed (values, source) and one rule added."""
    files = with_version(shipped_files(), version)
    text = files["licences.toml"]
    start = text.index(f'["{KEY}"]')
    end = text.find("\n[", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    block = re.sub(r"^values = .*$", NEW_VALUES, block, count=1, flags=re.M)
    block = re.sub(r"^source = .*$", NEW_SOURCE, block, count=1, flags=re.M)
    files["licences.toml"] = text[:start] + block + text[end:]
    files["pack.toml"] += NEW_RULE
    return files


def zip_of(path: Path, files: dict[str, str], folder: str = "rules-2026.12.2/") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(folder + name, text)
    return path
