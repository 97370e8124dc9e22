"""``ner.underthesea.v1``: Vietnamese person names from underthesea's CRF tagger.

underthesea (Apache-2.0, on PyPI) ships a CRF named-entity model inside its wheel, so it runs
offline. It finds names that the syllable tables of the officials grammar do not know, but on
its own about half of its person spans are not people (products, firms, title words run into
a name). A span is therefore kept only where the text confirms it (:meth:`NameEvidence.confirms`):

* it is written like a name (every word capitalised, no digit, no title or place word inside:
  ``not_in_names``), and
* either all its words (two or more) are Vietnamese name syllables the officials lexicon knows,
  or a word that announces a person stands right before it (ông, bà, Tổng thống, ca sĩ ...:
  ``person_cues_before``) or a reporting verb right after it (nói, cho biết ...:
  ``person_cues_after``), or it repeats a name already confirmed in the same text.

The word lists are data (``models/resources/vi/name_stopwords.yaml``). Other languages get no
spans: the model is Vietnamese only. Optional: ``pip install newsextract[underthesea]``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..extractors.officials.lexicon import load_lexicon
from ..extractors.officials.names import readings
from ..resources import load_yaml

Span = tuple[int, int]
PERSON_TAGS = ("B-PER", "I-PER")
# Sentences are tagged one at a time (the tagger's features are sentence-local).
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.M)
_MAX_PHRASE_WORDS = 3


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True)
class NameEvidence:
    """The word lists that confirm or refuse a tagged span (loaded once)."""

    not_in_names: frozenset[str]
    cues_before: frozenset[str]
    cues_after: frozenset[str]
    non_person_before: frozenset[str]

    def written_as_name(self, surface: str) -> bool:
        """Every word capitalised and alphabetic, and no title or place word inside."""
        words = surface.split()
        if not words or len(words) > 6:
            return False
        for word in words:
            if not word[:1].isupper() or (word.isupper() and len(word) > 1):
                return False
            if not all(ch.isalpha() for ch in word):
                return False
        return not _contains_phrase(_fold(surface).split(), self.not_in_names)

    def confirms(self, surface: str, before: str, after: str, known: set[str]) -> bool:
        """True when the span is written as a name and the text says it is a person's."""
        if not self.written_as_name(surface):
            return False
        folded = _fold(surface)
        if folded in known:
            return True
        before_words = _fold(before).split()
        if _ends_with_phrase(before_words, self.non_person_before):
            return False
        words = surface.split()
        lexicon = load_lexicon("vi")
        if len(words) >= 2 and all(readings(w, lexicon) for w in words):
            return True
        return (_ends_with_phrase(before_words, self.cues_before)
                or _starts_with_phrase(_fold(after).split(), self.cues_after))


@functools.cache
def name_evidence() -> NameEvidence:
    """The Vietnamese word lists of ``name_stopwords.yaml``."""
    data = load_yaml("models", "vi", "name_stopwords.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(_fold(str(w)) for w in data.get(key) or [])

    return NameEvidence(words("not_in_names"), words("person_cues_before"), words("person_cues_after"),
                        words("non_person_cues_before"))


def _contains_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[i:i + n]) in phrases
               for n in range(1, _MAX_PHRASE_WORDS + 1) for i in range(len(words) - n + 1))


def _ends_with_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(_MAX_PHRASE_WORDS, len(words)) + 1))


def _starts_with_phrase(words: Sequence[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(words[:n]) in phrases for n in range(1, min(_MAX_PHRASE_WORDS, len(words)) + 1))


def _tagger() -> Callable[[str], list[tuple[Any, ...]]]:
    try:
        from underthesea import ner
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("ner.underthesea.v1 needs the 'underthesea' package "
                          "(pip install newsextract[underthesea])") from exc
    return ner


class UnderTheSeaNER:
    """Person spans from underthesea's CRF tagger that the text confirms (module doc)."""

    name = "ner.underthesea.v1"
    adds_spans = True

    def __init__(self, tagger: Callable[[str], list[tuple[Any, ...]]] | None = None) -> None:
        self._ner = tagger or _tagger()
        self._evidence = name_evidence()

    def person_spans(self, text: str, lang: str) -> list[Span]:
        if lang != "vi" or not text.strip():
            return []
        candidates: list[Span] = []
        for m in _SENTENCE.finditer(text):
            if m.group(0).strip():
                candidates.extend((m.start() + s, m.start() + e) for s, e in self._tagged_spans(m.group(0)))
        known: set[str] = set()
        kept: list[Span] = []
        for _ in range(2):  # a second pass accepts repeats of a name confirmed further on
            kept = []
            for s, e in candidates:
                surface = text[s:e]
                before = text[max(0, s - 40):s]
                after = text[e:e + 40]
                if self._evidence.confirms(surface, before, after, known):
                    kept.append((s, e))
            grown = known | {_fold(text[s:e]) for s, e in kept} | {
                _fold(text[s:e]).split()[-1] for s, e in kept if len(text[s:e].split()) > 1}
            if grown == known:
                break
            known = grown
        return kept

    def _tagged_spans(self, sentence: str) -> list[Span]:
        """Person spans the tagger gives one sentence, with offsets found by walking its words
        through the sentence (the tagger returns words, not offsets)."""
        try:
            tagged = self._ner(sentence)
        except Exception:  # noqa: BLE001 - a tagger failure costs this sentence's names only
            return []
        spans: list[list[int]] = []
        pos = 0
        previous_person = False
        for item in tagged:
            word, tag = str(item[0]), str(item[-1])
            start = _find_word(sentence, word, pos)
            if start < 0:
                previous_person = False
                continue
            end = start + len(word)
            pos = end
            if tag in PERSON_TAGS:
                if tag == "I-PER" and previous_person and spans:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
                previous_person = True
            else:
                previous_person = False
        return [(s, e) for s, e in spans]


def _find_word(sentence: str, word: str, pos: int) -> int:
    """Where ``word`` starts in ``sentence`` at or after ``pos``, with nothing but spaces and
    punctuation skipped; -1 when the tagger changed the word."""
    found = sentence.find(word, pos)
    if found >= 0 and not any(ch.isalnum() for ch in sentence[pos:found]):
        return found
    return -1
