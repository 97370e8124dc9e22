"""Outputs unchanged: every table on the sample, development and seed corpora equals its snapshot.

A speed-up or refactoring must not move a single row. A change that fixes a bug rewrites the
snapshots (``python tests/snapshot_tables.py``) in the same commit, so the diff shows the rows.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from snapshot_tables import CORPORA, SNAPSHOTS, differences, read_rows, run_corpus, seed_digests


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_corpus_tables_equal_snapshot(corpus: str, tmp_path: Path) -> None:
    actual = run_corpus(CORPORA[corpus], tmp_path / corpus)
    diff = differences(read_rows(SNAPSHOTS / f"{corpus}.jsonl"), actual)
    assert not diff, "tables differ from tests/snapshots (rewrite them if the change is a fix):\n" + "\n".join(diff)


def test_seed_tables_equal_snapshot(shared_dir: Path, tmp_path: Path) -> None:
    actual = seed_digests(run_corpus(shared_dir / "seeds", tmp_path / "seeds"))
    stored = json.loads((SNAPSHOTS / "seeds.json").read_text(encoding="utf-8"))
    changed = sorted(k for k in set(stored) | set(actual) if stored.get(k) != actual.get(k))
    assert not changed, f"seed tables differ from tests/snapshots/seeds.json in {changed}"
