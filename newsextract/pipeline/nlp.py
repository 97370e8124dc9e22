"""The spaCy pipeline of one language: blank language class, sentences, four extractors.

``load_pipeline("ar")`` returns a ``spacy.Language`` whose components write
``doc.spans["dates"|"documents"|"figures"|"officials"]``. The extractors run in the order
of :data:`newsextract.extractors.base.FIELDS`: figures and officials may read what dates
and documents found, never the reverse.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Sequence

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, get_lang_class

from ..extractors import register_components
from ..extractors.base import FIELDS
from ..resources import check_language, load_yaml
from .sentences import FACTORY as SENTENCES, register_sentences

# Sentence-final marks: Latin, Arabic question mark, ellipsis, and ";" (the Greek question
# mark after NFC). Arabic's comma and semicolon (، ؛) do not end sentences.
SENTENCE_PUNCT = [".", "!", "?", "؟", "…", ";", "。"]

# spaCy strips affixes from a whitespace-free run one at a time, searching the whole rest of
# the run for a suffix each time: its cost grows with the square of the run's length (10 KB
# of brackets take seconds). Runs longer than MAX_RUN_CHARS (news text has none: its longest,
# URLs, stay well below) are tokenized in pieces of RUN_PIECE_CHARS.
MAX_RUN_CHARS = 256
RUN_PIECE_CHARS = 64
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))
# Tokenized runs kept by spaCy's cache (its default keeps 10,000).
TOKENIZER_CACHE_SIZE = 100_000


class LinearTokenizer:
    """spaCy's tokenizer with work linear in the text and its cache in use.

    spaCy caches the tokens of each whitespace-free run, but stops caching for the rest of a
    text once one run matched a special case (an abbreviation such as "π.χ."), which in Greek
    and Arabic is early in nearly every article; each new run is therefore tokenized once on
    its own first, where that happens only if the run itself is special. The tokens are the
    same: a run's tokens never depend on the text around it. Over-long runs are cut into
    pieces (see :data:`MAX_RUN_CHARS`) and the pieces' Docs joined; ``doc.text`` is the text.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE_SIZE)
        self._warm = bool(tokenizer.rules)  # without special cases spaCy's cache works as is
        self._seen: set[str] = set()

    def __getattr__(self, name: str) -> Any:  # vocab, explain, rules ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)

    def __call__(self, text: str) -> Doc:
        runs = text.split()
        if max(map(len, runs), default=0) <= MAX_RUN_CHARS:
            return self._tokenize(text, runs)
        pieces = []
        start = 0
        for run in _LONG_RUN.finditer(text):
            for cut in range(run.start() + RUN_PIECE_CHARS, run.end(), RUN_PIECE_CHARS):
                pieces.append(text[start:cut])
                start = cut
        pieces.append(text[start:])
        return Doc.from_docs([self._tokenize(piece, piece.split()) for piece in pieces], ensure_whitespace=False)

    def _tokenize(self, text: str, runs: list[str]) -> Doc:
        if self._warm and len(self._seen) < self.tokenizer.max_cache_size:
            for run in set(runs).difference(self._seen):
                self.tokenizer(run)
                self._seen.add(run)
        return self.tokenizer(text)


def _punctuation_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's multi-language punctuation rules; used where a language class has none (vi)."""
    defaults = get_lang_class("xx").Defaults  # the class's rules: no pipeline built to read them
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
    register_sentences()
    script = load_yaml("", lang, "script.yaml")
    nlp = spacy.blank(lang, config=script.get("spacy_config") or {})
    if script.get("multilingual_punctuation"):
        nlp.tokenizer = _punctuation_tokenizer(nlp)
    nlp.tokenizer = LinearTokenizer(nlp.tokenizer)
    nlp.add_pipe(SENTENCES, config={"punct_chars": SENTENCE_PUNCT})
    for field in FIELDS:
        if field in fields:
            nlp.add_pipe(f"newsextract_{field}")
    return nlp


@functools.lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The full pipeline for ``lang``, built once per process and shared."""
    return build_pipeline(lang)
