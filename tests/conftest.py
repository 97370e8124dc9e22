"""Shared fixtures: the ``../shared`` folder (seeds, gold, scorer) and per-language pipelines.

Tests that need ``../shared`` skip on a developer machine without it, but fail in CI
(``CI=true``), where a missing folder means the run would check nothing.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEXTRACT_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "newsextract" / "corpora" / "sample"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; missing is a failure under CI and a skip elsewhere."""
    if not (SHARED / "seeds").is_dir():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the checkout")
        pytest.skip(f"{SHARED} not found")
    return SHARED


@pytest.fixture(scope="session")
def shared_scorer(shared_dir: Path) -> ModuleType:
    """``../shared/eval/score.py`` loaded as a module, for tests that use its matching rules."""
    spec = importlib.util.spec_from_file_location("newsextract_shared_score", shared_dir / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample corpus (texts/ and gold/)."""
    return SAMPLE


@pytest.fixture(scope="session")
def nlp_ar():
    from newsextract import load_pipeline
    return load_pipeline("ar")


@pytest.fixture(scope="session")
def nlp_el():
    from newsextract import load_pipeline
    return load_pipeline("el")


@pytest.fixture(scope="session")
def nlp_vi():
    from newsextract import load_pipeline
    return load_pipeline("vi")


def needs(module: str) -> ModuleType:
    """An optional module of the ``analysis`` extra: skip without it, but fail under CI."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{module} is missing: CI installs the 'analysis' extra")
        pytest.skip(f"{module} not installed (pip install 'newsextract[analysis]')")


def run_on_records(folder: Path, records: list[dict]) -> Path:
    """Extract ``records`` (written as JSONL in ``folder``) into ``folder/run``; returns the run."""
    from newsextract.pipeline.run import extract_to

    source = folder / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    extract_to([source], folder / "run", progress=False)
    return folder / "run"


def officials_by_name(text: str, lang: str, columns: tuple[str, ...] = ("titles", "roles")) -> dict[str, tuple]:
    """``find_officials`` as ``{name: (column values ...)}`` for table tests, each record's
    offsets checked against its name first."""
    from newsextract.extractors.officials.extractor import find_officials

    records = find_officials(text, lang)
    for r in records:
        assert text[r["char_start"]:r["char_end"]] == r["name"]
    return {r["name"]: tuple(r[c] if r[c] is None or isinstance(r[c], str) else list(r[c]) for c in columns)
            for r in records}
