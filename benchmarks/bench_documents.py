"""Documents: this component beside a code-only baseline, on the seeds and the sample corpus.

    .venv/bin/python benchmarks/bench_documents.py [--shared ../shared] [--repeat 5]

Both systems are scored with the scorer's own document matcher (``match_documents`` of
``../shared/eval/score.py``: by number, or by type class and text overlap when unnumbered),
per language, with the accuracy of type, code, date and issuer on matched documents.
The baseline reports every registration code it finds (``number-TYPE/ISSUER`` and
``number/TYPE-ISSUER``) with the type its code letters stand for, and nothing else.

Speed is timed over the same articles (``--repeat`` passes). The general-news sentences of
``../shared/peers`` (ANERcorp, elNER-4, VLSP 2018) are run as well: few of them cite an
official document, so the number of references found there shows how quiet the component
stays outside its genre.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsextract.extractors.documents.extractor import find_documents

BASELINE_CODE = re.compile(r"(\d+)[-/]([A-ZĐ][A-Za-zĐđ]*)[/-]([A-Za-zĐđ]+)")
BASELINE_TYPES = {"KH": "plan", "QĐ": "decision", "QD": "decision", "NQ": "resolution", "CT": "directive",
                  "TT": "circular", "KL": "conclusion", "HD": "instruction", "CTr": "program", "ĐA": "project"}
PEERS = {"ar": "ar_anercorp.jsonl", "el": "el_elner4.jsonl", "vi": "vi_vlsp2018.jsonl"}


def load_articles(shared: Path) -> list[dict[str, Any]]:
    """(set, id, language, text, gold documents) for the seeds and the sample corpus."""
    sources = [("seeds", shared / "seeds", shared / "gold"),
               ("sample", REPO / "newsextract" / "corpora" / "sample" / "texts",
                REPO / "newsextract" / "corpora" / "sample" / "gold")]
    articles = []
    for name, texts, gold_dir in sources:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text_path = texts / f"{gold['article_id']}.txt"
            if text_path.exists():
                articles.append({"set": name, "id": gold["article_id"], "lang": gold["language"],
                                 "text": text_path.read_text(encoding="utf-8"), "gold": gold.get("documents", [])})
    return articles


def baseline(text: str, lang: str) -> list[dict[str, Any]]:
    """Registration codes only, typed by their letters."""
    return [{"text": m.group(0), "type": BASELINE_TYPES.get(m.group(2), "other"), "number": str(int(m.group(1))),
             "code": m.group(0), "issuer": None, "date": None} for m in BASELINE_CODE.finditer(text)]


def scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(score, articles: list[dict[str, Any]], system) -> dict[str, Any]:
    tallies = defaultdict(score.Tally)
    ratios = defaultdict(score.Ratio)
    for art in articles:
        t = {"documents": score.Tally(), **{k: ratios[(art["set"], k)] for k in
                                              ("doc_type", "doc_code", "doc_date", "doc_issuer")}}
        score.match_documents(art["gold"], system(art["text"], art["lang"]), t)
        for scope in ((art["set"], "all"), (art["set"], art["lang"])):
            tallies[scope].add(t["documents"].tp, t["documents"].fp, t["documents"].fn)
    return {"f1": {k: v.row() for k, v in tallies.items()}, "attributes": {k: v.row() for k, v in ratios.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    score = scorer(args.shared)
    articles = load_articles(args.shared)
    for name, system in (("newsextract", find_documents), ("codes-only baseline", baseline)):
        result = evaluate(score, articles, system)
        print(f"## {name}")
        for (subset, scope), row in sorted(result["f1"].items()):
            print(f"  {subset:<6} {scope:<4} F1={row['f1']:.3f} P={row['p']:.3f} R={row['r']:.3f} "
                  f"tp={row['tp']} fp={row['fp']} fn={row['fn']}")
        for (subset, attr), row in sorted(result["attributes"].items()):
            print(f"  {subset:<6} {attr:<10} acc={row['acc']} n={row['n']}")
    chars = sum(len(a["text"]) for a in articles)
    start = time.perf_counter()
    for _ in range(args.repeat):
        for art in articles:
            find_documents(art["text"], art["lang"])
    seconds = time.perf_counter() - start
    print(f"speed: {len(articles) * args.repeat / seconds:.0f} articles/s, {chars * args.repeat / seconds / 1000:.0f}k chars/s "
          f"({len(articles)} articles, {args.repeat} passes)")
    for lang, name in PEERS.items():
        path = args.shared / "peers" / name
        if not path.exists():
            continue
        texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        start = time.perf_counter()
        found = sum(len(find_documents(t, lang)) for t in texts)
        seconds = time.perf_counter() - start
        print(f"peers {lang}: {len(texts)} sentences, {found} references, {len(texts) / seconds:.0f} sentences/s")


if __name__ == "__main__":
    main()
