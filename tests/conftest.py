"""Shared fixtures: the ``../shared`` folder (seeds, gold, scorer) and per-language pipelines.

Tests that need ``../shared`` skip on a developer machine without it, but fail in CI
(``CI=true``), where a missing folder means the run would check nothing.
"""
from __future__ import annotations

import importlib.util
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
