"""Dates: this component beside ``dateparser.search_dates`` on the same articles, in one run.

    .venv/bin/python benchmarks/bench_dates.py [--shared ../shared] [--repeat 5] [--extra DIR ...]

``--extra DIR`` adds a further article set (``DIR/texts`` + ``DIR/gold``, e.g. a blind
development set) scored on its own, after the main table.

Articles: the seeds (``../shared/seeds`` + ``gold``) and the bundled sample corpus. Both
systems are scored with the scorer's own date matcher (a set of distinct values per
article) and timed over the same texts. ``search_dates`` returns substrings without
granularity; each hit is turned into a value by the period ``DateDataParser`` reports for
it (day -> ``YYYY-MM-DD``, month -> ``YYYY-MM``, year -> ``YYYY``). It has no notion of
quarters, halves or intervals. Its relative base is fixed (1 July 2024) so that the run does
not depend on the clock.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsextract.extractors.dates.extractor import find_dates

BASELINE_BASE = datetime(2024, 7, 1)


def load_articles(shared: Path) -> list[dict[str, Any]]:
    """(id, language, published, text, gold dates) for the seeds and the sample corpus."""
    return load_sets([(shared / "seeds", shared / "gold"),
                      (REPO / "newsextract" / "corpora" / "sample" / "texts",
                       REPO / "newsextract" / "corpora" / "sample" / "gold")])


def load_sets(sources: list[tuple[Path, Path]]) -> list[dict[str, Any]]:
    """The articles of (texts folder, gold folder) pairs that have both a text and a gold file."""
    articles = []
    for texts, gold_dir in sources:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text_path = texts / f"{gold['article_id']}.txt"
            if text_path.exists():
                articles.append({"id": gold["article_id"], "lang": gold["language"],
                                 "published": gold.get("published"),
                                 "text": text_path.read_text(encoding="utf-8"), "gold": gold.get("dates", [])})
    return articles


def baseline_dates(text: str, lang: str) -> list[dict[str, str]]:
    """``dateparser.search_dates`` hits as value records."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": BASELINE_BASE}
    hits = search_dates(text, languages=[lang], settings=settings) or []
    ddp = DateDataParser(languages=[lang], settings=settings)
    out = []
    for surface, moment in hits:
        period = (ddp.get_date_data(surface).period or "day") if surface else "day"
        if period == "year":
            value = f"{moment.year:04d}"
        elif period == "month":
            value = f"{moment.year:04d}-{moment.month:02d}"
        else:
            value = moment.strftime("%Y-%m-%d")
        out.append({"text": surface, "value": value})
    return out


def run(system, articles: list[dict[str, Any]], score, repeat: int) -> dict[str, Any]:
    """F1 per language and overall, and articles per second over ``repeat`` passes."""
    results = {a["id"]: system(a) for a in articles}  # the scored pass (also a warm-up)
    start = time.perf_counter()
    for _ in range(repeat):
        for a in articles:
            system(a)
    elapsed = time.perf_counter() - start
    tallies: dict[str, Any] = {}
    for a in articles:
        for scope in ("all", a["lang"]):
            t = tallies.setdefault(scope, {"dates": score.Tally()})
            score.match_dates(a["gold"], results[a["id"]], t)
    return {"f1": {k: v["dates"].row()["f1"] for k, v in tallies.items()},
            "per_s": repeat * len(articles) / elapsed if elapsed else float("inf")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=5, help="timed passes over the articles")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="a further set DIR (DIR/texts, DIR/gold) scored on its own")
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score", args.shared / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    report(load_articles(args.shared), score, args.repeat)
    for extra in args.extra:
        print(f"\n{extra}:")
        report(load_sets([(extra / "texts", extra / "gold")]), score, args.repeat)
    return 0


def report(articles: list[dict[str, Any]], score, repeat: int) -> None:
    """Print the F1 / speed table of both systems on ``articles``."""
    langs = sorted({a["lang"] for a in articles})
    ours = run(lambda a: find_dates(a["text"], a["lang"], a["published"]), articles, score, repeat)
    base = run(lambda a: baseline_dates(a["text"], a["lang"]), articles, score, max(1, repeat // 5))
    n = {lang: sum(a["lang"] == lang for a in articles) for lang in langs}
    print(f"{len(articles)} articles ({', '.join(f'{k}: {v}' for k, v in n.items())})\n")
    print("| system | " + " | ".join(f"F1 {lang}" for lang in langs) + " | F1 all | articles/s |")
    print("| --- | " + " | ".join("---:" for _ in langs) + " | ---: | ---: |")
    for name, res in (("newsextract dates", ours), ("dateparser.search_dates", base)):
        cells = " | ".join(f"{res['f1'].get(lang, 0):.3f}" for lang in langs)
        print(f"| {name} | {cells} | {res['f1']['all']:.3f} | {res['per_s']:.1f} |")


if __name__ == "__main__":
    sys.exit(main())
