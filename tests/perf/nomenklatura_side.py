"""The nomenklatura half of ``test_matcher_vs_nomenklatura``: run by the Python of a
throwaway venv that has nomenklatura (never Kuzet's own environment).

Usage: ``python nomenklatura_side.py IN.json OUT.json``. IN holds the list entries
(``id``, ``schema``, ``names``) and the queries (``id``, ``name``, ``schema``,
``expected``: an entry id or null for a negative). For each query, OpenSanctions'
logic-v2 matcher (``nomenklatura.matching.LogicV2``, default configuration) compares the
query entity with candidate entries: the ``BLOCK`` entries sharing most character
trigrams with the query's ASCII name, plus the expected entry (so blocking never costs
nomenklatura a hit: its recall here is an upper bound). OUT maps each query id to the
best score of the expected entry and the best score of any other entry, and gives the
seconds spent comparing.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter

from followthemoney import model
from nomenklatura.matching import LogicV2
from normality import ascii_text

BLOCK = 50


def _grams(text: str) -> set[str]:
    text = f" {' '.join((ascii_text(text) or '').lower().split())} "
    return {text[i : i + 3] for i in range(len(text) - 2)}


def _entity(entity_id: str, schema: str, names: list[str]):
    entity = model.make_entity(schema)
    entity.id = entity_id
    for name in names:
        entity.add("name", name)
    return entity


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle)
    entities = {e["id"]: _entity(e["id"], e["schema"], e["names"]) for e in data["entries"]}
    postings: dict[str, list[str]] = {}
    for entry in data["entries"]:
        grams: set[str] = set()
        for name in entry["names"]:
            grams |= _grams(name)
        for gram in grams:
            postings.setdefault(gram, []).append(entry["id"])
    config = LogicV2.default_config()
    LogicV2.compare(_entity("warm-q", "Person", ["x"]), _entity("warm-r", "Person", ["y"]), config)
    results = {}
    started = time.perf_counter()
    for query in data["queries"]:
        shared: Counter[str] = Counter()
        for gram in _grams(query["name"]):
            for entry_id in postings.get(gram, ()):
                shared[entry_id] += 1
        candidates = [entry_id for entry_id, _ in shared.most_common(BLOCK)]
        if query["expected"] and query["expected"] not in candidates:
            candidates.append(query["expected"])
        subject = _entity(f"q{query['id']}", query["schema"], [query["name"]])
        expected_score, other_score = 0.0, 0.0
        for entry_id in candidates:
            score = LogicV2.compare(subject, entities[entry_id], config).score
            if entry_id == query["expected"]:
                expected_score = max(expected_score, score)
            else:
                other_score = max(other_score, score)
        results[query["id"]] = {"expected": expected_score, "other": other_score}
    seconds = time.perf_counter() - started
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"results": results, "seconds": seconds}, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
