"""Peak memory of whole runs as the dump grows: it must stay flat (parts are flushed as they end).

    python benchmarks/bench_memory.py [--articles 20000 200000] [--workers 1]

Writes a JSONL dump of N short articles (the first paragraphs of the sample and development
corpora, ids varied; generated line by line, never held in memory) and runs
``newsextract extract`` on it as a separate process for each N: seconds, articles/s and the
peak RSS of the largest process of the run (the main process with one worker). Prints a
markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "newsextract" / "corpora" / "sample" / "texts", REPO / "newsextract" / "corpora" / "dev" / "texts"]


def paragraphs() -> list[str]:
    out = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")):
            out.append("\n".join(path.read_text(encoding="utf-8").split("\n")[:3])[:600])
    return out


def write_dump(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i, text in zip(range(n), itertools.cycle(paragraphs())):
            fh.write(json.dumps({"id": f"m{i:08d}", "text": text}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    print("| articles | workers | seconds | articles/s | peak RSS (MB) |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            dump = Path(tmp) / f"dump{n}.jsonl"
            write_dump(dump, n)
            started = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-m", "newsextract", "extract", str(dump), "--out",
                                     str(Path(tmp) / f"out{n}"), "--workers", str(args.workers), "--quiet"])
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - started
            if status:
                raise SystemExit(f"run over {n} articles failed ({status})")
            rss = usage.ru_maxrss / 1024   # wait4: the run's peak, its reaped workers included
            print(f"| {n:,} | {args.workers} | {seconds:.0f} | {n / seconds:.0f} | {rss:.0f} |", flush=True)
            dump.unlink()


if __name__ == "__main__":
    main()
