"""Snapshots of the tables the pipeline writes on the bundled corpora and the seed articles.

A change that is meant to keep every output (a speed-up, a refactoring) must leave these
identical; a change that fixes a bug updates them in the same commit, and the diff of the
snapshot shows which rows changed::

    python tests/snapshot_tables.py            # rewrite tests/snapshots/ from the current code
    python tests/snapshot_tables.py --check    # compare, print the rows that differ

Sample and development corpora are written for the project, so their rows are kept in full
(the cleaned article text as a digest). The seeds are third-party text: only a digest per
article and table is kept.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = REPO / "tests" / "snapshots"
CORPORA = {
    "sample": REPO / "newsextract" / "corpora" / "sample" / "texts",
    "dev": REPO / "newsextract" / "corpora" / "dev" / "texts",
}
SEEDS = REPO.parent / "shared" / "seeds"


def _plain(value: Any) -> Any:
    """A JSON-stable form of a cell: lists as lists, NaN as None, numbers rounded to 9 digits."""
    if value is None:
        return None
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 9)
    return value


def canonical_rows(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table of a run as sorted rows of plain values (article text as a digest)."""
    import pyarrow.parquet as pq

    from newsextract.pipeline.tables import TABLES

    tables: dict[str, list[dict[str, Any]]] = {}
    for name in TABLES:
        rows = pq.read_table(out_dir / f"{name}.parquet").to_pylist()
        plain = []
        for row in rows:
            row = {k: _plain(v) for k, v in row.items()}
            if name == "articles":
                text = row.pop("text", None)
                row["text_sha1"] = hashlib.sha1(text.encode("utf-8")).hexdigest() if text else None
                row.pop("source", None)  # an absolute path: differs between checkouts
            plain.append(row)
        tables[name] = sorted(plain, key=lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
    return tables


def run_corpus(texts: Path, out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    from newsextract.pipeline.run import extract_to

    extract_to([texts], out_dir, progress=False)
    return canonical_rows(out_dir)


def seed_digests(tables: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """``table/article_id`` (or ``persons``) → SHA-1 of that article's rows in that table."""
    digests: dict[str, list[str]] = {}
    for name, rows in tables.items():
        for row in rows:
            key = f"{name}/{row.get('article_id', '*')}"
            digests.setdefault(key, []).append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return {k: hashlib.sha1("\n".join(v).encode("utf-8")).hexdigest() for k, v in sorted(digests.items())}


def write_rows(path: Path, tables: dict[str, list[dict[str, Any]]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for name, rows in tables.items():
            for row in rows:
                fh.write(json.dumps({"table": name, **row}, ensure_ascii=False, sort_keys=True) + "\n")


def read_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        tables.setdefault(row.pop("table"), []).append(row)
    return tables


def differences(expected: dict[str, list[dict]], actual: dict[str, list[dict]], limit: int = 20) -> list[str]:
    """Rows present on one side only, as ``- row`` (lost) and ``+ row`` (new) lines."""
    out: list[str] = []
    for name in sorted(set(expected) | set(actual)):
        old = {json.dumps(r, ensure_ascii=False, sort_keys=True) for r in expected.get(name, [])}
        new = {json.dumps(r, ensure_ascii=False, sort_keys=True) for r in actual.get(name, [])}
        out += [f"{name} - {r}" for r in sorted(old - new)] + [f"{name} + {r}" for r in sorted(new - old)]
    return out[:limit] + ([f"... and {len(out) - limit} more"] if len(out) > limit else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the stored snapshots instead")
    args = parser.parse_args(argv)
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for corpus, texts in CORPORA.items():
            tables = run_corpus(texts, Path(tmp) / corpus)
            path = SNAPSHOTS / f"{corpus}.jsonl"
            if args.check:
                diff = differences(read_rows(path), tables)
                print(f"{corpus}: {'identical' if not diff else f'{len(diff)} differences'}")
                print("\n".join(diff))
                failed |= bool(diff)
            else:
                write_rows(path, tables)
        if SEEDS.is_dir():
            digests = seed_digests(run_corpus(SEEDS, Path(tmp) / "seeds"))
            path = SNAPSHOTS / "seeds.json"
            if args.check:
                stored = json.loads(path.read_text(encoding="utf-8"))
                diff = sorted(k for k in set(stored) | set(digests) if stored.get(k) != digests.get(k))
                print(f"seeds: {'identical' if not diff else 'differ in ' + ', '.join(diff)}")
                failed |= bool(diff)
            else:
                path.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
