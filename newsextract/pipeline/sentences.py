"""Sentence starts for a whole Doc in array operations: spaCy's ``sentencizer`` rule, vectorised.

spaCy's rule-based ``Sentencizer`` walks the Doc one Python ``Token`` at a time; on ~5 KB news
articles that costs about as much as tokenizing. This component sets the same sentence starts
(a test compares them on every bundled article) from the Doc's ``ORTH`` and ``IS_PUNCT``
arrays: a token opens a sentence when it is the first token, or when it is neither punctuation
nor a sentence-final mark and a sentence-final mark stands between it and the previous such
token.
"""
from __future__ import annotations

from typing import Sequence

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "newsextract_sentences"


class ArraySentencizer:
    """Sentence starts from sentence-final marks, the rule of spaCy's ``sentencizer``."""

    def __init__(self, nlp: Language, punct_chars: Sequence[str]) -> None:
        self.punct_chars = tuple(punct_chars)
        self._hashes = numpy.array([nlp.vocab.strings.add(ch) for ch in self.punct_chars], dtype="uint64")
        self._final = frozenset(int(h) for h in self._hashes)
        # Where every mark is punctuation (IS_PUNCT is the word's own flag), the marks are found
        # among the punctuation tokens alone (see :meth:`_walk_punctuation`).
        self._marks_are_punct = all(nlp.vocab[ch].is_punct for ch in self.punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if self._marks_are_punct:
            return self._walk_punctuation(doc)
        attrs = doc.to_array([ORTH, IS_PUNCT])
        final_mark = numpy.isin(attrs[:, 0], self._hashes)
        content = numpy.flatnonzero(~final_mark & (attrs[:, 1] == 0))
        marks_before = numpy.cumsum(final_mark)
        # marks seen up to each content token, and up to the content token before it
        previous = numpy.concatenate(([0], marks_before[content[:-1]]))
        starts = content[marks_before[content] > previous]
        sent_start = numpy.full((len(doc), 1), -1, dtype="int64")
        sent_start[0] = 1
        sent_start[starts] = 1
        doc.from_array([SENT_START], sent_start.astype("uint64"))
        return doc


    def _walk_punctuation(self, doc: Doc) -> Doc:
        """The same starts when every mark is punctuation: the tokens that are not punctuation
        are the content, so only the punctuation tokens (a few in ten) are walked, in Python,
        instead of a dozen whole-Doc array operations. A content token after a run of
        punctuation holding a mark opens a sentence."""
        attrs = doc.to_array([ORTH, IS_PUNCT])
        punct = numpy.flatnonzero(attrs[:, 1])
        final = self._final
        starts = []
        after_mark = False  # a mark stands since the last content token
        previous = -1
        for i, orth in zip(punct.tolist(), attrs[punct, 0].tolist()):
            if i != previous + 1:  # content tokens from previous + 1 to i - 1
                if after_mark:
                    starts.append(previous + 1)
                after_mark = False
            if orth in final:
                after_mark = True
            previous = i
        if after_mark and previous + 1 < len(doc):
            starts.append(previous + 1)
        sent_start = numpy.full((len(doc), 1), UNSET, dtype="uint64")
        sent_start[0] = 1
        sent_start[starts] = 1
        doc.from_array([SENT_START], sent_start)
        return doc


# SENT_START -1 ("not a start") as the unsigned value ``Doc.from_array`` reads.
UNSET = numpy.array(-1, dtype="int64").astype("uint64")


def register_sentences() -> None:
    """Register the ``newsextract_sentences`` factory with spaCy (idempotent)."""
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, default_config={"punct_chars": []},
                         func=lambda nlp, name, punct_chars: ArraySentencizer(nlp, punct_chars))
