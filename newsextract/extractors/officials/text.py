"""The article as the officials stages read it: words, sentences, clauses and phrase matches.

:class:`ArticleText` cuts the text into words (with their stems), numbers their sentences
and clauses, marks the words that may be Vietnamese name syllables and, once per article,
the length of the phrase of each lexicon set starting at each word. Every stage (names,
titles, roles, persons) reads the article through it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Protocol

from .lexicon import Lexicon, PhraseSet, PhraseUnion, fold_word, is_latin_word, load_lexicon, words
from .names import readings

SENTENCE_END = re.compile(r"[.!?؟…]")
CLAUSE_BREAK = re.compile(r"[;؛:·\u0387()\[\]«»\"“”„]")
COMMA = re.compile(r"[,،]|\s[-–—]\s")          # "Name, Title" and "Name - Title"
SEPARATOR_GAP = re.compile(r"\s*(?:[,،]|(?<=\s)[-–—](?=\s))?\s*")
INLINE_GAP = re.compile(r"[ \u00a0\u200c\u200d\u200e\u200f]+")
ABBREVIATIONS = frozenset({"tp", "ts", "ths", "pgs", "gs", "bs", "ks", "mr", "dr"})
MAX_SYLLABLES = 4


@dataclass(slots=True)
class Word:
    """A word of the article: offsets, stems, sentence and clause, and whether it may be a name syllable."""

    start: int
    end: int
    text: str
    stems: frozenset[str]
    sentence: int = 0
    clause: int = 0
    syllable: bool = False
    glued: int = 0          # characters of a proclitic glued before a syllable ("و" in "وتران")
    surname: bool = False
    weak: bool = False      # also a common word ("لا", "هو"): may only open a name, with evidence


class NameSpan(Protocol):
    """Character offsets of a name in the article's text."""

    start: int
    end: int


def is_cased(ch: str) -> bool:
    """A letter of a script with capitals (Latin, Greek); Arabic letters are not."""
    return ch.upper() != ch.lower()


def is_lower(word: str) -> bool:
    """A word of a cased script written in lower case."""
    return is_cased(word[0]) and word[0].islower()


def _syllable_marks(text: str, mid_sentence: bool, lex: Lexicon) -> tuple[bool, bool, bool, int]:
    """Whether a word may be a name syllable: ``(syllable, weak, surname, glued)``.

    ``mid_sentence``: the word does not open its sentence (a capital there is evidence of a
    name). Depends only on the word and that flag: :meth:`ArticleText._mark_syllables` keeps
    the answer per word in the lexicon's memo.
    """
    # a common word that is also a surname ("لا", "Hồ") is a weak syllable: it may only open a name
    folded = fold_word(text, lex.lang)
    if len(text) >= 2 and text.isupper() or folded in lex.last_syllables:
        return False, False, False, 0   # an acronym (ĐBQH, HĐND) is never a name; a last syllable only ends a run
    capital_inside = (is_cased(text[0]) and text[0].isupper() and mid_sentence and not text.isupper()
                      # Greek "Του" mid-sentence is the name Thu; Vietnamese "Quý" the name Quý
                      and (not is_latin_word(text) or folded in lex.names_when_capitalised))
    if folded in lex.not_syllables and not capital_inside:
        options = readings(text, lex)
        if options and any("surname" in o.classes for o in options) \
                and not (is_cased(text[0]) and not text[0].isupper()):
            return True, True, True, 0
        return False, False, False, 0
    if is_cased(text[0]) and not text[0].isupper():
        return False, False, False, 0
    options = readings(text, lex)
    if not options and lex.latin_open and is_latin_word(text) and len(text) <= 7:
        return True, False, False, 0
    glued = 0
    if not options and not is_latin_word(text):
        for p in lex.name_proclitics:
            rest = text[len(p):]
            if folded.startswith(p) and len(rest) >= 2 and readings(rest, lex) \
                    and fold_word(rest, lex.lang) not in lex.not_syllables:
                options = readings(rest, lex)
                glued = len(p)
                break
    if options:
        return True, False, any("surname" in o.classes for o in options), glued
    return False, False, False, glued


class ArticleText:
    """One article's words, sentences, clauses and phrase matches (see module doc)."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.lex: Lexicon = load_lexicon(lang)
        self.words: list[Word] = [
            Word(s, e, w, self.lex.word_stems(w)) for s, e, w in words(text)
        ]
        self.stems = [w.stems for w in self.words]
        self.starts = [w.start for w in self.words]
        self.ends = [w.end for w in self.words]
        # gaps[i]: the text between word i - 1 (or the start) and word i
        self.gaps = [text[prev:start] for prev, start in zip([0, *self.ends], self.starts)]
        self._stops: dict[int, int] = {}
        self._sentence_bounds: list[int] | None = None
        self._segment()
        self._mark_syllables()
        self._lengths: dict[int, list[int]] = self.lex.article_lengths(self.stems)
        self.head_len = self.at(self.lex.heads)
        self.group_len = self.at(self.lex.group_heads)
        self.part_lens = self.at(self.lex.any_part)
        self.stop_lens = self.at(self.lex.title_stops)   # before parts of titles are taken out (stop_len)
        self._joined: set[int] = set()   # conjunctions inside the name of a body ("Văn hóa, Thể thao và Du lịch")
        self._glued_heads = [-1] * len(self.words)

    def at(self, phrases: PhraseSet) -> list[int]:
        """Words of the longest phrase of ``phrases`` starting at each word (0 where none)."""
        hit = self._lengths.get(id(phrases))
        if hit is None:
            if isinstance(phrases, PhraseUnion):   # the longest phrase of any member
                hit = [max(found) for found in zip(*(self.at(member) for member in phrases.sets))]
            else:
                hit = phrases.lengths(self.stems)
            self._lengths[id(phrases)] = hit
        return hit

    def part_len(self, i: int) -> int:
        """Words of the title-part phrase (role, qualifier, organisation) starting at word ``i``."""
        return self.part_lens[i]

    def part_cover(self, k: int) -> bool:
        """Word ``k`` is inside a title-part phrase ("Ban Chỉ đạo", "Đoàn ĐBQH") begun before it.

        A stop or cue word there is part of the phrase ("chỉ đạo" in "Ban Chỉ đạo").
        """
        if k in self._joined:
            return True
        part_lens = self.part_lens
        return any(part_lens[j] > k - j for j in range(max(0, k - 6), k))

    def stop_len(self, k: int) -> int:
        """Words of the title-ending phrase starting at word ``k`` (0 if none), memoised."""
        hit = self._stops.get(k)
        if hit is None:
            hit = self.stop_lens[k]
            hit = self._stops[k] = 0 if hit and self.part_cover(k) else hit
        return hit

    def sentence_words(self, sentence: int) -> tuple[int, int]:
        """Word indexes ``[lo, hi)`` of a sentence (sentences are runs of words)."""
        if self._sentence_bounds is None:
            self._sentence_bounds = [w.sentence for w in self.words]
        return bisect_left(self._sentence_bounds, sentence), bisect_right(self._sentence_bounds, sentence)

    def gap(self, i: int) -> str:
        """Text between word ``i - 1`` and word ``i``."""
        return self.gaps[i]

    def _segment(self) -> None:
        """Number sentences (ended by a full stop not after an abbreviation, or a line) and clauses."""
        sentence = clause = 0
        gaps = self.gaps
        for i, w in enumerate(self.words):
            if i and gaps[i] != " ":   # a single space (most gaps) ends nothing
                gap = gaps[i]
                prev = self.words[i - 1].text
                ends = "\n" in gap or (
                    SENTENCE_END.search(gap) is not None
                    and not (gap.lstrip().startswith(".") and is_abbreviation(prev)
                             and fold_word(prev, self.lang) not in self.lex.title_words)   # "Tỉnh ủy." ends
                )
                if ends:
                    sentence += 1
                    clause += 1
                elif CLAUSE_BREAK.search(gap):
                    clause += 1
            w.sentence, w.clause = sentence, clause

    def _mark_syllables(self) -> None:
        memo = self.lex.memo("syllable_marks")
        for i, w in enumerate(self.words):
            key = (w.text, i > 0 and self.words[i - 1].sentence == w.sentence)
            marks = memo.get(key)
            if marks is None:
                marks = memo[key] = _syllable_marks(w.text, key[1], self.lex)
            w.syllable, w.weak, w.surname, w.glued = marks  # type: ignore[misc]

    def skip_weak(self, j: int) -> int:
        """Word ``j`` moved past up to two conjunctions or weak honorifics."""
        n = len(self.words)
        for _ in range(2):
            if j >= n:
                break
            length = self.at(self.lex.conjunctions)[j] or self.at(self.lex.weak_honorifics)[j]
            if not length:
                break
            j += length
        return j

    def glued_head(self, j: int) -> int:
        """Characters of a conjunction glued before a title word ("ورئيس"), else 0."""
        hit = self._glued_heads[j]
        if hit < 0:
            hit = self._glued_heads[j] = self._glued_head(j)
        return hit

    def _glued_head(self, j: int) -> int:
        w = self.words[j]
        folded = fold_word(w.text, self.lang)
        if folded in self.lex.title_words:
            return 0   # "وزير" is minister, not "و" + "زير"
        for p in self.lex.name_proclitics:
            if folded.startswith(p) and len(w.text) > len(p) + 1:
                rest = self.lex.word_stems(w.text[len(p):])
                window = [rest, *self.stems[j + 1:j + 6]]
                if self.lex.heads.match(window, 0)[0] or self.lex.group_heads.match(window, 0)[0]:
                    return len(p)
        return 0

    def before(self, phrases: PhraseSet, i: int, allowed_gap: re.Pattern[str] = INLINE_GAP) -> int:
        """Length of a phrase from ``phrases`` ending just before word ``i`` (0 if none)."""
        if i == 0:
            return 0
        gap = self.gap(i)
        if gap and not allowed_gap.fullmatch(gap):
            return 0
        return self.ending_at(phrases, i)

    def ending_at(self, phrases: PhraseSet, end: int, max_len: int = 4) -> int:
        """Words of the longest phrase of ``phrases`` whose last word is word ``end - 1`` (0 if none)."""
        lengths = self.at(phrases)
        best = 0
        for n in range(1, min(max_len, end) + 1):
            if lengths[end - n] == n:
                best = n
        return best

    def name_text(self, span: NameSpan) -> str:
        """The folded text of a name: two spellings of one name written alike have one."""
        return fold_word(self.text[span.start:span.end].replace(" ", "_"), self.lang)

    def join_conjunction(self, k: int) -> None:
        """Word ``k`` (a conjunction) is inside the name of a body: it no longer ends a title."""
        self._joined.add(k)
        self._stops.pop(k, None)


def is_abbreviation(word: str) -> bool:
    """A short word a full stop may follow inside a sentence ("TP.", "Th.S.")."""
    return (len(word) <= 2 and word.isalpha()) or word.lower() in ABBREVIATIONS
