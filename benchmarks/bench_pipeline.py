"""Throughput of the whole pipeline (ingest → clean → language → extractors → Parquet).

    python benchmarks/bench_pipeline.py [--copies 20] [--workers 1 2]

Replicates the bundled sample corpus (and ../shared/seeds when present) ``--copies`` times as
one JSONL file, runs ``newsextract extract`` on it once per worker count, and prints a
markdown table of articles/s and characters/s. Start-up (imports, loading language data) is
measured apart, on one article.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsextract.pipeline.run import extract_to

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "newsextract" / "corpora" / "sample" / "texts", REPO.parent / "shared" / "seeds"]


def build_dump(folder: Path, copies: int) -> tuple[Path, int, int]:
    texts = [p.read_text(encoding="utf-8") for src in SOURCES if src.is_dir() for p in sorted(src.glob("*.txt"))]
    path = folder / "dump.jsonl"
    n = chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"{copy}-{i}", "text": text}, ensure_ascii=False) + "\n")
                n += 1
                chars += len(text)
    return path, n, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "one").mkdir()
        one, _, _ = build_dump(folder / "one", 1)
        started = time.perf_counter()
        extract_to([one], folder / "warm", progress=False)
        warm = time.perf_counter() - started
        dump, n, chars = build_dump(folder, args.copies)
        print(f"{n} articles, {chars / n:.0f} characters on average; first run (start-up + "
              f"{n // args.copies} articles): {warm:.1f}s\n")
        print("| workers | articles | seconds | articles/s | characters/s |")
        print("|---:|---:|---:|---:|---:|")
        for workers in args.workers:
            started = time.perf_counter()
            summary = extract_to([dump], folder / f"out{workers}", workers=workers, progress=False)
            seconds = time.perf_counter() - started
            assert summary.status.get("ok", 0) == n, summary.format()
            print(f"| {workers} | {n} | {seconds:.1f} | {n / seconds:.1f} | {chars / seconds:,.0f} |")


if __name__ == "__main__":
    main()
