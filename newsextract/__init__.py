"""newsextract: officials, dates, documents and figures from Arabic, Greek and Vietnamese news.

Public API::

    import newsextract
    tables = newsextract.extract(["Ngày 19/4/2024, ..."])   # dict of DataFrames
    nlp = newsextract.load_pipeline("vi")                   # spaCy pipeline, doc.spans[field]
    tables = newsextract.load("out/")                       # a run read back with dtypes, and joined views
"""
from __future__ import annotations

from typing import Any

from .resources import SUPPORTED_LANGUAGES, UnsupportedLanguage

__all__ = ["SUPPORTED_LANGUAGES", "UnsupportedLanguage", "extract", "extract_to", "load", "load_pipeline",
           "evaluate"]
__version__ = "0.1.0"


def load_pipeline(lang: str) -> Any:
    """The spaCy pipeline for ``lang`` (``ar``, ``el`` or ``vi``), built once and cached."""
    from .pipeline.nlp import load_pipeline as _load
    return _load(lang)


def __getattr__(name: str) -> Any:
    # The heavier entry points import pandas/pyarrow; load them on first use only.
    if name in ("extract", "extract_to"):
        from .pipeline import run
        return getattr(run, name)
    if name == "load":
        from .views import load_with_views
        return load_with_views
    if name == "evaluate":
        from .evaluate import evaluate
        return evaluate
    raise AttributeError(f"module 'newsextract' has no attribute {name!r}")
