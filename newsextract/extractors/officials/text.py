"""The article as the officials stages read it: words, sentences, clauses and phrase matches.

:class:`ArticleText` cuts the text into words (with their stems), numbers their sentences
and clauses, marks the words that may be Vietnamese name syllables and, once per article,
the length of the phrase of each lexicon set starting at each word. Every stage (names,
titles, roles, persons) reads the article through it.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, islice, repeat
from operator import itemgetter, ne
from typing import Protocol

from .lexicon import (
    WORD_CHARACTER,
    WORD_PATTERN,
    Lexicon,
    PhraseSet,
    PhraseUnion,
    fold_word,
    is_latin_word,
    load_lexicon,
)
from .names import readings

SENTENCE_END = re.compile(r"[.!?؟…]")
CLAUSE_BREAK = re.compile(r"[;؛:·\u0387()\[\]«»\"“”„]")
COMMA = re.compile(r"[,،]|\s[-–—]\s")          # "Name, Title" and "Name - Title"
SEPARATOR_GAP = re.compile(r"\s*(?:[,،]|(?<=\s)[-–—](?=\s))?\s*")
INLINE_GAP = re.compile(r"[ \u00a0\u200c\u200d\u200e\u200f]+|-")   # (a hyphen: "Μακεδονίας-Θράκης")
ABBREVIATIONS = frozenset({"tp", "ts", "ths", "pgs", "gs", "bs", "ks", "mr", "dr"})
MAX_SYLLABLES = 4
ENDING_MAX = 4   # words of the longest phrase ending_at looks back for, unless told
# the words of :func:`.lexicon.words` as one split: [gap, word, gap, ..., word, gap]
_SPLIT_WORD_RE = re.compile(f"({WORD_PATTERN})")
# (written as one character, then more: a pattern that opens with a character class lets the
# regex engine skip the gaps between words in one scan instead of trying the pattern at each)
_SPLIT_PLAIN_WORD_RE = re.compile(f"({WORD_CHARACTER}{WORD_CHARACTER}*)")


@functools.lru_cache(maxsize=None)
def bmp_word_split_re() -> re.Pattern[str]:
    """:data:`_SPLIT_PLAIN_WORD_RE` for a text without characters past U+FFFF (every article but a
    rare one with such a character): its word characters listed as ranges of code points.

    Why: the regex engine tests a listed range of the Basic Multilingual Plane in one table
    lookup per character, where ``\\w`` asks several Unicode category tables; the ranges are the
    code points :data:`WORD_CHARACTER` matches, read off it once, so the words are the same.
    """
    # The plane's code points in order, each at its own index: the runs of word characters found
    # in it are the ranges (WORD_CHARACTER is one character class, whatever stands around it).
    plane = "".join(map(chr, range(0x10000)))
    ranges = [(run.start(), run.end() - 1) for run in re.finditer(WORD_CHARACTER + "+", plane)]
    listed = "[" + "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"
    return re.compile(f"({listed}{listed}*)")


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
    name). Depends only on the word and that flag: it is worked out once per word (inside a
    sentence in :func:`_word_info`, at a sentence's start in the lexicon's memo).
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
    if not options and not is_latin_word(text) and folded not in _native_given_names(lex.lang):
        # (a native given name is read whole: "وسام" is Wissam, not "و" + the syllable "سام")
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


@functools.lru_cache(maxsize=None)
def _native_given_names(lang: str) -> frozenset[str]:
    """The folded given names of the language's native-name tables (empty without them)."""
    from .anchored import native_data   # (anchored reads this module's ArticleText)

    return native_data(lang).given


class ArticleText:
    """One article's words, sentences, clauses and phrase matches (see module doc).

    What each word is (its offsets, text, folded form, stems, sentence, clause, syllable
    marks) is kept in parallel lists indexed by word: the stages read ``art.clauses[k]``,
    never a record per word. What depends only on a word's spelling is worked out once per
    process (:func:`_word_info`); an article only indexes it.
    """

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.lex: Lexicon = load_lexicon(lang)
        lex = self.lex
        if "'" in text or "’" in text:
            pattern = _SPLIT_WORD_RE
        elif len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):   # no character past U+FFFF
            pattern = bmp_word_split_re()
        else:
            pattern = _SPLIT_PLAIN_WORD_RE
        # [gap, word, gap, word, ..., gap]: offsets by running sums of the lengths, in C
        parts = pattern.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        self.texts: list[str] = parts[1::2]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        # gaps[i]: the text between word i - 1 (or the start) and word i
        self.gaps: list[str] = parts[0:-1:2]
        memo = self._memo = _word_infos(lex)
        infos: list[WordInfo] = list(map(memo.__getitem__, self.texts))   # (a new word is read on the way)
        self._infos = infos
        # one list per field, read from the words' answers (a transposition by zip would
        # allocate an iterator per word)
        self.stems: list[frozenset[str]] = list(map(_STEMS, infos))
        self.syllable: list[bool] = list(map(_SYLLABLE, infos))
        # a word that is no syllable is neither weak nor a surname, and has no glued proclitic
        # (see _syllable_marks): only the syllables are read
        n = len(infos)
        self.weak: list[bool] = [False] * n
        self.surname: list[bool] = [False] * n
        self.glued: list[int] = [0] * n
        for i in compress(range(n), self.syllable):
            self.weak[i], self.surname[i], self.glued[i] = _MARKS(infos[i])
        sentence_opens = self._segment(infos)
        self._mark_sentence_openers(sentence_opens)
        self._lengths: dict[int, list[int]] = self._phrase_lengths(infos)
        self.head_len = self.at(lex.heads)
        self.group_len = self.at(lex.group_heads)
        self.part_lens = self.at(lex.any_part)
        self._covered = self._part_covered()
        self._endings: dict[int, list[int]] = {}
        self._joined: set[int] = set()   # conjunctions inside the name of a body ("Văn hóa, Thể thao và Du lịch")
        # stop_lens before parts of titles are taken out; stops after (see stop_len)
        self.stop_lens = self.at(lex.title_stops)
        self.stops: list[int] = self.stop_lens.copy()
        for lo, hi in self._covered_spans:
            self.stops[lo:hi] = [0] * (hi - lo)
        self.conjunction_lens = self.at(lex.conjunctions)
        self.weak_lens = self.at(lex.weak_honorifics)
        self.honorific_lens = self.at(lex.honorifics)
        self.cue_lens = self.at(lex.cues)
        self.glued_heads = self._glued_heads(infos)

    def _phrase_lengths(self, infos: Sequence[WordInfo]) -> dict[int, list[int]]:
        """:meth:`PhraseSet.lengths` of every set of :attr:`Lexicon.article_sets` (by ``id``), in one
        pass read from the words' answers: only the words that open a phrase of some set (about a
        third) are visited, a longer phrase is only tried where the next word may be its second,
        and a later word of a phrase is one set lookup in the next words' answers.

        The words' answers name a set by its position in :attr:`Lexicon.article_sets` (a small
        int, shared by every answer): the pass indexes lists, not a dict keyed by large ints
        spread over memory."""
        total = len(infos)
        set_ids = self._memo.set_ids
        out = [[0] * total for _ in set_ids]
        # the words at which each set's phrases start, in order (see word_starts)
        starts: list[list[int]] = [[] for _ in set_ids]
        last = total - 1
        for i in compress(range(total), map(_OPENS, infos)):
            info = infos[i]
            for index in info[_ONE_WORD]:
                out[index][i] = 1
                starts[index].append(i)
            seconds = info[_SECONDS]
            if not seconds or i >= last:
                continue
            after = infos[i + 1][_CONTINUATIONS]
            if seconds.isdisjoint(after):
                continue   # the next word goes on with none of the word's longer phrases
            for index, rests, second_words in info[_LONGER]:
                if second_words.isdisjoint(after):
                    continue   # no phrase of this set goes on with the next word
                for rest in rests:   # longest first
                    m = len(rest)
                    if i + m > last:
                        continue
                    k = 0
                    while k < m and rest[k] in infos[i + 1 + k][_CONTINUATIONS]:
                        k += 1
                    if k == m:
                        lengths = out[index]
                        if not lengths[i]:
                            starts[index].append(i)
                        lengths[i] = m + 1
                        break
        self._starts = dict(zip(set_ids, starts))
        return dict(zip(set_ids, out))

    @functools.cached_property
    def folded(self) -> list[str]:
        """The folded form of each word."""
        return list(map(_FOLDED, self._infos))

    @functools.cached_property
    def native_words(self) -> list[object]:
        """What the native-name reader of the language asks of each word (:func:`.anchored.word_facts`)."""
        return list(map(_NATIVE, self._infos))

    def native_column(self, position: int) -> list[object]:
        """Answer ``position`` (0 or 1) of :func:`.anchored.word_facts` for each word, as a new list.

        Why: the native readers ask these two of every word; they are kept in the word's own
        answers, so the facts of each word are not fetched one by one (the others are, for the
        few words read further).
        """
        return list(map(_NATIVE_COLUMNS[position], self._infos))

    def folded_at(self, k: int) -> str:
        """The folded form of word ``k`` (without folding every word, as :attr:`folded` does)."""
        return self._infos[k][0]

    @functools.cached_property
    def words(self) -> list[Word]:
        """The words as records (for reading an article by hand; the stages use the lists)."""
        return [Word(*fields) for fields in zip(
            self.starts, self.ends, self.texts, self.stems, self.sentences, self.clauses,
            self.syllable, self.glued, self.surname, self.weak)]

    def at(self, phrases: PhraseSet) -> list[int]:
        """Words of the longest phrase of ``phrases`` starting at each word (0 where none)."""
        hit = self._lengths.get(id(phrases))
        if hit is None:
            if isinstance(phrases, PhraseUnion):   # the longest phrase of any member
                members = [self.at(member) for member in phrases.sets]
                hit = members[0].copy()
                for member, lengths in zip(phrases.sets[1:], members[1:]):
                    for k in self.word_starts(member):   # few words open a phrase: only those are compared
                        if lengths[k] > hit[k]:
                            hit[k] = lengths[k]
            else:
                hit = phrases.lengths(self.stems)
            self._lengths[id(phrases)] = hit
        return hit

    def word_starts(self, phrases: PhraseSet) -> list[int]:
        """The words at which a phrase of ``phrases`` starts (``at(phrases)`` is not 0), in order.

        Why: most words open no phrase; a stage reads these few instead of every word.
        """
        found = self._starts.get(id(phrases))
        if found is None:
            if isinstance(phrases, PhraseUnion):
                found = sorted(set().union(*(self.word_starts(member) for member in phrases.sets)))
            else:
                lengths = self.at(phrases)
                found = list(compress(range(len(lengths)), lengths))
            self._starts[id(phrases)] = found
        return found

    @functools.cached_property
    def comma_gaps(self) -> set[int]:
        """Words after a comma or a dash between spaces ("Name, Title", "Name - Title")."""
        return {i for i, kind in zip(self._spaced, self._spaced_kinds) if kind[3]}

    @functools.cached_property
    def head_words(self) -> list[int]:
        """Words that open a head phrase (role or qualifier), in order."""
        return self.word_starts(self.lex.heads)

    @functools.cached_property
    def title_words(self) -> list[int]:
        """Words that open a head or a group head, glued to a conjunction or not, in order."""
        return sorted({*self.head_words, *self.word_starts(self.lex.group_heads), *self.glued_head_words})

    def part_len(self, i: int) -> int:
        """Words of the title-part phrase (role, qualifier, organisation) starting at word ``i``."""
        return self.part_lens[i]

    def _part_covered(self) -> list[bool]:
        """Words inside a title-part phrase begun up to six words before them."""
        part_lens = self.part_lens
        covered = [False] * len(part_lens)
        n = len(covered)
        spans: list[tuple[int, int]] = []
        for j in self.word_starts(self.lex.any_part):   # few words open a part; a one-word part covers nothing
            length = part_lens[j]
            if length > 1:
                end = min(j + length, j + 7, n)
                if end > j + 1:
                    covered[j + 1:end] = [True] * (end - j - 1)
                    spans.append((j + 1, end))
        self._covered_spans = spans
        return covered

    def part_cover(self, k: int) -> bool:
        """Word ``k`` is inside a title-part phrase ("Ban Chỉ đạo", "Đoàn ĐBQH") begun before it.

        A stop or cue word there is part of the phrase ("chỉ đạo" in "Ban Chỉ đạo").
        """
        return self._covered[k] or k in self._joined

    def stop_len(self, k: int) -> int:
        """Words of the title-ending phrase starting at word ``k`` (0 if none or inside a title part)."""
        return self.stops[k]

    def sentence_words(self, sentence: int) -> tuple[int, int]:
        """Word indexes ``[lo, hi)`` of a sentence (sentences are runs of words)."""
        return bisect_left(self.sentences, sentence), bisect_right(self.sentences, sentence)

    def gap(self, i: int) -> str:
        """Text between word ``i - 1`` and word ``i``."""
        return self.gaps[i]

    def _segment(self, infos: Sequence[WordInfo]) -> list[int]:
        """Number sentences (ended by a full stop not after an abbreviation, or a line) and clauses.

        Returns the words that open a sentence. Only gaps other than a single space (most
        gaps) may end anything: only those are read. Also marks which gaps are inline
        (:attr:`inline`).
        """
        gaps = self.gaps
        n = len(gaps)
        sentence_breaks: list[int] = []
        clause_breaks: list[int] = []
        spaced = list(compress(range(1, n), map(ne, islice(gaps, 1, None), repeat(" "))))
        kinds = list(map(_GAP_KINDS.get, map(gaps.__getitem__, spaced)))
        if None in kinds:
            kinds = [kind or _gap_kind(gaps[i]) for i, kind in zip(spaced, kinds)]
        # only the gaps that may end a sentence or a clause (not a comma alone) are read
        for i, (ends, unless_abbreviation, clause_break, _, _, _) in compress(zip(spaced, kinds), map(_BREAKS, kinds)):
            # "Tỉnh ủy." ends a sentence; "TP." does not
            if ends or (unless_abbreviation and not infos[i - 1][_ABBREVIATION]):
                sentence_breaks.append(i)
                clause_breaks.append(i)
            elif clause_break:
                clause_breaks.append(i)
        self.sentences = _numbered(sentence_breaks, n)
        self.clauses = _numbered(clause_breaks, n)
        # inline[i]: the gap before word i is spaces only (INLINE_GAP), as most gaps are " "
        inline = [True] * n
        for i in compress(spaced, map(_NOT_INLINE, kinds)):
            inline[i] = False
        if n and gaps[0] != " ":
            inline[0] = INLINE_GAP.fullmatch(gaps[0]) is not None
        self.inline: list[bool] = inline
        self._spaced = spaced
        self._spaced_kinds = kinds
        self.clause_starts_set = set(clause_breaks)
        return [0, *sentence_breaks] if n else []

    def _mark_sentence_openers(self, opens: list[int]) -> None:
        """Syllable marks of the words that open a sentence (a capital there is no evidence)."""
        memo = self.lex.memo("syllable_marks")
        for i in opens:
            key = self.texts[i]
            marks = memo.get(key)
            if marks is None:
                marks = memo[key] = _syllable_marks(key, False, self.lex)
            self.syllable[i], self.weak[i], self.surname[i], self.glued[i] = marks  # type: ignore[misc]

    def skip_weak(self, j: int) -> int:
        """Word ``j`` moved past up to two conjunctions or weak honorifics."""
        n = len(self.texts)
        conjunctions, weak = self.conjunction_lens, self.weak_lens
        for _ in range(2):
            if j >= n:
                break
            length = conjunctions[j] or weak[j]
            if not length:
                break
            j += length
        return j

    def glued_head(self, j: int) -> int:
        """Characters of a conjunction glued before a title word ("ورئيس"), else 0."""
        return self.glued_heads[j]

    def _glued_heads(self, infos: Sequence[WordInfo]) -> list[int]:
        """:meth:`glued_head` of every word: only words a proclitic may be glued to are read."""
        heads, group_heads = self.lex.heads, self.lex.group_heads
        stems = self.stems
        out = [0] * len(stems)
        words: list[int] = []
        for j in compress(range(len(stems)), map(_GLUE_OPTIONS, infos)):
            for proclitic_len, rest in infos[j][_GLUE]:
                window = [rest, *stems[j + 1:j + 6]]
                if heads.match(window, 0)[0] or group_heads.match(window, 0)[0]:
                    out[j] = proclitic_len
                    words.append(j)
                    break
        self.glued_head_words: list[int] = words   # the words glued_head is not 0 at, in order
        return out

    def before(self, phrases: PhraseSet, i: int, allowed_gap: re.Pattern[str] = INLINE_GAP) -> int:
        """Length of a phrase from ``phrases`` ending just before word ``i`` (0 if none)."""
        if i == 0:
            return 0
        ending = self._endings.get(id(phrases))
        if ending is None:
            ending = self._ending_lengths(phrases)
        length = ending[i]
        if not length:
            return 0
        if allowed_gap is INLINE_GAP:
            return length if self.inline[i] else 0
        gap = self.gaps[i]
        if gap and not allowed_gap.fullmatch(gap):
            return 0
        return length

    def ending_at(self, phrases: PhraseSet, end: int, max_len: int = 4) -> int:
        """Words of the longest phrase of ``phrases`` whose last word is word ``end - 1`` (0 if none)."""
        if max_len == ENDING_MAX:
            ending = self._endings.get(id(phrases))
            return (ending if ending is not None else self._ending_lengths(phrases))[end]
        lengths = self.at(phrases)
        best = 0
        for n in range(1, min(max_len, end) + 1):
            if lengths[end - n] == n:
                best = n
        return best

    def ending_lengths(self, phrases: PhraseSet) -> list[int]:
        """:meth:`ending_at` (up to ``ENDING_MAX`` words) at every word end: ``[end]`` is 0 where no
        phrase ends before word ``end`` (a filter before :meth:`before`)."""
        ending = self._endings.get(id(phrases))
        return ending if ending is not None else self._ending_lengths(phrases)

    def _ending_lengths(self, phrases: PhraseSet) -> list[int]:
        """:meth:`ending_at` at every word end, from the few words that open a phrase."""
        lengths = self.at(phrases)
        ending = [0] * (len(lengths) + 1)
        for j in self.word_starts(phrases):
            n = lengths[j]
            if n <= ENDING_MAX and ending[j + n] < n:
                ending[j + n] = n
        self._endings[id(phrases)] = ending
        return ending

    def name_text(self, span: NameSpan) -> str:
        """The folded text of a name: two spellings of one name written alike have one."""
        return fold_word(self.text[span.start:span.end].replace(" ", "_"), self.lang)

    def join_conjunction(self, k: int) -> None:
        """Word ``k`` (a conjunction) is inside the name of a body: it no longer ends a title."""
        self._joined.add(k)
        self.stops[k] = 0


_GapKind = tuple[bool, bool, bool, bool, bool, bool]
_GAP_KINDS: dict[str, _GapKind] = {}
_GAP_KINDS_LIMIT = 10_000
_BREAKS = itemgetter(4)
_NOT_INLINE = itemgetter(5)


def _gap_kind(gap: str) -> _GapKind:
    """What the text between two words does: ``(ends a sentence, ends one unless it follows
    an abbreviation, ends a clause, is a comma, any of the first three, is not inline)``; the
    same few gaps recur, each is read once."""
    # a dot between two letters with no space ("UVT.Ư", "TP.HCM") is inside an abbreviation
    sentence_end = ("\n" in gap or SENTENCE_END.search(gap) is not None) and gap != "."
    after_dot = "\n" not in gap and gap.lstrip().startswith(".")
    ends, unless_abbreviation = sentence_end and not after_dot, sentence_end and after_dot
    clause_break = CLAUSE_BREAK.search(gap) is not None
    kind = (ends, unless_abbreviation, clause_break, COMMA.search(gap) is not None,
            ends or unless_abbreviation or clause_break, INLINE_GAP.fullmatch(gap) is None)
    if len(_GAP_KINDS) > _GAP_KINDS_LIMIT:
        _GAP_KINDS.clear()
    _GAP_KINDS[gap] = kind
    return kind


def _numbered(breaks: list[int], n: int) -> list[int]:
    """Number of each of ``n`` items, counting up at each index of ``breaks`` (ascending, distinct):
    a running sum of marks at the breaks, in C."""
    marks = [0] * n
    for at in breaks:
        marks[at] = 1
    return list(accumulate(marks))


WordInfo = tuple[str, frozenset[str], bool, bool, bool, int, bool, tuple[int, ...], frozenset[str],
                 tuple[tuple[int, tuple[tuple[str, ...], ...]], ...], frozenset[str],
                 tuple[tuple[int, frozenset[str]], ...], bool, object, object, object]
(_FOLDED, _STEMS, _SYLLABLE, _GLUE_OPTIONS, _OPENS, _NATIVE) = (itemgetter(k) for k in (0, 1, 2, 11, 12, 13))
_MARKS = itemgetter(3, 4, 5)   # weak, surname, glued
_NATIVE_COLUMNS = (itemgetter(14), itemgetter(15))   # word_facts' first two answers
_ABBREVIATION, _ONE_WORD, _SECONDS, _LONGER, _CONTINUATIONS, _GLUE = 6, 7, 8, 9, 10, 11


class _WordInfos(dict):  # type: ignore[type-arg]
    """:func:`_word_info` of every word met, for one lexicon: a word not met yet is read when
    looked up (``infos[word]``), so an article's words are looked up in one pass."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex
        # the ``id`` of each set of :attr:`Lexicon.article_sets`, in order, and the position of
        # each (the words' answers name a set by it: see ArticleText._phrase_lengths)
        self.set_ids: tuple[int, ...] = tuple(map(id, lex.article_sets))
        self.positions: dict[int, int] = {key: position for position, key in enumerate(self.set_ids)}

    def __missing__(self, word: str) -> WordInfo:
        info = self[word] = _word_info(word, self.lex, self.positions)
        return info


_WORD_INFOS: dict[str, _WordInfos] = {}


def _word_infos(lex: Lexicon) -> _WordInfos:
    """The word memo of ``lex`` (emptied when it grows past the memo limit)."""
    memo = _WORD_INFOS.get(lex.lang)
    if memo is None or memo.lex is not lex:
        memo = _WORD_INFOS[lex.lang] = _WordInfos(lex)
    elif len(memo) > _WORD_MEMO_LIMIT:
        memo.clear()
    return memo


_WORD_MEMO_LIMIT = 100_000


def _word_info(word: str, lex: Lexicon, position: dict[int, int]) -> WordInfo:
    """What a written word is, whatever its article: worked out once per word and lexicon.

    ``(folded, stems, syllable, weak, surname, glued, abbreviation, one_word, seconds, longer,
    continuations, glue_options, opens, native, native[0], native[1])``: its syllable marks inside a sentence (:func:`_syllable_marks`),
    whether a full stop after it may be an abbreviation's, the phrases it may open and the later
    phrase words it may be (:meth:`Lexicon.phrases_opened`, :meth:`Lexicon.continuations`),
    the proclitics that may be glued before a title word (``(length, stems of the rest)``), and
    whether it opens any phrase at all, and what the language's native-name reader asks of it
    (:func:`.anchored.word_facts`). A phrase set is named by its ``position`` in
    :attr:`Lexicon.article_sets` (by ``id``).
    """
    folded = fold_word(word, lex.lang)
    stems = lex.word_stems(word)
    syllable, weak, surname, glued = _syllable_marks(word, True, lex)
    abbreviation = is_abbreviation(word) and folded not in lex.title_words
    glue_options: list[tuple[int, frozenset[str]]] = []
    if folded not in lex.title_words:   # "وزير" is minister, not "و" + "زير"
        for p in lex.name_proclitics:
            if folded.startswith(p) and len(word) > len(p) + 1:
                rest = lex.word_stems(word[len(p):])
                if lex.opens(rest, lex.heads) or lex.opens(rest, lex.group_heads):
                    glue_options.append((len(p), rest))
    one_word, seconds, longer = lex.phrases_opened(stems)
    from .anchored import word_facts   # (here: the native readers read ArticleText)

    facts = word_facts(word, lex.lang)
    return (folded, stems, syllable, weak, surname, glued, abbreviation,
            tuple(position[key] for key in one_word), seconds,
            tuple((position[key], rests, second_words) for key, rests, second_words in longer),
            lex.continuations(stems), tuple(glue_options), bool(one_word or seconds), facts,
            # the two answers of the native reader every word is asked (see ArticleText.native_column)
            facts[0] if facts else None, facts[1] if facts else None)


def is_abbreviation(word: str) -> bool:
    """A short word a full stop may follow inside a sentence ("TP.", "Th.S.")."""
    return (len(word) <= 2 and word.isalpha()) or word.lower() in ABBREVIATIONS
