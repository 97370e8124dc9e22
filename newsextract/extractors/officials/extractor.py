"""Officials: who is named in an article, with the titles the article gives them and what they did.

The engine is one grammar for every language; what differs per language is data
(``resources/<iso>/``: syllables, title parts, grammar words). For one article:

1. **Name spans.** Words that are Vietnamese name syllables (in the article's script, or in
   Latin letters) are grouped into runs; a run becomes a person when the text gives evidence:
   an honorific before it (removed from the name), a title next to it, a place in a list of
   people, words that only follow a person ("sinh năm 1990"), or (three syllables or more) a
   surname first. A run after a place or organisation
   word ("منطقة", "tỉnh", "Περιφέρειας") is not a person, nor is a run that is a title phrase
   ("Trưởng Đoàn"); an acronym ("ĐBQH") is never part of a name.
2. **Titles.** Each clause (a stretch between sentence ends, semicolons, colons and brackets)
   is cut at commas and conjunctions into segments; a segment that starts with a title word,
   or ends right before a name, is a title. A title goes to the name it touches, else to the
   name on the side the language usually puts titles. A plural title before a colon ("members
   of the standing committee: A ...; B ...") is the group's: it goes to every member's
   ``group_titles``, not to their own ``titles``. A bare title ("the Secretary X") is dropped
   when the person also has that title in full: it only refers back.
3. **Roles.** Cue words (chaired / attended / spoke) give their role to the nearest person in
   their sentence (titles and honorifics between do not count); a cue verb after a name is also
   that person's, the subject of the clause ("A, title, đánh trống ... và trao ..."), unless a
   speech verb stands before it (what follows "said that" was said); a cue right before a person
   introduces that person and the list after it ("وبحضور الرفيق B", "Το προεδρείο ...: A· B"),
   not the subject before it. Every mention adds its roles (attended, then spoke later); mentions
   of one person in two scripts or spellings are one person; a person with no role is
   ``mentioned``. A cue listed under two roles gives both ("dự và phát biểu"); a "led
   by" cue is chaired in a sentence about a meeting or an inspection, attended on a visit.
4. **Coreference.** A title with no name ("the Standing Deputy Secretary stressed") counts as a
   mention of the one person named earlier in the article who holds that position (when several
   fit, the one holding it at the same level); it adds a role, never a title.

Each position is also normalised to ``role|qualifier|organisation|level`` (for example
``secretary|standing deputy|party committee|provincial``) from the title-part lexicons.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ...textnorm import fold
from ..base import article_meta
from .lexicon import Lexicon, PhraseSet, ascii_fold, fold_word, is_latin_word, load_lexicon, words
from .names import name_key, readings, romanize
from .roles import Cue, RoleReader, WordSpan

SENTENCE_END = re.compile(r"[.!?؟…]")
CLAUSE_BREAK = re.compile(r"[;؛:·\u0387()\[\]«»\"“”„]")
COMMA = re.compile(r"[,،]|\s[-–—]\s")          # "Name, Title" and "Name - Title"
SEPARATOR_GAP = re.compile(r"\s*(?:[,،]|(?<=\s)[-–—](?=\s))?\s*")
INLINE_GAP = re.compile(r"[ \u00a0\u200c\u200d\u200e\u200f]+")
ABBREVIATIONS = frozenset({"tp", "ts", "ths", "pgs", "gs", "bs", "ks", "mr", "dr"})
MAX_SYLLABLES = 4


@dataclass
class Word:
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


@dataclass
class Mention:
    first: int              # word indexes [first, last)
    last: int
    start: int              # character offsets of the name (honorific and proclitic excluded)
    end: int
    sentence: int
    clause: int
    strong: bool = False    # an honorific stood before it
    person: int = -1
    titles: list[tuple[int, int]] = field(default_factory=list)
    group_titles: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)


@dataclass
class Title:
    first: int
    last: int
    start: int
    end: int
    clause: int
    sentence: int
    group: bool = False
    plural: bool = False         # a plural head ("members of"): the title of a group, not of one person
    before_colon: bool = False
    touches_next: bool = False   # only spaces between the title and the next word, a name
    floating: bool = False       # inside a clause with no name: only a title-only mention
    owner: int = -1              # mention index


def _is_cased(ch: str) -> bool:
    return ch.upper() != ch.lower()


def _is_lower(word: str) -> bool:
    """A word of a cased script written in lower case."""
    return _is_cased(word[0]) and word[0].islower()


@dataclass
class _Accepted:
    """Mentions accepted so far: the words they cover, their sentences and their names."""

    cover: list[bool]
    sentences: set[int]
    names: set[str]

    def add(self, m: Mention, name: str) -> None:
        for k in range(m.first, m.last):
            self.cover[k] = True
        self.sentences.add(m.sentence)
        self.names.add(name)


class _Positions:
    """Mentions (sorted, not overlapping) grouped by sentence or clause, searched by offset."""

    def __init__(self, mentions: Sequence[Mention], group: Callable[[Mention], int]) -> None:
        self._index: dict[int, list[int]] = {}
        for idx, m in enumerate(mentions):
            self._index.setdefault(group(m), []).append(idx)
        self._starts = {g: [mentions[i].start for i in ids] for g, ids in self._index.items()}
        self._ends = {g: [mentions[i].end for i in ids] for g, ids in self._index.items()}

    def starting_after(self, group: int, offset: int) -> list[int]:
        """Mentions of the group starting after character ``offset``."""
        ids = self._index.get(group, [])
        return ids[bisect_right(self._starts.get(group, []), offset):]

    def first_starting_from(self, group: int, offset: int) -> int | None:
        ids = self._index.get(group, [])
        k = bisect_left(self._starts.get(group, []), offset)
        return ids[k] if k < len(ids) else None

    def last_ending_by(self, group: int, offset: int) -> int | None:
        ids = self._index.get(group, [])
        k = bisect_right(self._ends.get(group, []), offset)
        return ids[k - 1] if k else None


def _mark(covered: list[bool], opens: list[bool], m: Mention) -> None:
    for k in range(m.first, m.last):
        covered[k] = True
    opens[m.first] = True


_SYLLABLE_MEMO: dict[tuple[str, str, bool], tuple[bool, bool, bool, int]] = {}


def syllable_marks(text: str, mid_sentence: bool, lex: Lexicon) -> tuple[bool, bool, bool, int]:
    """Whether a word may be a name syllable: ``(syllable, weak, surname, glued)``.

    ``mid_sentence``: the word does not open its sentence (a capital there is evidence of a
    name). Depends only on the word and that flag, so it is worked out once per process.
    """
    key = (lex.lang, text, mid_sentence)
    hit = _SYLLABLE_MEMO.get(key)
    if hit is None:
        if len(_SYLLABLE_MEMO) > 200_000:
            _SYLLABLE_MEMO.clear()
        hit = _SYLLABLE_MEMO[key] = _syllable_marks(text, mid_sentence, lex)
    return hit


def _syllable_marks(text: str, mid_sentence: bool, lex: Lexicon) -> tuple[bool, bool, bool, int]:
    folded = fold_word(text, lex.lang)
    if len(text) >= 2 and text.isupper() or folded in lex.last_syllables:
        return False, False, False, 0   # an acronym (ĐBQH, HĐND) is never a name; a last syllable only ends a run
    capital_inside = (_is_cased(text[0]) and text[0].isupper() and mid_sentence and not text.isupper()
                      # Greek "Του" mid-sentence is the name Thu; Vietnamese "Quý" the name Quý
                      and (not is_latin_word(text) or folded in lex.names_when_capitalised))
    if folded in lex.not_syllables and not capital_inside:
        options = readings(text, lex)
        if options and any("surname" in o.classes for o in options) \
                and not (_is_cased(text[0]) and not text[0].isupper()):
            return True, True, True, 0
        return False, False, False, 0
    if _is_cased(text[0]) and not text[0].isupper():
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


class _Article:
    """One article being read: words, sentences, name spans, titles and roles."""

    def __init__(self, text: str, lang: str, extra_spans: Iterable[tuple[int, int]] = ()) -> None:
        self.text = text
        self.lang = lang
        self.lex: Lexicon = load_lexicon(lang)
        self.words: list[Word] = [
            Word(s, e, w, self.lex.word_stems(w)) for s, e, w in words(text)
        ]
        self.stems = [w.stems for w in self.words]
        self.starts = [w.start for w in self.words]
        self.ends = [w.end for w in self.words]
        self.extra_spans = list(extra_spans)
        self._stops: dict[int, int] = {}
        self._sentence_bounds: list[int] | None = None
        self._segment()
        self._mark_syllables()
        self._lengths: dict[int, list[int]] = {}
        self.head_len = self.at(self.lex.heads)
        self.group_len = self.at(self.lex.group_heads)
        self.cue_len: dict[int, int] = {}   # cue word index -> words of the cue phrase
        self.filler: set[int] = set()    # title and honorific words (see find_officials)
        self._joined: set[int] = set()   # conjunctions inside the name of a body ("Văn hóa, Thể thao và Du lịch")

    def at(self, phrases: PhraseSet) -> list[int]:
        """Words of the longest phrase of ``phrases`` starting at each word (0 where none)."""
        hit = self._lengths.get(id(phrases))
        if hit is None:
            hit = self._lengths[id(phrases)] = phrases.lengths(self.stems)
        return hit

    def part_len(self, i: int) -> int:
        """Words of the title-part phrase (role, qualifier, organisation) starting at word ``i``."""
        return self.at(self.lex.any_part)[i]

    def part_cover(self, k: int) -> bool:
        """Word ``k`` is inside a title-part phrase ("Ban Chỉ đạo", "Đoàn ĐBQH") begun before it.

        A stop or cue word there is part of the phrase ("chỉ đạo" in "Ban Chỉ đạo").
        """
        return k in self._joined or any(self.part_len(j) > k - j for j in range(max(0, k - 6), k))

    def stop_len(self, k: int) -> int:
        """Words of the title-ending phrase starting at word ``k`` (0 if none), memoised."""
        hit = self._stops.get(k)
        if hit is None:
            hit = self.at(self.lex.title_stops)[k]
            hit = self._stops[k] = 0 if hit and self.part_cover(k) else hit
        return hit

    # ----------------------------------------------------------------- layout
    def sentence_words(self, sentence: int) -> tuple[int, int]:
        """Word indexes ``[lo, hi)`` of a sentence (sentences are runs of words)."""
        if self._sentence_bounds is None:
            self._sentence_bounds = [w.sentence for w in self.words]
        return bisect_left(self._sentence_bounds, sentence), bisect_right(self._sentence_bounds, sentence)

    def gap(self, i: int) -> str:
        """Text between word ``i - 1`` and word ``i``."""
        prev_end = self.words[i - 1].end if i > 0 else 0
        return self.text[prev_end:self.words[i].start]

    def _segment(self) -> None:
        sentence = clause = 0
        for i, w in enumerate(self.words):
            if i:
                gap = self.gap(i)
                prev = self.words[i - 1].text
                ends = "\n" in gap or (
                    SENTENCE_END.search(gap) is not None
                    and not (gap.lstrip().startswith(".") and _is_abbreviation(prev)
                             and fold_word(prev, self.lang) not in self.lex.title_words)   # "Tỉnh ủy." ends
                )
                if ends:
                    sentence += 1
                    clause += 1
                elif CLAUSE_BREAK.search(gap):
                    clause += 1
            w.sentence, w.clause = sentence, clause

    def _mark_syllables(self) -> None:
        for i, w in enumerate(self.words):
            mid_sentence = i > 0 and self.words[i - 1].sentence == w.sentence
            w.syllable, w.weak, w.surname, w.glued = syllable_marks(w.text, mid_sentence, self.lex)

    # ----------------------------------------------------------------- names
    def _runs(self) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        i, n = 0, len(self.words)
        while i < n:
            if not self.words[i].syllable:
                i += 1
                continue
            j = i + 1
            while (j < n and self.words[j].syllable and not self.words[j].glued and not self.words[j].weak
                   and INLINE_GAP.fullmatch(self.gap(j))):
                j += 1
            runs.append((i, j))
            i = j
        return runs

    def _split_run(self, a: int, b: int) -> list[tuple[int, int]]:
        """The name(s) inside a run of syllables (a place name may run into a person's name)."""
        length = b - a
        if length < 2:
            return []
        if self.words[a].surname and length <= MAX_SYLLABLES:
            return [(a, b)]
        best = None
        for pref in (3, 4, 2):
            for j in range(a + 1, b - 1):
                if self.words[j].surname and b - j == pref:
                    best = (j, b)
                    break
            if best:
                break
        if best:
            return [best]
        if length <= MAX_SYLLABLES:
            return [(a, b)]
        return []

    def _before(self, phrases, i: int, allowed_gap: re.Pattern[str] = INLINE_GAP) -> int:
        """Length of a phrase from ``phrases`` ending just before word ``i`` (0 if none)."""
        if i == 0:
            return 0
        gap = self.gap(i)
        if gap and not allowed_gap.fullmatch(gap):
            return 0
        return phrases.ends_at(self.stems, i)

    def find_mentions(self) -> list[Mention]:
        """Name spans of the article that the text gives evidence are people."""
        lex = self.lex
        candidates: list[Mention] = []
        honorific_gap = re.compile(r"[\s.]*")
        group_gap = re.compile(r"\s*[:：]?\s*")
        spans: list[tuple[int, int]] = []
        place_tails: set[tuple[int, int]] = set()   # two syllables cut from the end of a run after a place word
        for a, b in self._runs():
            while a < b and self.at(self.lex.honorifics)[a] == 1 and b - a > 2:
                a += 1   # "Ông Nguyễn Văn A": the honorific is also a syllable
            if b - a == MAX_SYLLABLES + 1 and self.words[a].surname and not self.words[a].weak \
                    and (self._before(self.lex.honorifics, a, honorific_gap)
                         or b < len(self.words) and SEPARATOR_GAP.fullmatch(self.gap(b)) and self.head_len[b]):
                # "bà Tôn Nữ Thị Ngọc Hân" / "Tôn Nữ Thị Ngọc Hân, Phó Giám đốc": a long name is whole
                spans.append((a, b))
            elif 2 <= b - a <= MAX_SYLLABLES and not self.words[a].weak \
                    and self._before(self.lex.honorifics, a, honorific_gap):
                spans.append((a, b))   # "السيد ري ماه تين": after an honorific the whole run is the name
            else:
                for first, last in self._split_run(a, b):
                    spans.append((first, last))
                    if first > a and last - first == 2 and self._before(lex.not_person_before, a):
                        place_tails.add((first, last))   # "thành phố Buôn Ma Thuột": all a place
            if self.words[a].weak and b - a >= 3:
                spans.extend(self._split_run(a + 1, b))   # the same name without its weak opener
        for first, last in spans:
            while last - first >= 2 and self.part_len(first) >= 2:
                first += self.part_len(first)   # "Trưởng Đoàn ĐBQH": a title, not a name
            cut = first
            while first < last and self.part_cover(first):
                first += 1   # "Thành Đoàn Cần Thơ": the name of a body ("Thành Đoàn") runs into the run
            if first > cut:
                continue     # what follows the body's name is its place, not a person
            if last - first < 2:
                continue
            last = self._extend_unknown(first, last)
            if last < len(self.words) and last - first >= 2 and INLINE_GAP.fullmatch(self.gap(last)) \
                    and fold_word(self.words[last].text, self.lang) in lex.last_syllables \
                    and self.words[last].clause == self.words[first].clause:
                last += 1
            m = self._mention(first, last)
            if m is None:
                continue
            if (first, last) in place_tails and not self._before(lex.honorifics, first, honorific_gap):
                continue
            if not self.words[first].glued:
                weak = self._before(lex.weak_honorifics, first)
                hon = self._before(lex.honorifics, first - weak, honorific_gap) or \
                    self._before(lex.honorifics, first, honorific_gap)
                group = self._before(lex.group_honorifics, first, group_gap)
                m.strong = bool(hon or group)
            if not m.strong and (self._place_before(first) or last - first <= 2 and self._in_place_list(first)) \
                    and not self._title_place_name(m):
                continue
            if self._excluded(m) or self._byline(m):
                continue
            candidates.append(m)
        # extra spans from another NER backend: persons whatever the context
        n = len(self.words)
        covered, opens = [False] * n, [False] * n
        for c in candidates:
            _mark(covered, opens, c)
        for s, e in self.extra_spans:
            lo, hi = bisect_left(self.starts, s), bisect_right(self.ends, e)
            if lo < hi and not (covered[lo] or any(opens[lo:hi])):
                m = self._mention(lo, hi)
                if m is not None:
                    m.strong = True
                    candidates.append(m)
                    _mark(covered, opens, m)
        candidates.extend(self._open_names(candidates, honorific_gap))
        candidates.sort(key=lambda m: m.start)
        accepted: list[Mention] = []
        so_far = _Accepted([False] * n, set(), set())
        pending = list(candidates)
        for _ in range(3):
            still = []
            for m in pending:
                if self._accept(m, so_far):
                    accepted.append(m)
                    so_far.add(m, self.name_text(m))
                else:
                    still.append(m)
            if len(still) == len(pending):
                break
            pending = still
        accepted.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        for m in accepted:
            # kept mentions do not overlap and are sorted: only the last one can reach this one
            if not kept or kept[-1].end <= m.start:
                kept.append(m)
        return kept

    def _place_before(self, first: int) -> bool:
        """A place or organisation word before the name, maybe across an acronym or a number.

        "Trường THPT Châu Văn Liêm" (a school), "số 6 Lý Tự Trọng" (a street address).
        """
        k = first
        while k > 0 and first - k < 2 and INLINE_GAP.fullmatch(self.gap(k)):
            prev = self.words[k - 1].text
            if not (prev.isdigit() or (len(prev) >= 2 and prev.isupper() and _is_cased(prev[0]))):
                break
            k -= 1
        return bool(self._before(self.lex.not_person_before, k))

    def _in_place_list(self, first: int) -> bool:
        """A name joined by "and" or a comma to places ("مقاطعات باك نينه وهونغ ين وهوا بينه")."""
        k = first
        for _ in range(4):
            if self.words[k].glued:
                j = k                                     # "وهوا": the conjunction is glued on
            elif k > 0 and INLINE_GAP.fullmatch(self.gap(k)) and self.at(self.lex.conjunctions)[k - 1] == 1:
                j = k - 1
            elif k > 0 and COMMA.search(self.gap(k)) and len(self.gap(k).strip()) == 1:
                j = k
            else:
                return False
            i = j
            while i > 0 and j - i < MAX_SYLLABLES and self.words[i - 1].syllable \
                    and (i == j or INLINE_GAP.fullmatch(self.gap(i))):
                i -= 1
            if i == j:
                return False
            if self._place_before(i):
                return True
            k = i
        return False

    def _extend_unknown(self, first: int, last: int) -> int:
        """Take in a last syllable missing from the tables ("نغوين فان X،"), when it looks like one.

        In a cased script the word must be capitalised; in Arabic it must be short, without the
        article, and be followed by a comma, semicolon or the end of the sentence.
        """
        n = len(self.words)
        lex = self.lex
        while last < n and last - first < MAX_SYLLABLES and not self.words[last].syllable \
                and INLINE_GAP.fullmatch(self.gap(last)) and self.words[last].clause == self.words[first].clause:
            w = self.words[last]
            folded = fold_word(w.text, self.lang)
            if not w.text.isalpha() or folded in lex.not_syllables or self.head_len[last] or self.group_len[last] \
                    or self.stop_len(last) or self.at(lex.cues)[last] \
                    or self.at(lex.not_person_before)[last] or self.at(lex.conjunctions)[last]:
                break
            if _is_cased(w.text[0]):
                if not w.text[0].isupper() or is_latin_word(w.text) != is_latin_word(self.words[first].text):
                    break
            else:
                after = self.text[w.end:w.end + 2]
                if len(folded) > 6 or folded.startswith("ال") or not re.match(r"\s*[,،;؛.]|\s*$", after):
                    break
            last += 1
        return last

    def _open_names(self, candidates: Sequence[Mention], honorific_gap: re.Pattern[str]) -> list[Mention]:
        """Names outside the syllable tables right after an honorific ("ο κ. Μητσοτάκης")."""
        lex = self.lex
        n = len(self.words)
        covered = {k for c in candidates for k in range(c.first, c.last)}
        found: list[Mention] = []
        for i in range(n):
            length = self.at(lex.honorifics)[i]
            first_name = not length and self.at(lex.first_names)[i] == 1 \
                and self._open_name_word(i) and i not in covered
            if not length and not first_name:
                continue
            j = i + length
            if first_name:
                k = i + 1
                while k < n and k - i < 3 and self._open_name_word(k) and self.words[k].clause == self.words[i].clause \
                        and INLINE_GAP.fullmatch(self.gap(k)) and k not in covered:
                    k += 1
                m = self._mention(i, k)
                if m is not None:
                    m.strong = True
                    found.append(m)
                continue
            if j >= n or j in covered or self.words[j].syllable or "\n" in self.gap(j) \
                    or not honorific_gap.fullmatch(self.gap(j)):
                continue
            k = j
            while k < n and k - j < 3 and self._open_name_word(k) and self.words[k].clause == self.words[j].clause \
                    and (k == j or INLINE_GAP.fullmatch(self.gap(k))):
                k += 1
            if k > j:
                m = self._mention(j, k)
                if m is not None:
                    m.strong = True
                    found.append(m)
        return found

    def _open_name_word(self, k: int) -> bool:
        w = self.words[k]
        lex = self.lex
        if not w.text[0].isalpha() or self.head_len[k] or self.group_len[k]:
            return False
        if _is_cased(w.text[0]):
            return w.text[0].isupper() and not w.text.isupper()
        if fold_word(w.text, self.lang) in lex.not_syllables:
            return False
        return not (self.stop_len(k) or self.at(lex.cues)[k]
                    or self.at(lex.honorifics)[k] or self.at(lex.conjunctions)[k]
                    or self.at(lex.not_person_before)[k])

    def _mention(self, first: int, last: int) -> Mention | None:
        w0 = self.words[first]
        start = w0.start + w0.glued
        end = self.words[last - 1].end
        if end <= start:
            return None
        return Mention(first, last, start, end, w0.sentence, w0.clause)

    def name_text(self, m: Mention) -> str:
        return fold_word(self.text[m.start:m.end].replace(" ", "_"), self.lang)

    def _excluded(self, m: Mention) -> bool:
        """Inside a fixed expression that is not a person ("العم هو", "Bác Hồ")."""
        lex = self.lex
        lo = self.words[max(0, m.first - 2)].start
        window = fold(self.text[lo:m.end], self.lang)
        name = fold(self.text[m.start:m.end], self.lang)
        for phrase in lex.not_person_phrases:
            if phrase in window and (name in phrase or phrase in name):
                return True
        return False

    def _title_after(self, m: Mention) -> bool:
        """A title right after the name: "Name, Title" / "Name Title"."""
        n = len(self.words)
        j = m.last
        if j < n and self.words[j].clause == m.clause and SEPARATOR_GAP.fullmatch(self.gap(j)):
            j = self._skip_weak(j)
            if j < n and (self.head_len[j] or self._glued_head(j)):
                return True
        return False

    def _person_after(self, m: Mention) -> bool:
        """Words that follow only a person right after the name ("X, sinh năm 1990", "X (sinh năm")."""
        j = m.last
        return j < len(self.words) and self.words[j].sentence == m.sentence \
            and re.fullmatch(r"\s*[,،(]?\s*", self.gap(j)) is not None \
            and bool(self.at(self.lex.person_after)[j])

    def _title_place_name(self, m: Mention) -> bool:
        """"Chủ tịch UBND tỉnh Trần Văn A": a full name right after a title ending in a place word."""
        if m.last - m.first < 3 or not self.words[m.first].surname:
            return False
        for k in range(m.first - 1, max(-1, m.first - 12), -1):
            if self.words[k].clause != m.clause:
                return False
            if self.head_len[k]:
                return True
        return False

    def _byline(self, m: Mention) -> bool:
        """A line made only of names and dashes is the article's byline, not officials."""
        lo = self.text.rfind("\n", 0, m.start) + 1
        hi = self.text.find("\n", m.end)
        hi = len(self.text) if hi < 0 else hi
        line = self.text[lo:hi]
        if len(line) > 120:
            return False
        line_words = self.words[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
        if not line_words or not all(w.syllable for w in line_words):
            return False
        rest = line
        for w in line_words:
            rest = rest.replace(w.text, " ")
        return re.fullmatch(r"[\s\-–—,/&|·.]*", rest) is not None

    def _accept(self, m: Mention, accepted: _Accepted) -> bool:
        if m.strong or self._person_after(m):
            return True
        if not self.words[m.first].surname:
            return False
        if self.words[m.first].weak:
            # an opener that is also a common word ("ما"): a title next to a full name
            return self._title_after(m) or (m.last - m.first >= 3 and self._title_before(m, accepted))
        if self.name_text(m) in accepted.names:
            return True
        if self._title_after(m) or self._title_before(m, accepted):
            return True
        # an item of a list of people
        gap = self.gap(m.first)
        listed = bool(re.search(r"[;؛:]", gap)) or self.words[m.first].glued or (
            m.first > 0 and self.at(self.lex.conjunctions)[m.first - 1] == 1)
        if listed and m.sentence in accepted.sentences:
            return True
        return self.lex.bare_names and m.last - m.first >= 3

    def _title_before(self, m: Mention, accepted: _Accepted) -> bool:
        """A title right before: "Title, Name" (and "Title Name" where the language writes it)."""
        before_gap = self.gap(m.first) if m.first > 0 else ""
        if not (m.first > 0 and SEPARATOR_GAP.fullmatch(before_gap) and (
                self.lex.title_touches_name or COMMA.search(before_gap))):
            return False
        k = m.first - 1
        steps = 0
        while k >= 0 and self.words[k].clause == m.clause and steps < 25:
            if accepted.cover[k]:
                return False
            if self.head_len[k]:
                return True
            k -= 1
            steps += 1
        return False

    def _skip_weak(self, j: int) -> int:
        n = len(self.words)
        for _ in range(2):
            if j >= n:
                break
            length = self.at(self.lex.conjunctions)[j] or self.at(self.lex.weak_honorifics)[j]
            if not length:
                break
            j += length
        return j

    def _glued_head(self, j: int) -> int:
        """Characters of a conjunction glued before a title word ("ورئيس"), else 0."""
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

    # ----------------------------------------------------------------- titles
    def find_titles(self, mentions: Sequence[Mention]) -> list[Title]:
        lex = self.lex
        n = len(self.words)
        in_name = [-1] * n
        for idx, m in enumerate(mentions):
            for k in range(m.first, m.last):
                in_name[k] = idx
        # honorifics before names are not part of titles
        blocked = [False] * n
        for m in mentions:
            for phrases in (lex.honorifics, lex.group_honorifics, lex.weak_honorifics):
                length = phrases.ends_at(self.stems, m.first)
                for k in range(m.first - length, m.first):
                    blocked[k] = True
        titles: list[Title] = []
        # segments: maximal stretches of non-name words inside one clause, cut at commas
        seg_start = None
        segments: list[tuple[int, int]] = []
        for i in range(n + 1):
            cut = i == n or in_name[i] >= 0 or blocked[i]
            if not cut and seg_start is not None:
                gap = self.gap(i)
                if (self.words[i].clause != self.words[i - 1].clause or COMMA.search(gap)) or self.head_len[i] and self._conjunction_before(i) or self._glued_head(i) and i > seg_start:
                    cut = True
            if cut and seg_start is not None:
                segments.append((seg_start, i))
                seg_start = None
            if i < n and in_name[i] < 0 and not blocked[i] and seg_start is None:
                seg_start = i
        for a, b in self._merge_enumerations(segments):
            title = self._title_in(a, b, in_name)
            if title is not None:
                titles.append(title)
        return titles

    def _merge_enumerations(self, segments: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join the comma-cut parts of one body's name ("Sở Văn hóa, Thể thao và Du lịch").

        After a segment holding a title word, the segments that follow it comma by comma and
        read as parts of a name (see :meth:`_enumeration_part`) belong to it up to the one
        holding the conjunction.
        """
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(segments):
            a, b = segments[i]
            end = i
            if any(self.head_len[k] for k in range(a, b)):
                j = i + 1
                while j < len(segments) and segments[j][0] == segments[j - 1][1] \
                        and self.words[segments[j][0]].clause == self.words[a].clause:
                    ok, joins, stopped = self._enumeration_part(*segments[j])
                    if not ok:
                        break
                    if joins:
                        end = j
                        for k in joins:   # "và" inside the body's name no longer ends the title
                            self._joined.add(k)
                            self._stops.pop(k, None)
                        break
                    if stopped:
                        break
                    j += 1
            out.append((a, segments[end][1]))
            i = end + 1
        return out

    def _enumeration_part(self, a: int, b: int) -> tuple[bool, list[int], bool]:
        """Whether words ``[a, b)`` open with a part of a body's name; its conjunctions; stopped early.

        A part has no title word, is short, and (in a cased script) each item is capitalised
        ("Thể thao và Du lịch", "Αθλητισμού και Τουρισμού"); it ends at a stop or cue word.
        Unicase scripts give no such evidence: their parts are left apart.
        """
        lex = self.lex
        joins: list[int] = []
        item_start = True
        k = a
        while k < b:
            w = self.words[k]
            if self.head_len[k] or self.group_len[k] or self._glued_head(k):
                return False, [], False
            if k > a and self.at(lex.conjunctions)[k]:
                joins.append(k)
                item_start = True
                k += 1
                continue
            if self.stop_len(k) or self.at(lex.cues)[k]:
                break
            if item_start and not (_is_cased(w.text[0]) and w.text[0].isupper()):
                return False, [], False
            item_start = False
            k += 1
        ok = a < k <= a + 6 and not item_start
        return ok, joins if ok else [], k < b

    def _glued_group(self, j: int) -> bool:
        w = self.words[j]
        glued = self._glued_head(j)
        rest = self.lex.word_stems(w.text[glued:])
        return bool(self.lex.group_heads.match([rest, *self.stems[j + 1:j + 6]], 0)[0])

    def _conjunction_before(self, i: int) -> bool:
        k = i - 1
        while k >= 0 and self.at(self.lex.weak_honorifics)[k] == 1 and k > i - 3:
            k -= 1
        return k >= 0 and self.at(self.lex.conjunctions)[k] == 1 and k < i

    def _title_in(self, a: int, b: int, in_name: list[int]) -> Title | None:
        """The title inside segment ``[a, b)`` of words, if any.

        A segment that starts with a title word holds a title up to the first word that ends
        titles; a segment right before a name holds one from its last title word run; a
        segment in a clause without names may hold a title-only mention (``floating``).
        """
        n = len(self.words)
        s = self._skip_weak(a)
        if s >= b:
            return None
        group = bool(self.group_len[s]) or bool(self._glued_head(s) and self._glued_group(s))
        plural = group
        named = b
        while named < n and in_name[named] < 0 and named - b < 3 and (
                self.at(self.lex.honorifics)[named] or self.at(self.lex.weak_honorifics)[named]):
            named += 1   # ", κ. Trần Văn Khoa": an honorific between the title and the name
        next_is_name = named < n and in_name[named] >= 0 and self.words[b].clause == self.words[b - 1].clause \
            and SEPARATOR_GAP.fullmatch(self.gap(b)) is not None
        after_segment = self.text[self.words[b - 1].end:self.words[b].start] if b < n else ""
        floating = False
        if self.head_len[s] or self._glued_head(s) or group:
            start_word, end_word = s, self._title_end(s, b)
        elif ":" in after_segment[:3] and any(self.group_len[k] or self.head_len[k] for k in range(s, b)):
            # a title shared by the list that follows the colon
            start_word = -1
            k = s
            while k < b:
                length = self.stop_len(k)
                if length:
                    start_word = -1
                    k += length
                    continue
                if start_word < 0 and (self.head_len[k] or self.group_len[k]):
                    start_word = k
                k += 1
            if start_word < 0:
                return None
            end_word, group = b, True
            plural = plural or bool(self.group_len[start_word])
        else:
            clause = self.words[a].clause
            lonely = not any(in_name[k] >= 0 and self.words[k].clause == clause
                             for k in range(max(0, a - 60), min(n, b + 60)))
            if not (next_is_name or lonely):
                return None
            floating = not next_is_name
            start_word = -1
            k = a
            while k < b:
                length = self.stop_len(k)
                if length:
                    if not floating:
                        start_word = -1
                    k += length
                    continue
                # a title-only mention is written capitalised: "tăng trưởng" (growth) is no head
                if start_word < 0 and self.head_len[k] and not (floating and _is_lower(self.words[k].text)):
                    start_word = k
                k += 1
            if start_word < 0:
                return None
            end_word = self._title_end(start_word, b) if floating else b
        if end_word <= start_word:
            return None
        start = self.words[start_word].start + self._glued_head(start_word)
        end = self.words[end_word - 1].end
        end = start + len(self.text[start:end].rstrip(" .,،:;؛-–—"))
        if end <= start:
            return None
        after = self.text[end:self.words[end_word].start] if end_word < n else self.text[end:]
        touches = end_word == b and b < n and in_name[b] >= 0 and INLINE_GAP.fullmatch(self.gap(b) or " ") is not None
        return Title(
            first=start_word, last=end_word, start=start, end=end,
            clause=self.words[start_word].clause, sentence=self.words[start_word].sentence,
            group=group, plural=plural, before_colon=after.strip()[:1] in (":", "："),
            touches_next=bool(touches), floating=floating,
        )

    def _title_end(self, start_word: int, b: int) -> int:
        """First word after a title's head that ends it (a stop word or cue), else ``b``."""
        k = start_word + max(1, self.head_len[start_word])
        while k < b:
            if self.stop_len(k):
                return k
            k += 1
        return b

    def assign_titles(self, mentions: Sequence[Mention], titles: Sequence[Title]) -> list[Title]:
        """Give each title to its person; return the titles left without one."""
        orphans: list[Title] = []
        order = self.lex.title_order
        # mentions are sorted and do not overlap: their starts and ends rise together
        in_sentence = _Positions(mentions, lambda m: m.sentence)
        in_clause = _Positions(mentions, lambda m: m.clause)
        for t in titles:
            if t.floating:
                orphans.append(t)
                continue
            if t.group:
                if t.before_colon:
                    for idx in in_sentence.starting_after(t.sentence, t.end):
                        m = mentions[idx]
                        if t.plural:
                            m.group_titles.append((t.start, t.end))
                        else:
                            m.titles.insert(0, (t.start, t.end))
                continue
            prev_m = in_clause.last_ending_by(t.clause, t.start)
            next_m = in_clause.first_starting_from(t.clause, t.end)
            # a title belongs to a neighbour only if no other title's person stands between
            if t.touches_next and next_m is not None and self.lex.title_touches_name:
                owner = next_m
            elif order == "before":
                # honorifics may stand between a title and its name, unless the title already
                # follows a name of its own ("ο κ. A, Διευθυντής ..., η κα B")
                after_name = prev_m is not None and SEPARATOR_GAP.fullmatch(self.text[mentions[prev_m].end:t.start])
                owner = next_m if next_m is not None and self._adjacent(t.end, mentions[next_m].start, not after_name) \
                    else prev_m
            else:
                owner = prev_m if prev_m is not None else next_m
            if owner is None:
                orphans.append(t)
                continue
            t.owner = owner
            mentions[owner].titles.append((t.start, t.end))
        return orphans

    def _adjacent(self, start: int, end: int, honorifics: bool = False) -> bool:
        """Only a comma or spaces between a title and a name; or honorifics ("ο Πρέσβης ..., ο κ. X")."""
        gap = self.text[start:end]
        if SEPARATOR_GAP.fullmatch(gap) is not None:
            return True
        if not honorifics:
            return False
        idx = list(range(bisect_left(self.starts, start), bisect_right(self.ends, end)))
        if not idx or len(idx) > 3 or re.search(r"[^\w\s.,،]", gap):
            return False
        k, last = idx[0], idx[-1] + 1
        while k < last:
            length = self.at(self.lex.honorifics)[k] or self.at(self.lex.weak_honorifics)[k]
            if not length:
                return False
            k += length
        return True

    # ----------------------------------------------------------------- roles
    def cues(self, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Role cue words: (word index, sentence, roles), outside names and titles.

        A phrase listed under two roles gives both; a "led" cue is chaired in a sentence about
        a meeting (``meeting_words``) and attended otherwise (the leader of a visit).
        """
        lex = self.lex
        meeting: dict[int, bool] = {}
        found = []
        i, n = 0, len(self.words)
        in_blocked = [False] * n
        for s, e in blocked:
            k = bisect_left(self.starts, s)
            while k < n and self.starts[k] < e:
                in_blocked[k] = True
                k += 1
        while i < n:
            w = self.words[i]
            length, roles = lex.cues.match(self.stems, i)
            if not length or in_blocked[i] or self.part_cover(i):
                i += 1
                continue
            not_cue = self.at(lex.not_cues)[i]
            if length and not_cue >= length:
                i += not_cue
                continue
            if length:
                if "led" in roles and w.sentence not in meeting:
                    lo, hi = self.sentence_words(w.sentence)
                    meeting[w.sentence] = any(self.at(lex.meeting_words)[k] for k in range(lo, hi))
                resolved = tuple(dict.fromkeys(
                    ("chaired" if meeting[w.sentence] else "attended") if r == "led" else r for r in roles))
                found.append((i, w.sentence, resolved))
                self.cue_len[i] = length
                i += length
            else:
                i += 1
        return found


def _is_abbreviation(word: str) -> bool:
    return (len(word) <= 2 and word.isalpha()) or word.lower() in ABBREVIATIONS


def _position(title: str, lex: Lexicon) -> str:
    """``role|qualifier|organisation|level`` of a title, from the title-part lexicons."""
    ws = [w for _, _, w in words(title)]
    stems = [lex.word_stems(w) for w in ws]
    role = org = ""
    qualifiers: list[str] = []
    level = ""
    i = 0
    while i < len(ws):
        best_len, best_kind, best_vals = 0, "", []
        for kind in ("roles", "qualifiers", "organisations"):
            length, vals = lex.title_parts[kind].match(stems, i)
            if length > best_len:
                best_len, best_kind, best_vals = length, kind, vals
            elif length and length == best_len:
                best_vals = best_vals + [f"{kind}:{v}" for v in vals]
                best_kind = best_kind + "+" + kind
        if not best_len:
            i += 1
            continue
        kinds = best_kind.split("+")
        values = [v.split(":", 1)[-1] for v in best_vals]
        for kind, value in zip(kinds, values + values[-1:] * (len(kinds) - len(values))):
            if kind == "roles" and not role and not org:
                role = value
            elif kind == "qualifiers" and not org and value not in qualifiers:
                qualifiers.append(value)
            elif kind == "organisations" and not org and (role or qualifiers):
                org = value
        i += best_len
    for i in range(len(ws)):
        length, vals = lex.title_parts["levels"].match(stems, i)
        if length:
            level = vals[0]
            break
    if not role and qualifiers:
        role = "deputy" if qualifiers == ["deputy"] else ""
    order = {q: k for k, q in enumerate(lex.qualifier_order)}
    qualifiers.sort(key=lambda q: order.get(q, 99))
    return "|".join((role, " ".join(qualifiers), org, level))


def position_of(title: str, lang: str) -> str:
    """Normalised position of a title: ``role|qualifier|organisation|level``."""
    return _position(title, load_lexicon(lang))


def _same_position(a: str, b: str) -> bool:
    ra, qa, oa, la = a.split("|")
    rb, qb, ob, lb = b.split("|")
    if not ra or ra != rb or qa != qb:
        return False
    if oa and ob and oa != ob:
        return False
    return not (la and lb and la != lb)


def find_officials(text: str, lang: str, extra_person_spans: Iterable[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """Officials of one article: one record per person (first mention's offsets).

    ``extra_person_spans`` are person spans from another NER backend, accepted as names.
    """
    art = _Article(text, lang, extra_person_spans)
    lex = art.lex
    mentions = art.find_mentions()
    if not mentions:
        return []
    titles = art.find_titles(mentions)
    orphans = art.assign_titles(mentions, titles)
    blocked = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in titles]
    cues = art.cues(blocked)
    filler = [False] * len(art.words)
    for t in titles:
        for k in range(t.first, t.last):
            filler[k] = True
    for k in range(len(art.words)):
        length = art.at(lex.honorifics)[k] or art.at(lex.group_honorifics)[k] \
            or art.at(lex.weak_honorifics)[k]
        for j in range(length):
            filler[k + j] = True
    reader = RoleReader([Cue(idx, art.cue_len.get(idx, 1), sent, roles) for idx, sent, roles in cues],
                        [WordSpan(m.first, m.last, m.sentence) for m in mentions], filler)
    for m in mentions:
        m.roles.update(reader.role_for(m.first, m.last, m.sentence))
    # every cue also gives its role to the person it stands nearest ("A, ..., dự và ... cam kết"):
    # a person is the subject of each verb of their clause, not only of the nearest one
    for cue in reader.cues:
        owner = reader.owner(cue)
        if owner is not None:
            mentions[owner].roles.update(cue.roles)
    # one person per distinct name
    persons: list[dict[str, Any]] = []
    by_name: dict[str, int] = {}
    by_key = _PersonKeys()
    for m in mentions:
        key = art.name_text(m)
        parts = [w.text[w.glued:] for w in art.words[m.first:m.last]]
        romanized, exact = romanize(parts, lex)
        if key not in by_name:
            same = by_key.same_person(persons, romanized, exact)
            if same is not None:
                by_name[key] = same   # "لام فوك ثانه" and later "Lam Phuoc Thanh": one person
        if key not in by_name:
            by_name[key] = len(persons)
            by_key.add(len(persons), romanized)
            name = text[m.start:m.end]
            persons.append({
                "text": name, "name": name, "char_start": m.start, "char_end": m.end,
                "romanized": romanized, "exact": exact, "titles": [], "positions": [], "group_titles": [], "roles": set(),
                "mentions": 0, "first_word": m.first, "language": lang, "label": "PERSON",
            })
        p = persons[by_name[key]]
        if exact and not p["exact"]:   # the Latin spelling is the romanized name as written
            by_key.move(by_name[key], p["romanized"], romanized)
            p["romanized"], p["exact"] = romanized, True
        m.person = by_name[key]
        p["mentions"] += 1
        p["roles"] |= m.roles
        rank = art._before(lex.ranks, m.first, re.compile(r"[\s.]*"))
        if rank:   # "Đại tá Thạch Văn A": the rank is one of the person's titles
            _add_title(p, _rank_text(art, m.first - rank, m.first), lex)
        for s, e in m.titles:
            _add_title(p, text[s:e], lex)
        for s, e in m.group_titles:
            if text[s:e] not in p["group_titles"]:
                p["group_titles"].append(text[s:e])
    for p in persons:
        _take_group_title(p, lex)
        _drop_bare_titles(p, lex)
    # a group title's position comes after the person's own ones (positions[k] is titles[k]'s)
    for p in persons:
        for title in p["group_titles"]:
            pos = _position(title, lex)
            if pos not in p["positions"]:
                p["positions"].append(pos)
    # "ông Thắng": an honorific and the given name alone refer to the one person of that name
    in_mention = {k for m in mentions for k in range(m.first, m.last)}
    last_word = {}
    for i, p in enumerate(persons):
        last_word.setdefault(fold_word(p["name"].split()[-1], lang), []).append(i)
    for k, w in enumerate(art.words):
        if k in in_mention or not w.syllable or not k or not art._before(lex.honorifics, k, re.compile(r"[\s.]*")):
            continue
        if k + 1 < len(art.words) and art.words[k + 1].syllable and INLINE_GAP.fullmatch(art.gap(k + 1)):
            continue
        owners = last_word.get(fold_word(w.text, lang), [])
        if len(owners) == 1 and persons[owners[0]]["char_start"] < w.start:
            p = persons[owners[0]]
            p["mentions"] += 1
            p["roles"].update(reader.role_for(k, k + 1, w.sentence))
    # title-only mentions resolve to the one earlier person holding that position
    for t in orphans:
        if t.group:
            continue
        pos = _position(text[t.start:t.end], lex)
        holders = [i for i, p in enumerate(persons)
                   if p["char_start"] < t.start and any(_same_position(pos, q) for q in p["positions"])]
        if len(holders) > 1:   # several fit: the one whose position is written in full the same way
            holders = [i for i in holders if pos in persons[i]["positions"]]
        if len(holders) != 1:
            continue
        p = persons[holders[0]]
        p["mentions"] += 1
        p["roles"].update(reader.role_for(t.first, t.last, t.sentence))
    out = []
    for p in persons:
        roles = [r for r in ("chaired", "attended", "spoke") if r in p["roles"]] or ["mentioned"]
        record = {k: v for k, v in p.items() if k not in ("first_word", "exact")}
        record["roles"] = roles
        record["name_key"] = name_key(p["romanized"])
        record["romanized_exact"] = p["exact"]
        out.append(record)
    return out


class _PersonKeys:
    """Persons of an article by the transliteration-tolerant key of their romanized name."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[int]] = {}

    def add(self, person: int, romanized: str) -> None:
        insort(self._by_key.setdefault(name_key(romanized), []), person)

    def move(self, person: int, old: str, new: str) -> None:
        """The person's romanized name changed (a Latin spelling was read later)."""
        self._by_key[name_key(old)].remove(person)
        self.add(person, new)

    def same_person(self, persons: Sequence[dict[str, Any]], romanized: str, exact: bool) -> int | None:
        """The person already read whose name is this one in another script or spelling.

        Names match on the transliteration-tolerant key (:func:`name_key`); two exact (Latin)
        spellings must also agree without tone marks, so "Nguyễn Văn Thanh" and "Nguyễn Văn Tân"
        stay two people.
        """
        plain = ascii_fold(romanized).lower()
        for i in self._by_key.get(name_key(romanized), ()):
            p = persons[i]
            if exact and p["exact"] and ascii_fold(p["romanized"]).lower() != plain:
                continue
            return i
        return None


def _rank_text(art: _Article, first: int, last: int) -> str:
    """The rank written in words ``[first, last)``, without a conjunction glued to it ("واللواء")."""
    start = art.words[first].start
    word = art.words[first].text
    for proclitic in art.lex.name_proclitics:
        if fold_word(word, art.lang).startswith(proclitic) \
                and fold_word(word[len(proclitic):], art.lang) in art.lex.rank_openers:
            start += len(proclitic)
            break
    return art.text[start:art.words[last - 1].end]


def _add_title(person: dict[str, Any], title: str, lex: Lexicon) -> None:
    if not title:
        return
    pos = _position(title, lex)
    if title in person["titles"]:
        return
    role, _, org, _ = pos.split("|")
    if role and org and any(_same_position(pos, other) and other.split("|")[2] for other in person["positions"]):
        return
    person["titles"].append(title)
    person["positions"].append(pos)


def _take_group_title(person: dict[str, Any], lex: Lexicon) -> None:
    """"các Phó Chủ tịch UBND tỉnh: A, B": a title made plural only by a marker word is each member's.

    A member the article gives no title of their own gets it, without the marker; a plural-form
    title ("members of"), or one before members with titles of their own, stays the group's.
    """
    if person["titles"]:
        return
    keep = []
    for title in person["group_titles"]:
        ws = words(title)
        stems = [lex.word_stems(w) for _, _, w in ws]
        marker = lex.plural_markers.match(stems, 0)[0] if stems else 0
        if marker and marker < len(ws) and lex.heads.match(stems, marker)[0]:
            _add_title(person, title[ws[marker][0]:], lex)
        else:
            keep.append(title)
    person["group_titles"] = keep


def _is_bare(title: str, lex: Lexicon) -> bool:
    """A title made only of role and qualifier words ("the Secretary"), naming no body."""
    stems = [lex.word_stems(w) for _, _, w in words(title)]
    i = 0
    while i < len(stems):
        length = lex.heads.match(stems, i)[0] or lex.weak_honorifics.match(stems, i)[0]
        if not length:
            return False
        i += length
    return bool(stems)


def _drop_bare_titles(person: dict[str, Any], lex: Lexicon) -> None:
    """Drop a bare title ("the Secretary X") when the person also has that title in full.

    Such a title is a back-reference to the full one, not a position of its own.
    """
    keep_titles, keep_positions = [], []
    for title, pos in zip(person["titles"], person["positions"]):
        role, qualifier, org, level = pos.split("|")
        bare = role and not org and not level and _is_bare(title, lex)
        fuller = bare and any(
            other != pos and other.split("|")[0] == role and other.split("|")[2]
            and set(qualifier.split()) <= set(other.split("|")[1].split())
            for other in person["positions"])
        if not fuller:
            keep_titles.append(title)
            keep_positions.append(pos)
    person["titles"], person["positions"] = keep_titles, keep_positions


def extract(doc: Doc) -> list[dict[str, Any]]:
    """spaCy component entry point: officials of ``doc`` (language from ``doc.lang_``)."""
    from ...models.ner import default_backend

    lang = doc.lang_
    meta = article_meta(doc)
    backend = default_backend()
    extra = backend.person_spans(doc.text, lang) if backend.adds_spans else []
    records = find_officials(doc.text, lang, extra)
    for r in records:
        r["article_id"] = meta.get("article_id")
        r["person_id"] = None
    return records
