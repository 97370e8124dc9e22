"""How many short date, number and money expressions each language reads, and how many it
reads WRONG (a value given that is not the expected one).

Reads ``benchmarks/expressions/*.tsv`` (``lang, class, sentence, expected``; written for this
benchmark from grammar references and ordinary news phrasing) and runs the extractor of each
class on each sentence alone:

* ``date``: ``find_dates``; right when the set of values is the expected set (a day range lists
  both days, ``|``-separated); wrong when a value outside that set is given;
* ``number``: ``find_figures``; right when exactly one figure has the expected value; wrong when
  a figure with another value is given;
* ``money``: as ``number``, and the figure must be ``money`` with the expected ISO 4217 unit.

    .venv/bin/python benchmarks/bench_expressions.py [--show-misses]
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from newsextract.extractors.dates.extractor import find_dates
from newsextract.extractors.figures.extractor import find_figures

HERE = Path(__file__).resolve().parent / "expressions"


def read_cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for path in sorted(HERE.glob("*.tsv")):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            cases.append((row[0], row[1], row[2], row[3]))
    return cases


def judge(lang: str, kind: str, sentence: str, expected: str) -> tuple[bool, bool, str]:
    """(right, wrong, what was read) for one case."""
    if kind == "date":
        values = {r["value"] for r in find_dates(sentence, lang)}
        want = set(expected.split("|"))
        return values == want, bool(values - want), ",".join(sorted(values))
    figures = find_figures(sentence, lang)
    value, _, unit = expected.partition(" ")
    want_value = float(value)
    got = [(f["value"], f["kind"], f.get("unit")) for f in figures]
    hits = [g for g in got if g[0] == want_value and (kind != "money" or (g[1] == "money" and g[2] == unit))]
    wrong = any(g[0] != want_value or (kind == "money" and g[2] not in (unit, None)) for g in got)
    return len(hits) == 1 and len(got) == 1, wrong, ";".join(f"{v:g} {k} {u}" for v, k, u in got)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args(argv)
    total, right, wrong = Counter(), Counter(), Counter()
    misses = []
    for lang, kind, sentence, expected in read_cases():
        ok, bad, read = judge(lang, kind, sentence, expected)
        total[lang, kind] += 1
        right[lang, kind] += ok
        wrong[lang, kind] += bad
        if not ok:
            misses.append(f"{lang} {kind}: {sentence} -> {read or '(nothing)'} (expected {expected})")
    print("| lang | class | cases | read right | read wrong |")
    print("|---|---|---:|---:|---:|")
    for key in sorted(total):
        n = total[key]
        print(f"| {key[0]} | {key[1]} | {n} | {right[key] / n:.2f} | {wrong[key] / n:.2f} |")
    if args.show_misses:
        print("\n" + "\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
