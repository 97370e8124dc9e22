"""Extractor components: one spaCy factory per field, each writing ``doc.spans[field]``.

Each field package (``dates``, ``documents``, ``figures``, ``officials``) has a module
``extractor`` with ``extract(doc) -> list[dict]``; :func:`register_components` wraps each in
a factory named ``newsextract_<field>``. A module may also define ``prepare(lang)``, which
loads the language's data ahead of the first article (:func:`prepare_extractors`). Per-language knowledge sits in the package's
``resources/<iso>/`` folder.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

from .base import FIELDS, write_records

Extract = Callable[[Doc], list[dict[str, Any]]]


ERRORS_KEY = "newsextract_errors"


class ExtractorComponent:
    """A pipeline component that runs one field's ``extract`` and stores its records.

    A failure of one extractor is recorded in ``doc.user_data["newsextract_errors"]`` and
    leaves its span group empty, so the other fields of the article are still extracted.
    """

    def __init__(self, field: str, extract: Extract) -> None:
        self.field = field
        self.extract = extract

    def __call__(self, doc: Doc) -> Doc:
        try:
            records = self.extract(doc)
        except Exception as exc:  # keep the article's other fields
            doc.user_data.setdefault(ERRORS_KEY, []).append(f"{self.field}: {type(exc).__name__}: {exc}")
            records = []
        write_records(doc, self.field, records)
        return doc


def extraction_errors(doc: Doc) -> list[str]:
    """Failures of extractor components on ``doc`` (empty when all ran cleanly)."""
    return list(doc.user_data.get(ERRORS_KEY, []))


def extractor_for(field: str) -> Extract:
    """The ``extract`` function of a field package."""
    return importlib.import_module(f"{__name__}.{field}.extractor").extract


def prepare_extractors(lang: str, fields: tuple[str, ...] = FIELDS) -> None:
    """Load every field's data for ``lang`` now (grammars, lexicons, gazetteers), so that no
    article pays for it: a run calls this once per language, outside any record's time budget."""
    for field in fields:
        prepare = getattr(importlib.import_module(f"{__name__}.{field}.extractor"), "prepare", None)
        if prepare is not None:
            prepare(lang)


def _make_factory(field: str) -> Callable[[Language, str], ExtractorComponent]:
    def factory(nlp: Language, name: str) -> ExtractorComponent:
        return ExtractorComponent(field, extractor_for(field))
    return factory


def register_components() -> None:
    """Register the ``newsextract_<field>`` factories with spaCy (idempotent)."""
    for field in FIELDS:
        name = f"newsextract_{field}"
        if not Language.has_factory(name):
            Language.factory(name, func=_make_factory(field))
