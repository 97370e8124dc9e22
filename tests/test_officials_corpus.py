"""Quality gate for officials: the scorer's F1 on the seeds and on the sample corpus.

The officials (and articles) tables are built straight from ``find_officials`` and
``link_persons``, written as Parquet and scored by ``../shared/eval/score.py``; the floors
below refuse a change that makes them worse.
"""
from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

from newsextract.extractors.officials.extractor import find_officials
from newsextract.pipeline.linking import link_persons
from newsextract.pipeline.tables import to_arrow

SEED_FLOORS = {"officials": 0.95, "titles": 0.85, "roles": 0.85}
SEED_ROMANIZED_FLOOR = 0.90
SAMPLE_OFFICIALS_FLOOR = 0.95


def _run(texts: Path, gold: Path, out: Path) -> None:
    articles, officials = [], []
    for path in sorted(gold.glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        text = (texts / f"{meta['article_id']}.txt").read_text(encoding="utf-8")
        articles.append({"article_id": meta["article_id"], "language": meta["language"], "status": "ok"})
        for record in find_officials(text, meta["language"]):
            assert text[record["char_start"]:record["char_end"]] == record["name"]
            record["article_id"] = meta["article_id"]
            officials.append(record)
    rows, persons = link_persons(officials)
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(to_arrow("articles", articles), out / "articles.parquet")
    pq.write_table(to_arrow("officials", rows), out / "officials.parquet")
    pq.write_table(to_arrow("persons", persons), out / "persons.parquet")


def test_seed_officials_meet_the_floors(shared_dir: Path, tmp_path: Path, shared_scorer: ModuleType) -> None:
    _run(shared_dir / "seeds", shared_dir / "gold", tmp_path)
    result = shared_scorer.score(shared_dir / "gold", tmp_path)
    for field, floor in SEED_FLOORS.items():
        assert result["all"][field]["f1"] >= floor, (field, result["all"][field])
    assert result["attributes"]["romanized"]["acc"] >= SEED_ROMANIZED_FLOOR


@pytest.mark.parametrize("lang", ["ar", "el", "vi"])
def test_sample_corpus_officials_per_language(lang: str, shared_dir: Path, sample_dir: Path,
                                              tmp_path_factory, shared_scorer: ModuleType) -> None:
    gold = sample_dir / "gold"
    if not any(json.loads(p.read_text(encoding="utf-8")).get("language") == lang for p in gold.glob("*.json")):
        pytest.fail(f"the sample corpus has no {lang} article")
    out = tmp_path_factory.mktemp(f"sample-{lang}")
    _run(sample_dir / "texts", gold, out)
    result = shared_scorer.score(gold, out)
    assert result[lang]["officials"]["f1"] >= SAMPLE_OFFICIALS_FLOOR, result[lang]["officials"]
