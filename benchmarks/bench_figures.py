"""Throughput of the figures component: articles and characters per second, per language.

    .venv/bin/python benchmarks/bench_figures.py [--repeat N]

Runs :func:`find_figures` over the bundled sample corpus (and ``../shared/seeds`` when
present), after one warm-up pass that compiles the lexicons, and prints one line per language.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from newsextract.extractors.figures.extractor import find_figures

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "newsextract" / "corpora" / "sample", REPO.parent / "shared"]


def articles() -> list[tuple[str, str]]:
    """(language, text) of every gold-annotated article found."""
    out = []
    for root in SOURCES:
        gold_dir = root / "gold"
        texts = root / "texts" if (root / "texts").is_dir() else root / "seeds"
        for path in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
            gold = json.loads(path.read_text(encoding="utf-8"))
            text_path = texts / f"{gold['article_id']}.txt"
            if text_path.exists():
                out.append((gold["language"], text_path.read_text(encoding="utf-8")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    docs = articles()
    for lang, text in docs:  # warm-up: load and compile resources once
        find_figures(text, lang)
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, text in docs:
        by_lang[lang].append(text)
    print(f"{'lang':<5}{'articles':>9}{'chars':>9}{'figures':>9}{'articles/s':>12}{'Mchars/s':>10}")
    for lang, texts in sorted(by_lang.items()):
        n_fig = sum(len(find_figures(t, lang)) for t in texts)
        start = time.perf_counter()
        for _ in range(args.repeat):
            for t in texts:
                find_figures(t, lang)
        elapsed = time.perf_counter() - start
        n_art = len(texts) * args.repeat
        n_chars = sum(map(len, texts)) * args.repeat
        print(f"{lang:<5}{len(texts):>9}{sum(map(len, texts)):>9}{n_fig:>9}{n_art / elapsed:>12.0f}"
              f"{n_chars / elapsed / 1e6:>10.2f}")


if __name__ == "__main__":
    main()
