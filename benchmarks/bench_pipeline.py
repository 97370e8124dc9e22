"""Throughput of the whole pipeline (ingest → clean → language → extractors → Parquet), and growth.

    python benchmarks/bench_pipeline.py [--articles 20000] [--workers 1 2] [--rounds 3] [--baseline-sample 1000]

1. Builds a JSONL dump of ``--articles`` articles from the sample and development corpora
   (two articles of one language joined, so ~5 KB each, ids varied), and times the whole
   process ``newsextract extract DUMP --out DIR --workers W`` for each worker count: articles/s,
   MB/s, peak RSS of the largest process. Start-up alone is a run over one article. With
   ``--rounds N`` the worker counts are run N times, interleaved (the order reversed every
   other round, so a machine that slows down or speeds up during the runs favours none), and
   the median of each is reported with the ratio of each round to its one-worker run: on a
   shared machine, one run of each can differ by 10% from the next.
2. In this process, on the same articles (the first ``--baseline-sample`` of them):
   ``dateparser.search_dates`` with the language given, and ``langdetect.detect``, in
   articles/s, as yardsticks.
3. Growth: one article per language of 1 KB, 5 KB, 20 KB, 100 KB and 1 MB (corpus articles of
   the language joined), extracted in this process: milliseconds per KB. Linear cost gives
   the same figure at every size.

Prints markdown tables for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "newsextract" / "corpora" / "sample" / "texts", REPO / "newsextract" / "corpora" / "dev" / "texts"]
GROWTH_SIZES = (1_000, 5_000, 20_000, 100_000, 1_000_000)


def corpus_by_language() -> dict[str, list[str]]:
    """The project's own articles per language (the language code is a part of each file name)."""
    texts: dict[str, list[str]] = {}
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            lang = next(part for part in path.stem.split("_") if part in ("ar", "el", "vi"))
            texts.setdefault(lang, []).append(path.read_text(encoding="utf-8"))
    return texts


def build_articles(n: int) -> list[tuple[str, str]]:
    """``n`` (language, text) pairs of ~5 KB: two articles of one language joined."""
    by_lang = corpus_by_language()
    pairs = []
    for lang, texts in sorted(by_lang.items()):
        for a, b in zip(texts, texts[1:] + texts[:1]):
            pairs.append((lang, a + "\n" + b))
    return list(itertools.islice(itertools.cycle(pairs), n))


def write_dump(path: Path, articles: list[tuple[str, str]]) -> int:
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i, (_, text) in enumerate(articles):
            line = json.dumps({"id": f"bench-{i:07d}", "text": text}, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            fh.write(line)
    return size


def run_process(dump: Path, out: Path, workers: int, engine: str = "local") -> tuple[float, float]:
    """Seconds and peak RSS (MB, the largest process) of one whole ``newsextract extract``."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "newsextract", "extract", str(dump), "--out", str(out),
                             "--workers", str(workers), "--quiet", "--overwrite", "--engine", engine])
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"newsextract extract failed with status {status}")
    # wait4 reports the child's peak, worker processes it reaped included
    return seconds, usage.ru_maxrss / 1024


def timed_rounds(dump: Path, folder: Path, worker_counts: list[int], rounds: int, n_articles: int,
                 size: int) -> dict[int, float]:
    """Run each worker count ``rounds`` times, interleaved; print every run, then the medians
    and each round's ratio to its one-worker run. Returns the median articles/s per count."""
    print("| round | workers | articles | seconds | articles/s | MB/s | peak RSS of one process (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    seconds_by: dict[int, list[float]] = {workers: [] for workers in worker_counts}
    for round_ in range(1, rounds + 1):
        order = worker_counts if round_ % 2 else list(reversed(worker_counts))
        for workers in order:
            seconds, rss = run_process(dump, folder / f"out{workers}", workers)
            seconds_by[workers].append(seconds)
            print(f"| {round_} | {workers} | {n_articles} | {seconds:.1f} | {n_articles / seconds:.1f} | "
                  f"{size / seconds / 2**20:.2f} | {rss:.0f} |", flush=True)
    rates = {workers: n_articles / statistics.median(times) for workers, times in seconds_by.items()}
    if rounds > 1:
        print("\n| workers | median articles/s | MB/s |")
        print("|---:|---:|---:|")
        for workers, rate in rates.items():
            print(f"| {workers} | {rate:.1f} | {rate * size / n_articles / 2**20:.2f} |")
    if 1 in seconds_by:
        for workers in worker_counts:
            if workers == 1:
                continue
            ratios = [one / many for one, many in zip(seconds_by[1], seconds_by[workers])]
            print(f"\n{workers} workers / 1 worker, round by round: "
                  + ", ".join(f"{r:.2f}" for r in ratios) + f" (median {statistics.median(ratios):.2f})")
    return rates


def yardsticks(articles: list[tuple[str, str]]) -> dict[str, float]:
    """Articles/s of dateparser.search_dates (language given) and langdetect.detect alone."""
    from dateparser.search import search_dates
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    search_dates(articles[0][1][:200], languages=[articles[0][0]])   # load its data first
    rates = {}
    started = time.perf_counter()
    for lang, text in articles:
        search_dates(text, languages=[lang])
    rates["dateparser.search_dates"] = len(articles) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _, text in articles:
        detect(text)
    rates["langdetect.detect"] = len(articles) / (time.perf_counter() - started)
    return rates


def growth() -> dict[str, dict[int, float]]:
    """ms per KB of one article of each size, per language, in this process."""
    from newsextract.pipeline.ingest import Record
    from newsextract.pipeline.run import process_record

    table: dict[str, dict[int, float]] = {}
    for lang, texts in sorted(corpus_by_language().items()):
        joined = "\n".join(itertools.islice(itertools.cycle(texts), 2000))
        process_record(Record("warm", "bench", text=texts[0]), lang, record_timeout=None)
        table[lang] = {}
        for size in GROWTH_SIZES:
            text = joined[:size]
            repeats = max(1, 200_000 // size)
            started = time.perf_counter()
            for _ in range(repeats):
                result = process_record(Record("g", "bench", text=text), lang, record_timeout=None)
            seconds = (time.perf_counter() - started) / repeats
            assert result.article["status"] == "ok", result.article["error"]
            table[lang][size] = seconds * 1000 / (len(text.encode("utf-8")) / 1024)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--baseline-sample", type=int, default=1000,
                        help="articles timed for the dateparser and langdetect yardsticks")
    parser.add_argument("--rounds", type=int, default=1,
                        help="interleaved runs of each worker count; medians are reported")
    parser.add_argument("--no-growth", action="store_true")
    parser.add_argument("--dask", action="store_true",
                        help="also run the Dask engine (a local cluster of the largest worker count)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n")
    articles = build_articles(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one = folder / "one.jsonl"
        write_dump(one, articles[:1])
        startup, startup_rss = run_process(one, folder / "out-one", 1)
        dump = folder / "dump.jsonl"
        size = write_dump(dump, articles)
        chars = sum(len(t) for _, t in articles)
        print(f"{len(articles)} articles, {chars / len(articles):,.0f} characters "
              f"({size / len(articles) / 1024:.1f} KB) on average; start-up alone (one article): "
              f"{startup:.1f} s, {startup_rss:.0f} MB\n")
        rates = timed_rounds(dump, folder, args.workers, args.rounds, len(articles), size)
        if args.dask:
            workers = max(args.workers)
            seconds, rss = run_process(dump, folder / "out-dask", workers, engine="dask")
            print(f"| | {workers}, `--engine dask` (local cluster) | {len(articles)} | {seconds:.1f} | "
                  f"{len(articles) / seconds:.1f} | {size / seconds / 2**20:.2f} | {rss:.0f} (client) |", flush=True)
    sample = articles[:args.baseline_sample]
    print(f"\nYardsticks on the first {len(sample)} of the same articles, one process:\n")
    print("| alone | articles/s | newsextract (1 worker) / it |")
    print("|---|---:|---:|")
    for name, rate in yardsticks(sample).items():
        ratio = rates.get(1, 0.0) / rate if rate else 0.0
        print(f"| `{name}` | {rate:.1f} | {ratio:.2f}× |")
    if not args.no_growth:
        print("\nGrowth: ms per KB of one article, by size (one process, after warm-up):\n")
        table = growth()
        print("| language | " + " | ".join(f"{s // 1000} KB" if s < 10**6 else "1 MB" for s in GROWTH_SIZES)
              + " | 1 MB / 5 KB |")
        print("|---|" + "---:|" * (len(GROWTH_SIZES) + 1))
        for lang, row in table.items():
            print(f"| {lang} | " + " | ".join(f"{row[s]:.2f}" for s in GROWTH_SIZES)
                  + f" | {row[GROWTH_SIZES[-1]] / row[5_000]:.2f} |")


if __name__ == "__main__":
    main()
