"""Roles: what each person did, from cue words (the third stage of the officials engine).

Cue words (chaired / attended / spoke) give their role to the nearest person in their
sentence (titles and honorifics between do not count); a cue verb after a name is also that
person's, the subject of the clause ("A, title, đánh trống ... và trao ..."), unless a speech
verb stands before it (what follows "said that" was said); a cue right before a person
introduces that person and the list after it ("وبحضور الرفيق B", "Το προεδρείο ...: A· B"),
not the subject before it. A cue listed under two roles gives both ("dự và phát biểu"); a
"led by" cue is chaired in a sentence about a meeting or an inspection, attended on a visit.

:func:`find_cues` reads the cues of an article. :class:`RoleReader` works on word indexes
only: the cues, the word spans of the person mentions and which words are "filler" (titles
and honorifics, which never set a person apart from their verb). Everything is indexed per
sentence and counted with prefix sums, so each question looks only at the cues and mentions
near the words asked about: the time grows with the article, not with the number of mention
pairs.

* :meth:`RoleReader.role_for`: the roles of the cue nearest a mention in its sentence;
* :meth:`RoleReader.owner`: the person a cue verb belongs to (the subject before it, or the
  person it introduces right after it).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .lexicon import PhraseSet
from .text import ArticleText

SUBJECT_REACH = 12   # words (titles aside) between a subject and its verb
INTRODUCER_REACH = 3  # words (titles and honorifics aside) between a cue and the person it introduces
CROSSED_PERSON = 100  # distance added when another person stands between a mention and a cue
LIST_GAP = 2          # plain words (a conjunction, an article) between two persons of one list
ABSENT = ("mentioned",)   # the roles of an absence cue ("vắng mặt", "غاب", "απουσίαζε")


@dataclass(frozen=True)
class Cue:
    """A role cue phrase: its first word, its length in words, its sentence and the roles it gives."""

    word: int
    length: int
    sentence: int
    roles: tuple[str, ...]


@dataclass(frozen=True)
class WordSpan:
    """Words ``[first, last)`` of one person mention, in sentence ``sentence``."""

    first: int
    last: int
    sentence: int


class RoleReader:
    """Answers role questions for one article (see module doc)."""

    def __init__(self, cues: Sequence[Cue], mentions: Sequence[WordSpan], filler: Sequence[bool],
                 proxied: Collection[int] = ()) -> None:
        self.cues = list(cues)
        self.mentions = list(mentions)
        # first words of the mentions an office or envoy stands for ("مكتب رئيس الوزراء X"):
        # what the sentence says was done by the office, not by the person
        self._proxied = frozenset(proxied)
        # filled[k]: words in [0, k) that are titles or honorifics (the others are plain)
        self._filled = list(accumulate(filler, initial=0))
        self._firsts = sorted(m.first for m in self.mentions)
        self._cues_in: dict[int, list[Cue]] = {}
        for cue in sorted(self.cues, key=lambda c: c.word):
            self._cues_in.setdefault(cue.sentence, []).append(cue)
        self._cue_words = {s: [c.word for c in cs] for s, cs in self._cues_in.items()}
        self._spoke_words = {s: [c.word for c in cs if "spoke" in c.roles] for s, cs in self._cues_in.items()}
        # per sentence, the positions (in its cue list) of the cues that give attendance
        self._attending_in = {s: [j for j, c in enumerate(cs) if "attended" in c.roles]
                              for s, cs in self._cues_in.items()}
        order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].first)
        self._mentions_in: dict[int, list[int]] = {}
        for k in order:
            self._mentions_in.setdefault(self.mentions[k].sentence, []).append(k)
        self._firsts_in = {s: [self.mentions[k].first for k in ks] for s, ks in self._mentions_in.items()}
        self._lasts_in = {s: [self.mentions[k].last for k in ks] for s, ks in self._mentions_in.items()}
        self._list_starts: dict[int, list[int]] = {}
        # a cue right before the next person (in any sentence) introduces that person ("A، وبحضور B")
        self._introduces_next = {c.word: self._before_next_person(c) for c in self.cues}

    # ---------------------------------------------------------------- counting
    def between(self, lo: int, hi: int) -> int:
        """Words in ``[lo, hi)`` that are neither titles nor honorifics."""
        return (hi - lo) - (self._filled[hi] - self._filled[lo]) if hi > lo else 0

    def _filler(self, lo: int, hi: int) -> int:
        return (hi - lo) - self.between(lo, hi) if hi > lo else 0

    def _person_starts_in(self, lo: int, hi: int) -> bool:
        return hi > lo and bisect_left(self._firsts, lo) < bisect_left(self._firsts, hi)

    def _before_next_person(self, cue: Cue) -> bool:
        k = bisect_right(self._firsts, cue.word)
        return k < len(self._firsts) and self.between(cue.word + cue.length, self._firsts[k]) <= INTRODUCER_REACH

    # ---------------------------------------------------------------- mention -> roles
    def _distance(self, first: int, last: int, cue: Cue) -> int:
        idx = cue.word
        if idx < first:
            dist, lo, hi = first - idx, idx, first
        else:
            dist, lo, hi = idx - last + 1, last, idx
        if self._person_starts_in(lo, hi):
            dist += CROSSED_PERSON
        return dist - self._filler(lo + 1 if idx < first else lo, hi)

    def role_for(self, first: int, last: int, sentence: int) -> tuple[str, ...]:
        """Roles of the cue nearest words ``[first, last)`` in their sentence (``()`` if none).

        Nearness counts the words between that are not titles or honorifics; another person
        between, or a cue right before the next person, sets a cue far apart. Ties go to the
        cue before, then to the earlier cue.
        """
        cues = self._cues_in.get(sentence)
        if not cues or first in self._proxied:
            return ()
        words = self._cue_words[sentence]
        split = bisect_left(words, first)
        best: tuple[tuple[int, bool, int], tuple[str, ...]] | None = None
        # cues before: the distance only grows going away from the mention
        for j in range(split - 1, -1, -1):
            dist = self._distance(first, last, cues[j])
            if best is not None and dist > best[0][0]:
                break
            if dist >= CROSSED_PERSON and "attended" not in cues[j].roles \
                    and not self._listed_after(cues[j], first, sentence):
                # A chair or a speaker is the person next to the cue, or a list of them. Every
                # earlier cue crosses the same break in the list: only attendance cues are left.
                attending = self._attending_in[sentence]
                for k in reversed(attending[:bisect_left(attending, j)]):
                    dist = self._distance(first, last, cues[k])
                    if best is not None and dist > best[0][0]:
                        break
                    key = (dist, False, cues[k].word)
                    if best is None or key < best[0]:
                        best = (key, cues[k].roles)
                break
            key = (dist, False, cues[j].word)
            if best is None or key < best[0]:
                best = (key, cues[j].roles)
        # cues after: the distance without the introducer penalty only grows going away
        for j in range(split, len(cues)):
            cue = cues[j]
            if cue.roles == ABSENT:
                continue   # "A, B; vắng mặt C": an absence is said of the people after it
            base = self._distance(first, last, cue)
            if best is not None and base > best[0][0]:
                break
            dist = base + (CROSSED_PERSON if cue.word >= last and self._introduces_next[cue.word] else 0)
            key = (dist, cue.word > first, cue.word)
            if best is None or key < best[0]:
                best = (key, cue.roles)
        return best[1] if best else ()

    def _listed_after(self, cue: Cue, first: int, sentence: int) -> bool:
        """Is the mention at ``first`` in a list that starts right after ``cue``: each earlier
        person of it no more than ``LIST_GAP`` plain words (a conjunction, an article) before
        the next ("ترأس الاجتماع A، نائب ...، والرفيقة B", "προήδρευσαν ο A, ..., και η B")?"""
        firsts = self._firsts_in.get(sentence, [])
        k, after_cue = bisect_left(firsts, first), bisect_right(firsts, cue.word)
        if k <= after_cue:
            return True   # nobody between the cue and the mention
        if self.between(self._lasts_in[sentence][k - 1], first) > LIST_GAP:
            return False
        return self._list_start(sentence)[k - 1] <= after_cue

    def _list_start(self, sentence: int) -> list[int]:
        """Per mention of the sentence (in order), the first mention of the list it ends: the
        earliest one reached going back through gaps of at most ``LIST_GAP`` plain words.
        Read once per sentence, so a sentence naming thousands stays linear."""
        starts = self._list_starts.get(sentence)
        if starts is None:
            firsts, lasts = self._firsts_in[sentence], self._lasts_in[sentence]
            starts = [0] * len(firsts)
            for k in range(1, len(firsts)):
                starts[k] = starts[k - 1] if self.between(lasts[k - 1], firsts[k]) <= LIST_GAP else k
            self._list_starts[sentence] = starts
        return starts

    # ---------------------------------------------------------------- cue -> person
    def introduces(self, cue: Cue) -> int | None:
        """The mention (index) a cue stands right before ("وبحضور الرفيق X", "có các đồng chí: X")."""
        firsts = self._firsts_in.get(cue.sentence)
        if not firsts:
            return None
        k = bisect_right(firsts, cue.word)
        if k == len(firsts):
            return None
        return self._mentions_in[cue.sentence][k] \
            if self.between(cue.word + cue.length, firsts[k]) <= INTRODUCER_REACH else None

    def subject_of(self, cue: Cue) -> int | None:
        """The mention (index) a cue verb after a name belongs to: the subject of its clause.

        The nearest person before the cue in its sentence, at most ``SUBJECT_REACH`` words
        (titles aside) before it; none when the cue introduces the next person, or when a
        speech verb stands between (what follows "said that" was said).
        """
        lasts = self._lasts_in.get(cue.sentence)
        if not lasts:
            return None
        k = bisect_right(lasts, cue.word)
        if k == 0 or self.introduces(cue) is not None:
            return None
        index = self._mentions_in[cue.sentence][k - 1]
        m = self.mentions[index]
        spoke = self._spoke_words[cue.sentence]
        speech_before = bisect_left(spoke, m.first) > bisect_left(spoke, m.first - 3) \
            or bisect_left(spoke, cue.word) > bisect_left(spoke, m.last)
        if speech_before:
            return None
        return index if self.between(m.last, cue.word) <= SUBJECT_REACH else None

    def owner(self, cue: Cue) -> int | None:
        """The mention a cue gives its roles to: its subject, else the person it introduces
        (none when an office or envoy stands for that person)."""
        subject = self.subject_of(cue)
        owner = subject if subject is not None else self.introduces(cue)
        return None if owner is None or self.mentions[owner].first in self._proxied else owner


def find_cues(art: ArticleText, blocked: Sequence[tuple[int, int]]) -> list[Cue]:
    """The role cues of the article outside names and titles (``blocked``: their character spans).

    A cue right after a future marker (``future_markers``) is left out: an announced visit or
    speech gives nobody a role yet.

    A phrase listed under two roles gives both; a "led" cue is chaired in a sentence about
    a meeting (``meeting_words``) and attended otherwise (the leader of a visit).
    """
    lex = art.lex
    meeting: dict[int, bool] = {}
    found = []
    # a word is blocked when it starts inside a span [s, e): the spans by start, with the furthest
    # end reached so far, are searched at the few cue words only
    spans = sorted(blocked)
    span_starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    starts = art.starts
    not_cues = art.at(lex.not_cues)
    window = lex.remember("cue_window", "", lambda: _longest_phrase(lex.cues))
    stems = art.stems
    resume = 0   # the word after the last cue read
    for i in art.word_starts(lex.cues):   # only the words that open a cue phrase
        if i < resume or art.part_cover(i):
            continue
        k = bisect_right(span_starts, starts[i]) - 1
        if k >= 0 and reach[k] > starts[i]:
            continue
        sentence = art.sentences[i]
        # the same words open the same cue in every article: matched once per process
        key = tuple(stems[i:i + window])
        length, roles = lex.remember("cue_match", key, lambda: lex.cues.match(key, 0))
        not_cue = not_cues[i]
        if length and not_cue >= length:
            resume = i + not_cue
            continue
        if length and art.ending_at(lex.future_markers, i):
            resume = i + length   # "θα μιλήσει", "sẽ phát biểu": an announced act, not one reported
            continue
        if length:
            if "led" in roles and sentence not in meeting:
                lo, hi = art.sentence_words(sentence)
                meeting[sentence] = any(art.at(lex.meeting_words)[lo:hi])
            resolved = tuple(dict.fromkeys(
                ("chaired" if meeting[sentence] else "attended") if r == "led" else r for r in roles))
            found.append(Cue(i, length, sentence, resolved))
            resume = i + length
    return found


def _longest_phrase(phrases: PhraseSet) -> int:
    """Words of the longest phrase of ``phrases`` (what :meth:`PhraseSet.match` may read from a word)."""
    return max((len(parts) for bucket in (*phrases.exact.values(), *phrases.prefix.values())
                for parts, _ in bucket), default=1)


# A heading cue's list: the lines after it (blank lines right after the heading skipped), up to
# the next blank line, at most this many characters.
HEADED_LIST_CHARS = 3000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def headed_lists(art: ArticleText, cues: Sequence[Cue]) -> list[tuple[Cue, int, int]]:
    """Cues standing alone on their line as a heading ("Παρόντες:", "الحضور:"), each with the
    character span of the list of lines it heads: the names there take its roles, though each
    line is a sentence of its own."""
    text, found = art.text, []
    for cue in cues:
        start, end = art.starts[cue.word], art.ends[cue.word + cue.length - 1]
        while start and text[start - 1] in " \t":
            start -= 1
        while end < len(text) and text[end] in " \t:\uff1a":
            end += 1
        if (start and text[start - 1] != "\n") or end >= len(text) or text[end] != "\n":
            continue   # (only the blanks next to the cue are read: a long line costs nothing more)
        first = end + 1
        while first < len(text) and text[first] in " \t\n":
            first += 1
        end = min(len(text), first + HEADED_LIST_CHARS)
        blank = _BLANK_LINE.search(text, first, end)   # (never past the list's longest span)
        found.append((cue, first, blank.start() if blank else end))
    return found


def proxied_mentions(art: ArticleText, mentions: Sequence[WordSpan], filler: Sequence[bool]) -> set[int]:
    """First words of the mentions right after a proxy phrase (titles and honorifics aside):
    "بيان لمكتب رئيس الوزراء X", "ممثل عن وزير الخارجية X", "εκ μέρους του υπουργού X".
    The office or the envoy did what the sentence says; the person is only named."""
    found = set()
    for m in mentions:
        start = m.first
        while start > 0 and filler[start - 1]:
            start -= 1
        if start and art.ending_at(art.lex.proxies, start):
            found.add(m.first)
    return found


def filler_words(art: ArticleText, titles: Sequence[tuple[int, int]]) -> list[bool]:
    """Which words are titles (word spans ``titles``) or honorifics: they never part a person from a cue."""
    lex = art.lex
    filler = [False] * len(art.texts)
    for first, last in titles:
        for k in range(first, last):
            filler[k] = True
    honorifics, group, weak = art.honorific_lens, art.at(lex.group_honorifics), art.weak_lens
    # few words open an honorific: only those are read
    for k in {*art.word_starts(lex.honorifics), *art.word_starts(lex.group_honorifics),
              *art.word_starts(lex.weak_honorifics)}:
        for j in range(honorifics[k] or group[k] or weak[k]):
            filler[k + j] = True
    return filler
