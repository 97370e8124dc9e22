"""Start-up cost: ``prepare_language`` for each language in a fresh process, as a run pays it
once before its first article (a two-worker run pays it before forking).

Each round starts a new interpreter, imports spaCy as the command line does, then times
``prepare_language`` for ar, el and vi in turn (wall and processor time), and the one full
collection the runs make after loading. Prints the median of the rounds as a markdown table.

    .venv/bin/python benchmarks/bench_startup.py [--rounds N]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "el", "vi")

ROUND = """
import gc, json, time
from newsextract.pipeline.startup import import_spacy_lean
import_spacy_lean()
import newsextract.pipeline.run as run
times = {}
for lang in %r:
    wall, cpu = time.perf_counter(), time.process_time()
    run.prepare_language(lang)
    times[lang] = (time.perf_counter() - wall, time.process_time() - cpu)
wall = time.perf_counter()
gc.collect()
times["collect"] = (time.perf_counter() - wall, 0.0)
print(json.dumps(times))
""" % (LANGUAGES,)


def one_round() -> dict[str, tuple[float, float]]:
    """The seconds (wall, processor) of each language's preparation in a new process."""
    done = subprocess.run([sys.executable, "-c", ROUND], cwd=REPO, check=True, capture_output=True, text=True)
    return {key: tuple(value) for key, value in json.loads(done.stdout.splitlines()[-1]).items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rounds = [one_round() for _ in range(args.rounds)]
    print(f"| step | wall s (median of {args.rounds}) | processor s |")
    print("|---|---|---|")
    for key in (*LANGUAGES, "collect"):
        print(f"| {key} | {statistics.median(r[key][0] for r in rounds):.3f} "
              f"| {statistics.median(r[key][1] for r in rounds):.3f} |")
    total = [sum(r[lang][0] for lang in LANGUAGES) for r in rounds]
    print(f"| all three | {statistics.median(total):.3f} | "
          f"{statistics.median(sum(r[lang][1] for lang in LANGUAGES) for r in rounds):.3f} |")


if __name__ == "__main__":
    main()
