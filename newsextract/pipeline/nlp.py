"""The spaCy pipeline of one language: blank language class, sentences, four extractors.

``load_pipeline("ar")`` returns a ``spacy.Language`` whose components write
``doc.spans["dates"|"documents"|"figures"|"officials"]``. The extractors run in the order
of :data:`newsextract.extractors.base.FIELDS`: figures and officials may read what dates
and documents found, never the reverse.
"""
from __future__ import annotations

import functools
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..extractors import register_components
from ..extractors.base import FIELDS
from ..resources import check_language, load_yaml

# Sentence-final marks: Latin, Arabic question mark, ellipsis, and ";" (the Greek question
# mark after NFC). Arabic's comma and semicolon (، ؛) do not end sentences.
SENTENCE_PUNCT = [".", "!", "?", "؟", "…", ";", "。"]


def _punctuation_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's multi-language punctuation rules; used where a language class has none (vi)."""
    defaults = spacy.blank("xx").Defaults
    return Tokenizer(
        nlp.vocab,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def build_pipeline(lang: str, fields: Sequence[str] = FIELDS) -> Language:
    """A new pipeline for ``lang`` with the given extractor fields (in canonical order)."""
    check_language(lang)
    register_components()
    script = load_yaml("", lang, "script.yaml")
    nlp = spacy.blank(lang, config=script.get("spacy_config") or {})
    if script.get("multilingual_punctuation"):
        nlp.tokenizer = _punctuation_tokenizer(nlp)
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    for field in FIELDS:
        if field in fields:
            nlp.add_pipe(f"newsextract_{field}")
    return nlp


@functools.lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The full pipeline for ``lang``, built once per process and shared."""
    return build_pipeline(lang)
