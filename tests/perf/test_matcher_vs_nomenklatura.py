"""Benchmark: Kuzet's matcher side by side with OpenSanctions' nomenklatura (logic-v2).

Both matchers screen the labelled groups of issue #19 (``support.screening_quality_groups``:
partial names, initials, OFAC long names with typos, 2017 and 2018 Kazakh Latin,
mixed-script homoglyphs, run-together and split names) and two groups of negatives
(common Kazakh and Russian names; a listed surname with another given name) against the
same list entries: the real UN and OFAC files and our own Kazakh list.

* Kuzet: ``matcher.screen`` over the whole index; a hit is the expected entry at or above
  the review threshold (80), a false positive any entry at or above it.
* nomenklatura: ``LogicV2.compare`` at 0.7, run by ``nomenklatura_side.py`` in a throwaway
  venv (``KUZET_NOMENKLATURA_VENV`` or ``~/.cache/kuzet/nomenklatura-venv``; created with
  ``pip install nomenklatura`` from PyPI when missing). nomenklatura is never a dependency
  of Kuzet. The benchmark skips, saying why, when the venv cannot be made. Each query is
  compared with the 50 entries sharing most character trigrams plus the expected entry.

Prints the table and writes it as ``matcher_vs_nomenklatura.md`` and ``.json`` into the
test's temporary folder (or ``KUZET_BENCH_OUT``). Asserts that Kuzet's recall is at least
nomenklatura's on every group and that Kuzet has no false positive.

Run: ``.venv/bin/python -m pytest tests/perf/test_matcher_vs_nomenklatura.py -m perf -s``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kuzet.screening.generic_csv import parse_generic_csv
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.matcher import Subject, screen
from kuzet.screening.ofac_csv import parse_ofac_csv
from kuzet.screening.un_xml import parse_un_xml
from support.screening_files import OFAC_FILES, UN_FILE
from support.screening_quality_groups import (
    GROUPS,
    NEGATIVE_GROUPS,
    group_positives,
    same_surname_negatives,
)
from support.screening_quality_set import KAZAKH_LIST_ROWS, negatives, write_generic_csv

HERE = Path(__file__).resolve().parent
REVIEW_THRESHOLD = 80
NOMENKLATURA_THRESHOLD = 0.7
NEGATIVES = 600


def _nomenklatura_python() -> Path:
    venv = Path(
        os.environ.get("KUZET_NOMENKLATURA_VENV")
        or Path.home() / ".cache" / "kuzet" / "nomenklatura-venv"
    )
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    probe = [str(python), "-c", "import nomenklatura.matching"]
    if python.is_file() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "nomenklatura"],
            check=True,
            capture_output=True,
            timeout=900,
        )
    except (subprocess.SubprocessError, OSError) as error:
        pytest.skip(f"nomenklatura could not be installed into {venv}: {error}")
    if subprocess.run(probe, capture_output=True).returncode != 0:
        pytest.skip(f"nomenklatura does not import in {venv}")
    return python


@pytest.mark.perf
def test_kuzet_matches_nomenklatura_on_every_group(tmp_path) -> None:
    if not UN_FILE.is_file():
        pytest.skip(f"real watchlist files missing ({UN_FILE})")
    python = _nomenklatura_python()
    write_generic_csv(tmp_path / "own.csv", KAZAKH_LIST_ROWS)
    un, ofac = parse_un_xml(UN_FILE), parse_ofac_csv(OFAC_FILES)
    own = parse_generic_csv(tmp_path / "own.csv", source="Domestic PEPs")
    index = ScreeningIndex([un, ofac, own])
    kinds = {(source, entry.ref): entry.kind for source, entry in index.entries}

    queries = [
        (case.query, (case.source, case.ref), case.category)
        for case in group_positives(un, ofac, own.source)
    ]
    queries += [(n, None, NEGATIVE_GROUPS[0]) for n in negatives([un, ofac, own], NEGATIVES)]
    queries += [(n, None, NEGATIVE_GROUPS[1]) for n in same_surname_negatives([un, ofac, own])]

    def person(expected) -> bool:
        return expected is None or kinds[expected] == "person"

    kuzet: list[bool] = []
    started = time.perf_counter()
    for name, expected, _group in queries:
        subject = Subject((name,), kind="person" if person(expected) else "organization")
        hits = screen(
            index, subject, review_threshold=REVIEW_THRESHOLD, auto_clear_threshold=REVIEW_THRESHOLD
        )
        if expected is None:
            kuzet.append(bool(hits))
        else:
            kuzet.append(any((h.source, h.ref) == expected for h in hits))
    kuzet_seconds = time.perf_counter() - started

    entry_ids = {key: f"{key[0]}|{key[1]}" for key in kinds}
    data = {
        "entries": [
            {
                "id": entry_ids[(source, entry.ref)],
                "schema": "Person" if entry.kind == "person" else "LegalEntity",
                "names": list(entry.names),
            }
            for source, entry in index.entries
        ],
        "queries": [
            {
                "id": str(i),
                "name": name,
                "schema": "Person" if person(expected) else "LegalEntity",
                "expected": entry_ids[expected] if expected else None,
            }
            for i, (name, expected, _group) in enumerate(queries)
        ],
    }
    (tmp_path / "in.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    subprocess.run(
        [
            str(python),
            str(HERE / "nomenklatura_side.py"),
            tmp_path / "in.json",
            tmp_path / "out.json",
        ],
        check=True,
        timeout=3600,
    )
    side = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    nomenklatura: list[bool] = []
    for i, (_name, expected, _group) in enumerate(queries):
        result = side["results"][str(i)]
        score = result["other"] if expected is None else result["expected"]
        nomenklatura.append(score >= NOMENKLATURA_THRESHOLD)

    total: Counter[str] = Counter(group for _, _, group in queries)
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    for (_name, _expected, group), k, n in zip(queries, kuzet, nomenklatura, strict=True):
        ours[group] += k
        theirs[group] += n
    rows = []
    for group in (*GROUPS, *NEGATIVE_GROUPS):
        kind = "false positives" if group in NEGATIVE_GROUPS else "recall"
        rows.append(
            {
                "group": group,
                "measure": kind,
                "queries": total[group],
                "kuzet": ours[group],
                "nomenklatura": theirs[group],
            }
        )
    throughput = {
        "kuzet_queries_per_second": len(queries) / kuzet_seconds,
        "nomenklatura_queries_per_second": len(queries) / side["seconds"],
    }
    table = _markdown(rows, throughput)
    print("\n" + table)
    out = Path(os.environ.get("KUZET_BENCH_OUT") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    (out / "matcher_vs_nomenklatura.md").write_text(table, encoding="utf-8")
    (out / "matcher_vs_nomenklatura.json").write_text(
        json.dumps({"rows": rows, **throughput}, indent=2), encoding="utf-8"
    )
    print(f"written to {out}")
    for row in rows:
        if row["measure"] == "recall":
            assert row["kuzet"] >= row["nomenklatura"], row
        else:
            assert row["kuzet"] == 0, row


def _markdown(rows: list[dict], throughput: dict) -> str:
    lines = [
        "| group | measure | queries | Kuzet (review 80) | nomenklatura logic-v2 (0.7) |",
        "|---|---|---:|---:|---:|",
    ]
    for row in rows:
        n = row["queries"] or 1
        lines.append(
            f"| {row['group']} | {row['measure']} | {row['queries']} | "
            f"{row['kuzet']} ({row['kuzet'] / n:.1%}) | "
            f"{row['nomenklatura']} ({row['nomenklatura'] / n:.1%}) |"
        )
    lines.append(
        f"| throughput | queries/s | | {throughput['kuzet_queries_per_second']:.0f} | "
        f"{throughput['nomenklatura_queries_per_second']:.1f} |"
    )
    return "\n".join(lines) + "\n"
